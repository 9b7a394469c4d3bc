/**
 * Says that the analysis could not read a report, and why: its text is still shown, but it adds no
 * claims to the matrix. The reason comes from the engine or the job runner (never from the report).
 */
export function UnreadableNotice({ reason }: { reason: string }) {
  return (
    <p role="note" data-testid="unreadable-notice" className="mt-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      <strong className="font-semibold">This report could not be analysed:</strong> {reason}. It adds no claims to the story; its text is shown as received.
    </p>
  );
}

/** The short mark of an unreadable report beside its name (matrix header, report list), its reason on hover. */
export function UnreadableBadge({ reason }: { reason: string }) {
  return (
    <span
      title={`This report could not be analysed: ${reason}`}
      data-testid="unreadable-badge"
      className="mt-0.5 inline-block rounded bg-red-100 px-1.5 py-0.5 text-[0.7rem] font-semibold text-red-900"
    >
      Not analysed<span className="sr-only">: {reason}</span>
    </span>
  );
}
