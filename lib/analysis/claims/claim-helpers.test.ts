import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { earlierYear, predicateOf } from "./claim-helpers";
import { findQuantities } from "./find-quantities";

function predicates(text: string) {
  const { tokens } = parseText(text);
  return findQuantities(tokens).map((q) => predicateOf(tokens, q));
}

describe("predicateOf", () => {
  it("takes the verb or noun a count hangs from, before it or else after it", () => {
    expect(predicates("Shares slumped 4% while the bus was travelling at about 60 km/h.")).toEqual(["fall", "travel"]);
    expect(predicates("The speed limit is 50 km/h.")).toEqual(["limit"]);
    expect(predicates("There were some 90 people on board.")).toEqual(["board"]);
    expect(predicates("Shares closed 8 percent lower.")).toEqual(["fall"]);
  });
});

describe("earlierYear", () => {
  it("finds a year before the report's own just before a count", () => {
    const { tokens } = parseText("The blast is the worst since a fire there in 2019 injured eight workers, and it injured 30.");
    const [old, now] = findQuantities(tokens);
    expect(earlierYear(tokens, old!.start, "2026-10-09")).toBe("2019");
    expect(earlierYear(tokens, now!.start, "2026-10-09")).toBeUndefined();
    expect(earlierYear(tokens, old!.start, null)).toBeUndefined();
  });
});
