import { describe, expect, it } from "vitest";
import type { DraftClaim } from "../claims/draft-claim";
import { judgeCluster, type JudgeMember } from "./judge-cluster";

function member(sourceId: string, family: string, draft: Partial<DraftClaim>, text = "x"): JudgeMember {
  const d: DraftClaim = { kind: "statement", start: 0, end: 1, summary: text, names: [], words: [], context: [], negated: false, sentence: 0, ...draft };
  return { claimId: `${sourceId}:c1`, sourceId, sourceLabel: sourceId, family, familyLabel: family, draft: d, text };
}

const q = (value: number, low: number, high: number, modifiers: string[] = []) => ({
  kind: "quantity" as const,
  quantity: { value, low, high, unit: "dead", modifiers },
});

describe("judgeCluster", () => {
  it("compares the clock times extraction read, hedges and zones included", () => {
    const at = (sourceId: string, value: number, spread = 0, zone: string | null = null) =>
      member(sourceId, `f-${sourceId}`, { kind: "event", clock: { value, low: value - spread, high: value + spread, unit: "minute of day", zone } }, "crashed");
    expect(judgeCluster([at("a", 9 * 60 + 7, 2), at("b", 9 * 60 + 8)]).verdict).not.toBe("contradict");
    const apart = judgeCluster([at("a", 9 * 60 + 7, 2), at("b", 9 * 60 + 3)]);
    expect(apart.verdict).toBe("contradict");
    expect(apart.reason).toContain("9:07 a.m. vs 9:03 a.m.");
    expect(judgeCluster([at("a", 9 * 60 + 3, 0, "GMT"), at("b", 18 * 60 + 3, 0, "KST")]).verdict).not.toBe("contradict");
    expect(judgeCluster([at("a", 9 * 60 + 3, 0, "local"), at("b", 9 * 60 + 7)]).verdict).toBe("contradict");
  });

  it("takes a figure in brackets after another for its restatement in other units, not a second figure", () => {
    const km = (sourceId: string, value: number, text: string, sentence: string) => ({
      ...member(sourceId, `f-${sourceId}`, q(value, value, value), text),
      sentence,
    });
    const restated = judgeCluster([
      km("a", 72, "72 km", "The epicentre was 72 km (44 miles) away."),
      km("b", 44, "44 miles", "The epicentre was 72 km (44 miles) away."),
    ]);
    expect(restated.verdict).not.toBe("contradict");
    const apart = judgeCluster([km("a", 72, "72 km", "It was 72 km away."), km("b", 44, "44 miles", "It was 44 miles (a long way) away, on the 3rd.")]);
    expect(apart.verdict).toBe("contradict");
  });

  it("agrees when qualified counts overlap", () => {
    const j = judgeCluster([member("a", "fa", q(300, 270, 300)), member("b", "fb", q(300, 270, 330))]);
    expect(j.verdict).toBe("agree");
    expect(j.reason).toContain("2 independent sources");
  });

  it("contradicts on incompatible counts and names the words", () => {
    const j = judgeCluster([member("a", "fa", q(4, 4, 4), "four dead"), member("b", "fb", q(6, 6, 6), "six dead")]);
    expect(j.verdict).toBe("contradict");
    expect(j.differences.map((d) => d.words)).toEqual(["four dead", "six dead"]);
  });

  it("sides each other claim with the named claim it fits, and leaves a claim that fits neither or both alone", () => {
    const m = (id: string, draft: Partial<DraftClaim>) => ({ ...member(id, `f-${id}`, draft), claimId: id });
    const j = judgeCluster([m("a", q(12, 12, 12)), m("b", q(17, 17, 17)), m("c", q(12, 12, 12)), m("d", q(30, 30, 30)), m("e", q(15, 10, 20))]);
    expect(j.verdict).toBe("contradict");
    expect(j.differences.map((d) => d.claimId)).toEqual(["a", "b"]);
    expect(j.sides).toEqual({ a: "a", b: "b", c: "a" });
    expect(judgeCluster([m("a", q(12, 12, 12)), m("c", q(12, 12, 12))]).sides).toEqual({});
  });

  it("contradicts on a different second item of a pair and on former vs sitting office", () => {
    expect(judgeCluster([member("a", "fa", q(200, 200, 999, ["bus", "tram"])), member("b", "fb", q(200, 200, 999, ["bus", "train"]))]).verdict).toBe(
      "contradict",
    );
    const role = (former: boolean) => ({
      kind: "role" as const,
      role: { person: "Jo Vale", title: former ? "former Mayor" : "Mayor", office: "mayor", former },
    });
    const j = judgeCluster([member("a", "fa", role(true)), member("b", "fb", role(false))]);
    expect(j.verdict).toBe("contradict");
    expect(j.differences.map((d) => d.words)).toEqual(["former Mayor", "Mayor"]);
  });

  it("calls one family single even with several reports", () => {
    const j = judgeCluster([member("a", "wire", {}), member("b", "wire", {})]);
    expect(j.verdict).toBe("single");
    expect(j.reason).toContain("one independent source");
    expect(judgeCluster([member("a", "fa", {})]).verdict).toBe("single");
  });

  it("contradicts different weekdays for the same statement", () => {
    const day = (weekday: number, phrase: string) => ({ kind: "date" as const, date: { iso: null, phrase, weekday } });
    expect(judgeCluster([member("a", "fa", day(2, "on Tuesday")), member("b", "fb", day(3, "on Wednesday"))]).verdict).toBe("contradict");
  });

  it("contradicts when two reports date the same statement to different weekdays", () => {
    const day = (weekday: number, phrase: string) => ({ kind: "attribution" as const, date: { iso: null, phrase, weekday } });
    const j = judgeCluster([member("a", "fa", day(1, "on Monday")), member("b", "fb", day(0, "on Sunday"))]);
    expect(j.verdict).toBe("contradict");
    expect(j.reason).toContain("(Monday vs Sunday)");
    expect(judgeCluster([member("a", "fa", day(1, "on Monday")), member("b", "fb", day(1, "Monday"))]).verdict).toBe("agree");
  });

  it("contradicts a deputy or acting holder against the office itself, not two plain holders", () => {
    const role = (title: string, office: string) => ({ kind: "role" as const, role: { person: "Jo Vale", title, office, former: false } });
    const j = judgeCluster([member("a", "fa", role("Deputy Harbour Master", "master")), member("b", "fb", role("Harbour Master", "master"))]);
    expect(j.verdict).toBe("contradict");
    expect(j.differences.map((d) => d.words)).toEqual(["Deputy Harbour Master", "Harbour Master"]);
    expect(judgeCluster([member("a", "fa", role("Acting Mayor", "mayor")), member("b", "fb", role("Mayor", "mayor"))]).verdict).toBe("contradict");
    expect(judgeCluster([member("a", "fa", role("Harbour Master", "master")), member("b", "fb", role("Master", "master"))]).verdict).toBe("agree");
  });

  it("contradicts two-item lists that share one item, matching a name to its initials", () => {
    const list = (pairs: string[][]) => ({ kind: "event" as const, pairs });
    expect(judgeCluster([member("a", "fa", list([["falcon", "heron"]])), member("b", "fb", list([["falcon", "osprey"]]))]).verdict).toBe("contradict");
    expect(judgeCluster([member("a", "fa", list([["european", "united states"]])), member("b", "fb", list([["european", "u.s."]]))]).verdict).toBe("agree");
  });

  it("contradicts an end against a later day on which it still went on, not a start against a later end", () => {
    const at = (phase: DraftClaim["phase"], weekday: number) => ({ kind: "date" as const, phase, date: { iso: null, phrase: "", weekday } });
    const j = judgeCluster([member("a", "fa", at("end", 6)), member("b", "fb", at("since", 0))]);
    expect(j.verdict).toBe("contradict");
    expect(j.reason).toContain("ended Saturday");
    expect(judgeCluster([member("a", "fa", at("start", 1)), member("b", "fb", at("end", 5))]).verdict).toBe("agree");
  });

  it("contradicts two months for one fact", () => {
    const inMonth = (month: number, phrase: string) => ({ kind: "event" as const, date: { iso: null, phrase, weekday: null, month } });
    const j = judgeCluster([member("a", "fa", inMonth(2, "in March")), member("b", "fb", inMonth(5, "in June"))]);
    expect(j.verdict).toBe("contradict");
    expect(j.differences.map((d) => d.words)).toEqual(["in March", "in June"]);
    expect(judgeCluster([member("a", "fa", inMonth(2, "in March")), member("b", "fb", inMonth(2, "last March"))]).verdict).toBe("agree");
  });
});
