import { ACTION_LABEL, describeChange } from "@/lib/audit/describe-event";
import { formatMoment } from "@/lib/format";

export type AuditTrailEvent = { id: string; actorName: string; action: string; before: unknown; after: unknown; createdAt: Date; context?: React.ReactNode };

/** Who changed what and when, newest first, with the values before and after. */
export function AuditTrail({ events, empty = "No changes recorded yet." }: { events: AuditTrailEvent[]; empty?: string }) {
  if (events.length === 0) return <p className="text-sm text-stone-600">{empty}</p>;
  return (
    <ol className="space-y-2">
      {events.map((event) => {
        const changes = describeChange(event.before, event.after);
        return (
          <li key={event.id} className="border-l-2 border-stone-300 pl-3 text-sm">
            <p>
              <span className="font-medium text-ink">{event.actorName}</span> {ACTION_LABEL[event.action] ?? event.action}
              {event.context && <> · {event.context}</>}
              <span className="text-stone-600">
                {" "}
                · <time dateTime={event.createdAt.toISOString()}>{formatMoment(event.createdAt)}</time>
              </span>
            </p>
            {changes.length > 0 && (
              <ul className="mt-0.5 text-xs text-stone-600">
                {changes.map((change) => (
                  <li key={change} className="break-words">
                    {change}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
