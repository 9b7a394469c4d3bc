import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { settleStoryAnalysis } from "@/lib/jobs/settle-story-analysis";
import { updateReport } from "@/lib/reports/update-report";
import { setClusterStatus } from "@/lib/review/set-cluster-status";
import { contradictedStory, testEditor } from "@/lib/review/__fixtures__/test-story";
import { getClaimMatrix } from "./get-claim-matrix";
import { getStoryHead } from "./get-story-head";

afterAll(async () => {
  await db.$disconnect();
});

// The cached matrix is served for as long as the stamp stays the same, so every change a
// reader could see on the story page must change it.
describe("a story's stamp", () => {
  it("stays the same while nothing changes and moves with reports, reviews and the story", async () => {
    const { slug, storyId, reportIds } = await contradictedStory();
    const first = (await getStoryHead(testEditor, slug)).stamp;
    expect((await getStoryHead(testEditor, slug)).stamp).toBe(first);

    await updateReport(testEditor, reportIds[0]!, { outletName: "Corra Evening Gazette" });
    // The stamp moves with the edit itself, before the queued analysis runs.
    expect((await getStoryHead(testEditor, slug)).stamp).not.toBe(first);
    await settleStoryAnalysis(slug);
    const afterReport = (await getStoryHead(testEditor, slug)).stamp;
    expect(afterReport).not.toBe(first);
    const matrix = await getClaimMatrix(testEditor, slug, {});
    expect(matrix.reports.map((report) => report.outletName)).toContain("Corra Evening Gazette");

    // A report's new details are analysed again, which rebuilds the rows: take a current one.
    const { id: clusterId } = await db.cluster.findFirstOrThrow({ where: { storyId }, select: { id: true } });
    await setClusterStatus(testEditor, slug, clusterId, { status: "verified", evidence: [], version: 0 });
    const afterReview = (await getStoryHead(testEditor, slug)).stamp;
    expect(afterReview).not.toBe(afterReport);
    expect((await getClaimMatrix(testEditor, slug, {})).rows.find((row) => row.id === clusterId)?.status).toBe("verified");

    await db.story.update({ where: { slug }, data: { title: "Renamed" } });
    expect((await getStoryHead(testEditor, slug)).stamp).not.toBe(afterReview);
    expect((await getClaimMatrix(testEditor, slug, {})).story.title).toBe("Renamed");
  });

  it("is not found for a story that does not exist, and asks for a reader", async () => {
    await expect(getStoryHead(testEditor, "no-such-story")).rejects.toMatchObject({ status: 404 });
    await expect(getStoryHead(null, "no-such-story")).rejects.toBeInstanceOf(AppError);
  });
});
