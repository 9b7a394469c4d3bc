import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { phaseOf } from "./time-phase";

function phase(text: string, day: string) {
  const { tokens } = parseText(text);
  const at = tokens.find((t) => t.text === day)!;
  const prev = tokens[tokens.indexOf(at) - 1]!;
  return phaseOf(tokens, /^(?:on|since)$/.test(prev.lower) ? prev.start : at.start);
}

describe("phaseOf", () => {
  it("tells the day something ended, began, was still going or has gone on since", () => {
    expect(phase("The curfew was lifted on Friday.", "Friday")).toBe("end");
    expect(phase("The truce expired on Sunday.", "Sunday")).toBe("end");
    expect(phase("The mayor imposed a curfew on Monday.", "Monday")).toBe("start");
    expect(phase("The curfew was still in place on Tuesday.", "Tuesday")).toBe("ongoing");
    expect(phase("Rebels have violated the truce since Monday.", "Monday")).toBe("since");
  });

  it("reads no phase from a plain event, a lift that moves something, or an aim", () => {
    expect(phase("Divers found the wreck on Monday.", "Monday")).toBeUndefined();
    expect(phase("Two men were lifted from the water on Monday.", "Monday")).toBeUndefined();
    expect(phase("Envoys met on Monday to end the strike.", "Monday")).toBeUndefined();
  });
});
