import { describe, expect, it } from "vitest";
import { roleConflict } from "./compare-roles";

const role = (title: string, office: string, former = false) => ({ title, office, former });

describe("roleConflict", () => {
  it("tells one ministry from another, but not a longer name of the same one", () => {
    expect(roleConflict(role("Health Minister", "minister"), role("Finance Minister", "minister"))).toBe("a different ministry");
    expect(roleConflict(role("Health and Housing Minister", "minister"), role("Health Minister", "minister"))).toBeNull();
    expect(roleConflict(role("Home Minister", "minister"), role("Interior Minister", "minister"))).toBeNull();
    expect(roleConflict(role("Minister", "minister"), role("Finance Minister", "minister"))).toBeNull();
  });

  it("tells a former or deputy holder from the office, and ignores different offices", () => {
    expect(roleConflict(role("former Mayor", "mayor", true), role("Mayor", "mayor"))).toBe("a different office");
    expect(roleConflict(role("Deputy Mayor", "mayor"), role("Mayor", "mayor"))).toBe("a different office");
    expect(roleConflict(role("Health Minister", "minister"), role("Finance Secretary", "secretary"))).toBeNull();
  });
});
