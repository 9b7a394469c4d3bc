import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addReports } from "@/lib/reports/add-reports";
import { getClaimMatrix } from "@/lib/stories/get-claim-matrix";
import { getClusterReview } from "./get-cluster-review";
import { setClusterStatus } from "./set-cluster-status";
import { contradictedStory, testEditor } from "./__fixtures__/test-story";
import { settleStoryAnalysis } from "@/lib/jobs/settle-story-analysis";

const other: Actor = { id: "t-editor-2", name: "Second editor", role: "editor" };

afterAll(async () => {
  await db.$disconnect();
});

const failure = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => error as AppError,
  );

describe("setting a cluster's status", () => {
  it("stores status, note and evidence, bumps the version and writes the audit trail", async () => {
    const { slug, clusterId, storyId } = await contradictedStory();
    const saved = await setClusterStatus(testEditor, slug, clusterId, {
      status: "disputed",
      note: "12 or 17?",
      evidence: "https://example.org/a\nhttps://example.org/b",
      version: 0,
    });
    expect(saved).toMatchObject({
      status: "disputed",
      note: "12 or 17?",
      evidence: ["https://example.org/a", "https://example.org/b"],
      version: 1,
      updatedByName: "Test editor",
    });
    const again = await setClusterStatus(testEditor, slug, clusterId, { status: "verified", note: "the coastguard confirmed 17", evidence: [], version: 1 });
    expect(again.version).toBe(2);
    // "Twelve people died" is both a number and an event, in two clusters: only this one is reviewed.
    const verified = await getClaimMatrix(testEditor, slug, { status: "verified" });
    expect(verified.rows.map((row) => row.id)).toEqual([clusterId]);
    const events = await db.auditEvent.findMany({ where: { storyId, action: "review.status" }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.before, event.after])).toEqual([
      [null, { status: "disputed", note: "12 or 17?", evidence: ["https://example.org/a", "https://example.org/b"] }],
      [
        { status: "disputed", note: "12 or 17?", evidence: ["https://example.org/a", "https://example.org/b"] },
        { status: "verified", note: "the coastguard confirmed 17", evidence: [] },
      ],
    ]);
  });

  it("refuses evidence that is not an http(s) address", async () => {
    const { slug, clusterId } = await contradictedStory();
    const error = await failure(setClusterStatus(testEditor, slug, clusterId, { status: "verified", evidence: ["javascript:alert(1)"], version: 0 }));
    expect(error?.status).toBe(400);
  });

  it("gives the second of two editors a conflict with the current review, and loses neither change", async () => {
    const { slug, clusterId } = await contradictedStory();
    await setClusterStatus(testEditor, slug, clusterId, { status: "needs_source", version: 0, evidence: [] });
    const results = await Promise.allSettled([
      setClusterStatus(testEditor, slug, clusterId, { status: "disputed", note: "first", evidence: [], version: 1 }),
      setClusterStatus(other, slug, clusterId, { status: "false", note: "second", evidence: [], version: 1 }),
    ]);
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const conflict = lost[0]!.reason as AppError;
    expect(conflict.status).toBe(409);
    const winner = (won[0] as PromiseFulfilledResult<{ status: string; note: string | null; version: number }>).value;
    expect(conflict.details?.current).toMatchObject({ status: winner.status, note: winner.note, version: 2 });
    // The loser read the current state and submits again on top of it.
    const retried = await setClusterStatus(other, slug, clusterId, { status: "false", note: "second", evidence: [], version: 2 });
    expect(retried.version).toBe(3);
    const view = await getClusterReview(testEditor, slug, clusterId);
    expect(view.events.filter((event) => event.action === "review.status")).toHaveLength(3);
  });

  it("refuses a first review when someone else's landed meanwhile", async () => {
    const { slug, clusterId } = await contradictedStory();
    const results = await Promise.allSettled(
      [0, 1].map((index) => setClusterStatus(index ? other : testEditor, slug, clusterId, { status: "disputed", evidence: [], version: 0 })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const conflict = (results.find((result) => result.status === "rejected") as PromiseRejectedResult).reason as AppError;
    expect(conflict.status).toBe(409);
    expect(conflict.details?.current).toMatchObject({ status: "disputed", version: 1 });
  });

  it("keeps the review when the story is re-analysed and its clusters are re-created", async () => {
    const { slug, clusterId, storyId } = await contradictedStory();
    const { summary } = await db.cluster.findUniqueOrThrow({ where: { id: clusterId }, select: { summary: true } });
    await setClusterStatus(testEditor, slug, clusterId, { status: "disputed", note: "kept", evidence: [], version: 0 });
    await addReports(testEditor, slug, {
      reports: [
        {
          text: "Corra Bay ferries suspended\n\nAll ferry crossings from Corra Bay were suspended on Tuesday, the port authority said.",
          fileName: "council.txt",
        },
      ],
    });
    await settleStoryAnalysis(slug);
    expect(await db.cluster.count({ where: { id: clusterId } })).toBe(0);
    // The story may hold several contradictions: the reviewed one is the one saying the same thing.
    const fresh = await db.cluster.findFirstOrThrow({ where: { storyId, verdict: "contradict", summary }, select: { id: true } });
    const view = await getClusterReview(testEditor, slug, fresh.id);
    expect(view.review).toMatchObject({ status: "disputed", note: "kept", version: 1 });
    expect(view.flag).toBe("contradicted");
  });

  it("answers a stale cluster id with 404 and a reason", async () => {
    const { slug } = await contradictedStory();
    const error = await failure(setClusterStatus(testEditor, slug, "00000000-0000-4000-8000-000000000000", { status: "verified", evidence: [], version: 0 }));
    expect(error?.status).toBe(404);
    expect(error?.message).toMatch(/Reload/);
  });
});
