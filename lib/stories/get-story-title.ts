import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getStoryHead } from "./get-story-head";

/** Just the title, for page metadata; shares the page's own story query within a request. */
export async function getStoryTitle(actor: Actor | null, slug: string): Promise<string> {
  return (await getStoryHead(actor, slug)).story.title;
}
