import { z } from "zod";
import { AppError } from "./errors";

/** C0 control characters but tab, line feed and carriage return: never text, and PostgreSQL refuses NUL. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

export function removeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}

/** `value` with control characters removed from every string in it, however deep. */
export function withoutControlCharacters(value: unknown): unknown {
  if (typeof value === "string") return removeControlCharacters(value);
  if (Array.isArray(value)) return value.map(withoutControlCharacters);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutControlCharacters(item)]));
  }
  return value;
}

/**
 * Parses untrusted input, turning Zod's issues into one readable 400. Control characters are
 * removed from every string first, so none reaches the database (a NUL there is an error).
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, what = "input"): z.infer<T> {
  const result = schema.safeParse(withoutControlCharacters(input));
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
