import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { SUBGRAPH_NAMES } from "../../subgraphs/registry";
import { postGraphQL } from "../helpers/city";
import { freePort, portIsFree } from "../helpers/free-port";
import { kyivYear } from "../helpers/demo-city";
import { analystHeaders } from "../helpers/tokens";
import { runStart, startMessages, stopAllRuns, whenUp, type StartRun } from "./run-start";

/** The pid of the process `npm start` runs for `script` (e.g. subgraphs/budget/main.js). */
function childPid(run: StartRun, script: string): number {
  const lines = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(run.child.pid)], { encoding: "utf8" });
  const line = lines.split("\n").find((l) => l.includes(script));
  if (!line) throw new Error(`no child runs ${script}: ${lines}`);
  return Number(line.trim().split(/\s+/)[0]);
}

/** Binds `port` on loopback as soon as it is free (within `timeoutMs`). */
async function grab(port: number, timeoutMs = 2000): Promise<Server> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const server = createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => resolve(true));
    });
    if (bound) return server;
    if (Date.now() > deadline) throw new Error(`port ${port} never came free`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * `npm start` keeps the city running: a service that dies is started again, and a crash loop stops
 * the city with a message that says which service and why, PostgreSQL last. One run shows both
 * (a start costs seconds); SIGINT and SIGTERM stop the city in the same order (start.test.ts).
 */
describe("npm start supervises its services", () => {
  const base = path.resolve(__dirname, "../../.pgdata");
  let dataDir: string;
  let ports: Record<string, string>;
  beforeAll(async () => {
    mkdirSync(base, { recursive: true });
    dataDir = mkdtempSync(path.join(base, "supervise-"));
    ports = { GATEWAY_PORT: String(await freePort()), PG_PORT: String(await freePort()) };
    for (const name of SUBGRAPH_NAMES) ports[`${name.toUpperCase()}_PORT`] = String(await freePort());
  });
  afterEach(stopAllRuns);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const BUDGET = `query ($y: Int!) { department(id: "6") { code budgetSummary(year: $y) { executionRate } } }`;
  const askBudget = async () => {
    const { body } = await postGraphQL(
      `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`,
      BUDGET,
      { y: kyivYear() },
      await analystHeaders(),
    ).catch(() => ({ body: {} as { data?: unknown } }));
    return body;
  };

  it("restarts a killed subgraph within 5 s; a crash loop stops the city with exit code 1, PostgreSQL last", async () => {
    const run = runStart({ ...ports, DATA_DIR: dataDir, LOG_LEVEL: "info" });
    await whenUp(run);
    const expected = { data: { department: { code: "12", budgetSummary: { executionRate: 0.7333 } } } };
    expect(await askBudget()).toEqual(expected);

    const killed = childPid(run, "subgraphs/budget/main.js");
    process.kill(killed, "SIGKILL");
    const t0 = Date.now();
    let answer = await askBudget();
    while (JSON.stringify(answer) !== JSON.stringify(expected) && Date.now() - t0 < 5000) {
      await new Promise((r) => setTimeout(r, 100));
      answer = await askBudget();
    }
    expect(answer).toEqual(expected);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(childPid(run, "subgraphs/budget/main.js")).not.toBe(killed);
    expect(startMessages(run)).toEqual(
      expect.arrayContaining(["budget killed by SIGKILL; restarting it in 200 ms", "budget restarted"]),
    );

    // Appeals dies, and something else takes its port: every restart fails to listen.
    process.kill(childPid(run, "subgraphs/appeals/main.js"), "SIGKILL");
    const squatter = await grab(Number(ports.APPEALS_PORT));
    try {
      expect(await run.exited).toBe(1);
    } finally {
      await new Promise((r) => squatter.close(r));
    }
    const refused = `  appeals: Port ${ports.APPEALS_PORT} (appeals) is already in use\n`;
    expect(run.stderr().slice(run.stderr().indexOf("npm start:"))).toBe(
      "npm start: appeals exited 5 times within 60 s (last: exited with code 1); stopping e-Misto instead of " +
        `restarting it again. Its last lines on stderr:\n${refused.repeat(4)}`,
    );
    const messages = startMessages(run);
    expect(messages.filter((m) => m.startsWith("appeals "))).toEqual([
      "appeals killed by SIGKILL; restarting it in 200 ms",
      "appeals restarted",
      "appeals exited with code 1; restarting it in 400 ms",
      "appeals restarted",
      "appeals exited with code 1; restarting it in 800 ms",
      "appeals restarted",
      "appeals exited with code 1; restarting it in 1600 ms",
      "appeals restarted",
      "appeals exited with code 1: crash loop, not restarted",
    ]);
    // Nothing is left running: the other services first, then PostgreSQL, cleanly (a killed
    // server would leave its lock file behind).
    expect(messages.filter((m) => m.endsWith("stopped"))).toEqual(["services stopped", "embedded PostgreSQL stopped"]);
    expect(existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);
    const free = await Promise.all(Object.values(ports).map(portIsFree));
    expect(free).toEqual(Object.values(ports).map(() => true));
  });
});
