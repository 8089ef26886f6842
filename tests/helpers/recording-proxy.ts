import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * A man in the middle between the gateway and one subgraph: forwards every request unchanged
 * and keeps a copy of what passed (as an attacker on the internal network would capture it).
 * With `delayMs`, each request is held that long first (a slow subgraph).
 */
export async function startRecordingProxy(
  targetUrl: string,
  { delayMs = 0 } = {},
): Promise<{ url: string; recorded: Recorded[]; stop(): Promise<void> }> {
  const target = new URL(targetUrl);
  const recorded: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      const body = Buffer.concat(chunks);
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === "string"),
      );
      recorded.push({ method: req.method!, path: req.url!, headers, body: body.toString("utf8") });
      const upstream = request(
        { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    recorded,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
