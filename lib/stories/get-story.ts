import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { REPORT_LIST_FIELDS } from "./report-list-fields";

/** A story with its reports' details, without their texts. */
export async function getStory(actor: Actor | null, slug: string) {
  assertCan(actor, "story:read");
  const story = await db.story.findUnique({
    where: { slug },
    include: {
      reports: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: REPORT_LIST_FIELDS,
      },
    },
  });
  if (!story) throw new AppError("not_found", `No story at "${slug}".`);
  return story;
}

export type StoryWithReports = Awaited<ReturnType<typeof getStory>>;
