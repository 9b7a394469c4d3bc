import { describe, expect, it } from "vitest";
import { clockTimes, formatClock } from "./clock-time";

describe("clockTimes", () => {
  it("reads a.m./p.m. times with and without minutes", () => {
    expect(clockTimes("the ferry left at 9:07 a.m. and docked at 1.15pm")).toEqual([547, 795]);
    expect(clockTimes("the alarm sounded at 9 a.m.")).toEqual([540]);
  });
  it("leaves out a time the text denies", () => {
    expect(clockTimes("the call came at 8:59 a.m., not 8:58 a.m. as first said")).toEqual([539]);
  });
  it("reads a 24-hour time after a preposition, and not a score or a ratio", () => {
    expect(clockTimes("the blast came at 14:30 local time")).toEqual([870]);
    expect(clockTimes("the vote was 3:2 in favour")).toEqual([]);
  });
  it("formats minutes as a clock time", () => {
    expect(formatClock(547)).toBe("9:07 a.m.");
    expect(formatClock(870)).toBe("2:30 p.m.");
  });
});
