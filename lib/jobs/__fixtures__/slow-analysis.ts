// Shared by the jobs DB tests: reports whose analysis lasts seconds, and a poll for a state.

/**
 * `first` followed by 150 lines of figures: long enough that its analysis lasts seconds, not
 * milliseconds, so a test can catch a worker mid-analysis on a fast, quiet machine too.
 */
export function longReport(first: string, index: number): string {
  const sides = ["north", "south", "east", "west"];
  const lines = Array.from(
    { length: 150 },
    (_, n) => `Crews checked ${n + 3} culverts on the ${sides[(n + index) % 4]} bank of the Tarrow on day ${(n % 9) + 1}, a council engineer said.`,
  );
  return [first, ...lines].join("\n\n");
}

/** Reads until `done` holds or the time is up, then returns the last value read. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
