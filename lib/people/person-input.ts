import { z } from "zod";
import { ROLES } from "@/lib/auth/actor";
import { passwordSchema } from "@/lib/auth/password-policy";

export const roleSchema = z.enum(ROLES, { message: `choose one of ${ROLES.join(", ")}` });

export const personNameSchema = z.string().trim().min(1, { message: "a name is needed" }).max(100, { message: "at most 100 characters" });

export const newPersonSchema = z.object({
  name: personNameSchema,
  email: z
    .email({ message: "use an email address" })
    .trim()
    .max(254)
    .transform((email) => email.toLowerCase()),
  password: passwordSchema,
  role: roleSchema.default("reader"),
});

export type NewPerson = z.input<typeof newPersonSchema>;
