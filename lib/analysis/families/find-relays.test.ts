import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeReports } from "../analyze-reports";
import { groupFamilies, type FamilyInput } from "./group-families";

const report = (id: string, outlet: string, title: string, text: string, extra: Partial<FamilyInput> = {}): FamilyInput => ({ id, outlet, title, text, provenance: [], ...extra });

describe("relays", () => {
  it("joins a rewrite that shares a rare speaker's quote with a page that credits an agency, and says why", () => {
    const quotes = (words: string) => [{ speaker: "Sandrine Carré", words }];
    const fams = groupFamilies([
      report("a", "Sinar Daily", "Protesters launch new push", "Scuffles broke out, an AFP journalist said. Sandrine Carré, 52, marched in Bordeaux.", {
        credits: ["AFP"], quotes: quotes("I don't want to wait until I'm 64. I'm a nursery schoolteacher and it's impossible to teach until that late"),
      }),
      report("b", "Daily News En", "From Belfort to Bayonne, they march again", "Sandrine Carre, 52 years old, marched in Bordeaux.", {
        quotes: quotes("I don't want to leave at 64, I'm a kindergarten teacher and it's impossible to teach until so late"),
      }),
      report("c", "Irish Times", "A second day of protests", "Unions say turnout rose. Nothing justifies such a reform, said one leader.", {}),
    ]);
    expect(fams[0]!.family).toBe(fams[1]!.family);
    expect(fams[1]!.familyLabel).toBe("AFP (shares a quote of Sandrine Carré with Sinar Daily, which credits AFP)");
    expect(fams[2]!.family).not.toBe(fams[0]!.family);
  });

  it("needs more than a similar headline, and more than one agency credited by both", () => {
    const fams = groupFamilies([
      report("a", "Seatoday", "Bird strike warning issued shortly before Jeju Air crash", "The tower warned the crew at 8:57.", { credits: ["AFP"] }),
      report("b", "DMN", "Bird strike warning issued shortly before Jeju Air plane crash in Muan", "Officials said the jet hit a wall.", { credits: ["AFP"] }),
    ]);
    expect(fams[0]!.family).not.toBe(fams[1]!.family);
  });

  it("joins reworded headlines that also share figures no other report gives", () => {
    const fams = groupFamilies([
      report("a", "Seatoday", "Bird strike warning issued shortly before Jeju Air crash", "x", { figures: [2800, 2500, 1500, 181] }),
      report("b", "Pardafas", "Bird strike warning issued minutes before Jeju Air plane crash in Muan", "y", { figures: [2800, 2500, 1500, 181] }),
      report("c", "Amu", "Death toll rises to 179", "z", { figures: [181, 179] }),
      report("d", "Oligo", "South Korea plane crash leaves 179 dead", "w", { figures: [181, 179] }),
    ]);
    expect(fams[0]!.family).toBe(fams[1]!.family);
    expect(fams[1]!.familyLabel).toContain("gives 3 figures with it that no other report gives");
  });

  // Reports of two events in one batch: what they have in common (an agency, words of a headline) must
  // not make one source of them. The real corpora are used when ../shared is there.
  it("groups no reports across events in a mixed batch", () => {
    const roots = ["../shared/corpus", "lib/analysis/fixtures/corpora"].filter((r) => fs.existsSync(r));
    const corpora = roots.flatMap((r) => fs.readdirSync(r).map((d) => path.join(r, d))).filter((d) => fs.existsSync(path.join(d, "gold.json")));
    const filesOf = (d: string) => {
      const dir = fs.existsSync(path.join(d, "reports")) ? path.join(d, "reports") : d;
      return Object.keys(JSON.parse(fs.readFileSync(path.join(d, "gold.json"), "utf8")).sources).map((f) => path.join(dir, f));
    };
    const pick = corpora.filter((d) => /morocco|paris|plant|train/.test(d)).slice(0, 2);
    const inputs = pick.flatMap((d, k) => filesOf(d).map((f) => ({ id: `${k}:${path.basename(f)}`, text: fs.readFileSync(f, "utf8") })));
    const sources = analyzeReports(inputs).sources;
    for (const a of sources) for (const b of sources) if (a.id.split(":")[0] !== b.id.split(":")[0]) expect(a.family).not.toBe(b.family);
  }, 60_000);
});
