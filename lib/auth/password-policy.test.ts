import { describe, expect, it } from "vitest";
import { passwordWeakness } from "./password-policy";

describe("passwordWeakness", () => {
  it("refuses short and commonly guessed passwords", () => {
    for (const weak of [
      "short-one",
      "password1234",
      "Password123!",
      "123456789012",
      "qwertyuiop12",
      "aaaaaaaaaaaaaa",
      "abcdefghijklm",
      "iloveyou2026",
      "111111111111!",
      "passwordpassword",
    ]) {
      expect(passwordWeakness(weak), weak).not.toBeNull();
    }
  });

  it("accepts a long password that is not one of those", () => {
    for (const fine of ["harbour lights at nine", "Gull-ferry-4-Portvale", "triangulate-demo", "correct horse battery"]) {
      expect(passwordWeakness(fine), fine).toBeNull();
    }
  });
});
