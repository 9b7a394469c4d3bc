import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { createStorySchema, slugifyTitle } from "./story-input";

export async function createStory(actor: Actor | null, input: unknown) {
  assertCan(actor, "story:create");
  const { title, eventDate } = parseInput(createStorySchema, input, "story");
  const base = slugifyTitle(title);
  const taken = await db.story.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const used = new Set(taken.map((story) => story.slug));
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  return db.story.create({
    data: { title, slug, eventDate: eventDate ? new Date(`${eventDate}T00:00:00Z`) : null },
  });
}
