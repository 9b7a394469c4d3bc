import { describe, expect, it } from "vitest";
import { shouldCreateDemoAccounts } from "./demo-account-policy";

describe("shouldCreateDemoAccounts", () => {
  it("creates them on an empty database only, and in production only when asked", () => {
    expect(shouldCreateDemoAccounts(0, {})).toBe(true);
    // Someone deleted the demo admin (or all demo accounts): a restart must not bring them back.
    expect(shouldCreateDemoAccounts(1, {})).toBe(false);
    expect(shouldCreateDemoAccounts(0, { NODE_ENV: "production" })).toBe(false);
    expect(shouldCreateDemoAccounts(0, { NODE_ENV: "production", DEMO_ACCOUNTS: "1" })).toBe(true);
    expect(shouldCreateDemoAccounts(0, { DEMO_ACCOUNTS: "0" })).toBe(false);
  });
});
