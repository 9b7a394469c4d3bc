// Load test of the claim matrix: seeds a story of 30 reports × 500 clusters (and a 3 × 20 one),
// serves the production build, counts the SQL statements each page sends, then runs autocannon
// at 20 connections against the story page, its data route, a filtered page and trivial pages.
//
//   npx tsx --conditions=react-server scripts/load-matrix.ts [--head]   (LOAD_DURATION=seconds per run, default 10)
//
// Database: DATABASE_URL's server if set, else an embedded PostgreSQL in .data/pg-load on 54331;
// either way a fresh database `triangulate_load` beside it. Traffic goes to 127.0.0.1 only.
// The server is this checkout's production build (rebuilt when stale, like `npm start`). With
// --head it is the last commit instead: exported to a temporary directory (node_modules hard-
// linked) and built there, so uncommitted work elsewhere in the tree neither breaks the build
// nor is measured, and this checkout's .next is left alone.
import { execFileSync, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { PrismaPg } from "@prisma/adapter-pg";
import { applyMigrations } from "../lib/database/apply-migrations";
import type { RunningDatabase } from "../lib/database/embedded-postgres";
import { createFreshDatabase, openDatabase } from "../lib/database/with-database";
import { DEMO_PASSWORD } from "../lib/demo/demo-users";
import { buildAppIfStale } from "./build-app";
import { syntheticStory, type SyntheticSpec } from "./load/synthetic-story";
import { loadOnce, rank, summarize, type LoadResult } from "./load/run-load";
import { ensurePrismaClient } from "./prepare-database";
import { serveApp, serverWorkers } from "./serve-app";

const DURATION = Number(process.env.LOAD_DURATION ?? 10);
const CONNECTIONS = 20;
const P95_TARGET_MS = 500;
const DEADLINE_MS = 6 * 60_000; // after the build; the measurement takes two to four minutes
const BIG: SyntheticSpec = { reports: 30, families: 12, clusters: 500, entities: 40, seed: 42 };
const SMALL: SyntheticSpec = { reports: 3, families: 2, clusters: 20, entities: 8, seed: 7 };
const PRELOAD = path.resolve(import.meta.dirname, "load/count-queries.cjs");
const actor = { id: "load", name: "Load test", role: "admin" } as const;
// The demo reader: the pages under load only read, and a reader is the least role that may.
const LOAD_USER = { email: "reader@triangulate.test", password: DEMO_PASSWORD } as const;

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
let database: RunningDatabase | null = null;
const servers: ChildProcess[] = [];
let disconnect: (() => Promise<void>) | null = null;
const serverLog: string[] = [];
let cookie = "";

async function cleanUp(): Promise<void> {
  await Promise.all(servers.splice(0).map(stopServer));
  await disconnect?.().catch(() => {});
  disconnect = null;
  await database?.stop().catch(() => {});
  database = null;
}
process.on("SIGINT", () => void cleanUp().then(() => process.exit(130)));
process.on("SIGTERM", () => void cleanUp().then(() => process.exit(143)));

let exitCode = 1;
try {
  exitCode = process.argv.includes("--head") ? runInHeadCopy() : await main();
} catch (error) {
  console.error(error);
  if (serverLog.length) console.error(`--- last lines of the server's output ---\n${serverLog.join("\n")}`);
} finally {
  await cleanUp();
}
process.exit(exitCode);

/** Runs this script (as it is in the working tree) inside an export of HEAD; returns its exit code. */
function runInHeadCopy(): number {
  const sha = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim();
  const dir = path.join(tmpdir(), `triangulate-load-${sha.slice(0, 12)}`);
  // Exports of older commits go, unless another run may still be using one (touched within the hour).
  for (const entry of readdirSync(tmpdir())) {
    const stale = path.join(tmpdir(), entry);
    if (entry.startsWith("triangulate-load-") && stale !== dir && Date.now() - statSync(stale).mtimeMs > 3_600_000)
      rmSync(stale, { recursive: true, force: true });
  }
  if (!existsSync(path.join(dir, "package.json"))) {
    console.log(`Exporting HEAD ${sha.slice(0, 12)} to ${dir}`);
    mkdirSync(dir, { recursive: true });
    execFileSync("sh", ["-c", 'git archive --format=tar HEAD | tar -x -C "$1"', "sh", dir], { stdio: "inherit" });
    // Hard links: instant and no extra space; Turbopack refuses a node_modules symlinked from outside its root.
    execFileSync("cp", ["-al", path.resolve("node_modules"), path.join(dir, "node_modules")]);
  }
  const now = new Date();
  utimesSync(dir, now, now);
  cpSync("scripts/load-matrix.ts", path.join(dir, "scripts/load-matrix.ts"));
  cpSync("scripts/load", path.join(dir, "scripts/load"), { recursive: true });
  for (const file of ["scripts/serve-app.ts", "scripts/next-cluster.mjs", "scripts/next-server.mjs", "lib/http/client-ip.mjs"])
    cpSync(file, path.join(dir, file));
  const args = process.argv.slice(2).filter((arg) => arg !== "--head");
  const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/load-matrix.ts", ...args], {
    cwd: dir,
    stdio: "inherit",
    env: { ...process.env, LOAD_SOURCE: `commit ${sha.slice(0, 12)} (exported to ${dir})` },
  });
  return run.status ?? 1;
}

async function main(): Promise<number> {
  const source = process.env.LOAD_SOURCE ?? describeWorkingTree();
  console.log(`Measuring ${source}`);

  // 1. Database.
  ensurePrismaClient();
  database = await openDatabase({ dataDir: ".data/pg-load", port: 54331 });
  const url = await createFreshDatabase(database.url, "triangulate_load");
  await applyMigrations(url);
  process.env.DATABASE_URL = url;

  // lib/db keeps the client it finds on globalThis: give it one that reports its SQL, so the
  // app's own read functions can be counted in this process too.
  const { PrismaClient } = await import("../lib/generated/prisma/client");
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), log: [{ emit: "event", level: "query" }] });
  let inProcessQueries = 0;
  client.$on("query", () => void inProcessQueries++);
  disconnect = () => client.$disconnect();
  (globalThis as { prisma?: unknown }).prisma = client;
  const { db } = await import("../lib/db");
  if (db !== client) throw new Error("lib/db did not take the counting client");
  const { writeStoryAnalysis } = await import("../lib/story-analysis/write-story-analysis");
  const { getClaimMatrix } = await import("../lib/stories/get-claim-matrix");
  const { getStory } = await import("../lib/stories/get-story");

  // 2. Seed.
  const seed = async (title: string, slug: string, spec: SyntheticSpec) => {
    const started = performance.now();
    const { reports, analysis } = syntheticStory(spec);
    const story = await db.story.create({ data: { title, slug, eventDate: new Date("2026-03-14T00:00:00Z") } });
    const base = Date.now() - 3_600_000;
    await db.report.createMany({
      data: reports.map((report, index) => ({
        id: report.id,
        storyId: story.id,
        title: report.title,
        outletName: report.outletName,
        url: report.url,
        publishedAt: report.publishedAt,
        fileName: `${report.outletName}.txt`,
        format: "text" as const,
        rawText: report.articleText,
        articleText: report.articleText,
        cleanText: report.articleText,
        contentHash: createHash("sha256").update(report.articleText).digest("hex"),
        charCount: report.articleText.length,
        createdAt: new Date(base + index * 1000),
      })),
    });
    await db.$transaction((tx) => writeStoryAnalysis(tx, story.id, analysis), { timeout: 180_000, maxWait: 10_000 });
    const textBytes = reports.reduce((sum, report) => sum + Buffer.byteLength(report.articleText), 0);
    console.log(
      `Seeded /stories/${slug}: ${reports.length} reports (${new Set(reports.map((r) => r.family)).size} families, ${Math.round(textBytes / reports.length)} B of text each), ` +
        `${analysis.clusters.length} clusters, ${analysis.claims.length} claims, ${analysis.entities.length} entities in ${ms(performance.now() - started)}`,
    );
    return slug;
  };
  const { createDemoUsers } = await import("../lib/demo/create-demo-users");
  await createDemoUsers();
  const big = await seed("Load test: ferry fire, 30 reports", "load-matrix-30x500", BIG);
  const small = await seed("Load test: ferry fire, 3 reports", "load-matrix-3x20", SMALL);

  // In-process counts: the app's read functions against the counting client.
  const countInProcess = async (work: () => Promise<unknown>) => {
    await work();
    const before = inProcessQueries;
    await work();
    return inProcessQueries - before;
  };
  const inProcess = {
    matrixSmall: await countInProcess(() => getClaimMatrix(actor, small, {})),
    matrixBig: await countInProcess(() => getClaimMatrix(actor, big, {})),
    storySmall: await countInProcess(() => getStory(actor, small)),
    storyBig: await countInProcess(() => getStory(actor, big)),
  };

  // 3. Build and serve.
  if (!buildAppIfStale()) throw new Error("next build failed (with --head the last commit is built in a directory of its own)");
  const deadline = setTimeout(() => {
    console.error(`Gave up after ${DEADLINE_MS / 60_000} minutes.`);
    void cleanUp().then(() => process.exit(2));
  }, DEADLINE_MS);
  deadline.unref();
  const port = await freePort(3200);
  const counterPort = await freePort(port + 100);
  const origin = `http://127.0.0.1:${port}`;
  const baseEnv = { ...process.env, DATABASE_URL: url, PORT: String(port) };
  await startServer(1, { ...baseEnv, NODE_OPTIONS: `--require "${PRELOAD}"`, LOAD_QUERY_COUNTER_PORT: String(counterPort) }, origin);
  cookie = await signIn(origin);

  // 4. Queries per request, counted inside the server (one request at a time).
  const counter = async (reset = false) => {
    try {
      const response = await fetch(`http://127.0.0.1:${counterPort}/${reset ? "?reset" : ""}`);
      return (await response.json()) as { count: number; statements: string[]; pid: number };
    } catch {
      return null;
    }
  };
  const probe = async (target: string) => {
    await get(`${origin}${target}`);
    await counter(true);
    const first = await get(`${origin}${target}`);
    const counted = await counter(true);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push((await get(`${origin}${target}`)).ms);
    const repeat = await counter(true);
    return {
      status: first.status,
      bytes: first.body.byteLength,
      gzipBytes: gzipSync(first.body).byteLength,
      queries: counted?.count ?? null,
      stable: counted && repeat ? repeat.count === counted.count * 5 : null,
      statements: counted?.statements ?? [],
      aloneMs: median(times),
    };
  };
  const targets = [
    { name: "trivial: /api/health", path: "/api/health" },
    { name: "trivial: /stories/new", path: "/stories/new" },
    { name: "story page 30×500", path: `/stories/${big}` },
    { name: "data route 30×500", path: `/api/stories/${big}/matrix` },
    { name: "story page 30×500 ?verdict=contradict", path: `/stories/${big}?verdict=contradict` },
    { name: "story page 3×20", path: `/stories/${small}` },
    { name: "data route 3×20", path: `/api/stories/${small}/matrix` },
  ];
  const probes = new Map<string, Awaited<ReturnType<typeof probe>>>();
  for (const target of targets) probes.set(target.path, await probe(target.path));
  for (const [target, result] of probes) if (result.status !== 200) throw new Error(`${target} answered ${result.status}`);
  for (const slug of [big, small]) {
    const page = await get(`${origin}/stories/${slug}`);
    if (!page.body.toString().includes("Load test: ferry fire")) throw new Error(`/stories/${slug} does not show the story (signed out?)`);
  }

  // 5. Load.
  const runs: { name: string; path: string; gzip: boolean; result: LoadResult }[] = [];
  const loadTargets = [...targets.slice(0, 5), { name: "story page 30×500, gzip", path: `/stories/${big}`, gzip: true }, targets[5]!];
  for (const target of loadTargets) {
    const gzip = "gzip" in target && target.gzip === true;
    const plain = runs.find((run) => run.path === target.path && !run.gzip);
    if (gzip && plain && plain.result.responses < CONNECTIONS) {
      console.log(`skipped ${target.name}: the uncompressed run finished fewer than ${CONNECTIONS} requests`);
      continue;
    }
    process.stdout.write(`autocannon ${CONNECTIONS} connections × ${DURATION} s: ${target.name} … `);
    const result = summarize([
      await loadOnce({ url: `${origin}${target.path}`, pid: servers[0]!.pid!, cookie, gzip, seconds: DURATION, connections: CONNECTIONS }),
    ]);
    console.log(
      `${result.rps.toFixed(1)} req/s, p95 ${result.p95.text} ms${result.drainMs > 1000 ? `; the server then worked ${ms(result.drainMs)} more on abandoned requests` : ""}`,
    );
    runs.push({ name: target.name, path: target.path, gzip, result });
  }
  const rss = readRss(servers[0]!.pid!);

  // 6. The same pages served as `npm start` serves them, one process per core (serve-app.ts),
  // beside the single process: short runs taking turns, so that other work on the machine
  // weighs on both alike, pooled per server.
  const workers = serverWorkers();
  const paired: { name: string; path: string; single: LoadResult; cluster: LoadResult }[] = [];
  if (workers > 1) {
    const clusterOrigin = `http://127.0.0.1:${await freePort(port + 1)}`;
    const clusterServer = await startServer(workers, { ...baseEnv, PORT: new URL(clusterOrigin).port }, clusterOrigin);
    const clusterCookie = await signIn(clusterOrigin);
    const sides = [
      { origin, pid: servers[0]!.pid!, cookie },
      { origin: clusterOrigin, pid: clusterServer.pid!, cookie: clusterCookie },
    ];
    const turns = 4;
    const seconds = Math.max(2, Math.round(DURATION / 2));
    for (const target of [targets[1]!, targets[2]!, targets[3]!, targets[5]!]) {
      for (let i = 0; i < 4 * workers; i++) await fetch(`${clusterOrigin}${target.path}`, { headers: { cookie: clusterCookie } }).then((r) => r.arrayBuffer());
      process.stdout.write(
        `autocannon ${CONNECTIONS} connections, ${turns} turns × ${seconds} s each on 1 and on ${workers} server processes: ${target.name} … `,
      );
      const parts: [Awaited<ReturnType<typeof loadOnce>>[], Awaited<ReturnType<typeof loadOnce>>[]] = [[], []];
      for (let turn = 0; turn < turns; turn++)
        for (const side of turn % 2 ? [1, 0] : [0, 1]) {
          const { origin: at, pid, cookie: sent } = sides[side]!;
          parts[side]!.push(await loadOnce({ url: `${at}${target.path}`, pid, cookie: sent, gzip: false, seconds, connections: CONNECTIONS }));
        }
      const [single, cluster] = [summarize(parts[0]), summarize(parts[1])];
      console.log(`p95 ${single.p95.text} ms on 1, ${cluster.p95.text} ms on ${workers}`);
      paired.push({ name: target.name, path: target.path, single, cluster });
    }
  }

  // Report.
  const headers = ["target", "req/s", "p50 ms", "p95 ms", "p99 ms", "responses", "unfinished", "non-2xx", "errors", "body bytes", "CPU ms/req", "alone ms"];
  const toRow = ({ name, path: target, gzip, result }: (typeof runs)[number]) => {
    const probed = probes.get(target)!;
    return [
      name,
      result.rps.toFixed(1),
      result.p50.text,
      result.p95.text,
      result.p99.text,
      String(result.responses),
      String(result.unfinished),
      String(result.non2xx),
      String(result.errors + result.timeouts),
      gzip ? `${kb(probed.gzipBytes)} gz` : kb(probed.bytes),
      result.cpuMsPerRequest.toFixed(0),
      gzip ? "" : probed.aloneMs.toFixed(0),
    ];
  };
  console.log(`\nMeasured ${source}`);
  const where = `${process.env.DATABASE_URL?.includes("54331") ? "embedded PostgreSQL" : "DATABASE_URL server"}, load generator on the same machine (${availableParallelism()} CPUs)`;
  console.log(`Load: ${CONNECTIONS} connections, ${DURATION} s per target, one next start process on Node ${process.versions.node} (${where})`);
  console.log(table(headers, runs.map(toRow)));
  if (paired.length) {
    console.log(
      `\nOne process against npm start's ${workers} (node:cluster on one port; WEB_CONCURRENCY sets the number), both running at once and loaded in turns\n` +
        `(4 runs of ${Math.max(2, Math.round(DURATION / 2))} s each, alternating), so that other work on the machine weighs on both alike:`,
    );
    console.log(
      table(
        headers,
        paired.flatMap(({ name, path: target, single, cluster }) => [
          toRow({ name: `${name}, 1 process`, path: target, gzip: false, result: single }),
          toRow({ name: `${name}, ${workers} processes`, path: target, gzip: false, result: cluster }),
        ]),
      ),
    );
  }
  console.log(
    "unfinished: requests still waiting when the run stopped; their wait so far counts as a lower bound, and a percentile it reaches is shown as ≥.\n" +
      "body bytes: uncompressed body (autocannon sends no Accept-Encoding) except the gzip row. CPU ms/req: the server processes' CPU time from the\n" +
      "run's start until it fell quiet (abandoned requests are still rendered) / (responses + unfinished). alone ms: median of 5 requests one at a time.",
  );
  const bigBody = (await get(`${origin}/stories/${big}`)).body.toString();
  const rscBytes = [...bigBody.matchAll(/<script>self\.__next_f\.push\(.*?\)<\/script>/gs)].reduce((sum, match) => sum + Buffer.byteLength(match[0]), 0);
  const cells = (bigBody.match(/data-col=/g) ?? []).length;
  const links = (bigBody.match(/<a /g) ?? []).length;
  console.log(
    `story page 30×500: ${kb(Buffer.byteLength(bigBody))} of HTML, of which ${kb(rscBytes)} is the RSC payload in <script> tags (the same tree again, for hydration); ` +
      `${cells} table cells with data-col, ${links} <a> links`,
  );
  if (rss) console.log(`server RSS after the runs: ${rss}`);

  console.log("\nSQL statements per request (counted in the server at the pg driver):");
  console.log(
    table(
      ["target", "statements", "body bytes", "gzip bytes"],
      targets.map((target) => {
        const probed = probes.get(target.path)!;
        return [
          target.name,
          probed.queries === null ? "not counted" : `${probed.queries}${probed.stable === false ? " (varies)" : ""}`,
          kb(probed.bytes),
          kb(probed.gzipBytes),
        ];
      }),
    ),
  );
  const bigPage = probes.get(`/stories/${big}`)!;
  if (bigPage.statements.length) console.log(`story page statements:\n${bigPage.statements.map((statement) => `  ${statement}`).join("\n")}`);
  console.log(
    `In-process (Prisma query events): getClaimMatrix 3×20 ${inProcess.matrixSmall}, 30×500 ${inProcess.matrixBig}; getStory 3×20 ${inProcess.storySmall}, 30×500 ${inProcess.storyBig}`,
  );

  // Judged as the app is run (npm start's processes); the one-process figure is printed beside it.
  const pair = paired.find((run) => run.path === `/stories/${big}`);
  const single = pair?.single ?? runs.find((run) => run.path === `/stories/${big}` && !run.gzip)!.result;
  const served = pair?.cluster ?? single;
  const also = served === single ? "" : `; one process: p95 ${single.p95.text} ms`;
  const checks: [string, boolean][] = [
    [
      `story page 30×500 p95 ${served.p95.text} ms < ${P95_TARGET_MS} ms at ${CONNECTIONS} connections, ${served === single ? "one server process" : `${workers} server processes as npm start runs them`}${also}`,
      served.p95.value < P95_TARGET_MS && !served.p95.text.startsWith("≥") && served.responses > 0 && served.non2xx + served.errors + served.timeouts === 0,
    ],
  ];
  for (const [label, smallPath, bigPath] of [
    ["story page", `/stories/${small}`, `/stories/${big}`],
    ["data route", `/api/stories/${small}/matrix`, `/api/stories/${big}/matrix`],
  ] as const) {
    const a = probes.get(smallPath)!.queries;
    const b = probes.get(bigPath)!.queries;
    checks.push([`${label} statements: 3×20 ${a ?? "?"} = 30×500 ${b ?? "?"}`, a !== null && a === b]);
  }
  checks.push([`getClaimMatrix statements: 3×20 ${inProcess.matrixSmall} = 30×500 ${inProcess.matrixBig}`, inProcess.matrixSmall === inProcess.matrixBig]);
  console.log("");
  for (const [label, ok] of checks) console.log(`${ok ? "PASS" : "FAIL"}  ${label}`);
  return checks.every(([, ok]) => ok) ? 0 : 1;
}

/** Signs the load user in through Better Auth's endpoint; returns the Cookie header to send. */
async function signIn(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: LOAD_USER.email, password: LOAD_USER.password }),
    redirect: "manual",
  });
  if (!response.ok) throw new Error(`sign-in: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((line) => line.split(";")[0]!);
  if (!cookies.length) throw new Error("sign-in set no cookie");
  return cookies.join("; ");
}

/** What the server is built from: this checkout, and how far it is from HEAD. */
function describeWorkingTree(): string {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short=12", "HEAD"], { encoding: "utf8" }).trim();
    const changed = execFileSync("git", ["status", "--porcelain", "--", "app", "components", "lib", "prisma"], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean).length;
    return `the working tree at ${process.cwd()} (HEAD ${sha}${changed ? `, ${changed} uncommitted change(s) under app/ components/ lib/ prisma/` : ""})`;
  } catch {
    return `the checkout at ${process.cwd()}`;
  }
}

async function get(url: string): Promise<{ status: number; body: Buffer; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { "accept-encoding": "identity", cookie }, redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, body, ms: performance.now() - started };
}

async function waitForHealth(origin: string, child: ChildProcess): Promise<void> {
  const exited = once(child, "exit").then(([code]) => {
    throw new Error(`next start exited with ${code}`);
  });
  const poll = (async () => {
    for (const started = Date.now(); Date.now() - started < 60_000; await sleep(250)) {
      if (child.exitCode !== null) return;
      try {
        if ((await fetch(`${origin}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
    }
    throw new Error("the server did not answer /api/health within 60 s");
  })();
  await Promise.race([poll, exited]);
  exited.catch(() => {});
}

/** Serves the build (one process, or a cluster of them) and waits until it answers. */
async function startServer(workers: number, env: NodeJS.ProcessEnv, origin: string): Promise<ChildProcess> {
  const port = new URL(origin).port;
  const server = serveApp({ port, host: "127.0.0.1", workers, env, stdio: ["ignore", "pipe", "pipe"] });
  servers.push(server);
  const keep = (chunk: Buffer) => {
    serverLog.push(...chunk.toString().split("\n").filter(Boolean));
    serverLog.splice(0, Math.max(0, serverLog.length - 40));
  };
  server.stdout!.on("data", keep);
  server.stderr!.on("data", keep);
  await waitForHealth(origin, server);
  console.log(`next start (${workers > 1 ? `${workers} processes under pid` : "pid"} ${server.pid}) on ${origin}`);
  return server;
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  if (await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) return;
  child.kill("SIGKILL");
  await Promise.race([exited, sleep(2000)]);
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from}`);
}

function readRss(pid: number): string | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? `${Math.round(Number(match[1]) / 1024)} MB` : null;
  } catch {
    return null;
  }
}

function median(values: number[]): number {
  return values.length ? [...values].sort((a, b) => a - b)[rank(values.length, 50)]! : NaN;
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

// Function declarations, not consts: main() runs before the module's last lines are evaluated.
function kb(bytes: number): string {
  return bytes >= 10_240 ? `${(bytes / 1024).toFixed(0)} KB` : `${bytes} B`;
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`;
}

function sleep(millis: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, millis));
}
