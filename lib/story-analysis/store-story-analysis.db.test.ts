import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addReports } from "@/lib/reports/add-reports";
import { deleteReport } from "@/lib/reports/delete-report";
import { createStory } from "@/lib/stories/create-story";
import { settleStoryAnalysis } from "@/lib/jobs/settle-story-analysis";

const editor: Actor = { id: "t-editor", name: "Test editor", role: "editor" };

// An invented event told by an original report, a relay of it, and an independent one.
const ORIGINAL = `Warehouse fire in Dunmore

A fire destroyed a furniture warehouse in Dunmore on Saturday night, the county fire service said.
Nearly 60 firefighters fought the blaze for six hours, and two workers were taken to hospital.
Fire chief Maria Ostrova said the roof collapsed shortly after midnight.`;

const RELAY = `Warehouse fire in Dunmore

A fire destroyed a furniture warehouse in Dunmore on Saturday night, the county fire service said.
Around 60 firefighters fought the blaze for six hours, and two workers were taken to hospital.
Chief Maria Ostrova said the roof collapsed shortly after midnight.

Source: Dunmore Herald`;

const OTHER = `Dunmore blaze: roof gave way after midnight

Some 80 firefighters were called to the burning warehouse on Saturday, according to the Valley Times.
Ostrova, the fire chief, said five workers were treated in hospital.`;

afterAll(async () => {
  await db.$disconnect();
});

describe("stored analysis", () => {
  it("stores claims that point into each report's text, clusters with verdicts, and families", async () => {
    const story = await createStory(editor, { title: `Dunmore fire ${randomUUID().slice(0, 8)}`, eventDate: "2026-08-01" });
    const added = await addReports(editor, story.slug, {
      reports: [
        { text: ORIGINAL, fileName: "herald.txt", outletName: "Dunmore Herald" },
        { text: RELAY, fileName: "relay.txt" },
        { text: OTHER, fileName: "times.txt", outletName: "Valley Times" },
      ],
    });
    await settleStoryAnalysis(story.slug);
    const reports = await db.report.findMany({ where: { storyId: story.id }, include: { claims: true } });
    expect(reports).toHaveLength(3);
    for (const report of reports) {
      expect(report.claims.length).toBeGreaterThan(0);
      for (const claim of report.claims) expect(report.articleText.slice(claim.start, claim.end)).toBe(claim.text);
    }
    const family = (id: string) => reports.find((report) => report.id === id)!.family;
    expect(family(added[0]!.id)).toBe(family(added[1]!.id));
    expect(family(added[2]!.id)).not.toBe(family(added[0]!.id));

    const clusters = await db.cluster.findMany({ where: { storyId: story.id }, include: { claims: true } });
    expect(clusters.length).toBeGreaterThan(0);
    const clustered = clusters.flatMap((cluster) => cluster.claims.map((claim) => claim.id));
    expect(new Set(clustered).size).toBe(clustered.length);
    expect(clusters.every((cluster) => ["agree", "contradict", "single"].includes(cluster.verdict) && cluster.reason.length > 0)).toBe(true);
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).analyzedAt).not.toBeNull();
  });

  it("re-analyses when a report is removed, leaving no claim of it behind", async () => {
    const story = await createStory(editor, { title: `Dunmore fire ${randomUUID().slice(0, 8)}` });
    const added = await addReports(editor, story.slug, { reports: [{ text: ORIGINAL }, { text: OTHER }] });
    await settleStoryAnalysis(story.slug);
    await deleteReport(editor, added[1]!.id);
    await settleStoryAnalysis(story.slug);
    const claims = await db.claim.findMany({ where: { storyId: story.id } });
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((claim) => claim.reportId === added[0]!.id)).toBe(true);
    const clusters = await db.cluster.findMany({ where: { storyId: story.id } });
    expect(clusters.every((cluster) => cluster.verdict === "single")).toBe(true);
  });
});
