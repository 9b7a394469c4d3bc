import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeReports } from "../analyze-reports";
import { groupFamilies, type FamilyInput } from "./group-families";

const report = (id: string, outlet: string, title: string, text: string, extra: Partial<FamilyInput> = {}): FamilyInput => ({
  id,
  outlet,
  title,
  text,
  provenance: [],
  ...extra,
});

describe("relays", () => {
  it("joins a rewrite that shares a rare speaker's quote with a page that credits an agency, and says why", () => {
    const quotes = (words: string) => [{ speaker: "Sandrine Carré", words }];
    const fams = groupFamilies([
      report("a", "Sinar Daily", "Protesters launch new push", "Scuffles broke out, an AFP journalist said. Sandrine Carré, 52, marched in Bordeaux.", {
        credits: ["AFP"],
        quotes: quotes("I don't want to wait until I'm 64. I'm a nursery schoolteacher and it's impossible to teach until that late"),
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

  // Reports of several events in one batch: what they have in common (an agency, the words of a headline
  // that are rare only because the batch mixes events) must not make one source of them, nor change how
  // one event's reports group. The real corpora are used when ../shared is there (the old headline rule
  // made one family of all six Morocco reports when they came with the Jeju and Paris ones).
  it("groups a mixed batch as it groups each event alone", () => {
    const roots = ["../shared/corpus", "lib/analysis/fixtures/corpora"].filter((r) => fs.existsSync(r));
    const corpora = roots
      .flatMap((r) =>
        fs
          .readdirSync(r)
          .sort()
          .map((d) => path.join(r, d)),
      )
      .filter((d) => fs.existsSync(path.join(d, "gold.json")) && !/seeds/.test(d))
      .slice(0, 3);
    const inputsOf = (d: string, k: number) => {
      const dir = fs.existsSync(path.join(d, "reports")) ? path.join(d, "reports") : d;
      const files = Object.keys(JSON.parse(fs.readFileSync(path.join(d, "gold.json"), "utf8")).sources);
      return files.map((f) => ({ id: `${k}:${f}`, text: fs.readFileSync(path.join(dir, f), "utf8") }));
    };
    const alone = new Map(corpora.flatMap((d, k) => analyzeReports(inputsOf(d, k)).sources.map((s) => [s.id, s.family] as const)));
    const mixed = analyzeReports(corpora.flatMap(inputsOf)).sources;
    for (const a of mixed)
      for (const b of mixed) {
        const sameEvent = a.id.split(":")[0] === b.id.split(":")[0];
        expect(a.family === b.family, `${a.id} ~ ${b.id}`).toBe(sameEvent && alone.get(a.id) === alone.get(b.id));
      }
  }, 60_000);
});
