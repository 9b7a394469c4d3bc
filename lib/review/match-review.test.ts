import { describe, expect, it } from "vitest";
import { indexByAnchor, matchReview } from "./match-review";
import { setStatusSchema } from "./review-input";
import { clusterFlag, isOpenFlag } from "./review-status";

const review = (anchorRef: string, minutes: number) => ({ anchorRef, status: "disputed" as const, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, minutes)) });

describe("matchReview", () => {
  it("finds a review through any claim of the cluster, the most recent when several match", () => {
    const reviews = indexByAnchor([review("r1:0-10", 5), review("r2:4-9", 9), review("r3:0-3", 20)]);
    expect(matchReview(["r9:0-1"], reviews)).toEqual({ review: null, matches: 0 });
    expect(matchReview(["r9:0-1", "r1:0-10"], reviews).review?.anchorRef).toBe("r1:0-10");
    expect(matchReview(["r1:0-10", "r2:4-9", "r2:4-9"], reviews)).toMatchObject({ review: { anchorRef: "r2:4-9" }, matches: 2 });
  });
});

describe("flags", () => {
  it("flags contradictions and single-source claims until they are verified or found false", () => {
    expect(clusterFlag({ verdict: "contradict", independentCount: 2 })).toBe("contradicted");
    expect(clusterFlag({ verdict: "agree", independentCount: 1 })).toBe("single_source");
    expect(clusterFlag({ verdict: "agree", independentCount: 2 })).toBeNull();
    expect(isOpenFlag({ verdict: "single", independentCount: 1 }, "disputed")).toBe(true);
    expect(isOpenFlag({ verdict: "single", independentCount: 1 }, "false")).toBe(false);
  });
});

describe("review input", () => {
  it("takes evidence as one address per line, and only http(s)", () => {
    expect(setStatusSchema.parse({ status: "verified", evidence: " https://a.example/x \n\nhttp://b.example ", version: "3" })).toEqual({
      status: "verified",
      note: null,
      evidence: ["https://a.example/x", "http://b.example"],
      rightSide: null,
      version: 3,
    });
    const refused = setStatusSchema.safeParse({ status: "verified", evidence: ["https://ok.example", "ftp://a.example"], version: 0 });
    // The message names the bad link itself, not its position ("evidence.1").
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual(['"ftp://a.example" is not a web address starting with http:// or https://']);
    expect(setStatusSchema.safeParse({ status: "maybe", evidence: [], version: 0 }).success).toBe(false);
  });
});
