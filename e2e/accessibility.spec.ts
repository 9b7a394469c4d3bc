import AxeBuilder from "@axe-core/playwright";
import { request as playwrightRequest, type Page } from "@playwright/test";
import { expect, signIn, test } from "./auth";
import { createDemoStory } from "./demo-story";

// Every main page, checked by axe in both colour schemes: no serious or critical violation.
test.use({ role: "editor" });

let slug: string;
let ids: Ids;
test.beforeAll(async () => {
  const context = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
  await signIn(context, "journalist");
  slug = await createDemoStory(context);
  ids = await idsOf(context);
  await context.dispose();
});

async function expectNoSeriousViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(" "))
          .join(" | ")}`,
    );
  expect(serious, `${what}: ${serious.join("\n")}`).toEqual([]);
}

// Each page is its own test: axe takes seconds on a matrix of hundreds of cells.
const PAGES: [string, (ids: Ids) => string][] = [
  ["story", () => `/stories/${slug}`],
  ["matrix filtered", () => `/stories/${slug}?verdict=contradict`],
  ["report", (ids) => `/reports/${ids.first}`],
  ["compare", (ids) => `/stories/${slug}/compare?a=${ids.first}&b=${ids.second}`],
  ["people and places", () => `/stories/${slug}/entities`],
  ["claim", (ids) => `/stories/${slug}/clusters/${ids.contradiction}`],
  ["review queue", () => `/review?story=${slug}`],
  ["fact sheet", () => `/stories/${slug}/fact-sheet`],
  ["stories", () => "/"],
  ["search", () => "/search?q=ferry"],
];
type Ids = { first: string; second: string; contradiction: string };

async function idsOf(request: import("@playwright/test").APIRequestContext): Promise<Ids> {
  const story = await (await request.get(`/api/stories/${slug}`)).json();
  const [first, second] = story.story.reports as { id: string }[];
  const matrix = await (await request.get(`/api/stories/${slug}/matrix?verdict=contradict`)).json();
  return { first: first!.id, second: second!.id, contradiction: matrix.rows[0].id };
}

for (const scheme of ["light", "dark"] as const) {
  for (const [what, path] of PAGES) {
    test(`${what}: no serious accessibility violations (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path(ids));
      await page.waitForLoadState("networkidle");
      await expectNoSeriousViolations(page, `${what} (${scheme})`);
    });
  }

  test(`sign-in: no serious accessibility violations (${scheme})`, async ({ pageAs }) => {
    const visitor = await pageAs(null);
    await visitor.emulateMedia({ colorScheme: scheme });
    await visitor.goto("/sign-in");
    await expectNoSeriousViolations(visitor, `sign-in (${scheme})`);
  });
}
