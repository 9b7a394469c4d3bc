import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listReviewQueue } from "./list-review-queue";
import { setClusterStatus } from "./set-cluster-status";
import { contradictedStory, testEditor } from "./test-story";

afterAll(async () => {
  await db.$disconnect();
});

describe("the review queue", () => {
  it("lists a story's open flags, oldest first, until an editor settles them", async () => {
    const { slug, clusterId } = await contradictedStory();
    const before = await listReviewQueue(testEditor, slug);
    expect(before.items.length).toBeGreaterThan(1);
    expect(before.items.every((item) => item.slug === slug && (item.verdict === "contradict" || item.independentCount <= 1))).toBe(true);
    const times = before.items.map((item) => item.since.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(before.items.find((item) => item.clusterId === clusterId)).toMatchObject({ status: "unverified", reviewedBy: null });

    await setClusterStatus(testEditor, slug, clusterId, { status: "disputed", note: "12 or 17?", evidence: [], version: 0 });
    const disputed = await listReviewQueue(testEditor, slug);
    expect(disputed.items.find((item) => item.clusterId === clusterId)).toMatchObject({ status: "disputed", reviewedBy: "Test editor" });

    await setClusterStatus(testEditor, slug, clusterId, { status: "false", evidence: [], version: 1 });
    const after = await listReviewQueue(testEditor, slug);
    expect(after.items.some((item) => item.clusterId === clusterId)).toBe(false);
    expect(after.total).toBe(before.total - 1);
  });

  it("is open to readers and closed to signed-out visitors", async () => {
    await expect(listReviewQueue({ id: "r", name: "Reader", role: "reader" }, null)).resolves.toBeDefined();
    await expect(listReviewQueue(null, null)).rejects.toMatchObject({ status: 401 });
  });
});
