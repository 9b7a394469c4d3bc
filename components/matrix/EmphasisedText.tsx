/** A claim's words (already shortened for the grid) with its key words in bold. */
export function EmphasisedText({ text, emphasis }: { text: string; emphasis: [number, number] | null }) {
  if (!emphasis) return <>{text}</>;
  return (
    <>
      {text.slice(0, emphasis[0])}
      <strong className="font-semibold text-ink underline decoration-2 underline-offset-2">{text.slice(emphasis[0], emphasis[1])}</strong>
      {text.slice(emphasis[1])}
    </>
  );
}
