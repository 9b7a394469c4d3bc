// Preloaded into the `next start` process by scripts/load-matrix.ts (NODE_OPTIONS=--require):
// counts the SQL statements the app sends through `pg` (which Next keeps external, so the app
// and this file share one `pg` module) and serves the count on 127.0.0.1:$LOAD_QUERY_COUNTER_PORT.
//   GET /        -> { count, statements: [first 160 chars of each] }
//   GET /?reset  -> the same, then zeroes the count
// Requests must be sent one at a time for a count to belong to one page.
"use strict";
const http = require("node:http");
const path = require("node:path");

const port = Number(process.env.LOAD_QUERY_COUNTER_PORT);
if (port) {
  let count = 0;
  let statements = [];
  const pg = require(require.resolve("pg", { paths: [process.cwd(), path.resolve(__dirname, "../..")] }));
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(config, ...rest) {
    count++;
    const text = typeof config === "string" ? config : config && typeof config.text === "string" ? config.text : "?";
    if (statements.length < 200) statements.push(text.replace(/\s+/g, " ").slice(0, 160));
    return query.call(this, config, ...rest);
  };
  const server = http.createServer((request, response) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ count, statements, pid: process.pid }));
    if ((request.url ?? "").includes("reset")) {
      count = 0;
      statements = [];
    }
  });
  // A child process inheriting NODE_OPTIONS finds the port taken; only the first process counts.
  server.on("error", () => {});
  server.listen(port, "127.0.0.1");
  server.unref();
}
