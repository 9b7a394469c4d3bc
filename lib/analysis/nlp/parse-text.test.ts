import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { loadNlp, parseText } from "./parse-text";

describe("parseText", () => {
  const text = "The factory fire injured five workers on Tuesday.\n\nSafety Review\nInspectors will visit the site.";
  const parsed = parseText(text);

  it("gives tokens with offsets into the text", () => {
    const five = parsed.tokens.find((t) => t.lower === "five")!;
    expect(text.slice(five.start, five.end)).toBe("five");
    expect(parsed.tokens.find((t) => t.text === "injured")!.lemma).toBe("injure");
  });

  it("never lets a sentence cross a line break", () => {
    expect(parsed.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "The factory fire injured five workers on Tuesday.",
      "Safety Review",
      "Inspectors will visit the site.",
    ]);
  });

  it("reads a common word that opens a sentence as that word, and keeps names as names", () => {
    const p = parseText("Prosecutors opened an inquiry. Marta Kowal said so. Brown water rose. The mayor met Tom Brown.");
    const first = p.sentences.map((s) => [s.tokens[0]!.text, s.tokens[0]!.pos, s.tokens[0]!.lemma]);
    expect(first[0]).toEqual(["Prosecutors", "NOUN", "prosecutor"]);
    expect(first[1]![1]).toBe("PROPN");
    expect(first[2]![1]).toBe("PROPN"); // "Brown" is capitalised inside a sentence too: a name in this report
  });

  it("ends a sentence after a unit or time that takes the full stop, except before a day", () => {
    const t = "The limit is 80 km/h. Doctors said the train left at 7.30am. Seven were hurt. It opens at 10 a.m. Friday.";
    expect(parseText(t).sentences.map((s) => t.slice(s.start, s.end))).toEqual([
      "The limit is 80 km/h.",
      "Doctors said the train left at 7.30am.",
      "Seven were hurt.",
      "It opens at 10 a.m. Friday.",
    ]);
  });

  it("reads the same tokens, tags, lemmas and sentences as wink's whole default pipe", () => {
    // the engine skips the annotations it does not read: that must never change what it does read
    const full = winkNLP(model);
    const lite = loadNlp();
    const dir = path.resolve("prisma/demo/reports");
    const texts = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
    const read = (nlp: ReturnType<typeof winkNLP>, text: string) => {
      const doc = nlp.readDoc(text);
      return [doc.tokens().out(), doc.tokens().out(nlp.its.pos), doc.tokens().out(nlp.its.lemma as never), doc.sentences().out(nlp.its.span)];
    };
    // (the check means something only while the engine's pipe really is the shorter one)
    const sample = "The storm hit on Monday, 3 March 2025.";
    expect(lite.readDoc(sample).entities().out()).toEqual([]);
    expect(full.readDoc(sample).entities().out().length).toBeGreaterThan(0);
    for (const text of texts) expect(read(lite, text)).toEqual(read(full, text));
  });
});
