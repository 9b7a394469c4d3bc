import "server-only";
import { randomBytes } from "node:crypto";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isDuplicateKey } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { createStorySchema, slugifyTitle, type CreateStoryInput } from "./story-input";

type Client = Prisma.TransactionClient | typeof db;

export async function createStory(actor: Actor | null, input: unknown) {
  assertCan(actor, "story:create");
  const story = parseInput(createStorySchema, input, "story");
  return withFreshSlug((attempt) => insertStory(db, story, attempt));
}

/**
 * Writes a story under the first free slug of its title ("title", "title-2", …). Two people
 * creating the same title at once can both pick the same one; the second write then fails on
 * the unique slug, and withFreshSlug runs it again with a random suffix.
 */
export async function insertStory(client: Client, { title, eventDate }: CreateStoryInput, attempt = 0) {
  const base = slugifyTitle(title);
  const taken = await client.story.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const used = new Set(taken.map((story) => story.slug));
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  if (attempt > 0) slug = `${base}-${randomBytes(3).toString("hex")}`;
  return client.story.create({ data: { title, slug, eventDate: eventDate ? new Date(`${eventDate}T00:00:00Z`) : null } });
}

/** Runs `work` again (up to 5 times) while it fails on a slug another request just took. */
export async function withFreshSlug<T>(work: (attempt: number) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      if (attempt >= 4 || !isSlugConflict(error)) throw error;
    }
  }
}

function isSlugConflict(error: unknown): boolean {
  return isDuplicateKey(error) && JSON.stringify(error.meta ?? {}).includes("slug");
}
