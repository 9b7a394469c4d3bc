import { describe, expect, it } from "vitest";
import { namedSource, sameSource, sentenceAround, tellsUpdate } from "./named-source";

describe("namedSource", () => {
  it("reads 'according to' and 'X said' attributions", () => {
    expect(namedSource("Some 40,000 people marched, according to the Harbour Board.")).toBe("Harbour Board");
    expect(namedSource("In the capital, police said 9,000 people took part.")).toBe("police");
    expect(namedSource("The Dockers' Union claimed that 30,000 marched.")).toBe("Dockers' Union");
  });
  it("ignores pronouns and unnamed speakers", () => {
    expect(namedSource("He said 40 people were hurt.")).toBeNull();
    expect(namedSource("Forty people were hurt.")).toBeNull();
  });
  it("treats two names sharing a word as one source", () => {
    expect(sameSource("the Dockers' Union", "Dockers")).toBe(true);
    expect(sameSource("police", "Harbour Board")).toBe(false);
  });
});

describe("sentenceAround and tellsUpdate", () => {
  it("cuts the sentence holding a span", () => {
    const raw = "First one. The toll rose to 12 on Monday. Last one.";
    expect(sentenceAround(raw, raw.indexOf("12"), raw.indexOf("12") + 2)).toBe("The toll rose to 12 on Monday");
  });
  it("recognises a revised figure", () => {
    expect(tellsUpdate("Earlier reports put the toll at six")).toBe(true);
    expect(tellsUpdate("The toll rose to 12 on Monday")).toBe(true);
    expect(tellsUpdate("Police said 12 people died")).toBe(false);
  });
});
