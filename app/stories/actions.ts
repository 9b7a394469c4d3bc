"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { runAction } from "@/lib/http/run-action";
import { addReportsFromForm } from "@/lib/reports/add-reports-from-form";
import { deleteReport } from "@/lib/reports/delete-report";
import { updateReport } from "@/lib/reports/update-report";
import { createStory } from "@/lib/stories/create-story";
import { deleteStory } from "@/lib/stories/delete-story";
import { reportName } from "@/lib/stories/report-name";
import { editAlignment } from "@/lib/story-analysis/edit-alignment";

export async function createStoryAction(_state: FormState, form: FormData): Promise<FormState> {
  return runAction<FormState>(async (actor) => {
    const story = await createStory(actor, { title: form.get("title"), eventDate: form.get("eventDate") });
    revalidatePath("/");
    redirect(`/stories/${story.slug}`);
  });
}

export async function addReportsAction(slug: string, _state: FormState, form: FormData): Promise<FormState> {
  return runAction<FormState>(async (actor) => {
    const { added, skipped, urlResults } = await addReportsFromForm(actor, slug, form);
    revalidatePath(`/stories/${slug}`);
    revalidatePath("/");
    return { added: added?.map((report) => ({ ...report, name: reportName(report) })), skipped, urlResults };
  });
}

export async function updateReportAction(reportId: string, _state: FormState, form: FormData): Promise<FormState> {
  return runAction<FormState>(async (actor) => {
    await updateReport(actor, reportId, {
      title: form.get("title"),
      outletName: form.get("outletName"),
      url: form.get("url"),
      byline: form.get("byline"),
      publishedAt: form.get("publishedAt"),
    });
    revalidatePath(`/reports/${reportId}`);
    return { saved: true };
  });
}

export async function deleteReportAction(reportId: string): Promise<FormState> {
  return runAction<FormState>(async (actor) => {
    const slug = await deleteReport(actor, reportId);
    revalidatePath(`/stories/${slug}`);
    redirect(`/stories/${slug}`);
  });
}

export async function deleteStoryAction(slug: string): Promise<FormState> {
  return runAction<FormState>(async (actor) => {
    await deleteStory(actor, slug);
    revalidatePath("/");
    redirect("/");
  });
}

export async function editAlignmentAction(slug: string, _state: FormState, form: FormData): Promise<FormState> {
  return runAction<FormState>(async (actor) => {
    const target = form.get("targetClaimId");
    await editAlignment(actor, slug, {
      action: form.get("action"),
      claimId: form.get("claimId"),
      targetClaimId: typeof target === "string" && target ? target : null,
    });
    revalidatePath(`/stories/${slug}`);
    // The rows are made again by the queued analysis: the story page shows it and then the new matrix.
    redirect(`/stories/${slug}`);
  });
}
