"use server";

import { revalidatePath } from "next/cache";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { AppError, toPublicError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { addComment } from "@/lib/review/add-comment";
import type { ReviewFormState } from "@/lib/review/review-form-state";
import type { ReviewSnapshot } from "@/lib/review/review-snapshot";
import { setClusterStatus } from "@/lib/review/set-cluster-status";

export async function setClusterStatusAction(slug: string, clusterId: string, _state: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  try {
    const saved = await setClusterStatus(await getCurrentActor(), slug, clusterId, {
      status: form.get("status"),
      note: form.get("note"),
      evidence: form.get("evidence") ?? "",
      version: form.get("version"),
    });
    revalidatePath(`/stories/${slug}`, "layout");
    revalidatePath("/review");
    return { saved };
  } catch (error) {
    const current = error instanceof AppError ? (error.details?.current as ReviewSnapshot | undefined) : undefined;
    return { error: toPublicError(error).message, conflict: current };
  }
}

export async function addCommentAction(slug: string, clusterId: string, _state: FormState, form: FormData): Promise<FormState> {
  try {
    await addComment(await getCurrentActor(), slug, clusterId, { body: form.get("body") });
    revalidatePath(`/stories/${slug}/clusters/${clusterId}`);
    return { saved: true };
  } catch (error) {
    return { error: toPublicError(error).message };
  }
}
