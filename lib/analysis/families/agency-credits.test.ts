import { describe, expect, it } from "vitest";
import { findAgencyCredits } from "./agency-credits";

describe("findAgencyCredits", () => {
  it("reads credits by their shape, wherever they sit on the page", () => {
    expect(findAgencyCredits("RABAT, 10th September, 2023 (WAM) - The powerful earthquake …")).toEqual(["WAM"]);
    expect(findAgencyCredits("(Bloomberg) -- French unions rallied more people.")).toEqual(["Bloomberg"]);
    expect(findAgencyCredits("Scuffles broke out, an AFP journalist said.")).toEqual(["AFP"]);
    expect(findAgencyCredits("“They are under the rubble,” villager Omar Benhanna, 72, told AFP.")).toEqual(["AFP"]);
    expect(findAgencyCredits("Protesters walk through smoke in Paris (Thibault Camus/AP)\n")).toEqual(["AP"]);
    expect(findAgencyCredits("The toll rose to 12.\n— Reuters\n")).toEqual(["Reuters"]);
    expect(findAgencyCredits("Talks ended with no deal, officials said, with AFP.\n")).toEqual(["AFP"]);
  });

  it("takes no common word for an agency", () => {
    expect(findAgencyCredits("NEWS\nIn an interview with state TV reporter Pavel Zarubin, he said so.")).toEqual([]);
    expect(findAgencyCredits("The summit closed with NATO.\n")).toEqual([]);
  });
});
