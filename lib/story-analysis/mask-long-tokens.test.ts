import { describe, expect, it } from "vitest";
import { MAX_TOKEN_CHARS, maskLongTokens } from "./mask-long-tokens";

describe("maskLongTokens", () => {
  it("blanks tokens over the limit and keeps every offset", () => {
    const image = `data:image/png;base64,${"QUJD".repeat(2000)}`;
    const text = `The mayor said 40 homes flooded. ${image} Crews worked overnight.`;
    const masked = maskLongTokens(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.indexOf("Crews")).toBe(text.indexOf("Crews"));
    expect(masked).not.toContain("base64");
    const word = "x".repeat(MAX_TOKEN_CHARS);
    expect(maskLongTokens(`a ${word} b`)).toBe(`a ${word} b`);
  });
});
