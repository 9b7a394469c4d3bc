import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { pluralUnit, readCountedNoun } from "./counted-noun";

describe("readCountedNoun", () => {
  it("normalises the noun a number counts and keeps the nouns before it as modifiers", () => {
    const t = parseText("12 bus and tram breakdowns").tokens;
    expect(readCountedNoun(t, 1)).toMatchObject({ unit: "breakdowns", modifiers: ["bus", "tram"] });
    expect(readCountedNoun(parseText("30 passengers and crew").tokens, 1)?.unit).toBe("passengers");
    expect(readCountedNoun(parseText("a 48-hour strike").tokens, 2)?.unit).toBe("hours");
  });

  it("reads metres written close up, at a sentence end too, but not millions of a noun", () => {
    expect(readCountedNoun(parseText("about 2,500m.").tokens, 2)?.unit).toBe("m");
    expect(readCountedNoun(parseText("runways 1,500m long").tokens, 2)?.unit).toBe("m");
    expect(readCountedNoun(parseText("1.2m people").tokens, 1)?.unit).not.toBe("m");
  });

  it("makes plurals of lemmas", () => {
    expect(pluralUnit("ferry")).toBe("ferries");
    expect(pluralUnit("box")).toBe("box");
  });
});
