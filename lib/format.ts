// Dates are calendar dates stored at UTC midnight; formatting in UTC keeps the day right
// whatever the server's time zone.
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MOMENT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export function formatDay(date: Date | null | undefined): string {
  return date ? DAY.format(date) : "—";
}

export function formatMoment(date: Date): string {
  return `${MOMENT.format(date)} UTC`;
}

export function toDateInput(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

export function formatLength(chars: number): string {
  const words = Math.round(chars / 6);
  return chars < 1000 ? `${chars} chars` : `${(chars / 1000).toFixed(1)}k chars · ~${words} words`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
