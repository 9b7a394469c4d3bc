import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditAction =
  | "review.status"
  | "comment.create"
  | "report.add"
  | "report.update"
  | "report.version"
  | "report.delete"
  | "alignment.edit"
  | "story.delete"
  | "story.developing"
  | "user.create"
  | "user.role"
  | "user.rename"
  | "user.deactivate";

export type AuditEntry = {
  storyId: string | null;
  action: AuditAction;
  /** A claim anchor ("<reportId>:<start>-<end>:<kind>"; a bare span for alignment edits), "report:<id>", "story:<id>" or "user:<id>". */
  subject: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/**
 * Writes one line of the audit trail. Takes the caller's transaction on purpose: the line
 * exists exactly when the change it describes does.
 */
export async function recordAudit(tx: Prisma.TransactionClient, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      storyId: entry.storyId,
      actorId: actor.id,
      actorName: actor.name,
      action: entry.action,
      subject: entry.subject,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
