"use server";

import { revalidatePath } from "next/cache";
import type { FollowState } from "@/lib/form-state";
import { runAction } from "@/lib/http/run-action";
import { refreshReports } from "@/lib/reports/refresh-reports";
import { uploadReportVersion } from "@/lib/reports/upload-report-version";
import { setStoryDeveloping } from "@/lib/stories/set-story-developing";

export async function checkForUpdatesAction(slug: string, reportId: string | null, _state: FollowState, _form: FormData): Promise<FollowState> {
  return runAction<FollowState>(async (actor) => {
    const results = await refreshReports(actor, slug, { reportId: reportId ?? undefined });
    revalidatePath(`/stories/${slug}`);
    if (reportId) revalidatePath(`/reports/${reportId}`);
    return { results };
  });
}

export async function setDevelopingAction(slug: string, _state: FollowState, form: FormData): Promise<FollowState> {
  return runAction<FollowState>(async (actor) => {
    await setStoryDeveloping(actor, slug, { developing: form.get("developing") === "true" });
    revalidatePath(`/stories/${slug}`);
    return { saved: true };
  });
}

export async function uploadVersionAction(reportId: string, _state: FollowState, form: FormData): Promise<FollowState> {
  return runAction<FollowState>(async (actor) => {
    await uploadReportVersion(actor, reportId, { text: form.get("text"), format: form.get("format") || undefined });
    revalidatePath(`/reports/${reportId}`);
    return { saved: true };
  });
}
