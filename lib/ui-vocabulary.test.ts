import { describe, expect, it } from "vitest";
import { CLAIM_KINDS } from "@/lib/matrix/matrix-filters";
import { firstWords, KIND_LABEL, kindLabel } from "./ui-vocabulary";

describe("the interface's vocabulary", () => {
  it("names every claim kind once, a role as a Role, and an unknown kind as itself", () => {
    expect(Object.keys(KIND_LABEL).sort()).toEqual([...CLAIM_KINDS].sort());
    expect(kindLabel("role")).toBe("Role");
    expect(kindLabel("rumour")).toBe("rumour");
  });

  it("shortens a claim to its first words with an ellipsis only where it cut", () => {
    expect(firstWords("Twelve  people died when the ferry Island Star sank off Corra Bay", 4)).toBe("Twelve people died when…");
    expect(firstWords(" Three words here ")).toBe("Three words here");
  });
});
