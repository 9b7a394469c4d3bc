import { describe, expect, it } from "vitest";
import { extractArticle, mapSpanToRaw, MAX_HTML_DEPTH } from "./extract-html";

const PAGE = `<!doctype html>
<html><head><title>Ferry capsizes near Portvale | Harbour Post</title>
<meta property="og:site_name" content="Harbour Post">
<meta property="article:published_time" content="2026-03-10T08:00:00Z">
<script>window.tracking = "Sign in to continue";</script></head>
<body>
  <nav><a href="/">Home</a> <a href="/login">Log in</a> <a href="/register">Register</a></nav>
  <article>
    <h1>Ferry capsizes near Portvale</h1>
    <p class="byline">By Ana Ruiz</p>
    <p>At least 12 people died when the &quot;Gull&quot; ferry capsized on <b>Monday</b>,
       harbour officials said.</p>
    <p>The coast guard said 40 passengers were pulled from the water. Rescue teams worked through the
       night in rough seas and strong winds that hampered the search.</p>
  </article>
  <footer><p>Sign up for our newsletter</p></footer>
</body></html>`;

describe("extractArticle", () => {
  const article = extractArticle(PAGE);

  it("keeps the article's paragraphs and drops navigation, scripts and footer", () => {
    expect(article.text).toContain('At least 12 people died when the "Gull" ferry capsized on Monday, harbour officials said.');
    expect(article.text).toContain("The coast guard said 40 passengers");
    expect(article.text).not.toContain("Log in");
    expect(article.text).not.toContain("newsletter");
    expect(article.text).not.toContain("tracking");
  });

  it("separates blocks with blank lines and collapses whitespace inside them", () => {
    expect(article.text).toMatch(/harbour officials said\.\n\nThe coast guard/);
    expect(article.text).not.toMatch(/ {2}/);
  });

  it("maps spans of the extracted text back to the HTML source", () => {
    const phrase = "40 passengers were pulled from the water";
    const start = article.text.indexOf(phrase);
    const [rawStart, rawEnd] = mapSpanToRaw(article, start, start + phrase.length);
    expect(PAGE.slice(rawStart, rawEnd)).toBe(phrase);
  });

  it("maps a span with an entity to the entity's source characters", () => {
    const start = article.text.indexOf('"Gull"');
    const [rawStart, rawEnd] = mapSpanToRaw(article, start, start + 6);
    expect(PAGE.slice(rawStart, rawEnd)).toBe("&quot;Gull&quot;");
  });

  it("reads the page's metadata", () => {
    expect(article.siteName).toBe("Harbour Post");
    expect(article.publishedTime).toBe("2026-03-10T08:00:00Z");
    expect(article.byline).toBe("By Ana Ruiz");
  });
});

describe("extractArticle's nesting limit", () => {
  it("refuses a page nested deeper than MAX_HTML_DEPTH at once, and reads one just under it", () => {
    const nested = (depth: number) =>
      `<html><body>${"<div>".repeat(depth)}<p>${"Words of the article. ".repeat(20)}</p>${"</div>".repeat(depth)}</body></html>`;
    const started = performance.now();
    expect(() => extractArticle(nested(5000))).toThrow(`nests its elements over ${MAX_HTML_DEPTH} deep`);
    // Refused by the linear pre-read, before the DOM is built (5,000 levels took minutes there).
    expect(performance.now() - started).toBeLessThan(2000);
    expect(extractArticle(nested(MAX_HTML_DEPTH - 5)).text).toContain("Words of the article.");
  });
});
