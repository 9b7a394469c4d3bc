import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { predicateOf } from "./claim-helpers";
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
  });
});
