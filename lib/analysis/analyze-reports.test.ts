import { describe, expect, it } from "vitest";
import { analyzeReports } from "./analyze-reports";
import { analysisSchema, type Analysis } from "./types";

// A fictional warehouse fire told by three outlets; the third relays the first.
const A = [
  "Warehouse Fire Kills Four in Dunmore",
  "",
  "A fire at a paint warehouse in Dunmore killed four workers on Tuesday, the fire service said.",
  "Nearly 300 people were evacuated from nearby homes.",
  "Former Mayor Hal Brenner said the site had been inspected last year.",
  "The owner, Greyline Storage, said it would pay for temporary housing.",
  "Subscribe to our newsletter for daily updates!",
  "Source: Dunmore Gazette",
].join("\n");
const B = [
  "A blaze at a Dunmore paint warehouse left six workers dead on Tuesday, officials said.",
  "Around 300 residents were evacuated from nearby homes, according to police.",
  "Mayor Hal Brenner told reporters the site had been inspected last year.",
  "Firefighters needed nine hours to bring the flames under control.",
].join("\n");
const C = [
  "A fire at a paint warehouse in Dunmore killed four workers on Tuesday, the fire service said, in a report relayed from the Dunmore Gazette.",
  "Source: Dunmore Gazette",
].join("\n");

function run(): Analysis {
  return analyzeReports([
    { id: "a", file: "a.txt", text: A, publishedAt: "2024-09-11" },
    { id: "b", file: "b.txt", text: B },
    { id: "c", file: "c.txt", text: C },
  ]);
}

describe("analyzeReports", () => {
  const analysis = run();
  const claimsOf = (sourceId: string) => analysis.claims.filter((c) => c.sourceId === sourceId);
  const clusterOf = (claimId: string) => analysis.clusters.find((k) => k.claimIds.includes(claimId))!;

  it("returns a valid analysis whose claims point into the raw text", () => {
    expect(() => analysisSchema.parse(analysis)).not.toThrow();
    const raw: Record<string, string> = { a: A, b: B, c: C };
    for (const c of analysis.claims) expect(raw[c.sourceId]!.slice(c.start, c.end)).toBe(c.text);
  });

  it("keeps page furniture out of the claims", () => {
    expect(claimsOf("a").some((c) => /newsletter|Source:/.test(c.text))).toBe(false);
  });

  it("groups the relay with its origin and leaves the other outlet independent", () => {
    const fam = Object.fromEntries(analysis.sources.map((s) => [s.id, s.family]));
    expect(fam.c).toBe(fam.a);
    expect(fam.b).not.toBe(fam.a);
  });

  it("agrees on compatible evacuation counts and contradicts on the death toll", () => {
    const evacA = claimsOf("a").find((c) => c.quantity?.value === 300)!;
    const evacB = claimsOf("b").find((c) => c.quantity?.value === 300)!;
    expect(clusterOf(evacA.id).claimIds).toContain(evacB.id);
    expect(clusterOf(evacA.id).verdict).toBe("agree");
    const deadA = claimsOf("a").find((c) => c.quantity?.unit === "dead")!;
    const deadB = claimsOf("b").find((c) => c.quantity?.unit === "dead")!;
    expect(deadA.quantity!.value).toBe(4);
    expect(deadB.quantity!.value).toBe(6);
    const k = clusterOf(deadA.id);
    expect(k.claimIds).toContain(deadB.id);
    expect(k.verdict).toBe("contradict");
    expect(k.differences.length).toBe(2);
  });

  it("flags the former-mayor title against the sitting mayor", () => {
    const roleA = claimsOf("a").find((c) => c.kind === "role")!;
    expect(roleA.role).toEqual({ person: "Hal Brenner", title: "Former Mayor" });
    expect(clusterOf(roleA.id).verdict).toBe("contradict");
  });

  it("calls a fact only one report gives single", () => {
    const hours = claimsOf("b").find((c) => c.quantity?.unit === "hours")!;
    expect(clusterOf(hours.id).verdict).toBe("single");
  });

  it("resolves weekdays against the publication date and is deterministic", () => {
    expect(claimsOf("a").some((c) => c.date?.iso === "2024-09-10")).toBe(true);
    expect(JSON.stringify(run())).toBe(JSON.stringify(analysis));
  });
});
