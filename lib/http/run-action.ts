import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { toPublicError } from "@/lib/errors";

type ActionState = { error?: string };

/**
 * The one way to write a server action: resolves who is asking, runs the work, and answers a
 * thrown error as `{ error }` in the form's state instead of an error page. Next's redirect and
 * notFound pass through, so the work may end with them. `onError` adds fields to that answer
 * (a review conflict carries the review that won).
 */
export async function runAction<S extends ActionState>(work: (actor: Actor | null) => Promise<S | void>, onError?: (error: unknown) => Partial<S>): Promise<S> {
  try {
    return (await work(await getCurrentActor())) ?? ({} as S);
  } catch (error) {
    unstable_rethrow(error);
    return { ...onError?.(error), error: toPublicError(error).message } as S;
  }
}
