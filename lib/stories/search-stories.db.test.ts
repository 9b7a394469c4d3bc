import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { settleStoryAnalysis } from "@/lib/jobs/settle-story-analysis";
import { addReports } from "@/lib/reports/add-reports";
import { testEditor } from "@/lib/review/__fixtures__/test-story";
import { createStory } from "./create-story";
import { searchStories } from "./search-stories";

afterAll(async () => {
  await db.$disconnect();
});

describe("searchStories", () => {
  it("finds stories, claims, reports and people across stories, whatever the case", async () => {
    const tag = randomUUID().slice(0, 6);
    const story = await createStory(testEditor, { title: `Quenby viaduct closure ${tag}` });
    await addReports(testEditor, story.slug, {
      reports: [
        {
          text: `Viaduct shut at Quenby\n\nEngineer Orla Vantreight closed the Quenby viaduct on Friday after finding 14 cracked bearings.`,
          outletName: `Quenby Ledger ${tag}`,
        },
      ],
    });
    // Claims come from the queued analysis: run it here, as a worker would.
    await settleStoryAnalysis(story.slug);
    const results = await searchStories(testEditor, "quenby");
    expect(results.stories.some((item) => item.slug === story.slug)).toBe(true);
    expect(results.claims.some((item) => item.story.slug === story.slug)).toBe(true);
    expect((await searchStories(testEditor, `ledger ${tag}`)).reports.map((item) => item.name)).toEqual([`Quenby Ledger ${tag}`]);
    expect((await searchStories(testEditor, "vantreight")).people.some((item) => item.story.slug === story.slug)).toBe(true);
  });

  it("refuses a one-letter search and a signed-out visitor", async () => {
    await expect(searchStories(testEditor, "q")).rejects.toMatchObject({ status: 400 });
    await expect(searchStories(null, "quenby")).rejects.toMatchObject({ status: 401 });
  });
});
