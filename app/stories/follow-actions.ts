"use server";

import { revalidatePath } from "next/cache";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { toPublicError } from "@/lib/errors";
import type { RefreshResult } from "@/lib/reports/refresh-reports";
import { refreshReports } from "@/lib/reports/refresh-reports";
import { uploadReportVersion } from "@/lib/reports/upload-report-version";
import { setStoryDeveloping } from "@/lib/stories/set-story-developing";

export type FollowState = { error?: string; results?: RefreshResult[]; saved?: boolean };

export async function checkForUpdatesAction(slug: string, reportId: string | null, _state: FollowState, _form: FormData): Promise<FollowState> {
  try {
    const results = await refreshReports(await getCurrentActor(), slug, { reportId: reportId ?? undefined });
    revalidatePath(`/stories/${slug}`);
    if (reportId) revalidatePath(`/reports/${reportId}`);
    return { results };
  } catch (error) {
    return { error: toPublicError(error).message };
  }
}

export async function setDevelopingAction(slug: string, _state: FollowState, form: FormData): Promise<FollowState> {
  try {
    await setStoryDeveloping(await getCurrentActor(), slug, { developing: form.get("developing") === "true" });
    revalidatePath(`/stories/${slug}`);
    return { saved: true };
  } catch (error) {
    return { error: toPublicError(error).message };
  }
}

export async function uploadVersionAction(reportId: string, _state: FollowState, form: FormData): Promise<FollowState> {
  try {
    await uploadReportVersion(await getCurrentActor(), reportId, { text: form.get("text"), format: form.get("format") || undefined });
    revalidatePath(`/reports/${reportId}`);
    return { saved: true };
  } catch (error) {
    return { error: toPublicError(error).message };
  }
}
