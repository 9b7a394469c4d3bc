import "server-only";
import { redirect } from "next/navigation";
import type { Actor } from "./actor";
import { getCurrentActor } from "./get-current-actor";

/** For pages: the signed-in person, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireActor(returnTo = "/"): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}
