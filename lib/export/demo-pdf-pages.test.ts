import { describe, expect, it } from "vitest";
import { toPdf } from "./to-pdf";
import { demoSheet } from "./__fixtures__/demo-sheet";

describe("the demo story's PDF", () => {
  it("fits on two or three A4 pages", async () => {
    const { extractText, getDocumentProxy } = await import("unpdf");
    const { totalPages } = await extractText(await getDocumentProxy(new Uint8Array(await toPdf(demoSheet()))));
    expect(totalPages).toBeGreaterThanOrEqual(2);
    expect(totalPages).toBeLessThanOrEqual(3);
  });
});
