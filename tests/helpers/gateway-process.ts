import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { SUBGRAPH_NAMES } from "../../subgraphs/registry";
import type { City } from "./city";
import { childEnv } from "./child-env";

export interface GatewayProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  stderr(): string;
}

/**
 * The built gateway (dist/gateway/main.js) as its own process on `port`, in front of `city`'s
 * subgraphs (`env` overrides, e.g. one subgraph's URL); resolves once its `/ready` answers 200.
 */
export async function startGatewayProcess(
  city: City,
  port: number,
  env: Record<string, string> = {},
): Promise<GatewayProcess> {
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, city.subgraphs[n].url]));
  const child = spawn(process.execPath, [path.resolve(__dirname, "../../dist/gateway/main.js")], {
    env: childEnv({ LOG_LEVEL: "warn", RATE_LIMIT_POINTS: "1000000", ...urls, GATEWAY_PORT: String(port), ...env }),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`gateway exited ${child.exitCode}: ${err}`);
    const ready = await fetch(`${base}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`gateway not ready: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `${base}/graphql`, child, exited, stderr: () => err };
}
