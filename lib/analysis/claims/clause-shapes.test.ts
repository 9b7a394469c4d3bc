import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { attributionEnd, isAppositive } from "./clause-shapes";

const never = () => false;

describe("clause shapes", () => {
  it("reads a trailing who-said whose subject has a phrase of its own", () => {
    const { tokens } = parseText("The pump failed, a spokesman for the regional water board said.");
    const comma = tokens.findIndex((t) => t.text === ",");
    expect(attributionEnd(tokens, comma + 1, never)).toBe(tokens.length);
    const other = parseText("The pump failed, a report by engineers from the board claimed to show nothing.").tokens;
    expect(attributionEnd(other, other.findIndex((t) => t.text === ",") + 1, never)).toBe(-1);
  });

  it("takes a noun phrase after a comma as an appositive, with no finite verb of its own", () => {
    const at = (text: string) => {
      const { tokens } = parseText(text);
      return isAppositive(tokens, tokens.findIndex((t) => t.text === ",") + 1);
    };
    expect(at("Prices rose on Monday, the first day of trading in its express shares.")).toBe(true);
    expect(at("Prices rose on Monday, the market closes early today.")).toBe(false);
  });
});
