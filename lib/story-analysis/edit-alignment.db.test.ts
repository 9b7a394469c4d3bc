import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Claim } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { addReports } from "@/lib/reports/add-reports";
import { createStory } from "@/lib/stories/create-story";
import { editAlignment } from "./edit-alignment";
import { settleStoryAnalysis } from "@/lib/jobs/settle-story-analysis";

const editor: Actor = { id: "t-editor", name: "Test editor", role: "editor" };
const journalist: Actor = { id: "t-journalist", name: "Test journalist", role: "journalist" };

const A = `Dam gate fails at Tarrow

A gate at the Tarrow dam failed on Friday, releasing water into the valley, the river authority said.
Some 300 homes were evacuated overnight. Engineer Paulo Henning said the gate had been inspected in May.
Police closed the valley road to all traffic until Sunday.`;
const B = `Tarrow dam: valley evacuated

A gate at the Tarrow dam failed on Friday, releasing water into the valley, the river authority said.
About 300 households left their homes overnight.
Henning, the authority's engineer, said repairs would take a month.
Schools in Tarrow will stay shut on Monday while the water recedes.`;

afterAll(async () => {
  await db.$disconnect();
});

async function storyWithTwoReports() {
  const story = await createStory(editor, { title: `Tarrow dam ${randomUUID().slice(0, 8)}` });
  await addReports(editor, story.slug, {
    reports: [
      { text: A, outletName: "Valley Post" },
      { text: B, outletName: "River News" },
    ],
  });
  await settleStoryAnalysis(story.slug);
  return story;
}

/** The row a claim is in now: the analysis makes new rows and claims, found again by the claim's place in its report. */
async function clusterOf(storyId: string, claim: Pick<Claim, "reportId" | "start" | "end" | "kind">) {
  const now = await db.claim.findFirstOrThrow({
    where: { storyId, reportId: claim.reportId, start: claim.start, end: claim.end, kind: claim.kind },
    include: { cluster: { include: { claims: true } } },
  });
  return now.cluster!;
}

describe("editAlignment", () => {
  it("splits a claim out, recomputes verdicts, and keeps the split after a re-analysis", async () => {
    const story = await storyWithTwoReports();
    const shared = await db.cluster.findFirstOrThrow({ where: { storyId: story.id, reportCount: 2 }, include: { claims: true } });
    const claim = shared.claims[0]!;
    await editAlignment(editor, story.slug, { action: "split", claimId: claim.id });
    // Queued, not applied in the request: the rows stay as they were until the analysis runs.
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).clusterId).toBe(shared.id);
    expect((await db.storyAnalysisJob.findUniqueOrThrow({ where: { storyId: story.id } })).state).toBe("queued");
    expect(await settleStoryAnalysis(story.slug)).toBe("written");
    const alone = await clusterOf(story.id, claim);
    expect(alone.claims.map((c) => [c.reportId, c.start, c.end])).toEqual([[claim.reportId, claim.start, claim.end]]);
    expect(alone.verdict).toBe("single");

    // A new report re-runs the analysis: the editor's split must survive it.
    await addReports(editor, story.slug, { reports: [{ text: `${A}\nThe authority has opened an inquiry.`, outletName: "Dam Watch" }] });
    await settleStoryAnalysis(story.slug);
    expect((await clusterOf(story.id, claim)).claims).toHaveLength(1);
  });

  it("moves a claim into another row and merges rows", async () => {
    const story = await storyWithTwoReports();
    const clusters = await db.cluster.findMany({ where: { storyId: story.id }, include: { claims: true }, orderBy: { position: "asc" } });
    const [first, second] = clusters.filter((cluster) => cluster.claims.length === 1);
    await editAlignment(editor, story.slug, { action: "merge", claimId: first!.claims[0]!.id, targetClaimId: second!.claims[0]!.id });
    await settleStoryAnalysis(story.slug);
    const together = await clusterOf(story.id, first!.claims[0]!);
    expect(together.claims.map((c) => c.text).sort()).toEqual([first!.claims[0]!.text, second!.claims[0]!.text].sort());
    expect(await db.alignmentEdit.count({ where: { storyId: story.id } })).toBe(1);
  });

  it("refuses journalists, unknown claims and malformed edits", async () => {
    const story = await storyWithTwoReports();
    const claim = await db.claim.findFirstOrThrow({ where: { storyId: story.id } });
    const status = (work: Promise<unknown>) =>
      work.then(
        () => 200,
        (error: AppError) => error.status,
      );
    expect(await status(editAlignment(journalist, story.slug, { action: "split", claimId: claim.id }))).toBe(403);
    expect(await status(editAlignment(editor, story.slug, { action: "split", claimId: randomUUID() }))).toBe(404);
    expect(await status(editAlignment(editor, story.slug, { action: "merge", claimId: claim.id }))).toBe(400);
    expect(await status(editAlignment(editor, story.slug, { action: "explode", claimId: claim.id }))).toBe(400);
    expect(await db.alignmentEdit.count({ where: { storyId: story.id } })).toBe(0);
  });
});
