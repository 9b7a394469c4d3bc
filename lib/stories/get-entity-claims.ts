import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every claim of a story that mentions one entity, grouped by report in the story's order,
 * with the spellings of the entity each report's text actually uses: the analysis merges
 * "Brezhavsky" and "Brezhavskyy", and a reader checking a name needs to see who wrote which.
 */
export async function getEntityClaims(actor: Actor | null, slug: string, entityId: string) {
  assertCan(actor, "story:read");
  if (!UUID.test(entityId)) throw new AppError("not_found", "No such entity.");
  const { story, entity } = await db.$transaction(
    async (tx) => {
      const story = await tx.story.findUnique({
        where: { slug },
        select: {
          id: true,
          slug: true,
          title: true,
          reports: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, title: true, outletName: true, fileName: true, family: true, familyLabel: true, articleText: true },
          },
        },
      });
      if (!story) throw new AppError("not_found", `No story at "${slug}".`);
      const entity = await tx.entity.findFirst({
        where: { id: entityId, storyId: story.id },
        select: {
          id: true,
          canonical: true,
          type: true,
          mentions: true,
          roles: true,
          claims: { select: { claim: { select: { id: true, reportId: true, kind: true, text: true, summary: true, start: true, end: true } } } },
        },
      });
      if (!entity) throw new AppError("not_found", "No such entity in this story.");
      return { story, entity };
    },
    { isolationLevel: "RepeatableRead" },
  );

  const claims = entity.claims.map((link) => link.claim).sort((x, y) => x.start - y.start || x.end - y.end);
  const groups = story.reports.map(({ articleText, ...report }) => ({
    report,
    spellings: countSpellings(articleText, entity.mentions),
    claims: claims.filter((claim) => claim.reportId === report.id),
  }));
  return {
    story: { id: story.id, slug: story.slug, title: story.title },
    entity: { id: entity.id, canonical: entity.canonical, type: entity.type, mentions: entity.mentions, roles: entity.roles },
    claimCount: claims.length,
    reports: groups.filter((group) => group.claims.length > 0 || group.spellings.length > 0),
    absentFrom: groups.filter((group) => group.claims.length === 0 && group.spellings.length === 0).map((group) => group.report),
  };
}

/**
 * How often each spelling occurs as a whole word (case-sensitive: "Feld" is not inside
 * "Feldman", and "McLeod" is not "Mcleod"). A spelling inside a longer one's occurrence
 * is not counted again, so "Holloway" within "Marta Holloway" does not count as a use of
 * the surname alone.
 */
function countSpellings(text: string, spellings: string[]): { spelling: string; count: number }[] {
  const taken: [number, number][] = [];
  const counts = new Map<string, number>();
  const unique = [...new Set(spellings.map((spelling) => spelling.trim()).filter(Boolean))];
  for (const spelling of [...unique].sort((x, y) => y.length - x.length)) {
    const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    let count = 0;
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu"))) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      taken.push([start, end]);
      count++;
    }
    if (count > 0) counts.set(spelling, count);
  }
  return unique.filter((spelling) => counts.has(spelling)).map((spelling) => ({ spelling, count: counts.get(spelling)! }));
}

export type EntityClaims = Awaited<ReturnType<typeof getEntityClaims>>;
export type EntityReportGroup = EntityClaims["reports"][number];
