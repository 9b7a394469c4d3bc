import { describe, expect, it } from "vitest";
import { groupFamilies } from "./group-families";
import { headlinePairs, sentenceShingles, sharedSentenceCount } from "./relay-evidence";
import { setAblated } from "../nlp/rule-switches";

const WIRE = [
  "A fire on a ferry moored in Velsk harbour killed two crew members on Sunday, the harbour board said.",
  "The fire started in the engine room and spread quickly to the car deck before firefighters arrived.",
  "About 120 passengers had left the ferry an hour before the fire broke out, the operator said.",
].join(" ");

describe("relay evidence", () => {
  it("counts whole sentences two reports share", () => {
    const longer = `${WIRE} Local traders said the harbour would lose its busiest weekend of the year. Residents gathered on the quay to watch.`;
    expect(sharedSentenceCount(sentenceShingles(WIRE), sentenceShingles(longer))).toBe(3);
    expect(
      sharedSentenceCount(sentenceShingles(WIRE), sentenceShingles("Two sailors died when their ferry caught fire in the harbour of Velsk on Sunday morning.")),
    ).toBe(0);
  });

  it("pairs headlines reworded from one story, not headlines of one event", () => {
    const same = headlinePairs([
      "Engine room warning issued hours before Velsk ferry fire",
      "Engine room warning issued shortly before deadly Velsk ferry fire: board",
      "Velsk ferry fire kills two",
      "Two dead in Velsk ferry fire",
    ]);
    expect(same(0, 1)).toBe(true);
    expect(same(2, 3)).toBe(false);
  });

  it("makes one family of a report that takes over a wire's sentences, and says why in its label", () => {
    const own = (who: string) =>
      Array.from({ length: 30 }, (_, k) => `In ${who} ${k} the ${who} quay stayed open and ${who} volunteers from ${who} handed out blankets.`).join(" ");
    const reports = [
      { id: "a", outlet: null, title: "Ferry fire", text: `${own("Tarnow")} ${WIRE}`, provenance: [] },
      { id: "b", outlet: "Velsk Post", title: "A long night on the quay", text: `${own("Velsk")} ${WIRE}`, provenance: [] },
    ];
    const families = groupFamilies(reports);
    expect(families[0]!.family).toBe(families[1]!.family);
    expect(families[0]!.familyLabel).toContain("shares 3 sentences with Velsk Post");
    setAblated(["relays"]);
    try {
      const apart = groupFamilies(reports);
      expect(apart[0]!.family).not.toBe(apart[1]!.family);
    } finally {
      setAblated([]);
    }
  });
});
