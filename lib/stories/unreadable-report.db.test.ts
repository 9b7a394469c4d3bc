import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { settleStoryAnalysis } from "@/lib/jobs/settle-story-analysis";
import { addReports } from "@/lib/reports/add-reports";
import { getReport } from "@/lib/reports/get-report";
import { createStory } from "./create-story";
import { getClaimMatrix } from "./get-claim-matrix";
import { getStory } from "./get-story";

const editor: Actor = { id: "t-editor", name: "Test editor", role: "editor" };

afterAll(async () => {
  await db.$disconnect();
});

describe("a report the analysis could not read", () => {
  it("reaches the matrix columns, the report list and the report page with its reason", async () => {
    const story = await createStory(editor, { title: `Weir closure ${randomUUID().slice(0, 8)}` });
    const [good, bad] = await addReports(editor, story.slug, {
      reports: [
        { text: "The Ardle weir was closed on Monday after a crack was found, the river authority said." },
        { text: "The Ardle weir reopened on Tuesday." },
      ],
    });
    await settleStoryAnalysis(story.slug);
    // As the job runner marks a report that failed alone (or one the engine kept unread).
    await db.report.update({ where: { id: bad!.id }, data: { analysisSkipped: "the analysis failed on it" } });
    const matrix = await getClaimMatrix(editor, story.slug, {});
    expect(matrix.columns.find((c) => c.id === bad!.id)?.unreadable).toBe("the analysis failed on it");
    expect(matrix.columns.find((c) => c.id === good!.id)?.unreadable).toBeNull();
    expect((await getStory(editor, story.slug)).reports.find((r) => r.id === bad!.id)?.analysisSkipped).toBe("the analysis failed on it");
    expect((await getReport(editor, bad!.id)).analysisSkipped).toBe("the analysis failed on it");
  });
});
