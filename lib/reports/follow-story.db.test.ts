import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addComment } from "@/lib/review/add-comment";
import { claimAnchor } from "@/lib/review/claim-anchor";
import { setClusterStatus } from "@/lib/review/set-cluster-status";
import { createStory } from "@/lib/stories/create-story";
import { editAlignment } from "@/lib/story-analysis/edit-alignment";
import { addReports } from "./add-reports";
import { addReportsByUrl, type UrlResult } from "./add-reports-by-url";
import { checkDevelopingStories } from "./check-developing-stories";
import { HARBOUR_RADIO, QUAYSIDE_EARLY, QUAYSIDE_LATER, startPageServer } from "./__fixtures__/follow-pages";
import { listEarlierNotes } from "./list-earlier-notes";
import { diffReportVersions, listReportVersions } from "./list-report-versions";
import { refreshReports } from "./refresh-reports";
import { readEarlierAnchor } from "./report-versions-anchors";
import { uploadReportVersion } from "./upload-report-version";
import { settleStoryAnalysis } from "@/lib/jobs/settle-story-analysis";

const editor: Actor = { id: "t-editor", name: "Test editor", role: "editor" };
const journalist: Actor = { id: "t-journalist", name: "Test journalist", role: "journalist" };
const local = { allowPrivate: true, timeoutMs: 1_000 };

let pages: Awaited<ReturnType<typeof startPageServer>>;
beforeAll(async () => {
  pages = await startPageServer({ star: QUAYSIDE_EARLY, radio: HARBOUR_RADIO });
});
afterAll(async () => {
  await pages.close();
  await db.$disconnect();
});

async function newStory() {
  return createStory(editor, { title: `Port Allery fire ${randomUUID().slice(0, 8)}` });
}

const failure = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => error as AppError,
  );

describe("adding reports by URL", () => {
  it("adds each page with its final address, outlet, fetch time, raw HTML and article, and answers per address", async () => {
    const story = await newStory();
    const urls = [
      `${pages.base}/moved/star`,
      `${pages.base}/page/radio`,
      `${pages.base}/missing`,
      `${pages.base}/report.pdf`,
      `${pages.base}/empty`,
      `${pages.base}/huge`,
      `${pages.base}/slow`,
    ];
    const results = await addReportsByUrl(journalist, story.slug, { urls }, local);
    await settleStoryAnalysis(story.slug);
    expect(results.map((result) => [result.status, result.status === "failed" ? result.code : null])).toEqual([
      ["added", null],
      ["added", null],
      ["failed", "http_status"],
      ["failed", "content_type"],
      ["failed", "no_article"],
      ["failed", "too_large"],
      ["failed", "timeout"],
    ]);
    const added = results[0] as Extract<UrlResult, { status: "added" }>;
    const row = await db.report.findUniqueOrThrow({ where: { id: added.report.id }, include: { versions: true } });
    expect(row.url).toBe(`${pages.base}/page/star`);
    expect(row.outletName).toBe("Allery Evening Star");
    expect(row.fetchedAt).toBeInstanceOf(Date);
    expect(row.etag).toMatch(/^"star-\d+"$/);
    expect(row.rawText).toContain("<nav>");
    expect(row.articleText).toContain("Two people died in the fire");
    expect(row.articleText).not.toContain("Sign up for our morning newsletter");
    expect(row.versions.map((version) => [version.number, version.source])).toEqual([[1, "fetch"]]);
    expect(await db.report.count({ where: { storyId: story.id } })).toBe(2);
    expect(await db.claim.count({ where: { reportId: row.id } })).toBeGreaterThan(0);
  });

  it("answers 422 with every address's reason when none could be added, and stores nothing", async () => {
    const story = await newStory();
    const error = await failure(addReportsByUrl(journalist, story.slug, { urls: [`${pages.base}/missing`, `${pages.base}/report.pdf`] }, local));
    expect(error?.status).toBe(422);
    expect(error?.message).toMatch(/404/);
    expect((error?.details?.results as UrlResult[]).map((result) => result.status)).toEqual(["failed", "failed"]);
    expect(await db.report.count({ where: { storyId: story.id } })).toBe(0);
  });

  it("refuses what is not a web address (400) and private addresses unless allowed", async () => {
    const story = await newStory();
    expect((await failure(addReportsByUrl(journalist, story.slug, { urls: ["not a link"] }, local)))?.status).toBe(400);
    expect((await failure(addReportsByUrl(journalist, story.slug, { urls: ["file:///etc/passwd"] }, local)))?.status).toBe(400);
    const refused = await failure(addReportsByUrl(journalist, story.slug, { urls: [`${pages.base}/page/star`] }, { allowPrivate: false }));
    expect((refused?.details?.results as UrlResult[])[0]).toMatchObject({ status: "failed", code: "private_address" });
  });

  it("does not add a page twice", async () => {
    const story = await newStory();
    await addReportsByUrl(journalist, story.slug, { urls: [`${pages.base}/page/radio`] }, local);
    await settleStoryAnalysis(story.slug);
    const error = await failure(addReportsByUrl(journalist, story.slug, { urls: [`${pages.base}/page/radio`] }, local));
    expect((error?.details?.results as UrlResult[])[0]).toMatchObject({ code: "duplicate" });
  });
});

describe("checking a story for updates", () => {
  it("keeps a changed page as a new version, records the changed figure and carries reviews, comments and corrections over", async () => {
    pages.setPage("star", QUAYSIDE_EARLY);
    const story = await newStory();
    const [star, radio] = (await addReportsByUrl(journalist, story.slug, { urls: [`${pages.base}/page/star`, `${pages.base}/page/radio`] }, local)) as Extract<
      UrlResult,
      { status: "added" }
    >[];
    await settleStoryAnalysis(story.slug);
    const reportId = star!.report.id;
    const claims = await db.claim.findMany({
      where: { reportId },
      select: { id: true, clusterId: true, text: true, reportId: true, start: true, end: true, kind: true },
    });
    const toll = claims.find((claim) => claim.kind === "quantity" && /Two people died/.test(claim.text))!;
    const quay = claims.find((claim) => /quay would stay closed/.test(claim.text) && claim.clusterId)!;
    const hours = claims.find((claim) => claim.kind === "quantity" && claim.text === "six hours")!;
    const radioToll = await db.claim.findFirstOrThrow({
      where: { reportId: radio!.report.id, clusterId: toll.clusterId },
      select: { reportId: true, start: true, end: true, kind: true },
    });
    await setClusterStatus(editor, story.slug, toll.clusterId!, { status: "disputed", note: "2 or more?", evidence: [], version: 0 });
    await setClusterStatus(editor, story.slug, quay.clusterId!, { status: "verified", note: "port notice", evidence: [], version: 0 });
    await setClusterStatus(editor, story.slug, hours.clusterId!, { status: "needs_source", note: "only the Star says so", evidence: [], version: 0 });
    await addComment(journalist, story.slug, quay.clusterId!, { body: "The harbour website says the same." });
    const fought = claims.find((claim) => claim.kind === "event" && /dock workers were taken to Allery General/.test(claim.text))!;
    await editAlignment(editor, story.slug, { action: "split", claimId: fought.id });
    await settleStoryAnalysis(story.slug);

    // Nothing changed: the server answers 304 and nothing is written.
    const unchanged = await refreshReports(journalist, story.slug, { fetchOptions: local });
    expect(unchanged.map((result) => result.status)).toEqual(["unchanged", "unchanged"]);
    expect(await db.reportVersion.count({ where: { reportId } })).toBe(1);

    pages.setPage("star", QUAYSIDE_LATER);
    const results = await refreshReports(journalist, story.slug, { fetchOptions: local });
    const updated = results.find((result) => result.reportId === reportId)!;
    expect(updated).toMatchObject({ status: "updated", version: 2 });
    // What the new text changed is known once the queued analysis has read it.
    expect((await listReportVersions(journalist, reportId))[1]!.updates).toEqual([]);
    expect(await settleStoryAnalysis(story.slug)).toBe("written");
    const row = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(row.articleText).toContain("Three people died");
    expect(row.etag).toMatch(/^"star-\d+"$/);

    const versions = await listReportVersions(journalist, reportId);
    expect(versions.map((version) => version.number)).toEqual([1, 2]);
    expect(versions[1]!.updates[0]!.label).toMatch(/2 → 3/);
    const diff = await diffReportVersions(journalist, reportId, { from: 1, to: 2 });
    const changedWords = diff.flatMap((block) => (block.op === "changed" ? block.b.filter((part) => part.op === "added").map((part) => part.text) : []));
    expect(changedWords).toContain("Three");

    // The review of the unchanged sentence follows it; the review of the old toll stays with the fact,
    // which the other outlet still states; the review of the figure only this outlet gave, and changed,
    // stays on version 1.
    const newQuay = await db.claim.findFirstOrThrow({ where: { reportId, kind: quay.kind, text: quay.text } });
    const reviews = await db.clusterReview.findMany({ where: { storyId: story.id }, select: { anchorRef: true, status: true } });
    expect(reviews).toContainEqual({ anchorRef: claimAnchor(newQuay), status: "verified" });
    expect(reviews).toContainEqual({ anchorRef: claimAnchor(radioToll), status: "disputed" });
    const earlier = reviews.find((review) => review.status === "needs_source")!;
    expect(readEarlierAnchor(earlier.anchorRef)).toEqual({ version: 1, ref: claimAnchor(hours) });
    expect(await listEarlierNotes(journalist, reportId)).toEqual([
      expect.objectContaining({ kind: "review", version: 1, words: "six hours", text: "Needs another source: only the Star says so" }),
    ]);
    const comment = await db.claimComment.findFirstOrThrow({ where: { storyId: story.id } });
    expect(comment.anchorRef).toBe(claimAnchor(newQuay));
    const newFought = await db.claim.findFirstOrThrow({ where: { reportId, kind: "event", text: fought.text } });
    const edit = await db.alignmentEdit.findFirstOrThrow({ where: { storyId: story.id } });
    expect(edit.claimRef).toBe(claimAnchor(newFought));
    expect(claimAnchor(newFought)).not.toBe(claimAnchor(fought));
    const history = await db.auditEvent.findMany({ where: { storyId: story.id, action: "report.version" } });
    expect(history).toHaveLength(1);
  });

  it("refuses a reader, and a report without an address", async () => {
    const story = await newStory();
    const [pasted] = await addReports(editor, story.slug, { reports: [{ text: QUAYSIDE_EARLY.paragraphs.join("\n\n"), fileName: "star.txt" }] });
    await settleStoryAnalysis(story.slug);
    expect((await failure(refreshReports({ ...journalist, role: "reader" }, story.slug)))?.status).toBe(403);
    expect((await failure(refreshReports(journalist, story.slug, { reportId: pasted!.id })))?.status).toBe(422);
  });
});

describe("correcting an uploaded report", () => {
  it("keeps the editor's corrected text as version 2 and refuses the same text again", async () => {
    const story = await newStory();
    const [report] = await addReports(editor, story.slug, { reports: [{ text: QUAYSIDE_EARLY.paragraphs.join("\n\n"), fileName: "star.txt" }] });
    await settleStoryAnalysis(story.slug);
    expect((await failure(uploadReportVersion(journalist, report!.id, { text: "x" })))?.status).toBe(403);
    const saved = await uploadReportVersion(editor, report!.id, { text: QUAYSIDE_LATER.paragraphs.join("\n\n") });
    expect(saved).toEqual({ version: 2, storySlug: story.slug });
    expect((await db.storyAnalysisJob.findUniqueOrThrow({ where: { storyId: story.id } })).state).toBe("queued");
    await settleStoryAnalysis(story.slug);
    const versions = await listReportVersions(editor, report!.id);
    expect(versions.map((version) => [version.number, version.source])).toEqual([
      [1, "upload"],
      [2, "upload"],
    ]);
    expect(versions[1]!.updates.map((update) => update.label).join(" ")).toMatch(/2 → 3/);
    expect((await failure(uploadReportVersion(editor, report!.id, { text: QUAYSIDE_LATER.paragraphs.join("\n\n") })))?.status).toBe(422);
  });
});

describe("the schedule", () => {
  it("checks developing stories only, once per interval", async () => {
    pages.setPage("star", QUAYSIDE_EARLY);
    const followed = await newStory();
    const settled = await newStory();
    await addReportsByUrl(journalist, followed.slug, { urls: [`${pages.base}/page/star`] }, local);
    await settleStoryAnalysis(followed.slug);
    await addReportsByUrl(journalist, settled.slug, { urls: [`${pages.base}/page/star`] }, local);
    await settleStoryAnalysis(settled.slug);
    await db.story.update({ where: { id: followed.id }, data: { developing: true } });
    process.env.FETCH_ALLOW_PRIVATE = "true";
    try {
      pages.setPage("star", QUAYSIDE_LATER);
      const now = new Date();
      const first = await checkDevelopingStories(15, now);
      expect(
        first.filter((entry) => entry.slug === followed.slug || entry.slug === settled.slug).map((entry) => [entry.slug, entry.results[0]!.status]),
      ).toEqual([[followed.slug, "updated"]]);
      const again = await checkDevelopingStories(15, new Date(now.getTime() + 60_000));
      expect(again.some((entry) => entry.slug === followed.slug)).toBe(false);
    } finally {
      delete process.env.FETCH_ALLOW_PRIVATE;
    }
    expect(await db.reportVersion.count({ where: { report: { storyId: settled.id } } })).toBe(1);
  });
});
