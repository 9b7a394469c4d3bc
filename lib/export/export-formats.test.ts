import { describe, expect, it } from "vitest";
import { buildFactSheet, type SheetInput } from "./build-fact-sheet";
import { claimReviewSchema, toClaimReviews } from "./claim-review";
import { factSheetSchema, groupOf } from "./fact-sheet";
import { toCsv } from "./to-csv";
import { toMarkdown } from "./to-markdown";
import { toPdf } from "./to-pdf";

// A small invented story: a flood barrier, a wire copy of the council's statement, one independent paper.
const TEXT_A = "The council said =SUM(A1) gates failed. Water rose by 40 cm in two hours.";
const TEXT_B = "Water rose by about 40 cm, the *Lakeside* Wire said. Officials said 3 gates failed.";
const input: SheetInput = {
  story: { title: "Barrier fails at Lakeside", slug: "barrier-fails", eventDate: new Date("2026-02-03T00:00:00Z") },
  baseUrl: "http://localhost:3000",
  generatedAt: new Date("2026-02-05T10:00:00Z"),
  filters: { verdict: undefined, q: "gates" },
  reports: [
    { id: "ra", outlet: "Lakeside Courier", title: "Barrier fails", url: "https://courier.example/a", publishedAt: new Date("2026-02-04T00:00:00Z"), family: "fa", familyLabel: "Lakeside Courier", articleText: TEXT_A, textVersion: 1, versionAt: new Date("2026-02-04T08:00:00Z") },
    { id: "rb", outlet: "Lakeside Wire", title: null, url: null, publishedAt: null, family: "fb", familyLabel: "Lakeside Wire", articleText: TEXT_B, textVersion: 2, versionAt: new Date("2026-02-04T11:02:00Z") },
  ],
  clusters: [
    { id: "c-rise", kind: "quantity", summary: "water rose, by 40 cm", verdict: "agree", reason: "2 independent sources agree", reportCount: 2, independentCount: 2,
      claims: [{ reportId: "ra", text: "Water rose by 40 cm", start: 40, end: 59 }, { reportId: "rb", text: "Water rose by about 40 cm", start: 0, end: 25 }] },
    { id: "c-gates", kind: "quantity", summary: "gates failed", verdict: "contradict", reason: "=SUM(A1) vs 3", reportCount: 2, independentCount: 2,
      claims: [{ reportId: "ra", text: "=SUM(A1) gates failed", start: 16, end: 37 }, { reportId: "rb", text: "3 gates failed", start: 67, end: 81 }] },
  ],
  reviews: new Map([["c-gates", { status: "disputed" as const, note: "Sources conflict; asked the council", evidence: ["https://council.example/statement"], reviewedBy: "Ed Itor", reviewedAt: "2026-02-05T09:00:00.000Z" }]]),
};
const sheet = buildFactSheet(input);

describe("buildFactSheet", () => {
  it("groups claims, keeps provenance and hashes each report's text", () => {
    expect(factSheetSchema.parse(sheet)).toEqual(sheet);
    expect(sheet.groups.contradicted.map((item) => item.clusterId)).toEqual(["c-gates"]);
    expect(sheet.groups.confirmed.map((item) => item.clusterId)).toEqual(["c-rise"]);
    expect(sheet.sources[0]!.textSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sheet.filters).toEqual({ q: "gates" });
    expect(sheet.story.url).toBe("http://localhost:3000/stories/barrier-fails");
  });

  it("lets an editor's status outrank the analysis", () => {
    expect(groupOf({ verdict: "agree", independentCount: 3, review: { status: "false", note: null, evidence: [], reviewedBy: "x", reviewedAt: "" } })).toBe("contradicted");
    expect(groupOf({ verdict: "agree", independentCount: 3, review: { status: "needs_source", note: null, evidence: [], reviewedBy: "x", reviewedAt: "" } })).toBe("unverified");
    expect(groupOf({ verdict: "agree", independentCount: 1, review: null })).toBe("singleSource");
  });
});

describe("Markdown", () => {
  const markdown = toMarkdown(sheet);
  it("lists sources, groups, review notes and each side's words", () => {
    expect(markdown).toContain("# Fact sheet: Barrier fails at Lakeside");
    expect(markdown).toContain("## Contradicted (1)");
    expect(markdown).toContain("review: Disputed");
    expect(markdown).toContain("Editor's note (Ed Itor): Sources conflict; asked the council");
    expect(markdown).toContain("- Lakeside Wire (chars 67–81): “3 gates failed”");
  });
  it("says which version of an updated report was read", () => {
    expect(sheet.sources.map((source) => source.textVersion)).toEqual([1, 2]);
    expect(markdown).toContain("Lakeside Wire, version 2 (2026-02-04 11:02 UTC)");
  });
  it("escapes report text so it cannot add formatting or HTML", () => {
    const marked = toMarkdown({ ...sheet, story: { ...sheet.story, title: "<script>x</script> *bold*" } });
    expect(marked).toContain("\\<script\\>x\\</script\\> \\*bold\\*");
  });
});

describe("CSV", () => {
  const lines = toCsv(sheet).trimEnd().split("\r\n");
  it("has one row per claim per report under a header", () => {
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^group,cluster_id,kind/);
  });
  it("quotes commas and neutralises formulas", () => {
    const gates = lines.find((line) => line.includes("c-gates") && line.includes(",ra,"))!;
    expect(gates).toContain("'=SUM(A1) gates failed");
    expect(gates).toContain(",Sources conflict; asked the council,");
    expect(lines.find((line) => line.includes("c-rise"))).toContain(',"water rose, by 40 cm",');
  });
});

describe("ClaimReview JSON-LD", () => {
  const reviews = toClaimReviews(sheet, "Lakeside Newsroom");
  it("describes each reviewed claim with the fields fact-check tools read", () => {
    expect(reviews).toHaveLength(1);
    const review = claimReviewSchema.parse(reviews[0]);
    expect(review.reviewRating).toMatchObject({ ratingValue: 2, alternateName: "Disputed" });
    expect(review.itemReviewed.author.name).toBe("Lakeside Courier");
    expect(review.itemReviewed.appearance).toEqual([{ "@type": "CreativeWork", url: "https://courier.example/a" }]);
    expect(review.url).toBe("http://localhost:3000/stories/barrier-fails/clusters/c-gates");
  });
});

describe("PDF", () => {
  it("is a PDF whose text holds the contradicted claims and each side's words", async () => {
    const { extractText, getDocumentProxy } = await import("unpdf");
    const pdf = await toPdf(sheet);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain("Contradicted (1)");
    expect(text).toContain("3 gates failed");
    expect(text).toContain("Editor's note (Ed Itor)");
  });
});
