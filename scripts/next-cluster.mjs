// Runs the production server (scripts/next-server.mjs) in WORKERS processes sharing one port
// (node:cluster hands each new connection to the next worker), so a production server uses every
// core instead of one. A worker that dies (out of memory, killed) is replaced; SIGTERM or SIGINT
// stops them all.
//   node scripts/next-cluster.mjs WORKERS -p PORT [-H HOST]
// Plain JavaScript run by node itself: workers inherit the primary's flags, and must not inherit
// tsx's loader or the react-server condition of the scripts that launch this one.
import cluster from "node:cluster";
import path from "node:path";

const [count, ...args] = process.argv.slice(2);
const option = (flag) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const workers = Math.max(1, Number(count) || 1);
const env = { PORT: option("-p") ?? process.env.PORT ?? "3000", LISTEN_HOST: option("-H") ?? "" };
let stopping = false;
// A worker that dies within seconds of starting is likely to die again: wait before the next one.
const restarts = [];

cluster.setupPrimary({ exec: path.join(import.meta.dirname, "next-server.mjs"), args: [], execArgv: [] });
for (let i = 0; i < workers; i++) cluster.fork(env);

cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  const now = Date.now();
  while (restarts.length && now - restarts[0] > 60_000) restarts.shift();
  restarts.push(now);
  const delay = restarts.length > 5 ? 5_000 : 0;
  console.error(`server worker ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); starting another${delay ? " in 5 s" : ""}`);
  setTimeout(() => {
    if (!stopping) cluster.fork(env);
  }, delay);
});

const stop = () => {
  if (stopping) return;
  stopping = true;
  const running = Object.values(cluster.workers ?? {});
  if (running.length === 0) process.exit(0);
  for (const worker of running) worker?.process.kill("SIGTERM");
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
