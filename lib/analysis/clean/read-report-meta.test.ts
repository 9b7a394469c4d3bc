import { describe, expect, it } from "vitest";
import { readReportMeta } from "./read-report-meta";

describe("readReportMeta", () => {
  it("reads a source line and a trailing date line", () => {
    const meta = readReportMeta("A factory fire injured five workers, officials said.\nSource: Valley Herald\nPOSTED: 0915 HRS, MAR 3, 2024");
    expect(meta.outlet).toBe("Valley Herald");
    expect(meta.publishedAt).toBe("2024-03-03");
    expect(meta.provenance.map((p) => [p.kind, p.name])).toEqual([["source-line", "Valley Herald"]]);
  });

  it("takes the adapter as outlet and the original as provenance, despite typos", () => {
    const raw = "Crews fought the blaze for six hours, the fire service said.\n\nAdaptd by River Post from Coast Daily  2023-11-09\n";
    const meta = readReportMeta(raw);
    expect(meta.outlet).toBe("River Post");
    expect(meta.publishedAt).toBe("2023-11-09");
    const p = meta.provenance.find((x) => x.kind === "adapted-from");
    expect(p?.name).toBe("Coast Daily");
    expect(raw.slice(p!.start, p!.end)).toBe("Coast Daily");
    expect(readReportMeta("Crews fought the blaze for six hours, the fire service said.\n\nAdapted by the River Post from Coast Daily.").outlet).toBe(
      "River Post",
    );
    const fromStory = readReportMeta("The levee held overnight, engineers said.\n\nAdapted by the River Post from a Coast Daily report.");
    expect(fromStory.provenance.find((x) => x.kind === "adapted-from")?.name).toBe("Coast Daily");
  });

  it("takes a wire dateline's agency as the outlet when nothing else names one", () => {
    const meta = readReportMeta(
      "Levee holds on the Marr\n\nDUNMORE, Oct 4 (Eastline Wire) - The river peaked overnight without breaching the levee, the county said.",
    );
    expect(meta.outlet).toBe("Eastline Wire");
    expect(readReportMeta("The river peaked overnight without breaching the levee (the county said) - officials were relieved.").outlet).toBeNull();
  });

  it("finds relay phrases and labelled dates", () => {
    const raw =
      " date 2022-06-30 The company recalled 12,000 kettles, according to Newswire. The claim, as quoted by Newswire, could not be checked. Details that the Gazette could not independently verify emerged.";
    const meta = readReportMeta(raw);
    expect(meta.publishedAt).toBe("2022-06-30");
    expect(meta.outlet).toBeNull();
    expect(meta.provenance.map((p) => `${p.kind}:${p.name}`)).toEqual(["according-to:Newswire", "quoted-by:Newswire", "could-not-verify:Gazette"]);
  });

  it("reads a byline and the headline", () => {
    const meta = readReportMeta("Bakery Chain Closes Twelve Stores\nBy Ana Ruiz\nThe chain said it would shut twelve stores by June.");
    expect(meta.byline).toBe("Ana Ruiz");
    expect(meta.title).toBe("Bakery Chain Closes Twelve Stores");
  });

  it("reads a masthead with a channel number in it, but not a date line", () => {
    expect(
      readReportMeta("Channel 9 Westbury\n12 May 2024\n\nFlood barriers held overnight as the river peaked, the agency said on Sunday morning.").outlet,
    ).toBe("Channel 9 Westbury");
    expect(readReportMeta("May 12\n\nFlood barriers held overnight as the river peaked, the agency said on Sunday morning.").outlet).toBeNull();
  });
});
