import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Analysis, Claim, Cluster } from "@/lib/analysis/types";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addReports } from "@/lib/reports/add-reports";
import { writeStoryAnalysis } from "@/lib/story-analysis/write-story-analysis";
import { createStory } from "./create-story";
import { getReportComparison } from "./get-report-comparison";
import { settleStoryAnalysis } from "@/lib/jobs/settle-story-analysis";

const editor: Actor = { id: "t-editor", name: "Test editor", role: "editor" };
const reader: Actor = { id: "t-reader", name: "Test reader", role: "reader" };

// An invented bridge closure. The stored analysis is written by hand below, so these tests
// check the comparison, not the analysis's judgement.
const A =
  "At least 14 cars were stuck on the bridge. Repairs will take 3 weeks. Marta Holloway said: the bridge will stay shut until it is safe. Traffic goes through Ashby.";
const B =
  "20 cars were stuck on the bridge. Repairs will take 5 weeks. Holloway said: the bridge stays closed until it is safe. The ferry runs extra crossings.";
const C = "Police counted 14 cars on the bridge. Traffic goes through Ashby and Penn.";

let slug = "";
let ids = { a: "", b: "", c: "", other: "" };

function claim(sourceId: string, text: string, id: string, phrase: string, kind: Claim["kind"] = "statement"): Claim {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { id, sourceId, start, end: start + phrase.length, text: phrase, kind, summary: phrase, entityIds: [] };
}

function cluster(id: string, claimIds: string[], verdict: Cluster["verdict"], differences: Cluster["differences"] = [], sides: Cluster["sides"] = {}): Cluster {
  return {
    id,
    claimIds,
    kind: "statement",
    summary: id,
    verdict,
    reason: `reason of ${id}`,
    differences,
    sides,
    reportCount: claimIds.length,
    independentCount: claimIds.length,
  };
}

beforeAll(async () => {
  const story = await createStory(editor, { title: `Bridge closure ${randomUUID().slice(0, 8)}` });
  slug = story.slug;
  const [a, b, c] = await addReports(editor, slug, { reports: [{ text: A }, { text: B }, { text: C }] });
  await settleStoryAnalysis(slug);
  const elsewhere = await createStory(editor, { title: `Other closure ${randomUUID().slice(0, 8)}` });
  const [other] = await addReports(editor, elsewhere.slug, { reports: [{ text: "A different report about a tunnel." }] });
  await settleStoryAnalysis(elsewhere.slug);
  ids = { a: a!.id, b: b!.id, c: c!.id, other: other!.id };

  const claims = [
    claim(ids.a, A, "a1", "At least 14 cars", "quantity"),
    claim(ids.a, A, "a2", "Repairs will take 3 weeks"),
    claim(ids.a, A, "a3", "the bridge will stay shut until it is safe", "quote"),
    claim(ids.a, A, "a4", "Traffic goes through Ashby"),
    claim(ids.b, B, "b1", "20 cars", "quantity"),
    claim(ids.b, B, "b2", "Repairs will take 5 weeks"),
    claim(ids.b, B, "b3", "the bridge stays closed until it is safe", "quote"),
    claim(ids.b, B, "b4", "The ferry runs extra crossings"),
    claim(ids.c, C, "c1", "14 cars", "quantity"),
    claim(ids.c, C, "c2", "Traffic goes through Ashby and Penn"),
  ];
  const clusters = [
    // "At least 14" fits both counts, so it takes no side.
    cluster(
      "k-cars",
      ["a1", "b1", "c1"],
      "contradict",
      [
        { sourceId: ids.b, claimId: "b1", words: "20" },
        { sourceId: ids.c, claimId: "c1", words: "14" },
      ],
      { b1: "a", c1: "b" },
    ),
    cluster("k-weeks", ["a2", "b2"], "contradict", [
      { sourceId: ids.a, claimId: "a2", words: "3 weeks" },
      { sourceId: ids.b, claimId: "b2", words: "5 weeks" },
    ]),
    cluster("k-quote", ["a3", "b3"], "agree"),
    cluster("k-traffic", ["a4", "c2"], "agree"),
    cluster("k-ferry", ["b4"], "single"),
  ];
  const source = (id: string) => ({
    id,
    title: null,
    outlet: null,
    url: null,
    publishedAt: null,
    byline: null,
    family: id,
    familyLabel: id,
    provenance: [],
    furniture: [],
  });
  const analysis: Analysis = { version: 1, sources: [ids.a, ids.b, ids.c].map(source), claims, clusters, entities: [] };
  const storyId = (await db.story.findUniqueOrThrow({ where: { slug } })).id;
  await db.$transaction((tx) => writeStoryAnalysis(tx, storyId, analysis));
});

afterAll(async () => {
  await db.$disconnect();
});

async function expectError(work: Promise<unknown>, status: number) {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
}

describe("getReportComparison against PostgreSQL", () => {
  it("lines up shared claims, the pair's own contradiction first, then other contradictions, then agreement", async () => {
    const comparison = await getReportComparison(reader, slug, { a: ids.a, b: ids.b });
    expect(comparison.a.id).toBe(ids.a);
    expect(comparison.b.id).toBe(ids.b);
    expect(comparison.shared.map((row) => [row.a[0]!.text, row.b[0]!.text])).toEqual([
      ["Repairs will take 3 weeks", "Repairs will take 5 weeks"],
      ["At least 14 cars", "20 cars"],
      ["the bridge will stay shut until it is safe", "the bridge stays closed until it is safe"],
    ]);
    expect(comparison.shared.map((row) => row.contradictsHere)).toEqual([true, false, false]);
    expect(comparison.shared[1]!.cluster.verdict).toBe("contradict");
  });

  it("marks the changed words of each pair", async () => {
    const { shared } = await getReportComparison(reader, slug, { a: ids.a, b: ids.b });
    const changed = (segments: { op: string; text: string }[]) => segments.filter((s) => s.op !== "same").map((s) => s.text);
    expect(changed(shared[0]!.diff.a)).toEqual(["3"]);
    expect(changed(shared[0]!.diff.b)).toEqual(["5"]);
    expect(changed(shared[1]!.diff.a)).toEqual(["At least 14"]);
    expect(changed(shared[1]!.diff.b)).toEqual(["20"]);
    expect(changed(shared[2]!.diff.b)).toEqual(["stays closed"]);
  });

  it("lists what each report says that the other does not, in reading order", async () => {
    const comparison = await getReportComparison(reader, slug, { a: ids.a, b: ids.b });
    expect(comparison.onlyA.map((claim) => claim.text)).toEqual(["Traffic goes through Ashby"]);
    expect(comparison.onlyB.map((claim) => claim.text)).toEqual(["The ferry runs extra crossings"]);
    expect(comparison.onlyA[0]).toMatchObject({ reportId: ids.a, kind: "statement" });

    const reversed = await getReportComparison(reader, slug, { a: ids.c, b: ids.a });
    expect(reversed.shared.map((row) => row.b[0]!.text)).toEqual(["At least 14 cars", "Traffic goes through Ashby"]);
    expect(reversed.onlyA).toHaveLength(0);
  });

  it("accepts upper-case ids and refuses bad, equal, foreign and unknown ones, and signed-out visitors", async () => {
    expect((await getReportComparison(reader, slug, { a: ids.a.toUpperCase(), b: ids.b })).shared).toHaveLength(3);
    await expectError(getReportComparison(reader, slug, { a: "nope", b: ids.b }), 400);
    await expectError(getReportComparison(reader, slug, { a: ids.a }), 400);
    await expectError(getReportComparison(reader, slug, { a: ids.a, b: ids.a }), 400);
    await expectError(getReportComparison(reader, slug, { a: ids.a, b: ids.other }), 404);
    await expectError(getReportComparison(reader, slug, { a: ids.a, b: randomUUID() }), 404);
    await expectError(getReportComparison(reader, "no-such-story", { a: ids.a, b: ids.b }), 404);
    await expectError(getReportComparison(null, slug, { a: ids.a, b: ids.b }), 401);
  });
});
