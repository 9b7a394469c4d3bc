import { describe, expect, it } from "vitest";
import { groupFamilies } from "./group-families";

const PROSE =
  "The night shift at the Brookfield bottling plant was evacuated after a boiler overheated and a storage shed caught fire near the loading bay on the east side of town.";

describe("groupFamilies", () => {
  it("groups relays by their named origin and copies by shared prose", () => {
    const fams = groupFamilies([
      { id: "a", outlet: "Valley Herald", text: PROSE, provenance: [] },
      {
        id: "b",
        outlet: "Town Crier",
        text: "Different words entirely about the plant fire.",
        provenance: [{ kind: "source-line", name: "Valley Herald", start: 0, end: 1 }],
      },
      { id: "c", outlet: null, text: `${PROSE} Residents were told to keep windows shut.`, provenance: [] },
      { id: "d", outlet: "Metro Wire", text: "Our reporter saw smoke over the river from the bridge at dawn today.", provenance: [] },
    ]);
    expect(fams[1]!.familyLabel).toBe("Valley Herald");
    expect(fams[0]!.family).toBe(fams[1]!.family);
    expect(fams[2]!.family).toBe(fams[0]!.family);
    expect(fams[2]!.sharedWith).toEqual(["a"]);
    expect(fams[3]!.family).not.toBe(fams[0]!.family);
  });

  it("shows a family that names no outlet by its headline, never by an id, and keeps such families apart", () => {
    const fams = groupFamilies([
      {
        id: "0b9d1c52-report",
        outlet: null,
        title: "Bridge closed after barge strike",
        text: "A barge hit the north pier late on Monday and the bridge was shut.",
        provenance: [],
      },
      { id: "77aa-report", outlet: null, text: "Traffic was diverted through the old town while divers checked the pier.", provenance: [] },
    ]);
    expect(fams.map((f) => f.familyLabel)).toEqual(["“Bridge closed after barge strike”", "Unnamed source"]);
    expect(fams[0]!.family).not.toBe(fams[1]!.family);
  });

  it("needs a relayed name twice before it counts, and ignores shared quotes", () => {
    const quote = "“We will rebuild the plant and every job will be kept, whatever it takes,” the owner said.";
    const fams = groupFamilies([
      { id: "a", outlet: null, text: `Crews worked all night. ${quote}`, provenance: [{ kind: "quoted-by", name: "Newswire", start: 0, end: 1 }] },
      { id: "b", outlet: null, text: `The fire is out. ${quote}`, provenance: [] },
    ]);
    expect(fams[0]!.family).not.toBe(fams[1]!.family);
  });

  it("finds copies the same way in a large batch, where shingles are sampled", () => {
    // distinct filler reports (numbers spelled into the words so no two share a 6-gram)
    const filler = Array.from({ length: 22 }, (_, i) => ({
      id: `r${i}`,
      outlet: null,
      text: `Report ${i} says ${"x".repeat(i + 1)} rain fell on roof ${i} while crew ${i} waited near gate ${i} for news ${i}.`,
      provenance: [],
    }));
    const reports = [
      { id: "a", outlet: null, text: `${PROSE} ${PROSE.replace("night", "day")}`, provenance: [] },
      ...filler,
      { id: "c", outlet: null, text: `${PROSE} ${PROSE.replace("night", "day")} Residents were told to keep windows shut.`, provenance: [] },
    ];
    const fams = groupFamilies(reports);
    expect(fams[reports.length - 1]!.sharedWith).toEqual(["a"]);
    expect(fams[1]!.sharedWith).toEqual([]);
  });
});
