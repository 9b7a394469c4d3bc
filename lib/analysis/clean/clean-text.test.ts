import { describe, expect, it } from "vitest";
import { cleanText } from "./clean-text";
import { countWords } from "./classify-line";

const RAW = [
  "Skip to main content",
  "",
  "Ferry Runs Aground Off Northern Coast",
  "",
  "Ferry Runs Aground Off Northern Coast",
  "",
  "photo_ferry_01.jpg",
  "A passenger ferry ran aground near Port Selwyn on Friday, the coastguard said.",
  "",
  "Rescuers said about 40 people were taken to hospital.",
  "Subscribe to our newsletter and never miss a story!",
  "Log in / Register",
  "12 Likes",
  "Source: Harbour Times",
].join("\n");

describe("cleanText", () => {
  const cleaned = cleanText(RAW);

  it("keeps only the report's sentences", () => {
    expect(cleaned.text).toBe(
      "A passenger ferry ran aground near Port Selwyn on Friday, the coastguard said.\n\nRescuers said about 40 people were taken to hospital.",
    );
  });

  it("maps cleaned offsets back to the raw text", () => {
    const at = cleaned.text.indexOf("about 40");
    const raw = cleaned.toRaw(at);
    expect(RAW.slice(raw, raw + 8)).toBe("about 40");
  });

  it("reports the dropped furniture ranges", () => {
    const dropped = cleaned.furniture.map(([s, e]) => RAW.slice(s, e));
    expect(dropped).toContain("Subscribe to our newsletter and never miss a story!");
    expect(dropped).toContain("Log in / Register");
    expect(dropped).toContain("photo_ferry_01.jpg");
    expect(dropped).toContain("12 Likes");
    expect(cleaned.title).toBe("Ferry Runs Aground Off Northern Coast");
  });

  it("reads a Markdown heading as the title without its # marks", () => {
    expect(cleanText("## Dam repairs finish early\n\nThe county said the dam repairs ended a week ahead of plan.").title).toBe("Dam repairs finish early");
  });

  it("drops embedded posts and inline image names", () => {
    const raw =
      "The mayor thanked the crews. pic.twitter.com/AbC123 — Jo Mayor (@jomayor) May 3, 2024\nbanner.png Officials said the bridge will reopen next week.";
    const c = cleanText(raw);
    expect(c.text).toBe("Officials said the bridge will reopen next week.");
  });
});

describe("countWords", () => {
  it("counts words that hold a letter or digit, whatever the spacing", () => {
    expect(countWords("  Tide  tables — 12 ports\tlisted ")).toBe(5);
    expect(countWords("Zürich\u3000café , …")).toBe(2);
    expect(countWords("")).toBe(0);
  });

  it("drops the headlines listed under a related-stories heading and podcast promos", () => {
    const raw = [
      "Mill fire closes the old bridge",
      "",
      "A fire at the old paper mill in Dunmore closed the river bridge for most of Tuesday, the fire brigade said, and two workers were treated for smoke.",
      "",
      "Related stories",
      "Council votes on a new bridge budget next month",
      "Five things to know about the paper mill's future",
      "",
      "Listen to our full report on the Dunmore Today podcast.",
      "Watch Dunmore Today at six, every evening.",
    ].join("\n");
    const c = cleanText(raw);
    expect(c.text).toContain("two workers were treated");
    expect(c.text).not.toContain("Five things");
    expect(c.text).not.toContain("bridge budget");
    expect(c.text).not.toContain("podcast");
    expect(c.text).not.toContain("every evening");
  });
});
