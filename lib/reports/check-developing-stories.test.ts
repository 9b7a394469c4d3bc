import { describe, expect, it } from "vitest";
import { checkIntervalMinutes } from "./check-developing-stories";

describe("checkIntervalMinutes", () => {
  it("is 15 minutes unless FOLLOW_CHECK_MINUTES says otherwise, and 0 (off) for 0 or nonsense", () => {
    expect(checkIntervalMinutes({})).toBe(15);
    expect(checkIntervalMinutes({ FOLLOW_CHECK_MINUTES: "5" })).toBe(5);
    expect(checkIntervalMinutes({ FOLLOW_CHECK_MINUTES: "0" })).toBe(0);
    expect(checkIntervalMinutes({ FOLLOW_CHECK_MINUTES: "-3" })).toBe(0);
    expect(checkIntervalMinutes({ FOLLOW_CHECK_MINUTES: "soon" })).toBe(0);
  });
});
