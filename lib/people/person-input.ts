import { z } from "zod";
import { ROLES } from "@/lib/auth/actor";

export const roleSchema = z.enum(ROLES, { message: `choose one of ${ROLES.join(", ")}` });

export const newPersonSchema = z.object({
  name: z.string().trim().min(1, { message: "a name is needed" }).max(100),
  email: z.email({ message: "use an email address" }).trim().max(254).transform((email) => email.toLowerCase()),
  password: z.string().min(8, { message: "at least 8 characters" }).max(128),
  role: roleSchema.default("reader"),
});

export type NewPerson = z.input<typeof newPersonSchema>;
