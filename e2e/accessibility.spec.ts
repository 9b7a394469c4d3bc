import AxeBuilder from "@axe-core/playwright";
import { request as playwrightRequest, type Page } from "@playwright/test";
import { expect, signIn, test } from "./auth";
import { createDemoStory } from "./demo-story";

// Every main page, checked by axe in both colour schemes: no serious or critical violation.
test.use({ role: "editor" });

let slug: string;
test.beforeAll(async () => {
  const context = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
  await signIn(context, "journalist");
  slug = await createDemoStory(context);
  await context.dispose();
});

async function expectNoSeriousViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ")}`);
  expect(serious, `${what}: ${serious.join("\n")}`).toEqual([]);
}

for (const scheme of ["light", "dark"] as const) {
  test(`the main pages have no serious accessibility violations (${scheme})`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const story = await (await request.get(`/api/stories/${slug}`)).json();
    const [first, second] = story.story.reports as { id: string }[];
    const matrix = await (await request.get(`/api/stories/${slug}/matrix?verdict=contradict`)).json();
    const pages: [string, string][] = [
      ["story", `/stories/${slug}`],
      ["matrix filtered", `/stories/${slug}?verdict=contradict`],
      ["report", `/reports/${first!.id}`],
      ["compare", `/stories/${slug}/compare?a=${first!.id}&b=${second!.id}`],
      ["people and places", `/stories/${slug}/entities`],
      ["claim", `/stories/${slug}/clusters/${matrix.rows[0].id}`],
      ["review queue", `/review?story=${slug}`],
      ["fact sheet", `/stories/${slug}/fact-sheet`],
      ["stories", "/"],
    ];
    for (const [what, path] of pages) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expectNoSeriousViolations(page, `${what} (${scheme})`);
    }
  });

  test(`the sign-in page has no serious accessibility violations (${scheme})`, async ({ pageAs }) => {
    const visitor = await pageAs(null);
    await visitor.emulateMedia({ colorScheme: scheme });
    await visitor.goto("/sign-in");
    await expectNoSeriousViolations(visitor, `sign-in (${scheme})`);
  });
}
