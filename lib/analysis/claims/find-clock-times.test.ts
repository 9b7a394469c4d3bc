import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { extractClaims } from "./extract-claims";
import { findClockTimes } from "./find-clock-times";

const one = (s: string) => findClockTimes(s).map(({ value, low, high, zone, qualifier, denied }) => ({ value, low, high, zone, qualifier, denied }));

describe("findClockTimes", () => {
  it("reads minutes after midnight, the zone and the hedge", () => {
    expect(one("the accident happened at around 9:07 a.m. local time")).toEqual([
      { value: 547, low: 545, high: 549, zone: "local", qualifier: "about", denied: false },
    ]);
    expect(one("crashed three minutes later at 9:03 a.m.")).toEqual([{ value: 543, low: 543, high: 543, zone: null, qualifier: undefined, denied: false }]);
    expect(one("struck at 23:11 (2211 GMT) on Friday").map((h) => [h.value, h.zone])).toEqual([
      [1391, null],
      [1331, "GMT"],
    ]);
    expect(one("at 10:30 BST")[0]!.zone).toBe("BST");
    expect(one("smoke was seen shortly after 8 p.m.")[0]).toMatchObject({ value: 1200, low: 1200, high: 1230, qualifier: "shortly after" });
  });

  it("marks a time the sentence rules out", () => {
    expect(one("declared mayday at 8:59 a.m., not 8:58 a.m. as said earlier").map((h) => h.denied)).toEqual([false, true]);
  });

  it("takes no spans of time, figures or magnitudes for clock times", () => {
    expect(one("six minutes before, three minutes later")).toEqual([]);
    expect(one("put the figure at 1.272 million; the 6.8 magnitude quake")).toEqual([]);
  });

  it("gives each clause claim the time it states", () => {
    const s = "The pilot declared a mayday at 8:59 a.m. and attempted to land at 9:00 a.m.";
    const claims = extractClaims({ parsed: parseText(s), publishedAt: null, roles: [], entities: [] });
    expect(claims.filter((c) => c.clock).map((c) => [s.slice(c.start, c.end), c.clock!.value])).toEqual([
      ["The pilot declared a mayday at 8:59 a.m.", 539],
      ["attempted to land at 9:00 a.m.", 540],
    ]);
  });
});
