import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createStory } from "@/lib/stories/create-story";
import { deleteStory } from "@/lib/stories/delete-story";
import { getStory } from "@/lib/stories/get-story";
import { addReports } from "./add-reports";
import { deleteReport } from "./delete-report";
import { updateReport } from "./update-report";
import { settleStoryAnalysis } from "@/lib/jobs/settle-story-analysis";

const editor: Actor = { id: "t-editor", name: "Test editor", role: "editor" };
const reader: Actor = { id: "t-reader", name: "Test reader", role: "reader" };

const report = (body: string, extra: Record<string, unknown> = {}) => ({
  text: `Quarry blast shakes Lowfield\n\n${body}\n\nSource: Lowfield Courier`,
  fileName: `${randomUUID().slice(0, 8)}.txt`,
  ...extra,
});

async function newStory() {
  return createStory(editor, { title: `Quarry blast ${randomUUID().slice(0, 8)}`, eventDate: "2026-06-02" });
}

async function expectError(work: Promise<unknown>, status: number, message?: RegExp) {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
  if (message) expect((error as AppError).message).toMatch(message);
}

afterAll(async () => {
  await db.$disconnect();
});

describe("addReports against PostgreSQL", () => {
  it("stores each report with its outlet read from the text", async () => {
    const story = await newStory();
    const added = await addReports(editor, story.slug, {
      reports: [
        report("A blast at the Lowfield quarry broke windows in 40 homes on Tuesday."),
        report("Windows broke in dozens of homes after the quarry blast."),
      ],
    });
    await settleStoryAnalysis(story.slug);
    expect(added).toHaveLength(2);
    const stored = await getStory(editor, story.slug);
    expect(stored.reports.map((r) => r.outletName)).toEqual(["Lowfield Courier", "Lowfield Courier"]);
    const row = await db.report.findUniqueOrThrow({ where: { id: added[0]!.id } });
    expect(row.rawText).toContain("broke windows in 40 homes");
    expect(row.cleanText).not.toContain("Source: Lowfield Courier");
  });

  it("refuses a report already in the story, naming it, and writes nothing from the batch", async () => {
    const story = await newStory();
    const first = report("Engineers said the blast used twice the usual charge.", { fileName: "courier.txt" });
    await addReports(editor, story.slug, { reports: [first] });
    await settleStoryAnalysis(story.slug);
    const fresh = report("The quarry owner apologised to residents on Wednesday.");
    await expectError(
      addReports(editor, story.slug, { reports: [fresh, { ...first, fileName: "again.txt" }] }),
      409,
      /"again.txt" is the same report as .*courier.txt/,
    );
    const stored = await getStory(editor, story.slug);
    expect(stored.reports).toHaveLength(1);
  });

  it("refuses the same text twice in one upload", async () => {
    const story = await newStory();
    const one = report("Residents reported cracks in 12 chimneys.");
    await expectError(addReports(editor, story.slug, { reports: [one, { ...one, fileName: "copy.txt" }] }), 409, /in this upload/);
    expect((await getStory(editor, story.slug)).reports).toHaveLength(0);
  });

  it("answers 4xx for empty text, malformed bodies, unknown stories and a reader's attempt", async () => {
    const story = await newStory();
    await expectError(addReports(editor, story.slug, { reports: [report(""), { text: "   ", fileName: "empty.txt" }] }), 400, /"empty.txt" is empty/);
    await expectError(addReports(editor, story.slug, { reports: [] }), 400);
    await expectError(addReports(editor, story.slug, { nope: true }), 400);
    await expectError(addReports(editor, story.slug, { reports: [report("x", { url: "javascript:alert(1)" })] }), 400, /http/);
    await expectError(addReports(editor, "no-such-story", { reports: [report("Text about the blast.")] }), 404);
    await expectError(addReports(reader, story.slug, { reports: [report("Text about the blast.")] }), 403);
    expect((await getStory(editor, story.slug)).reports).toHaveLength(0);
  });

  it("lets details be corrected, reports removed, and deletes a story with everything in it", async () => {
    const story = await newStory();
    const [added] = await addReports(editor, story.slug, { reports: [report("Police closed the quarry road for six hours.")] });
    await settleStoryAnalysis(story.slug);
    const { report: updated, storySlug } = await updateReport(editor, added!.id, { outletName: "Valley Wire", publishedAt: "2026-06-03" });
    expect(storySlug).toBe(story.slug);
    expect(updated.outletName).toBe("Valley Wire");
    expect(updated.publishedAt?.toISOString().slice(0, 10)).toBe("2026-06-03");
    await expectError(updateReport(editor, added!.id, { publishedAt: "yesterday" }), 400);
    await expectError(updateReport(editor, "not-a-uuid", { outletName: "X" }), 404);
    expect(await deleteReport(editor, added!.id)).toBe(story.slug);
    await addReports(editor, story.slug, { reports: [report("A second account of the road closure.")] });
    await settleStoryAnalysis(story.slug);
    await deleteStory(editor, story.slug);
    expect(await db.report.count({ where: { storyId: story.id } })).toBe(0);
  });

  it("gives each story its own address even when titles repeat", async () => {
    const title = `Quarry blast ${randomUUID().slice(0, 8)}`;
    const a = await createStory(editor, { title });
    const b = await createStory(editor, { title });
    expect(b.slug).toBe(`${a.slug}-2`);
    await expectError(createStory(editor, { title: "x" }), 400);
    await expectError(createStory(reader, { title: "A reader's story" }), 403);
  });
});
