// `npm run ingest -- --story "Title" [--event-date YYYY-MM-DD] FILE_OR_DIR_OR_URL...`
// Imports report files into a story (created if no story has that title), all or none; then
// fetches each http(s) address given, each with its own result.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { prepareDatabase } from "./prepare-database";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { story: { type: "string" }, "event-date": { type: "string" } },
});
if (!values.story || positionals.length === 0) {
  console.error('usage: npm run ingest -- --story "Title" [--event-date YYYY-MM-DD] FILE_OR_DIR_OR_URL...');
  process.exit(2);
}

const database = await prepareDatabase();
const { db } = await import("../lib/db");
const { decodeUpload, ACCEPTED_EXTENSIONS } = await import("../lib/reports/decode-upload");
const { addReportUploads } = await import("../lib/reports/add-reports");
const { createStory } = await import("../lib/stories/create-story");
const { createStoryWithReports } = await import("../lib/stories/create-story-with-reports");
const { ingestUrls } = await import("./lib-cli/ingest-urls");
const { awaitAnalysis } = await import("./lib-cli/await-analysis");
const { startAnalysisWorkers } = await import("../lib/jobs/start-analysis-workers");
const { stopBoss } = await import("../lib/jobs/queue");
const { fingerprintAnalysis } = await import("../lib/analysis-version");
// Analyses record which engine made them, as the server's do.
process.env.ANALYSIS_VERSION = fingerprintAnalysis();
// Whoever can run commands on the server administers it.
const actor = { id: "cli", name: "Command line", role: "admin" as const };

let exitCode = 0;
try {
  const urls = positionals.filter((target) => /^https?:\/\//i.test(target));
  const files = positionals.filter((target) => !urls.includes(target)).flatMap(listFiles);
  if (files.length === 0 && urls.length === 0) throw new Error(`no ${ACCEPTED_EXTENSIONS.join(", ")} files in ${positionals.join(", ")}`);
  const uploads = files.map((file) => ({
    ...decodeUpload(path.basename(file), readFileSync(file)),
    fileName: path.basename(file),
    title: null,
    outletName: null,
    url: null,
    byline: null,
    publishedAt: null,
  }));
  const existing = await db.story.findFirst({ where: { title: values.story }, select: { slug: true } });
  const bar = new cliProgress.SingleBar({ format: "reading  [{bar}] {value}/{total} reports", hideCursor: true }, cliProgress.Presets.shades_classic);
  let slug = existing?.slug;
  if (uploads.length > 0) {
    bar.start(uploads.length, 0);
    try {
      // A new story is written with its reports in one transaction: killed halfway, the import
      // leaves nothing behind, not an empty story.
      const result = slug
        ? { slug, added: await addReportUploads(actor, slug, uploads, (done) => bar.update(done)) }
        : await createStoryWithReports(actor, { title: values.story, eventDate: values["event-date"] }, uploads, (done) => bar.update(done));
      slug = result.slug;
      bar.stop();
      console.log(`Added ${result.added.length} report(s) to "${values.story}" (/stories/${slug}).`);
    } finally {
      bar.stop();
    }
  }
  if (urls.length > 0) {
    // Links alone need the story first; one that ends up with nothing fetched is removed again.
    const created = !slug;
    slug ??= (await createStory(actor, { title: values.story, eventDate: values["event-date"] })).slug;
    if (!(await ingestUrls(actor, slug, urls))) {
      exitCode = 1;
      if (created) await db.story.delete({ where: { slug } });
      slug = undefined;
    }
  }
  if (slug) {
    // A worker of our own, so the import ends analysed whether or not a server's workers are up.
    const stopWorker = await startAnalysisWorkers(1, () => {});
    const status = await awaitAnalysis(actor, slug).finally(stopWorker);
    if (status.state === "failed") {
      console.error(`The analysis failed: ${status.error ?? "unknown error"} (the reports are kept).`);
      exitCode = 1;
    } else console.log(`Analysed ${status.reportCount} report(s) of "${values.story}".`);
  }
} catch (error) {
  console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await stopBoss();
  await db.$disconnect();
  await database.stop();
}
process.exit(exitCode);

function listFiles(target: string): string[] {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${target}: no such file or folder`);
  if (stat.isFile()) return [target];
  return readdirSync(target)
    .filter((name) => ACCEPTED_EXTENSIONS.includes(path.extname(name).toLowerCase()))
    .sort()
    .map((name) => path.join(target, name));
}
