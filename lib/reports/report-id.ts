import { AppError } from "@/lib/errors";

/** Report ids are UUIDs; anything else cannot name a report, and must not reach the query. */
export function parseReportId(id: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new AppError("not_found", "No such report.");
  return id;
}
