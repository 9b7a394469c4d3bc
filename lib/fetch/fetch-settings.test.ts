import { describe, expect, it } from "vitest";
import { fetchSettings } from "./fetch-settings";

describe("fetchSettings", () => {
  it("allows private addresses only when FETCH_ALLOW_PRIVATE is exactly true", () => {
    expect(fetchSettings({ FETCH_ALLOW_PRIVATE: "true" }).allowPrivate).toBe(true);
    for (const value of [undefined, "", "1", "yes", "TRUE", "false"]) expect(fetchSettings({ FETCH_ALLOW_PRIVATE: value }).allowPrivate).toBe(false);
  });
});
