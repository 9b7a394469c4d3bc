import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listReviewQueue } from "./list-review-queue";
import { setClusterStatus } from "./set-cluster-status";
import { contradictedStory, testEditor } from "./__fixtures__/test-story";

afterAll(async () => {
  await db.$disconnect();
});

describe("the review queue", () => {
  it("lists a story's open flags, contradictions first and then oldest, until an editor settles them", async () => {
    const { slug, clusterId } = await contradictedStory();
    const before = await listReviewQueue(testEditor, { story: slug });
    expect(before.items.length).toBeGreaterThan(1);
    expect(before.items.every((item) => item.slug === slug && (item.verdict === "contradict" || item.independentCount <= 1))).toBe(true);
    const flags = before.items.map((item) => item.flag);
    expect(flags[0]).toBe("contradicted");
    expect(flags).toEqual([...flags].sort()); // every "contradicted" before any "single_source"
    const singles = before.items.filter((item) => item.flag === "single_source").map((item) => item.since.getTime());
    expect(singles).toEqual([...singles].sort((a, b) => a - b));
    expect(before.items.find((item) => item.clusterId === clusterId)).toMatchObject({ status: "unverified", reviewedBy: null, version: 0 });

    await setClusterStatus(testEditor, slug, clusterId, { status: "disputed", note: "12 or 17?", evidence: [], version: 0 });
    const disputed = await listReviewQueue(testEditor, { story: slug });
    expect(disputed.items.find((item) => item.clusterId === clusterId)).toMatchObject({ status: "disputed", reviewedBy: "Test editor", version: 1 });

    await setClusterStatus(testEditor, slug, clusterId, { status: "false", evidence: [], version: 1 });
    const after = await listReviewQueue(testEditor, { story: slug });
    expect(after.items.some((item) => item.clusterId === clusterId)).toBe(false);
    expect(after.total).toBe(before.total - 1);
  });

  it("filters by flag and kind, and counts each flag whatever the flag filter", async () => {
    const { slug } = await contradictedStory();
    const all = await listReviewQueue(testEditor, { story: slug });
    expect(all.counts.contradicted).toBeGreaterThan(0);
    expect(all.counts.contradicted + all.counts.single_source).toBe(all.total);
    const contradictions = await listReviewQueue(testEditor, { story: slug, flag: "contradicted" });
    expect(contradictions.items.length).toBe(all.counts.contradicted);
    expect(contradictions.items.every((item) => item.flag === "contradicted")).toBe(true);
    expect(contradictions.counts).toEqual(all.counts);
    const kind = all.items[0]!.kind as "quantity";
    const ofKind = await listReviewQueue(testEditor, { story: slug, kind });
    expect(ofKind.items.length).toBeGreaterThan(0);
    expect(ofKind.items.every((item) => item.kind === kind)).toBe(true);
  });

  it("drops a row an editor dismissed as not a claim", async () => {
    const { slug } = await contradictedStory();
    const [first] = (await listReviewQueue(testEditor, { story: slug })).items;
    await setClusterStatus(testEditor, slug, first!.clusterId, { status: "not_a_claim", evidence: [], version: first!.version });
    const after = await listReviewQueue(testEditor, { story: slug });
    expect(after.items.some((item) => item.clusterId === first!.clusterId)).toBe(false);
  });

  it("is open to readers and closed to signed-out visitors", async () => {
    await expect(listReviewQueue({ id: "r", name: "Reader", role: "reader" })).resolves.toBeDefined();
    await expect(listReviewQueue(null)).rejects.toMatchObject({ status: 401 });
  });
});
