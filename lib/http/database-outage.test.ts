import { createServer } from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { toPublicError } from "@/lib/errors";
import { handleRoute } from "./handle-route";

/** A port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("a database that does not answer", () => {
  it("is a 503 with Retry-After from every route, never a 500", async () => {
    const port = await closedPort();
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://postgres@127.0.0.1:${port}/gone` }) });
    const failure = await client.story.findMany().catch((error: unknown) => error);
    expect(toPublicError(failure)).toMatchObject({ status: 503, code: "service_unavailable" });
    const response = await handleRoute(() => client.$transaction((tx) => tx.story.count()));
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    await client.$disconnect();
  });
});
