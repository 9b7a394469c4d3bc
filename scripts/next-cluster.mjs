// Runs `next start` in WORKERS processes sharing one port (node:cluster hands each new connection
// to the next worker), so a production server uses every core instead of one. A worker that dies
// is replaced; SIGTERM or SIGINT stops them all.
//   node scripts/next-cluster.mjs WORKERS NEXT_BIN start -p PORT [...]
// Plain JavaScript run by node itself: workers inherit the primary's flags, and must not inherit
// tsx's loader or the react-server condition of the scripts that launch this one.
import cluster from "node:cluster";

const [count, nextBin, ...args] = process.argv.slice(2);
const workers = Math.max(1, Number(count) || 1);
let stopping = false;

cluster.setupPrimary({ exec: nextBin, args, execArgv: [] });
for (let i = 0; i < workers; i++) cluster.fork();

cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  console.error(`server worker ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); starting another`);
  cluster.fork();
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
