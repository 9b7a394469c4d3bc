"use server";

import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { runAction } from "@/lib/http/run-action";
import { addComment } from "@/lib/review/add-comment";
import type { ReviewFormState } from "@/lib/review/review-form-state";
import type { ReviewSnapshot } from "@/lib/review/review-snapshot";
import { dismissClaim } from "@/lib/review/dismiss-claim";
import { setClusterStatus } from "@/lib/review/set-cluster-status";

export async function setClusterStatusAction(slug: string, clusterId: string, _state: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  return runAction<ReviewFormState>(
    async (actor) => {
      const saved = await setClusterStatus(actor, slug, clusterId, {
        status: form.get("status"),
        note: form.get("note"),
        evidence: form.get("evidence") ?? "",
        rightSide: form.get("rightSide"),
        version: form.get("version"),
      });
      revalidatePath(`/stories/${slug}`, "layout");
      revalidatePath("/review");
      return { saved };
    },
    (error) => {
      const current = error instanceof AppError ? (error.details?.current as ReviewSnapshot | undefined) : undefined;
      // The panel above the form shows the review that won, not the one this page was loaded with.
      if (current) revalidatePath(`/stories/${slug}/clusters/${clusterId}`);
      return { conflict: current };
    },
  );
}

/** The review queue's "Not a claim" button. */
export async function dismissClaimAction(slug: string, clusterId: string, version: number, _state: FormState, _form: FormData): Promise<FormState> {
  return runAction<FormState>(async (actor) => {
    await dismissClaim(actor, slug, clusterId, version);
    revalidatePath(`/stories/${slug}`, "layout");
    revalidatePath("/review");
    return { saved: true };
  });
}

export async function addCommentAction(slug: string, clusterId: string, _state: FormState, form: FormData): Promise<FormState> {
  return runAction<FormState>(async (actor) => {
    await addComment(actor, slug, clusterId, { body: form.get("body") });
    revalidatePath(`/stories/${slug}/clusters/${clusterId}`);
    return { saved: true };
  });
}
