import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addReports } from "@/lib/reports/add-reports";
import { createStory } from "@/lib/stories/create-story";
import { refreshStaleAnalyses } from "./refresh-stale-analyses";

const journalist: Actor = { id: "t-journalist", name: "Test journalist", role: "journalist" };

afterAll(async () => {
  delete process.env.ANALYSIS_VERSION;
  await db.$disconnect();
});

describe("refreshStaleAnalyses", () => {
  it("re-analyses stories made by another engine version, once", async () => {
    process.env.ANALYSIS_VERSION = "engine-a";
    const story = await createStory(journalist, { title: `Pier collapse ${randomUUID().slice(0, 8)}` });
    await addReports(journalist, story.slug, { reports: [{ text: "Part of the Wexham pier collapsed on Sunday, injuring four people, the council said." }] });
    const before = await db.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(before.analysisVersion).toBe("engine-a");

    process.env.ANALYSIS_VERSION = "engine-b";
    const seen: string[] = [];
    expect(await refreshStaleAnalyses("engine-b", (title) => seen.push(title))).toBeGreaterThanOrEqual(1);
    expect(seen).toContain(story.title);
    const after = await db.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(after.analysisVersion).toBe("engine-b");
    expect(after.analyzedAt!.getTime()).toBeGreaterThanOrEqual(before.analyzedAt!.getTime());
    expect(await db.claim.count({ where: { storyId: story.id } })).toBeGreaterThan(0);
    expect(await refreshStaleAnalyses("engine-b")).toBe(0);
  });

  it("tries again the reports an older engine could not analyse", async () => {
    process.env.ANALYSIS_VERSION = "engine-c";
    const story = await createStory(journalist, { title: `Pier collapse ${randomUUID().slice(0, 8)}` });
    const [added] = await addReports(journalist, story.slug, { reports: [{ text: "Part of the Selby pier collapsed on Sunday, injuring two people, the council said." }] });
    // As if engine-c had failed on it.
    await db.report.update({ where: { id: added!.id }, data: { analysisSkipped: "the analysis failed on it" } });
    await db.claim.deleteMany({ where: { reportId: added!.id } });
    process.env.ANALYSIS_VERSION = "engine-d";
    await refreshStaleAnalyses("engine-d");
    expect((await db.report.findUniqueOrThrow({ where: { id: added!.id } })).analysisSkipped).toBeNull();
    expect(await db.claim.count({ where: { reportId: added!.id } })).toBeGreaterThan(0);
  });
});
