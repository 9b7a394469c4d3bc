/** A report's text as plain, escaped paragraphs: report text is untrusted and never HTML. */
export function ReportText({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n|\n/).map((part) => part.trim()).filter(Boolean);
  return (
    <div className="mt-6 space-y-4 font-serif text-[1.05rem] leading-relaxed text-stone-900">
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="break-words">{paragraph}</p>
      ))}
    </div>
  );
}
