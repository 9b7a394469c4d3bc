import { z } from "zod";
import { optionalDateString } from "@/lib/validation";

export const createStorySchema = z.object({
  title: z.string({ message: "a title is required" }).trim().min(3, { message: "at least 3 characters" }).max(200, { message: "at most 200 characters" }),
  eventDate: optionalDateString,
});

export type CreateStoryInput = z.infer<typeof createStorySchema>;

export function slugifyTitle(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "story";
}
