import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { contentWords } from "./content-words";

const words = (text: string) => contentWords(parseText(text).tokens);

describe("contentWords", () => {
  it("folds reporters' synonyms and phrases to one form", () => {
    expect(words("Shares slumped after the accident.")).toEqual(words("Shares dropped after the collision."));
    expect(words("He may walk away from the deal.")).toEqual(words("He may take a pass on the deal."));
    expect(words("Those responsible will be held to account.")).toContain("accountable");
    expect(words("Whoever is responsible will answer for it.")).toContain("accountable");
    expect(words("The inspection and the evacuation")).toEqual(words("inspect evacuate"));
  });

  it("leaves out function words and weekdays", () => {
    expect(words("The bridge closed on Monday.")).toEqual(["bridge", "close"]);
  });
});
