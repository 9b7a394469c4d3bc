import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createStory } from "@/lib/stories/create-story";
import { addReports } from "./add-reports";
import { settleStoryAnalysis } from "@/lib/jobs/settle-story-analysis";

const journalist: Actor = { id: "t-journalist", name: "Test journalist", role: "journalist" };

// Invented reports of one invented event.
const REPORTS = [
  "Flooding closed the Marrow valley road on Tuesday, the county said. About 40 homes lost power overnight.",
  "The Marrow valley road stayed shut on Tuesday after heavy rain, and some 45 homes were without power, the utility said.",
  "Councillor Ines Barra said repairs to the Marrow valley road would take two weeks.",
  "Rescuers moved 12 people from a flooded caravan park near Marrow on Tuesday night, police said.",
];

afterAll(async () => {
  await db.$disconnect();
});

describe("uploads at the same time", () => {
  it("adds different reports sent to one story at once, and analyses them all", async () => {
    const story = await createStory(journalist, { title: `Marrow flood ${randomUUID().slice(0, 8)}` });
    const results = await Promise.allSettled(
      REPORTS.map((text, index) => addReports(journalist, story.slug, { reports: [{ text, fileName: `r${index}.txt` }] })),
    );
    expect(results.map((result) => (result.status === "rejected" ? String(result.reason) : "ok"))).toEqual(REPORTS.map(() => "ok"));
    await settleStoryAnalysis(story.slug);
    const reports = await db.report.findMany({ where: { storyId: story.id }, select: { id: true, _count: { select: { claims: true } } } });
    expect(reports).toHaveLength(REPORTS.length);
    // The queued analysis read every report, not just one upload's.
    for (const report of reports) expect(report._count.claims).toBeGreaterThan(0);
  });

  it("still refuses the same report sent twice at once, with a 409 for the second", async () => {
    const story = await createStory(journalist, { title: `Marrow flood ${randomUUID().slice(0, 8)}` });
    const body = { reports: [{ text: REPORTS[0]! }] };
    const results = await Promise.allSettled([addReports(journalist, story.slug, body), addReports(journalist, story.slug, body)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
    expect(await db.report.count({ where: { storyId: story.id } })).toBe(1);
  });
});

describe("a report the analysis fails on", () => {
  it("is kept and marked, and does not refuse the other reports of its batch (never a 500)", async () => {
    const story = await createStory(journalist, { title: `Marrow flood ${randomUUID().slice(0, 8)}` });
    // A one-line list item that once made the engine throw.
    const odd = `- 05: "Also Read | Dockyard's brain drain hinders efforts to pick its next Tomas Ive".`;
    const added = await addReports(journalist, story.slug, {
      reports: [
        { text: REPORTS[0]!, fileName: "good.txt" },
        { text: odd, fileName: "odd.txt" },
      ],
    });
    await settleStoryAnalysis(story.slug);
    expect(added.map((report) => report.fileName)).toEqual(["good.txt", "odd.txt"]);
    const good = await db.report.findFirstOrThrow({ where: { storyId: story.id, fileName: "good.txt" }, include: { _count: { select: { claims: true } } } });
    expect(good.analysisSkipped).toBeNull();
    expect(good._count.claims).toBeGreaterThan(0);
    const stored = await db.report.findFirstOrThrow({ where: { storyId: story.id, fileName: "odd.txt" }, include: { _count: { select: { claims: true } } } });
    // Either the engine reads it (once fixed), or the report is kept, marked and left out of the analysis.
    if (stored.analysisSkipped) {
      expect(stored.analysisSkipped).toMatch(/failed/);
      expect(stored._count.claims).toBe(0);
    }
  });
});
