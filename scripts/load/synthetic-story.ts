// A synthetic story for load tests: reports with generated text and an Analysis whose claims
// are valid spans of those texts. Deterministic for a given seed; no database, no NLP.
import { randomUUID } from "node:crypto";
import type { Analysis, Claim, ClaimKind, Cluster, Entity, Verdict } from "../../lib/analysis/types";

export type SyntheticSpec = {
  reports: number;
  families: number;
  clusters: number;
  entities: number;
  /** characters of article text per report, roughly */
  textChars?: number;
  seed?: number;
};

export type SyntheticReport = {
  id: string;
  outletName: string;
  title: string;
  url: string;
  publishedAt: Date;
  articleText: string;
  family: string;
  familyLabel: string;
};

export type SyntheticStory = { reports: SyntheticReport[]; analysis: Analysis };

const CITIES = [
  "Harbour",
  "Northgate",
  "Eastfield",
  "Millbrook",
  "Redcliff",
  "Westmoor",
  "Kingsport",
  "Ashford",
  "Lakeside",
  "Stonebridge",
  "Fairhaven",
  "Oakridge",
  "Brightwater",
  "Elmstead",
  "Greywell",
  "Marlow",
];
const PAPERS = ["Courier", "Herald", "Gazette", "Wire", "Post", "Chronicle", "Observer", "Times", "Daily", "Record", "Dispatch", "Sentinel"];
const FIRST = ["Maria", "Jonas", "Aisha", "Peter", "Lena", "Omar", "Clara", "Tomas", "Ines", "David", "Rosa", "Samir", "Helen", "Viktor", "Nadia", "Paul"];
const LAST = [
  "Okafor",
  "Lindqvist",
  "Moreau",
  "Castillo",
  "Brennan",
  "Haddad",
  "Novak",
  "Fischer",
  "Tanaka",
  "Ortega",
  "Kowalski",
  "Mensah",
  "Duarte",
  "Hale",
  "Ivanova",
  "Reyes",
];
const PLACES = [
  "the north pier",
  "Gull Island",
  "the ferry terminal",
  "Saint Anne's hospital",
  "the coast road",
  "Port Elin",
  "the harbour office",
  "the lifeboat station",
];
const ORGS = [
  "the coastguard",
  "the ferry operator",
  "the port authority",
  "the fire service",
  "the transport ministry",
  "the regional council",
  "the seafarers' union",
  "the harbour police",
];
const TITLES = ["spokesperson", "captain", "chief fire officer", "harbour master", "minister", "mayor", "union secretary", "duty manager"];
const VERBS = ["said", "confirmed", "told reporters", "reported", "estimated", "announced", "denied", "added"];
const NOUNS = ["passengers", "crew members", "vehicles", "lifeboats", "firefighters", "injured people", "cabins", "containers"];
const EVENTS = [
  "the fire started in the engine room",
  "the vessel was towed back to port",
  "the evacuation took under an hour",
  "two helicopters joined the rescue",
  "the ferry had passed an inspection in March",
  "smoke was first seen shortly after noon",
  "the route will stay closed until Friday",
  "an inquiry will examine the alarms",
];
const KINDS: ClaimKind[] = ["quantity", "quote", "attribution", "event", "statement", "role", "date"];
const KIND_WEIGHTS = [0.3, 0.15, 0.1, 0.2, 0.15, 0.05, 0.05];

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticStory(spec: SyntheticSpec): SyntheticStory {
  const rnd = random(spec.seed ?? 42);
  const int = (low: number, high: number) => low + Math.floor(rnd() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const sentence = (): string => {
    switch (int(0, 4)) {
      case 0:
        return `${cap(pick(ORGS))} ${pick(VERBS)} that ${int(2, 480)} ${pick(NOUNS)} were on board when ${pick(EVENTS)}.`;
      case 1:
        return `"We did everything we could," ${person()}, the ${pick(TITLES)}, ${pick(VERBS)} at ${pick(PLACES)}.`;
      case 2:
        return `According to ${pick(ORGS)}, ${pick(EVENTS)}, and ${int(2, 90)} ${pick(NOUNS)} were taken to ${pick(PLACES)}.`;
      case 3:
        return `${person()} ${pick(VERBS)} on ${pick(["Monday", "Tuesday", "Wednesday", "Thursday"])} that ${pick(EVENTS)}.`;
      default:
        return `By ${int(1, 11)} p.m., ${int(3, 300)} ${pick(NOUNS)} had reached ${pick(PLACES)}, ${pick(ORGS)} ${pick(VERBS)}.`;
    }
  };

  // Families: one wire story relayed by a fifth of the reports, the rest spread evenly.
  const familyCount = Math.max(1, Math.min(spec.families, spec.reports));
  const sizes = new Array<number>(familyCount).fill(0);
  sizes[0] = familyCount === 1 ? spec.reports : Math.min(spec.reports - (familyCount - 1), Math.max(1, Math.ceil(spec.reports / 5)));
  for (let left = spec.reports - sizes[0]!, i = 1; left > 0; left--, i = i + 1 >= familyCount ? 1 : i + 1) sizes[i]!++;

  const reports: SyntheticReport[] = [];
  sizes.forEach((size, family) => {
    const familyLabel = `${CITIES[family % CITIES.length]} ${PAPERS[family % PAPERS.length]}`;
    for (let member = 0; member < size; member++) {
      const index = reports.length;
      const outletName = member === 0 ? familyLabel : `${CITIES[(index + 5) % CITIES.length]} ${PAPERS[(index + 3) % PAPERS.length]} ${index + 1}`;
      const paragraphs: string[] = [];
      let length = 0;
      while (length < (spec.textChars ?? 3000)) {
        const paragraph = Array.from({ length: int(3, 5) }, sentence).join(" ");
        paragraphs.push(paragraph);
        length += paragraph.length + 2;
      }
      reports.push({
        id: randomUUID(),
        outletName,
        title: `Ferry fire: ${int(20, 400)} rescued off ${pick(PLACES)} (${outletName})`,
        url: `https://example.com/${outletName.toLowerCase().replace(/\W+/g, "-")}/ferry-fire`,
        publishedAt: new Date(Date.UTC(2026, 2, 14 + (index % 3))),
        articleText: paragraphs.join("\n\n"),
        family: `family-${family + 1}`,
        familyLabel,
      });
    }
  });

  const entities: Entity[] = Array.from({ length: spec.entities }, (_, index) => {
    const type = (["person", "place", "org"] as const)[index % 3]!;
    const canonical =
      type === "person"
        ? `${FIRST[index % FIRST.length]} ${LAST[(index * 7) % LAST.length]}`
        : type === "place"
          ? `${cap(PLACES[index % PLACES.length]!)} ${index}`
          : `${cap(ORGS[index % ORGS.length]!)} ${index}`;
    return { id: `entity-${index + 1}`, canonical, type, mentions: [canonical, canonical.split(" ").at(-1)!], roles: type === "person" ? [pick(TITLES)] : [] };
  });

  const claims: Claim[] = [];
  const clusters: Cluster[] = [];
  for (let index = 0; index < spec.clusters; index++) {
    // 10 % contradict, 30 % single, 60 % agree, spread through the list.
    const slot = index % 10;
    const verdict: Verdict = slot === 0 ? "contradict" : slot <= 3 ? "single" : "agree";
    const kind = weightedKind(rnd());
    const count = verdict === "single" ? 1 : Math.min(spec.reports, 2 + Math.floor(Math.pow(rnd(), 1.35) * (spec.reports - 1)));
    const members = shuffle([...reports], rnd).slice(0, count);
    const entityIds = spec.entities ? [...new Set([pick(entities).id, pick(entities).id].slice(0, int(1, 2)))] : [];
    const clusterClaims = members.map((report): Claim => {
      const [start, end] = span(report.articleText, int(60, 140), rnd);
      const text = report.articleText.slice(start, end);
      const number = /\d+/.exec(text);
      return {
        id: `claim-${index + 1}-${reports.indexOf(report) + 1}`,
        sourceId: report.id,
        start,
        end,
        text,
        kind,
        summary: text.length > 90 ? `${text.slice(0, 87)}…` : text,
        subject: pick(NOUNS),
        ...(kind === "quantity" && number
          ? { quantity: { value: Number(number[0]), low: Number(number[0]), high: Number(number[0]), unit: pick(NOUNS) } }
          : {}),
        ...(kind === "quote" ? { quote: { words: "We did everything we could", speaker: person() } } : {}),
        ...(kind === "attribution" ? { attribution: { who: pick(ORGS), verb: pick(VERBS) } } : {}),
        entityIds,
      };
    });
    claims.push(...clusterClaims);
    const independent = new Set(members.map((report) => report.family)).size;
    const summary = `${cap(pick(ORGS))} ${pick(VERBS)} ${int(2, 480)} ${pick(NOUNS)} ${pick(["were on board", "were rescued", "were treated", "were evacuated", "were missing"])} (${index + 1})`;
    clusters.push({
      id: `cluster-${index + 1}`,
      claimIds: clusterClaims.map((claim) => claim.id),
      kind,
      summary,
      verdict,
      reason:
        verdict === "agree"
          ? `${count} reports from ${independent} independent sources give the same account.`
          : verdict === "single"
            ? `Only ${members[0]!.outletName} reports this.`
            : `The reports give different figures: ${int(2, 200)} against ${int(201, 480)}.`,
      differences:
        verdict === "contradict"
          ? clusterClaims.map((claim) => ({
              sourceId: claim.sourceId,
              claimId: claim.id,
              words: claim.text.split(" ").find((word) => word.length >= 4) ?? claim.text.slice(0, 4),
            }))
          : [],
      // Two readings of a disputed figure, the reports split between them.
      sides: verdict === "contradict" ? Object.fromEntries(clusterClaims.map((claim, at) => [claim.id, at % 2 ? ("b" as const) : ("a" as const)])) : {},
      reportCount: count,
      independentCount: independent,
    });
  }

  const analysis: Analysis = {
    version: 1,
    sources: reports.map((report) => ({
      id: report.id,
      title: report.title,
      outlet: report.outletName,
      url: report.url,
      publishedAt: report.publishedAt.toISOString().slice(0, 10),
      byline: null,
      family: report.family,
      familyLabel: report.familyLabel,
      provenance: [],
      furniture: [],
    })),
    claims,
    clusters,
    entities,
  };
  return { reports, analysis };
}

/** A span of about `length` characters starting and ending on word boundaries. */
function span(text: string, length: number, rnd: () => number): [number, number] {
  let start = Math.floor(rnd() * Math.max(1, text.length - length));
  while (start > 0 && /\S/.test(text[start - 1]!)) start--;
  while (start < text.length - 1 && /\s/.test(text[start]!)) start++;
  let end = Math.min(text.length, start + length);
  while (end < text.length && /\S/.test(text[end]!)) end++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

function weightedKind(value: number): ClaimKind {
  let sum = 0;
  for (let i = 0; i < KINDS.length; i++) {
    sum += KIND_WEIGHTS[i]!;
    if (value < sum) return KINDS[i]!;
  }
  return "statement";
}

function shuffle<T>(items: T[], rnd: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
