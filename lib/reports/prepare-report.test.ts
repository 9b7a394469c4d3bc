import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { decodeUpload } from "./decode-upload";
import { hashArticle, MAX_ARTICLE_CHARS, prepareReport } from "./prepare-report";

const WIRE_COPY = `Bridge closed after barge strike

The Eastway bridge was closed on Tuesday after a barge struck one of its piers, city engineers said.
Traffic was diverted for at least six hours while divers inspected the damage.

Source: Meridian Wire
date 2026-05-04`;

describe("prepareReport", () => {
  it("reads the outlet and date from the text when the user gave none", () => {
    const report = prepareReport({
      text: WIRE_COPY,
      fileName: "bridge.txt",
      format: "text",
      title: null,
      outletName: null,
      url: null,
      byline: null,
      publishedAt: null,
    });
    expect(report.outletName).toBe("Meridian Wire");
    expect(report.publishedAt?.toISOString().slice(0, 10)).toBe("2026-05-04");
    expect(report.rawText).toBe(WIRE_COPY);
    expect(report.articleText).toBe(WIRE_COPY);
    expect(report.cleanText).toContain("barge struck one of its piers");
  });

  it("prefers what the user typed over what the text says", () => {
    const report = prepareReport({ text: WIRE_COPY, fileName: null, title: null, outletName: "City Desk", url: null, byline: null, publishedAt: "2026-05-05" });
    expect(report.outletName).toBe("City Desk");
    expect(report.publishedAt?.toISOString().slice(0, 10)).toBe("2026-05-05");
    expect(report.format).toBe("text");
  });

  it("extracts the article from HTML and keeps the page as received", () => {
    const html = `<html><head><title>Barge hits bridge</title></head><body><nav>Log in</nav><article><p>${WIRE_COPY.split("\n")[2]}</p><p>Divers found cracks in the pier and engineers expect repairs to take weeks.</p></article></body></html>`;
    const report = prepareReport({
      text: html,
      fileName: "bridge.html",
      format: "html",
      title: null,
      outletName: null,
      url: null,
      byline: null,
      publishedAt: null,
    });
    expect(report.rawText).toBe(html);
    expect(report.articleText).toContain("barge struck one of its piers");
    expect(report.articleText).not.toContain("Log in");
  });

  it("refuses empty text with a message naming the file", () => {
    expect(() => prepareReport({ text: "  \n ", fileName: "blank.txt", title: null, outletName: null, url: null, byline: null, publishedAt: null })).toThrow(
      /"blank.txt" is empty/,
    );
  });

  it("treats reports differing only in spacing and case as the same", () => {
    expect(hashArticle("A barge  struck\nthe bridge.")).toBe(hashArticle("a barge struck the bridge. "));
    expect(hashArticle("A barge struck the bridge.")).not.toBe(hashArticle("A barge struck the pier."));
  });
});

describe("decodeUpload", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it("accepts UTF-8 text and drops a byte-order mark", () => {
    expect(decodeUpload("a.md", bytes("\uFEFFHello"))).toEqual({ text: "Hello", format: "markdown" });
  });

  it("refuses binary files, other types and files over 2 MB", () => {
    const fail = (name: string, data: Uint8Array) => {
      try {
        decodeUpload(name, data);
      } catch (error) {
        return (error as AppError).status;
      }
      return 200;
    };
    expect(fail("photo.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toBe(415);
    expect(fail("latin1.txt", Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toBe(415);
    expect(fail("report.pdf", bytes("text"))).toBe(415);
    expect(fail("huge.txt", new Uint8Array(2 * 1024 * 1024 + 1).fill(65))).toBe(413);
  });
});

describe("prepareReport's size limit", () => {
  it("refuses, by name and with 413, an article too long to analyse", () => {
    const upload = { fileName: "long.txt", format: "text" as const, title: null, outletName: null, url: null, byline: null, publishedAt: null };
    const sentence = "The harbour authority said the new pier would open in the spring. ";
    const long = sentence.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1) / sentence.length));
    expect(() => prepareReport({ ...upload, text: long })).toThrow(
      expect.objectContaining({ status: 413, message: expect.stringMatching(/^"long\.txt" has .* too large to analyse/) }) as unknown as Error,
    );
    expect(prepareReport({ ...upload, text: long.slice(0, MAX_ARTICLE_CHARS) }).charCount).toBe(MAX_ARTICLE_CHARS);
  });
});

describe("prepareReport's details read from the text", () => {
  it("holds a title read from a very long first line to 300 characters", () => {
    const text = `A short note on the pier. data:image/png;base64,${"QUJD".repeat(2000)}\n\nThe harbour authority said the new pier would open in the spring.`;
    const report = prepareReport({
      text,
      fileName: "long-title.txt",
      format: "text",
      title: null,
      outletName: null,
      url: null,
      byline: null,
      publishedAt: null,
    });
    expect(report.title!.length).toBeLessThanOrEqual(300);
  });
});
