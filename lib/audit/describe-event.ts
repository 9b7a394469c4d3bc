// Turns an audit event's before/after JSON into words for the trail. Pure, for pages and tests.
import { STATUS_LABEL, type ReviewStatus } from "@/lib/review/review-status";

export const ACTION_LABEL: Record<string, string> = {
  "review.status": "set the status",
  "comment.create": "commented",
  "report.add": "added a report",
  "report.update": "corrected a report's details",
  "report.version": "recorded a new version of a report",
  "report.delete": "removed a report",
  "alignment.edit": "corrected the alignment",
  "story.delete": "deleted the story",
  "story.developing": "changed whether the story is followed",
  "user.create": "created an account",
  "user.role": "changed a role",
  "user.rename": "renamed an account",
  "user.deactivate": "deactivated their account",
};

type Fields = Record<string, unknown>;

const FIRST_KEYS = ["status", "role", "action", "note", "evidence", "body", "title", "outletName"];

/** One line per field that changed: "status: Disputed → False". */
export function describeChange(before: unknown, after: unknown): string[] {
  const was = asFields(before);
  const now = asFields(after);
  // The database stores JSON keys in its own order; the trail reads status first.
  const keys = [...new Set([...FIRST_KEYS, ...Object.keys(was), ...Object.keys(now)])].filter((key) => key in was || key in now);
  return keys.flatMap((key) => {
    const from = show(key, was[key]);
    const to = show(key, now[key]);
    if (from === to) return [];
    if (!(key in was) || before === null) return [`${key}: ${to}`];
    if (!(key in now) || after === null) return [`${key} was ${from}`];
    return [`${key}: ${from} → ${to}`];
  });
}

function asFields(value: unknown): Fields {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : {};
}

function show(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (key === "status" && typeof value === "string" && value in STATUS_LABEL) return STATUS_LABEL[value as ReviewStatus];
  if (Array.isArray(value)) return value.length ? value.join(", ") : "none";
  return typeof value === "string" ? `“${value}”` : JSON.stringify(value);
}
