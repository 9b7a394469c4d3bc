import { describe, expect, it } from "vitest";
import { cleanText } from "./clean-text";
import { isShapedFurniture } from "./furniture-shape";
import { setAblated } from "../nlp/rule-switches";

describe("furniture by shape", () => {
  it("knows link-outs in any casing, captions with credits, list bylines and dash subheadings", () => {
    for (const line of [
      "Read more: Harbour Board Plans New Quay",
      "ALSO READ | Five things to know about the ferry strike",
      "also read: the ferry strike explained",
      "Rescuers search the rubble near the old market in Velsk (Ana Ruiz/Reuters)",
      "- By Tomas Vell and Ines Okafor",
      "- 'We lost everything' -",
      "12th March 2026, 19:46 GMT+2",
      "Northgate Wire (News Agency), via Coastline Daily",
      "Ferry Fire Leaves Harbour Town Counting The Cost Of Repairs",
    ])
      expect(isShapedFurniture(line), line).toBe(true);
  });

  it("takes a standfirst under the headline for the page's header, not a paragraph", () => {
    const raw =
      "Ferry strike closes the harbour\nThe Velsk Post\n\nUnions announce two further strike days against the plan to close the quay\n\nHundreds of dock workers walked out on Tuesday in a second day of action against the harbour board's plan, which would close the old quay by 2030.";
    expect(cleanText(raw).text).not.toContain("Unions announce");
    setAblated(["furniture-shape"]);
    try {
      expect(cleanText(raw).text).toContain("Unions announce");
    } finally {
      setAblated([]);
    }
  });

  it("leaves sentences of the story alone", () => {
    for (const line of [
      "Read the full statement, the mayor told reporters, before you judge the harbour board.",
      "Rescuers searched the rubble near the old market in Velsk on Sunday.",
      "By Tuesday, 40 people had been taken to hospital.",
    ])
      expect(isShapedFurniture(line), line).toBe(false);
  });

  const page = [
    "Ferry fire in Velsk harbour kills two crew members",
    "",
    "The secret gardens of the old royal palace",
    "Hidden behind tall walls, the gardens were once the private retreat of a queen who loved roses and",
    "Why young people are leaving the mountain villages",
    "It is a trend that worries mayors across the valleys, where schools have closed one after the",
    "",
    "A fire on a ferry moored in Velsk harbour killed two crew members on Sunday, the harbour board said.",
    "The ferry fire started in the engine room and spread to the car deck, firefighters in Velsk said.",
    "About 120 passengers had left the ferry an hour before the fire broke out, according to the operator, Velsk Lines.",
    "The two crew members were found in the engine room after the fire was put out, the harbour board said in a statement.",
    "Velsk Lines said all its ferry crossings from the harbour would be cancelled until Wednesday while inspectors examine the ship.",
  ].join("\n");

  it("drops a run of teasers of other stories above the story, keeping the story", () => {
    const cleaned = cleanText(page);
    expect(cleaned.text).not.toContain("gardens");
    expect(cleaned.text).not.toContain("mountain villages");
    expect(cleaned.text).toContain("killed two crew members");
    // offsets still point into the page
    for (const [s, e] of cleaned.furniture) {
      expect(e).toBeLessThanOrEqual(page.length);
      expect(s).toBeLessThan(e);
    }
  });

  it("can be switched off", () => {
    setAblated(["furniture-shape"]);
    try {
      expect(cleanText(page).text).toContain("gardens");
    } finally {
      setAblated([]);
    }
  });

  it("cuts a wire dateline from the paragraph it opens", () => {
    const cleaned = cleanText(
      "VELSK, March 12 (Northgate Wire) - A fire on a ferry killed two crew members on Sunday, the harbour board said in its first statement.",
    );
    expect(cleaned.text.startsWith("A fire on a ferry")).toBe(true);
  });
});
