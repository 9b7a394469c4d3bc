import type { APIRequestContext } from "@playwright/test";

/**
 * Waits for a story's background analysis to finish (uploads answer 202 and queue it), through
 * the API the story page polls; throws if it failed or takes longer than `timeoutMs`.
 */
export async function waitForAnalysis(request: APIRequestContext, slug: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < end) {
    const response = await request.get(`/api/stories/${slug}/analysis`);
    const status = (await response.json()) as { state: string; error: string | null };
    if (status.state === "done") return;
    if (status.state === "failed") throw new Error(`the analysis of ${slug} failed: ${status.error}`);
    last = status.state;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the analysis of ${slug} is still ${last} after ${timeoutMs / 1000} s`);
}
