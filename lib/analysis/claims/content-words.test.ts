import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { contentWords } from "./content-words";

const words = (text: string) => contentWords(parseText(text).tokens);

describe("contentWords", () => {
  it("folds reporters' synonyms and phrases to one form", () => {
    // (the table keeps only what WordNet lacks: lib/analysis/claims/paraphrases.ts)
    expect(words("Shares slumped after the blast.")).toEqual(words("Shares fell after the explosion."));
    expect(words("He may walk away from the deal.")).toEqual(words("He may pull out of the deal."));
    expect(words("The inspection and the evacuation")).toEqual(words("inspect evacuate"));
  });

  it("leaves out function words and weekdays", () => {
    expect(words("The bridge closed on Monday.")).toEqual(["bridge", "close"]);
  });
});
