const MAX_CHARS = 180;

/** A claim's words with its key words in bold, shortened around them when long. */
export function EmphasisedText({ text, emphasis }: { text: string; emphasis: [number, number] | null }) {
  let start = 0;
  let end = text.length;
  if (text.length > MAX_CHARS) {
    const centre = emphasis ? Math.floor((emphasis[0] + emphasis[1]) / 2) : 0;
    start = Math.max(0, Math.min(centre - MAX_CHARS / 2, text.length - MAX_CHARS));
    end = start + MAX_CHARS;
  }
  const lead = start > 0 ? "…" : "";
  const tail = end < text.length ? "…" : "";
  if (!emphasis || emphasis[0] < start || emphasis[1] > end) return <>{lead}{text.slice(start, end)}{tail}</>;
  return (
    <>
      {lead}{text.slice(start, emphasis[0])}
      <strong className="font-semibold text-ink underline decoration-2 underline-offset-2">{text.slice(emphasis[0], emphasis[1])}</strong>
      {text.slice(emphasis[1], end)}{tail}
    </>
  );
}
