import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { casualtyAhead, casualtyVerbBefore, perPeriod } from "./count-words";

const tokensOf = (text: string) => parseText(text).tokens;

describe("count words", () => {
  it("reads what a count is from the casualty word after it or the verb before it", () => {
    const t = tokensOf("Nine were missing and the storm injured 40.");
    expect(casualtyAhead(t, 1)?.unit).toBe("missing");
    const at = t.findIndex((x) => x.text === "40");
    expect(casualtyVerbBefore(t, at, at + 1)?.unit).toBe("injured");
    expect(casualtyVerbBefore(t, 1, 2)).toBeNull();
  });

  it("reads a rate after a count", () => {
    const t = tokensOf("It moves 300 tonnes a day.");
    expect(
      perPeriod(
        t,
        t.findIndex((x) => x.text === "a"),
      )?.period,
    ).toBe("day");
    expect(perPeriod(t, 1)).toBeNull();
  });
});
