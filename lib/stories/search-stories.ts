import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { reportName } from "./report-name";

const LIMIT = 25;

export const searchQuerySchema = z.string().trim().min(2, { message: "type at least two characters" }).max(200);

type StoryRef = { slug: string; title: string };
export type SearchResults = {
  stories: StoryRef[];
  claims: { id: string; summary: string; verdict: string; story: StoryRef }[];
  reports: { id: string; name: string; title: string | null; story: StoryRef }[];
  people: { id: string; name: string; type: string; story: StoryRef }[];
};

/**
 * Words searched across every story: story titles, claims (their summaries and their wordings in
 * the reports), reports (outlet, headline, byline) and the people, places and organisations
 * named. Case-insensitive substring matches, at most 25 of each.
 */
export async function searchStories(actor: Actor | null, query: unknown): Promise<SearchResults> {
  assertCan(actor, "story:read");
  const q = parseInput(searchQuerySchema, query, "search");
  const match = { contains: q, mode: "insensitive" as const };
  const story = { select: { slug: true, title: true } };
  const [stories, claims, reports, people] = await Promise.all([
    db.story.findMany({ where: { title: match }, orderBy: { updatedAt: "desc" }, take: LIMIT, select: { slug: true, title: true } }),
    db.cluster.findMany({
      where: { OR: [{ summary: match }, { claims: { some: { text: match } } }] },
      orderBy: [{ storyId: "asc" }, { position: "asc" }],
      take: LIMIT,
      select: { id: true, summary: true, verdict: true, story },
    }),
    db.report.findMany({
      where: { OR: [{ outletName: match }, { title: match }, { byline: match }, { fileName: match }] },
      orderBy: { createdAt: "desc" },
      take: LIMIT,
      select: { id: true, outletName: true, title: true, fileName: true, story },
    }),
    db.entity.findMany({
      where: { OR: [{ canonical: match }, { mentions: { has: q } }] },
      orderBy: { canonical: "asc" },
      take: LIMIT,
      select: { id: true, canonical: true, type: true, story },
    }),
  ]);
  return {
    stories,
    claims: claims.map(({ verdict, ...claim }) => ({ ...claim, verdict: String(verdict) })),
    reports: reports.map((report) => ({ id: report.id, name: reportName(report), title: report.title, story: report.story })),
    people: people.map((entity) => ({ id: entity.id, name: entity.canonical, type: String(entity.type), story: entity.story })),
  };
}
