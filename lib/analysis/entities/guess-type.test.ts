import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { findEntities } from "./find-entities";
import { findRoles } from "./find-roles";

function typesOf(text: string, sourceNames: string[] = []) {
  const parsed = parseText(text);
  const mentions = findEntities(parsed.sentences, findRoles(parsed.tokens), new Set(sourceNames));
  return Object.fromEntries(mentions.map((m) => [m.text, m.type]));
}

describe("entity types from general cues", () => {
  it("does not take a vessel for a person", () => {
    const t = typesOf(
      "The cargo ship Silver Heron ran aground on Tuesday. Later the tanker Nordvik Star was towed to port. The Amber Gull, a small fishing trawler, sank.",
    );
    expect(t["Silver Heron"]).toBe("place");
    expect(t["Nordvik Star"]).toBe("place");
    expect(t["Amber Gull"]).toBe("place");
  });

  it("types outlets, agencies and companies as organisations", () => {
    const t = typesOf(
      "Residents told Lakeland Wire that the plant had closed. Brightwater Holdings Ltd said it was cooperating, the Valley Times reported. The Dockers' Union called a strike.",
      ["Norpress"],
    );
    expect(t["Lakeland Wire"]).toBe("org");
    expect(t["Brightwater Holdings Ltd"]).toBe("org");
    expect(t["Valley Times"]).toBe("org");
    expect(t["Dockers' Union"]).toBe("org");
  });

  it("treats a provenance name as an organisation wherever it appears", () => {
    const t = typesOf("The mayor spoke to Norpress on Friday about the flood.", ["Norpress"]);
    expect(t["Norpress"]).toBe("org");
  });

  it("reads a place name with a common word in it whole, and a rail operator as an organisation", () => {
    const t = typesOf("The bus stopped near the village of Marsh Cross on Friday. Brenlow Rail said trains would run again soon.");
    expect(t["Marsh Cross"]).toBe("place");
    expect(t["Brenlow Rail"]).toBe("org");
    expect(typesOf("Shares in Dunmere Chemicals fell on Friday.")["Dunmere Chemicals"]).toBe("org");
  });

  it("keeps people as people and multi-word places as places", () => {
    const t = typesOf("The dam was inspected by Marta Kowal on Monday. Flooding also hit the United Provinces and Port Elwin.");
    expect(t["Marta Kowal"]).toBe("person");
    expect(t["United Provinces"]).toBe("place");
    expect(t["Port Elwin"]).toBe("place");
  });
});
