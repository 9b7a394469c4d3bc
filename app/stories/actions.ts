"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { toPublicError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { addReportsFromForm } from "@/lib/reports/add-reports-from-form";
import { deleteReport } from "@/lib/reports/delete-report";
import { updateReport } from "@/lib/reports/update-report";
import { createStory } from "@/lib/stories/create-story";
import { deleteStory } from "@/lib/stories/delete-story";
import { reportName } from "@/lib/stories/report-name";
import { editAlignment } from "@/lib/story-analysis/edit-alignment";

export async function createStoryAction(_state: FormState, form: FormData): Promise<FormState> {
  let slug: string;
  try {
    const story = await createStory(await getCurrentActor(), { title: form.get("title"), eventDate: form.get("eventDate") });
    slug = story.slug;
  } catch (error) {
    return { error: toPublicError(error).message };
  }
  revalidatePath("/");
  redirect(`/stories/${slug}`);
}

export async function addReportsAction(slug: string, _state: FormState, form: FormData): Promise<FormState> {
  try {
    const { added, skipped, urlResults } = await addReportsFromForm(await getCurrentActor(), slug, form);
    revalidatePath(`/stories/${slug}`);
    revalidatePath("/");
    return { added: added?.map((report) => ({ ...report, name: reportName(report) })), skipped, urlResults };
  } catch (error) {
    return { error: toPublicError(error).message };
  }
}

export async function updateReportAction(reportId: string, _state: FormState, form: FormData): Promise<FormState> {
  try {
    await updateReport(await getCurrentActor(), reportId, {
      title: form.get("title"),
      outletName: form.get("outletName"),
      url: form.get("url"),
      byline: form.get("byline"),
      publishedAt: form.get("publishedAt"),
    });
    revalidatePath(`/reports/${reportId}`);
    return { saved: true };
  } catch (error) {
    return { error: toPublicError(error).message };
  }
}

export async function deleteReportAction(reportId: string): Promise<FormState> {
  let slug: string;
  try {
    slug = await deleteReport(await getCurrentActor(), reportId);
  } catch (error) {
    return { error: toPublicError(error).message };
  }
  revalidatePath(`/stories/${slug}`);
  redirect(`/stories/${slug}`);
}

export async function deleteStoryAction(slug: string): Promise<FormState> {
  try {
    await deleteStory(await getCurrentActor(), slug);
  } catch (error) {
    return { error: toPublicError(error).message };
  }
  revalidatePath("/");
  redirect("/");
}

export async function editAlignmentAction(slug: string, _state: FormState, form: FormData): Promise<FormState> {
  let clusterId: string | null;
  try {
    const target = form.get("targetClaimId");
    ({ clusterId } = await editAlignment(await getCurrentActor(), slug, {
      action: form.get("action"),
      claimId: form.get("claimId"),
      targetClaimId: typeof target === "string" && target ? target : null,
    }));
  } catch (error) {
    return { error: toPublicError(error).message };
  }
  revalidatePath(`/stories/${slug}`);
  redirect(clusterId ? `/stories/${slug}/clusters/${clusterId}` : `/stories/${slug}`);
}
