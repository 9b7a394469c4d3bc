import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Holds the story's analysis lock until the caller's transaction ends. An advisory lock, not a
 * row lock: adding a report already holds a key-share lock on the story row, and two uploads
 * upgrading theirs would deadlock each other.
 */
export async function lockStoryAnalysis(tx: Prisma.TransactionClient, storyId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${storyId}, 0))`;
}
