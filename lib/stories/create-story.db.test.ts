import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createStory } from "./create-story";
import { createStoryWithReports } from "./create-story-with-reports";

const journalist: Actor = { id: "t-journalist", name: "Test journalist", role: "journalist" };
const upload = (text: string, fileName: string) => ({
  text,
  fileName,
  format: "text" as const,
  title: null,
  outletName: null,
  url: null,
  byline: null,
  publishedAt: null,
});

afterAll(async () => {
  await db.$disconnect();
});

describe("createStory under concurrency", () => {
  it("gives five stories created at once under one title five different slugs", async () => {
    const title = `Tannery fire ${randomUUID().slice(0, 8)}`;
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => createStory(journalist, { title })));
    expect(results.map((result) => result.status)).toEqual(Array(5).fill("fulfilled"));
    const slugs = results.map((result) => (result as PromiseFulfilledResult<{ slug: string }>).value.slug);
    expect(new Set(slugs).size).toBe(5);
    expect(await db.story.count({ where: { title } })).toBe(5);
  });
});

describe("createStoryWithReports", () => {
  it("writes the story with its reports, and nothing at all when a report is refused", async () => {
    const title = `Tannery fire ${randomUUID().slice(0, 8)}`;
    const text = "Fire crews spent the night at the Holm tannery on Friday, the fire service said; two workers were hurt.";
    const { slug, added } = await createStoryWithReports(journalist, { title }, [upload(text, "a.txt")]);
    expect(added).toHaveLength(1);
    expect(await db.report.count({ where: { story: { slug } } })).toBe(1);

    const refused = `Tannery fire ${randomUUID().slice(0, 8)}`;
    const failure = await createStoryWithReports(journalist, { title: refused }, [upload(text, "a.txt"), upload(text, "copy.txt")]).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ status: 409 });
    expect(await db.story.count({ where: { title: refused } })).toBe(0);
  });
});
