import { z } from "zod";
import { AppError } from "./errors";

/** Parses untrusted input, turning Zod's issues into one readable 400. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, what = "input"): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    return `${where}${issue.message}`;
  });
  throw new AppError("bad_request", `Invalid ${what}: ${issues.join("; ")}`, { issues });
}

/** A calendar date typed as YYYY-MM-DD; empty strings count as absent, for form fields. */
export const optionalDateString = z
  .union([z.literal(""), z.iso.date({ message: "use a date like 2026-03-10" })])
  .nullish()
  .transform((value) => (value ? value : null));

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `at most ${max} characters` })
    .nullish()
    .transform((value) => (value ? value : null));
