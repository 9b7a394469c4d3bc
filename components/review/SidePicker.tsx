import { labelClass } from "../field-styles";

/** One side of a contradiction as the form offers it. */
export type SideChoice = { side: "a" | "b"; words: string; anchor: string | null; reportNames: string[] };

/** In a contradiction, the editor says which side is right (or leaves it open). */
export function SidePicker({ sides, value, onChange }: { sides: SideChoice[]; value: string; onChange: (anchor: string) => void }) {
  const choices = sides.filter((side) => side.anchor);
  if (choices.length < 2) return null;
  return (
    <fieldset>
      <legend className={labelClass}>Which side is right?</legend>
      <div className="mt-1 space-y-1 text-sm">
        <label className="flex items-start gap-2">
          <input type="radio" name="rightSide" value="" checked={value === ""} onChange={() => onChange("")} className="mt-1" />
          <span>Not settled yet</span>
        </label>
        {choices.map((side) => (
          <label key={side.side} className="flex items-start gap-2">
            <input
              type="radio"
              name="rightSide"
              value={side.anchor!}
              checked={value === side.anchor}
              onChange={() => onChange(side.anchor!)}
              className="mt-1"
            />
            <span>
              <q className="font-medium">{side.words}</q> <span className="text-stone-700">— {side.reportNames.join(", ")}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
