import { createServer, request, type Agent, type Server } from "node:http";
import { Agent as HttpAgent } from "node:http";
import type { AddressInfo } from "node:net";
import { drainable } from "../../subgraphs/common/shutdown";

/** Sends GET `path` over `agent` (keep-alive); resolves with status, Connection header and body. */
function get(port: number, path: string, agent: Agent): Promise<{ status: number; connection: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode!, connection: String(res.headers.connection), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * What every service does with its HTTP server on SIGTERM (gateway/main.ts, subgraphs/common/server.ts):
 * a real server, real keep-alive connections.
 */
describe("drainable HTTP server", () => {
  const servers: Server[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      server.close();
    }
  });
  const start = async () => {
    const releases: (() => void)[] = [];
    const server = createServer((req, res) => {
      if (req.url === "/slow") releases.push(() => res.end("slow done"));
      else if (req.url !== "/never") res.end("quick");
    });
    const drain = drainable(server);
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    return { server, drain, port, releases };
  };

  it("refuses new connections, closes idle ones, answers in-flight requests with Connection: close, then resolves", async () => {
    const { drain, port, releases } = await start();
    const agent = new HttpAgent({ keepAlive: true });
    expect(await get(port, "/quick", agent)).toEqual({ status: 200, connection: "keep-alive", body: "quick" });
    const busy = new HttpAgent({ keepAlive: true });
    const slow = get(port, "/slow", busy);
    while (releases.length === 0) await new Promise((r) => setTimeout(r, 5));
    const idleSockets = agent.freeSockets[Object.keys(agent.freeSockets)[0]] ?? [];
    expect(idleSockets).toHaveLength(1); // the first request's connection, idle
    const idleClosed = new Promise((r) => idleSockets[0].once("close", r));

    const drained = drain(10_000);
    await idleClosed; // at once, while the slow request is still in flight
    await expect(get(port, "/quick", new HttpAgent())).rejects.toMatchObject({ code: "ECONNREFUSED" });
    releases[0]();
    expect(await slow).toEqual({ status: 200, connection: "close", body: "slow done" });
    expect(await drained).toBe(true);
    agent.destroy();
    busy.destroy();
  });

  it("cuts what is still running after the grace period and resolves false", async () => {
    const { drain, port } = await start();
    const hanging = get(port, "/never", new HttpAgent());
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    expect(await drain(200)).toBe(false);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    await expect(hanging).rejects.toMatchObject({ code: "ECONNRESET" });
  });
});
