import { describe, expect, it } from "vitest";
import { familyName, reportHeadline, reportName, shortHeadline } from "./report-name";

describe("reportName", () => {
  it("prefers the outlet, then a short headline, then the file name", () => {
    expect(reportName({ outletName: "Harbour Times", title: "Ferry fire", fileName: "a.txt" })).toBe("Harbour Times");
    expect(reportName({ outletName: "  ", title: "Ferry fire", fileName: "a.txt" })).toBe("Ferry fire");
    expect(reportName({ outletName: null, title: null, fileName: "a.txt" })).toBe("a.txt");
    expect(reportName({ outletName: null, title: null, fileName: null })).toBe("Untitled report");
  });

  it("cuts a long headline at a word and marks the cut", () => {
    const name = shortHeadline("Fire on the overnight ferry from Corra Bay leaves dozens of passengers stranded at sea");
    expect(name.length).toBeLessThanOrEqual(48);
    expect(name).toBe("Fire on the overnight ferry from Corra Bay…");
  });
});

describe("familyName", () => {
  it("keeps an outlet the analysis named and otherwise uses the first report's display name", () => {
    const first = { outletName: null, title: "Ferry fire", fileName: "002_054412757bb82ee4.txt" };
    expect(familyName("Coastline Radio", first)).toBe("Coastline Radio");
    expect(familyName("“Ferry fire”", first)).toBe("Ferry fire");
    expect(familyName("Unnamed source", { ...first, title: null })).toBe("002_054412757bb82ee4.txt");
  });
});

describe("reportHeadline", () => {
  it("shows the whole title, else the file name, and never an empty string", () => {
    expect(reportHeadline({ title: "Fire on the overnight ferry from Corra Bay leaves dozens stranded at sea", fileName: "a.txt" })).toMatch(
      /stranded at sea$/,
    );
    expect(reportHeadline({ title: " ", fileName: "a.txt" })).toBe("a.txt");
    expect(reportHeadline({ title: null, fileName: null })).toBe("Untitled report");
  });
});
