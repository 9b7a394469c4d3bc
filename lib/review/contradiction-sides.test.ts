import { describe, expect, it } from "vitest";
import { contradictionSides } from "./contradiction-sides";

const R = (n: number) => `0000000${n}-0000-4000-8000-000000000000`;
const claim = (report: number, key: string) => ({
  key: `${R(report)}:${key}`,
  reportId: R(report),
  start: report * 10,
  end: report * 10 + 5,
  kind: "quantity",
});

describe("contradictionSides", () => {
  const claims = [claim(1, "c1"), claim(2, "c4"), claim(3, "c2"), claim(4, "c9"), claim(5, "c3")];
  const differences = [
    { sourceId: R(1), claimId: `${R(1)}:c1`, words: "12 people" },
    { sourceId: R(5), claimId: `${R(5)}:c3`, words: "17 people" },
  ];
  const sides = { [`${R(1)}:c1`]: "a", [`${R(2)}:c4`]: "a", [`${R(3)}:c2`]: "a", [`${R(4)}:c9`]: "a", [`${R(5)}:c3`]: "b" };

  it("groups the reports by the side they take, naming each side's wording and anchor", () => {
    const [a, b] = contradictionSides({ verdict: "contradict", differences, sides, claims })!;
    expect(a).toEqual({ side: "a", words: "12 people", text: "12 people", anchor: `${R(1)}:10-15:quantity`, reportIds: [R(1), R(2), R(3), R(4)] });
    expect(b).toEqual({ side: "b", words: "17 people", text: "17 people", anchor: `${R(5)}:50-55:quantity`, reportIds: [R(5)] });
  });

  it("has nothing to say of an agreement or of sides never recorded", () => {
    expect(contradictionSides({ verdict: "agree", differences, sides, claims })).toBeNull();
    expect(contradictionSides({ verdict: "contradict", differences: [], sides: {}, claims })).toBeNull();
    const [a, b] = contradictionSides({ verdict: "contradict", differences, sides: {}, claims })!;
    expect([a.reportIds, b.reportIds]).toEqual([[R(1)], [R(5)]]);
  });
});
