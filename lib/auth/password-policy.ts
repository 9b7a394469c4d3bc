import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

// Words at the root of the passwords most often found in leaked lists; a password that is only
// one of these with digits or symbols around it falls to the first guesses of any attack.
const COMMON_ROOTS = [
  "password",
  "passw0rd",
  "qwerty",
  "qwertyuiop",
  "asdfgh",
  "zxcvbn",
  "letmein",
  "welcome",
  "iloveyou",
  "admin",
  "administrator",
  "monkey",
  "dragon",
  "football",
  "baseball",
  "sunshine",
  "princess",
  "trustno",
  "changeme",
  "superman",
  "starwars",
  "master",
  "shadow",
  "secret",
  "login",
  "abc",
  "test",
  "user",
  "default",
  "newsroom",
];

/**
 * Why a password is too weak, or null. Length first; then what guessing tries first: one
 * character repeated, a run along the digits or the keyboard, a common word with digits.
 */
export function passwordWeakness(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `use at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `use at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 3) return "use more than three different characters";
  const letters = lower.replace(/[^a-z]/g, "");
  if (letters.length === 0) return "use letters too, not only digits and symbols";
  if (isRun(lower.replace(/[^a-z0-9]/g, ""))) return "a run along the keyboard or the digits is among the first guesses";
  if (COMMON_ROOTS.some((root) => isRepeatOf(letters, root))) return "that is one of the most common passwords";
  return null;
}

export const passwordSchema = z.string().superRefine((password, context) => {
  const weakness = passwordWeakness(password);
  if (weakness) context.addIssue({ code: "custom", message: weakness });
});

function isRepeatOf(text: string, root: string): boolean {
  return text.length > 0 && text.length % root.length === 0 && root.repeat(text.length / root.length) === text;
}

const RUNS = ["0123456789012345678901234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn"];

function isRun(text: string): boolean {
  const reversed = [...text].reverse().join("");
  return text.length > 0 && RUNS.some((run) => run.includes(text) || run.includes(reversed));
}
