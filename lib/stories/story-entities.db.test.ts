import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Analysis, Claim, Entity } from "@/lib/analysis/types";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addReports } from "@/lib/reports/add-reports";
import { writeStoryAnalysis } from "@/lib/story-analysis/write-story-analysis";
import { createStory } from "./create-story";
import { getEntityClaims } from "./get-entity-claims";
import { listStoryEntities } from "./list-story-entities";
import { settleStoryAnalysis } from "@/lib/jobs/settle-story-analysis";

const editor: Actor = { id: "t-editor", name: "Test editor", role: "editor" };
const reader: Actor = { id: "t-reader", name: "Test reader", role: "reader" };

// An invented bridge closure, with a hand-written analysis so the tests do not depend on
// how the analysis reads names. Report C mentions Holloway in a sentence with no claim.
const A = "Engineer Marta Holloway closed the bridge. Holloway said repairs take 3 weeks. Traffic goes through Ashby.";
const B = "Marta Holloway said the bridge stays closed. Marta Hollowayová, as a Czech paper spells it, said so again.";
const C = "Police closed the bridge. Mr Hollowayson, a resident, and Holloway were seen there.";
const D = "The ferry runs extra crossings.";

let slug = "";
const ids: Record<"a" | "b" | "c" | "d", string> = { a: "", b: "", c: "", d: "" };
const entityIds: Record<string, string> = {};

function claim(sourceId: string, text: string, id: string, phrase: string, entityIds: string[]): Claim {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { id, sourceId, start, end: start + phrase.length, text: phrase, kind: "statement", summary: phrase, entityIds };
}

beforeAll(async () => {
  const story = await createStory(editor, { title: `Bridge people ${randomUUID().slice(0, 8)}` });
  slug = story.slug;
  const added = await addReports(editor, slug, { reports: [A, B, C, D].map((text) => ({ text })) });
  await settleStoryAnalysis(slug);
  (["a", "b", "c", "d"] as const).forEach((key, index) => (ids[key] = added[index]!.id));

  const entities: Entity[] = [
    {
      id: "e-holloway",
      canonical: "Marta Holloway",
      type: "person",
      mentions: ["Marta Holloway", "Holloway", "Marta Hollowayová"],
      roles: ["council engineer"],
    },
    { id: "e-ashby", canonical: "Ashby", type: "place", mentions: ["Ashby"] },
    { id: "e-council", canonical: "Dunmere Council", type: "org", mentions: ["Dunmere Council"] },
  ];
  const claims = [
    claim(ids.a, A, "a2", "Holloway said repairs take 3 weeks", ["e-holloway"]),
    claim(ids.a, A, "a1", "Engineer Marta Holloway closed the bridge", ["e-holloway"]),
    claim(ids.a, A, "a3", "Traffic goes through Ashby", ["e-ashby"]),
    claim(ids.b, B, "b1", "Marta Holloway said the bridge stays closed", ["e-holloway"]),
    claim(ids.c, C, "c1", "Police closed the bridge", []),
    claim(ids.d, D, "d1", "The ferry runs extra crossings", []),
  ];
  const source = (id: string) => ({
    id,
    title: null,
    outlet: null,
    url: null,
    publishedAt: null,
    byline: null,
    family: id,
    familyLabel: id,
    provenance: [],
    furniture: [],
  });
  const analysis: Analysis = { version: 1, sources: Object.values(ids).map(source), claims, clusters: [], entities };
  const storyId = (await db.story.findUniqueOrThrow({ where: { slug } })).id;
  await db.$transaction((tx) => writeStoryAnalysis(tx, storyId, analysis));
  for (const row of await db.entity.findMany({ where: { storyId } })) entityIds[row.key] = row.id;
});

afterAll(async () => {
  await db.$disconnect();
});

async function expectStatus(work: Promise<unknown>, status: number) {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
}

const expectNotFound = (work: Promise<unknown>) => expectStatus(work, 404);

describe("listStoryEntities against PostgreSQL", () => {
  it("lists the story's entities, most-claimed first, with claim and report counts", async () => {
    const { story, entities } = await listStoryEntities(reader, slug);
    expect(story).toMatchObject({ slug, reportCount: 4 });
    expect(entities.map((entity) => [entity.canonical, entity.type, entity.claimCount, entity.reportCount])).toEqual([
      ["Marta Holloway", "person", 3, 2],
      ["Ashby", "place", 1, 1],
      ["Dunmere Council", "org", 0, 0],
    ]);
    expect(entities[0]!.roles).toEqual(["council engineer"]);
    expect(entities[0]!.id).toBe(entityIds["e-holloway"]);
  });

  it("answers 404 for an unknown story and 401 to a signed-out visitor", async () => {
    await expectNotFound(listStoryEntities(reader, "no-such-story"));
    await expectStatus(listStoryEntities(null, slug), 401);
  });
});

describe("getEntityClaims against PostgreSQL", () => {
  it("groups the entity's claims by report, in reading order, with each report's spellings", async () => {
    const result = await getEntityClaims(reader, slug, entityIds["e-holloway"]!);
    expect(result.entity).toMatchObject({ canonical: "Marta Holloway", type: "person", roles: ["council engineer"] });
    expect(result.claimCount).toBe(3);
    expect(result.reports.map((group) => group.report.id)).toEqual([ids.a, ids.b, ids.c]);
    const [a, b, c] = result.reports;
    expect(a!.claims.map((claim) => claim.text)).toEqual(["Engineer Marta Holloway closed the bridge", "Holloway said repairs take 3 weeks"]);
    // A longer spelling's occurrence is not also counted as the shorter one inside it.
    expect(a!.spellings).toEqual([
      { spelling: "Marta Holloway", count: 1 },
      { spelling: "Holloway", count: 1 },
    ]);
    expect(b!.spellings).toEqual([
      { spelling: "Marta Holloway", count: 1 },
      { spelling: "Marta Hollowayová", count: 1 },
    ]);
    // Named in the text without a claim; "Hollowayson" is another word.
    expect(c!.claims).toEqual([]);
    expect(c!.spellings).toEqual([{ spelling: "Holloway", count: 1 }]);
    expect(result.absentFrom.map((report) => report.id)).toEqual([ids.d]);
  });

  it("answers 404 for a malformed id, an unknown one and one of another story", async () => {
    const other = await createStory(editor, { title: `Other story ${randomUUID().slice(0, 8)}` });
    await expectNotFound(getEntityClaims(reader, slug, "not-an-id"));
    await expectNotFound(getEntityClaims(reader, slug, randomUUID()));
    await expectNotFound(getEntityClaims(reader, other.slug, entityIds["e-ashby"]!));
    await expectNotFound(getEntityClaims(reader, "no-such-story", entityIds["e-ashby"]!));
    await expectStatus(getEntityClaims(null, slug, entityIds["e-ashby"]!), 401);
  });
});
