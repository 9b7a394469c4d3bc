import { describe, expect, it } from "vitest";
import { findClaimUpdates, summarizeUpdates, type VersionClaim } from "./report-versions-updates";

const count = (value: number, text: string): VersionClaim => ({
  kind: "quantity",
  text,
  summary: `${value} people dead`,
  subject: null,
  quantity: { value, unit: "people dead" },
});
const said = (text: string): VersionClaim => ({ kind: "statement", text, summary: text });

describe("findClaimUpdates", () => {
  it("reports a figure that moved as an update with both numbers", () => {
    const updates = findClaimUpdates([count(2, "At least two people died")], [count(3, "Three people have now died")]);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.label).toBe("people dead 2 → 3");
    expect(updates[0]!.afterText).toBe("Three people have now died");
  });
  it("reports reworded claims with the words that changed", () => {
    const updates = findClaimUpdates([said("The mayor said the port would reopen on Monday")], [said("The mayor said the port would reopen on Tuesday")]);
    expect(updates.map((update) => update.label)).toEqual(["Monday → Tuesday"]);
  });
  it("ignores claims that are unchanged, and new claims about something else", () => {
    const kept = said("Firefighters reached the ship at noon");
    const updates = findClaimUpdates([kept], [kept, said("A second vessel was evacuated overnight")]);
    expect(updates).toEqual([]);
  });
  it("does not pair claims of different kinds", () => {
    expect(findClaimUpdates([count(2, "two people died")], [said("two people died, police said")])).toEqual([]);
  });
});

describe("summarizeUpdates", () => {
  it("names a changed figure once, not again for the sentence that carries it", () => {
    const updates = findClaimUpdates(
      [
        count(2, "Two people died"),
        { kind: "event", text: "Two people died in the fire", summary: "Two people died in the fire" },
        said("The quay reopens on Monday"),
      ],
      [
        count(3, "Three people died"),
        { kind: "event", text: "Three people died in the fire", summary: "Three people died in the fire" },
        said("The quay reopens on Tuesday"),
      ],
    );
    expect(updates).toHaveLength(3);
    expect(summarizeUpdates(updates)).toEqual(["people dead 2 → 3", "Monday → Tuesday"]);
  });
});
