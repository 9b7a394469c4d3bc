import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addReportUploads } from "@/lib/reports/add-reports";
import { formatFromFileName } from "@/lib/reports/decode-upload";
import { createStory } from "@/lib/stories/create-story";

export const DEMO_DIR = path.resolve(import.meta.dirname, "../../prisma/demo");

const demoStorySchema = z.object({
  title: z.string(),
  eventDate: z.iso.date(),
  reports: z.array(z.object({ file: z.string(), outlet: z.string(), url: z.url(), publishedAt: z.iso.date().nullable() })),
});

/** Loads the fictional demo story when the database has no story at all; returns its slug if it did. */
export async function loadDemoStoryIfEmpty(actor: Actor): Promise<string | null> {
  if ((await db.story.count()) > 0) return null;
  const demo = demoStorySchema.parse(JSON.parse(readFileSync(path.join(DEMO_DIR, "story.json"), "utf8")));
  const story = await createStory(actor, { title: demo.title, eventDate: demo.eventDate });
  try {
    await addReportUploads(
      actor,
      story.slug,
      demo.reports.map((report) => ({
        text: readFileSync(path.join(DEMO_DIR, report.file), "utf8"),
        fileName: path.basename(report.file),
        format: formatFromFileName(report.file),
        outletName: report.outlet,
        url: report.url,
        publishedAt: report.publishedAt,
        title: null,
        byline: null,
      })),
    );
  } catch (error) {
    // Leave no half-loaded demo behind: the next start tries again from nothing.
    await db.story.delete({ where: { id: story.id } });
    throw error;
  }
  return story.slug;
}
