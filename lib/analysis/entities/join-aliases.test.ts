import { describe, expect, it } from "vitest";
import { analyzeReports } from "../analyze-reports";
import { setAblated } from "../nlp/rule-switches";

// Two fictional reports naming the same bodies in different ways.
const A = [
  "Officials of the Ministry of Roads, Ports and Shipping said the Velsk Harbour Authority (VHA) had closed the quay in Al-Marsa on Sunday.",
  "The US Coast Guard sent two boats, and Mr Darrow thanked the crews.",
].join("\n\n");
const B = [
  "Officials at the Shipping Ministry said on Sunday that the VHA had closed the quay in Al Marsa after a fire.",
  "Harbour master Pavel Darrow said the United States Coast Guard helped. Marsaille residents watched from the shore.",
  "Residents of Marseille Bay were told to keep their windows shut, the shipping ministry said.",
].join("\n\n");

function groupOf(names: string[]): Set<string | undefined> {
  const a = analyzeReports([
    { id: "a", text: A },
    { id: "b", text: B },
  ]);
  const idOf = (n: string) => a.entities.find((e) => e.mentions.includes(n) || e.canonical === n)?.id;
  return new Set(names.map(idOf));
}

describe("alias groups", () => {
  it("joins an acronym defined in the text to its name", () => {
    const ids = groupOf(["Velsk Harbour Authority", "VHA"]);
    expect(ids.size).toBe(1);
    expect(ids.has(undefined)).toBe(false);
  });

  it("joins a shorter name whose words all belong to one longer name, in any order, in any case", () => {
    const ids = groupOf(["Ministry of Roads, Ports and Shipping", "Shipping Ministry", "shipping ministry"]);
    expect(ids.size).toBe(1);
    expect(ids.has(undefined)).toBe(false);
  });

  it("joins hyphenated spellings, US/United States, and 'Mr X' to the person", () => {
    for (const names of [
      ["Al-Marsa", "Al Marsa"],
      ["US Coast Guard", "United States Coast Guard"],
      ["Pavel Darrow", "Mr Darrow"],
    ]) {
      const ids = groupOf(names);
      expect(ids.size, names.join(" / ")).toBe(1);
      expect(ids.has(undefined), names.join(" / ")).toBe(false);
    }
  });

  it("joins two names of one body that the reports pair through a person who belongs to it", () => {
    const a = analyzeReports([
      { id: "a", text: '"We will strike again," said Mira Soltan of the Dockers\' League union on Monday.' },
      { id: "b", text: "Mira Soltan, an official from the Liga Dockers union, said the strike would go on." },
    ]);
    const idOf = (n: string) => a.entities.find((e) => e.mentions.includes(n))?.id;
    expect(idOf("Liga Dockers")).toBeDefined();
    expect(idOf("Dockers' League")).toBe(idOf("Liga Dockers"));
  });

  it("can be switched off", () => {
    setAblated(["name-aliases"]);
    try {
      expect(groupOf(["Velsk Harbour Authority", "VHA"]).size).toBe(2);
    } finally {
      setAblated([]);
    }
  });
});
