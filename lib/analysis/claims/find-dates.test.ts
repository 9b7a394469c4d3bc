import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { findDates, resolveWeekday } from "./find-dates";

describe("findDates", () => {
  it("resolves weekdays against the publication date", () => {
    // 2024-05-15 is a Wednesday
    const dates = findDates(parseText("The bridge closed on Monday and will reopen next Friday, the council said last week.").tokens, "2024-05-15");
    expect(dates.map((d) => [d.phrase, d.iso, d.relative])).toEqual([
      ["on Monday", "2024-05-13", null],
      ["next Friday", "2024-05-17", null],
      ["last week", null, "last week"],
    ]);
  });

  it("counts the publication day itself for a bare weekday", () => {
    expect(resolveWeekday("2024-05-15", 3, -1)).toBe("2024-05-15");
    expect(resolveWeekday(null, 3, -1)).toBeNull();
  });

  it("reads a month named without a day, and leaves a full date alone", () => {
    const dates = findDates(parseText("The dam was inspected in March 2025, repaired since June and reopened on 4 May.").tokens, "2025-09-01");
    expect(dates.map((d) => [d.phrase, d.month])).toEqual([
      ["in March 2025", 2],
      ["since June", 5],
    ]);
  });
});
