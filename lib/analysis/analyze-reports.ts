import { applyAlignmentEdits, claimKey, type AlignmentEditInput } from "./align/apply-alignment-edits";
import { clusterClaims, type AlignItem, type AlignOptions } from "./align/cluster-claims";
import type { PairScores } from "./align/pair-scores";
import type { DraftClaim } from "./claims/draft-claim";
import { extractClaims } from "./claims/extract-claims";
import { findQuotes } from "./claims/find-quotes";
import { cleanText, type CleanedText } from "./clean/clean-text";
import { mapToOrigin } from "./clean/map-origin";
import { readReportMeta } from "./clean/read-report-meta";
import { findEntities, type EntityMention } from "./entities/find-entities";
import { findRoles } from "./entities/find-roles";
import { mergeEntities, type MentionRef } from "./entities/merge-entities";
import { addSurfaceForms } from "./entities/surface-forms";
import { ruleOn } from "./nlp/rule-switches";
import { relayEvidenceOf } from "./families/agency-credits";
import { groupFamilies } from "./families/group-families";
import { tokenShingles } from "./families/shingles";
import { parseText, type ParsedText } from "./nlp/parse-text";
import type { Analysis, Claim, Cluster, ReportInput, Source } from "./types";
import { judgeCluster, type JudgeMember } from "./verdict/judge-cluster";
import { sentenceAround } from "./verdict/named-source";

type Prepared = {
  failed?: string;
  input: ReportInput;
  cleaned: CleanedText;
  source: Omit<Source, "family" | "familyLabel">;
  drafts: DraftClaim[];
  mentions: EntityMention[];
  shingles: Set<number>;
};

/**
 * Options of the whole analysis. There is deliberately no clock: relative dates ("on Monday") resolve
 * against each report's publication date, so the same reports always give the same analysis.
 */
export type AnalyzeOptions = {
  /** called with every pair of claims alignment scores (debugging, tuning) */
  onScore?: (a: string, b: string, score: number) => void;
  /** filled with milliseconds per stage (the bench prints them) */
  timings?: Record<string, number>;
  /** Editors' corrections of the alignment, replayed oldest first on the computed clusters. */
  alignmentEdits?: AlignmentEditInput[];
  /** rule switches, another pair model, a feature hook: for evaluation and training */
  align?: AlignOptions;
  /** told as the analysis goes, for progress bars: after each report is parsed, after each report's claims are drafted, and before alignment */
  onProgress?: (step: AnalysisStep) => void;
};

/** How far an analysis has come: `done` of `total` reports through `stage`. */
export type AnalysisStep = { stage: "parse" | "extract" | "align"; done: number; total: number };

/**
 * The whole analysis: clean each report, extract atomic claims and entities, group reports into
 * families, align claims across reports and judge each cluster. Pure: no I/O, no database.
 */
export function analyzeReports(reports: ReportInput[], options: AnalyzeOptions = {}): Analysis {
  const timings = options.timings;
  let mark = performance.now();
  const lap = (stage: string) => {
    if (!timings) return;
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + now - mark;
    mark = now;
  };
  const rolesByName = new Map<string, string[]>();
  // Stage by stage over all reports, not report by report: the parser's tables stay warm in the
  // CPU caches while it reads every text in one run.
  const cleaned = reports.map((r) =>
    guard(
      () => cleanText(r.text),
      () => cleanText(""),
    ),
  );
  lap("clean");
  const step = (stage: AnalysisStep["stage"], done: number) => options.onProgress?.({ stage, done, total: reports.length });
  const parsed: (ParsedText | null)[] = cleaned.map((c, i) => {
    const p = guard(
      () => parseText(c.text),
      () => parseText(""),
    );
    step("parse", i + 1);
    return p;
  });
  lap("parse");
  const prepared: Prepared[] = reports.map((input, i) => {
    // One report the engine cannot read must not cost the story the others: it is kept with no claims.
    const p = guard(
      () => prepareReport(input, cleaned[i]!, parsed[i]!, rolesByName, timings),
      (error) => ({
        ...prepareReport(input, cleanText(""), parseText(""), rolesByName),
        failed: `the analysis failed on it (${error instanceof Error ? error.message : String(error)})`,
      }),
    );
    // A report's tokens are done with once its claims are drafted: letting them go keeps the live heap,
    // and with it the garbage collector's work in the later stages, from growing with the batch.
    parsed[i] = null;
    step("extract", i + 1);
    return p;
  });
  mark = performance.now();
  const mentionRefs: MentionRef[] = prepared.flatMap((p, reportIndex) => p.mentions.map((mention) => ({ reportIndex, mention })));
  const merged = mergeEntities(mentionRefs, rolesByName);
  if (ruleOn("name-aliases"))
    addSurfaceForms(
      merged.entities,
      prepared.map((p) => p.input.text),
    );
  lap("entities");
  const fams = groupFamilies(
    prepared.map((p) => ({
      id: p.source.id,
      outlet: p.source.outlet,
      title: p.source.title,
      text: p.cleaned.text,
      provenance: p.source.provenance,
      shingles: p.shingles,
      ...relayEvidenceOf(p.input.origin?.text ?? p.input.text, p.drafts),
    })),
  );
  lap("families");
  const sources: Source[] = prepared.map((p, i) => ({
    ...p.source,
    ...(p.failed ? { unreadable: p.failed } : {}),
    family: fams[i]!.family,
    familyLabel: fams[i]!.familyLabel,
    provenance: [...p.source.provenance, ...fams[i]!.sharedWith.map((other) => ({ kind: "shared-text" as const, name: other, start: 0, end: 0 }))],
  }));
  const claims: Claim[] = [];
  const items: AlignItem[] = [];
  prepared.forEach((p, si) => {
    const seen = new Set<string>();
    let n = 0;
    p.drafts.forEach((d) => {
      const start = p.cleaned.toRaw(d.start);
      const end = p.cleaned.toRaw(d.end - 1) + 1;
      const key = `${d.kind}:${start}:${end}`;
      if (end <= start || seen.has(key)) return;
      seen.add(key);
      const entityIds: string[] = [];
      for (const name of d.names) {
        const id = merged.entityOf(name);
        if (id && !entityIds.includes(id)) entityIds.push(id);
      }
      const claim = toClaim(d, `${p.source.id}:c${++n}`, p.source.id, p.input.text, start, end, entityIds);
      claims.push(claim);
      // a count's sentence says who gives it ("police said 87,000"): competing estimates are told apart by it
      items.push({ draft: d, source: si, entityIds, ...(d.quantity ? { sentence: sentenceAround(p.input.text, start, end) } : {}) });
    });
  });
  lap("claims");
  step("align", reports.length);
  const onScore = options.onScore;
  // how sure alignment is that two claims tell one fact: the verdicts weigh a differing day by it
  let pairScores: PairScores | undefined;
  const computed = clusterClaims(items, onScore && ((a, b, score) => onScore(claims[a]!.id, claims[b]!.id, score)), {
    ...options.align,
    onScores: (s) => (pairScores = s),
  });
  const indexOf = new Map(claims.map((c, i) => [c.id, i]));
  const sameFact = (a: string, b: string) => pairScores?.get(indexOf.get(a)!, indexOf.get(b)!);
  const { groups } = options.alignmentEdits?.length
    ? applyAlignmentEdits(
        computed,
        claims.map((c) => claimKey(c.sourceId, c.start, c.end, c.kind)),
        options.alignmentEdits,
      )
    : { groups: computed };
  lap("align");
  const label = (s: Source) => s.outlet ?? s.file ?? s.id;
  const clusters: Cluster[] = groups
    .map((idxs) => idxs.sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!)
    .map((idxs) => {
      const members: JudgeMember[] = idxs.map((i) => {
        const c = claims[i]!;
        const s = sources[items[i]!.source]!;
        // (read only for figures and dates: who gives a figure, a conversion in brackets, a thing's day)
        const d = items[i]!.draft;
        const sentence = items[i]!.sentence ?? (d.date ? sentenceAround(reports[items[i]!.source]!.text, c.start, c.end) : undefined);
        return {
          claimId: c.id,
          sourceId: c.sourceId,
          sourceLabel: label(s),
          family: s.family,
          familyLabel: s.familyLabel,
          draft: d,
          text: c.text,
          ...(sentence ? { sentence } : {}),
        };
      });
      const judged = judgeCluster(members, options.align?.flags, sameFact);
      const first = claims[idxs[0]!]!;
      return {
        id: `k:${first.id}`,
        claimIds: idxs.map((i) => claims[i]!.id),
        kind: first.kind,
        summary: first.summary,
        ...judged,
        reportCount: new Set(members.map((m) => m.sourceId)).size,
        independentCount: new Set(members.map((m) => m.family)).size,
      };
    });
  lap("verdicts");
  mapToOrigin(reports, sources, claims);
  return { version: 1, sources, claims, clusters, entities: merged.entities };
}

function guard<T>(run: () => T, fallback: (error: unknown) => T): T {
  try {
    return run();
  } catch (error) {
    return fallback(error);
  }
}

function prepareReport(
  input: ReportInput,
  cleaned: CleanedText,
  parsed: ParsedText,
  rolesByName: Map<string, string[]>,
  timings?: Record<string, number>,
): Prepared {
  let mark = timings ? performance.now() : 0;
  const lap = (stage: string) => {
    if (!timings) return;
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + now - mark;
    mark = now;
  };
  const meta = readReportMeta(input.text, cleaned);
  const publishedAt = input.publishedAt?.slice(0, 10) ?? meta.publishedAt;
  lap("meta");
  const roles = findRoles(parsed.tokens);
  for (const r of roles) rolesByName.set(r.person, [...new Set([...(rolesByName.get(r.person) ?? []), r.title])]);
  const sourceNames = new Set([...meta.provenance.map((p) => p.name), ...(meta.outlet ? [meta.outlet] : [])]);
  const mentions = findEntities(parsed.sentences, roles, sourceNames);
  lap("names");
  const quotes = findQuotes(parsed.text);
  const drafts = extractClaims({ parsed, publishedAt, roles, entities: mentions, quotes });
  lap("extract");
  const shingles = tokenShingles(parsed.tokens, quotes);
  lap("shingles");
  return {
    input,
    cleaned,
    mentions,
    drafts,
    shingles,
    source: {
      id: input.id,
      ...(input.file ? { file: input.file } : {}),
      title: input.title ?? meta.title,
      outlet: input.outlet ?? meta.outlet,
      url: input.url ?? null,
      publishedAt,
      byline: meta.byline,
      provenance: meta.provenance,
      furniture: cleaned.furniture,
    },
  };
}

function toClaim(d: DraftClaim, id: string, sourceId: string, raw: string, start: number, end: number, entityIds: string[]): Claim {
  // optional fields set one by one, in the order the JSON has always had (spreads cost an object each)
  const c: Claim = { id, sourceId, start, end, text: raw.slice(start, end), kind: d.kind, summary: d.summary } as Claim;
  if (d.subject) c.subject = d.subject;
  if (d.quantity) c.quantity = d.quantity;
  if (d.quote) c.quote = d.quote;
  if (d.role) c.role = { person: d.role.person, title: d.role.title };
  if (d.date) c.date = { iso: d.date.iso, phrase: d.date.phrase };
  if (d.clock) c.clock = d.clock;
  if (d.attribution) c.attribution = d.attribution;
  c.entityIds = entityIds;
  return c;
}
