import { describe, expect, it } from "vitest";
import { buildFactSheet, type SheetInput } from "./build-fact-sheet";
import { claimReviewSchema, toClaimReviews } from "./claim-review";
import { safeUrl } from "./describe-item";
import { factSheetSchema, groupOf } from "./fact-sheet";
import { toCsv } from "./to-csv";
import { toMarkdown } from "./to-markdown";
import { toPdf } from "./to-pdf";

// A small invented story: a flood barrier, a wire copy of the council's statement, one independent paper.
const TEXT_A = "The council said =SUM(A1) gates failed. Water rose by 40 cm in two hours.";
const TEXT_B = "Water rose by about 40 cm, the *Lakeside* Wire said. Officials said 3 gates failed.";
const HOSTILE = 'https://evil.example/"><script>alert(1)</script>';
const input: SheetInput = {
  story: { title: "Barrier fails at Lakeside", slug: "barrier-fails", eventDate: new Date("2026-02-03T00:00:00Z") },
  baseUrl: "https://factcheck.example.org",
  generatedAt: new Date("2026-02-05T10:00:00Z"),
  filters: { verdict: undefined, q: "gates" },
  reports: [
    {
      id: "ra",
      outlet: "Lakeside Courier",
      title: "Barrier fails",
      url: "https://courier.example/a",
      publishedAt: new Date("2026-02-04T00:00:00Z"),
      family: "fa",
      familyLabel: "Lakeside Courier",
      articleText: TEXT_A,
      textVersion: 1,
      versionAt: new Date("2026-02-04T08:00:00Z"),
    },
    {
      id: "rb",
      outlet: "Lakeside Wire",
      title: null,
      url: "https://wire.example/b",
      publishedAt: new Date("2026-02-03T00:00:00Z"),
      family: "fb",
      familyLabel: "Lakeside Wire",
      articleText: TEXT_B,
      textVersion: 2,
      versionAt: new Date("2026-02-04T11:02:00Z"),
    },
  ],
  clusters: [
    {
      id: "c-rise",
      kind: "quantity",
      summary: "water rose, by 40 cm",
      verdict: "agree",
      reason: "2 independent sources agree",
      reportCount: 2,
      independentCount: 2,
      claims: [
        { reportId: "ra", text: "Water rose by 40 cm", start: 40, end: 59 },
        { reportId: "rb", text: "Water rose by about 40 cm", start: 0, end: 25 },
      ],
    },
    {
      id: "c-gates",
      kind: "quantity",
      summary: "gates failed",
      verdict: "contradict",
      reason: "=SUM(A1) vs 3",
      reportCount: 2,
      independentCount: 2,
      claims: [
        { reportId: "ra", text: "=SUM(A1) gates failed", start: 16, end: 37 },
        { reportId: "rb", text: "3 gates failed", start: 67, end: 81 },
      ],
      sides: [
        { words: "=SUM(A1) gates", text: "=SUM(A1) gates failed", anchor: "ra:16-37:quantity", reportIds: ["ra"] },
        { words: "3 gates", text: "Officials said 3 gates failed", anchor: "rb:67-81:quantity", reportIds: ["rb"] },
      ],
    },
    {
      id: "c-siren",
      kind: "event",
      summary: "sirens sounded late",
      verdict: "single",
      reason: "one source",
      reportCount: 1,
      independentCount: 1,
      claims: [{ reportId: "ra", text: "The sirens sounded late", start: 0, end: 10 }],
    },
    {
      id: "c-caption",
      kind: "statement",
      summary: "Photo: the barrier",
      verdict: "single",
      reason: "one source",
      reportCount: 1,
      independentCount: 1,
      claims: [{ reportId: "rb", text: "Photo: the barrier", start: 0, end: 18 }],
    },
  ],
  reviews: new Map([
    [
      "c-gates",
      {
        status: "disputed" as const,
        note: "Sources conflict; asked the council",
        evidence: ["https://council.example/statement", HOSTILE],
        reviewedBy: "Ed Itor",
        reviewedAt: "2026-02-05T09:00:00.000Z",
      },
    ],
    ["c-caption", { status: "not_a_claim" as const, note: null, evidence: [], reviewedBy: "Ed Itor", reviewedAt: "2026-02-05T09:00:00.000Z" }],
  ]),
};
const sheet = buildFactSheet(input);

describe("buildFactSheet", () => {
  it("groups claims, keeps provenance, counts reviews and leaves out dismissed rows", () => {
    expect(factSheetSchema.parse(sheet)).toEqual(sheet);
    expect(sheet.groups.contradicted.map((item) => item.clusterId)).toEqual(["c-gates"]);
    expect(sheet.groups.confirmed.map((item) => item.clusterId)).toEqual(["c-rise"]);
    expect(sheet.groups.singleSource.map((item) => item.clusterId)).toEqual(["c-siren"]);
    expect(sheet.counts).toEqual({ claims: 3, reviewed: 1, notReviewed: 2, dismissed: 1 });
    expect(sheet.sources[0]!.textSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sheet.filters).toEqual({ q: "gates" });
    expect(sheet.story.url).toBe("https://factcheck.example.org/stories/barrier-fails");
  });

  it("exports reviewed claims only when asked", () => {
    const reviewed = buildFactSheet({ ...input, reviewedOnly: true });
    expect(
      Object.values(reviewed.groups)
        .flat()
        .map((item) => item.clusterId),
    ).toEqual(["c-gates"]);
    expect(reviewed.counts).toEqual(sheet.counts);
  });

  it("lets an editor's status outrank the analysis", () => {
    expect(groupOf({ verdict: "agree", independentCount: 3, review: { status: "false", note: null, evidence: [], reviewedBy: "x", reviewedAt: "" } })).toBe(
      "contradicted",
    );
    expect(
      groupOf({ verdict: "agree", independentCount: 3, review: { status: "needs_source", note: null, evidence: [], reviewedBy: "x", reviewedAt: "" } }),
    ).toBe("needsSource");
    expect(groupOf({ verdict: "agree", independentCount: 1, review: null })).toBe("singleSource");
  });
});

describe("Markdown", () => {
  const markdown = toMarkdown(sheet);
  it("shows counts, each side of a contradiction, and single-source claims in one line", () => {
    expect(markdown).toContain("# Fact sheet: Barrier fails at Lakeside");
    expect(markdown).toContain("3 claims: 1 contradicted, 1 confirmed, 1 single source, 0 need another source · 1 reviewed by an editor, 2 not yet");
    expect(markdown).toContain("## Contradicted (1)");
    expect(markdown).toContain("review: Disputed (Ed Itor, 2026-02-05)");
    expect(markdown).toContain("- 1 report says “3 gates” (Lakeside Wire)");
    expect(markdown).toContain("Editor's note: Sources conflict; asked the council");
    expect(markdown).toContain("- sirens sounded late (Lakeside Courier)");
    expect(markdown).not.toContain("Photo: the barrier");
  });
  it("says which version of an updated report was read", () => {
    expect(sheet.sources.map((source) => source.textVersion)).toEqual([1, 2]);
    expect(markdown).toContain("Lakeside Wire, version 2 (2026-02-04 11:02 UTC)");
  });
  it("keeps provenance out of the body, in an appendix", () => {
    const [body, appendix] = markdown.split("## Appendix: provenance");
    expect(body).not.toMatch(/chars \d+|[0-9a-f]{64}/);
    expect(appendix).toContain(sheet.sources[0]!.textSha256);
  });
  it("escapes report text and evidence links so they cannot add formatting or HTML", () => {
    const marked = toMarkdown({ ...sheet, story: { ...sheet.story, title: "<script>x</script> *bold*" } });
    expect(marked).toContain("\\<script\\>x\\</script\\> \\*bold\\*");
    expect(markdown).not.toContain("<script>");
    expect(markdown).not.toContain('"');
    expect(markdown).toContain("- Evidence: <https://evil.example/%22%3E%3Cscript%3Ealert%281%29%3C/script%3E>");
  });
});

describe("safeUrl", () => {
  it("percent-encodes what could end a link or a tag, and drops what is no web address", () => {
    expect(safeUrl("https://a.example/x?q=1&r='2'")).toBe("https://a.example/x?q=1&r=%272%27");
    expect(safeUrl("javascript:alert(1)")).toBe("");
    expect(safeUrl("not a url")).toBe("");
  });
});

describe("CSV", () => {
  const lines = toCsv(sheet).trimEnd().split("\r\n");
  it("has one row per claim, the evidence, and a column of wording per report", () => {
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      "group,cluster_id,kind,summary,verdict,reason,reports,independent_sources,sides,review_status,reviewed_by,review_note,evidence,wording: Lakeside Courier,wording: Lakeside Wire",
    );
    const rise = lines.find((line) => line.includes("c-rise"))!;
    expect(rise).toMatch(/,Water rose by 40 cm,Water rose by about 40 cm$/);
  });
  it("quotes commas and neutralises formulas", () => {
    const gates = lines.find((line) => line.includes("c-gates"))!;
    expect(gates).toContain(",'=SUM(A1) gates failed,3 gates failed");
    expect(gates).toContain(",Sources conflict; asked the council,");
    expect(gates).toContain(`https://council.example/statement ${HOSTILE.replace(/"/g, '""')}`);
    expect(lines.find((line) => line.includes("c-rise"))).toContain(',"water rose, by 40 cm",');
  });
});

describe("ClaimReview JSON-LD", () => {
  it("rates each side of a disputed contradiction with words, no number, credited to the outlet that said it", () => {
    const reviews = toClaimReviews(sheet, "Lakeside Newsroom").map((review) => claimReviewSchema.parse(review));
    expect(reviews).toHaveLength(2);
    const [courier, wire] = reviews;
    expect(courier!.reviewRating).toEqual({ "@type": "Rating", alternateName: "Disputed" });
    expect(courier!.claimReviewed).toBe("=SUM(A1) gates failed");
    expect(courier!.itemReviewed.author.name).toBe("Lakeside Courier");
    expect(courier!.itemReviewed.appearance).toEqual([{ "@type": "CreativeWork", url: "https://courier.example/a" }]);
    expect(wire!.itemReviewed.author.name).toBe("Lakeside Wire");
    expect(wire!.claimReviewed).toBe("Officials said 3 gates failed");
    expect(courier!.url).toBe("https://factcheck.example.org/stories/barrier-fails/clusters/c-gates");
  });

  it("rates the side an editor judged right true and the other false", () => {
    const ruled = buildFactSheet({
      ...input,
      reviews: new Map([["c-gates", { ...input.reviews.get("c-gates")!, status: "verified" as const, rightSide: "rb:67-81:quantity" }]]),
    });
    const reviews = toClaimReviews(ruled, "Lakeside Newsroom");
    expect(reviews.map((review) => [review.itemReviewed.author.name, review.reviewRating.alternateName, review.reviewRating.ratingValue])).toEqual([
      ["Lakeside Courier", "False", 1],
      ["Lakeside Wire", "True", 5],
    ]);
  });

  it("credits an agreed claim to the outlet that published it first, appearing at every report's address", () => {
    const agreed = buildFactSheet({
      ...input,
      reviews: new Map([["c-rise", { status: "needs_source" as const, note: null, evidence: [], reviewedBy: "Ed", reviewedAt: "2026-02-06T00:00:00.000Z" }]]),
    });
    const [review] = toClaimReviews(agreed, "Lakeside Newsroom");
    expect(review!.itemReviewed.author.name).toBe("Lakeside Wire");
    expect(review!.itemReviewed.datePublished).toBe("2026-02-03");
    expect(review!.itemReviewed.appearance?.map((item) => item.url)).toEqual(["https://courier.example/a", "https://wire.example/b"]);
    expect(review!.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unproven" });
  });
});

describe("PDF", () => {
  it("is a PDF whose text holds the contradicted claims by side and the counts", async () => {
    const { extractText, getDocumentProxy } = await import("unpdf");
    const pdf = await toPdf(sheet);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Contradicted (1)");
    expect(flat).toContain("1 report says “3 gates” (Lakeside Wire)");
    expect(flat).toContain("Editor's note: Sources conflict");
    expect(flat).toContain("1 reviewed by an editor, 2 not yet");
  });
});
