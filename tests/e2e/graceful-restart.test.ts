import { startCity, type City } from "../helpers/city";
import { freePort } from "../helpers/free-port";
import { startGatewayProcess, type GatewayProcess } from "../helpers/gateway-process";
import { startRecordingProxy } from "../helpers/recording-proxy";

const QUERY = `{ departments { code } department(id: "6") { code tenders { totalCount } } }`;

/** The errors that mean the request never reached a replica that would answer it. */
const NOT_DELIVERED = new Set(["ECONNREFUSED", "ECONNRESET", "UND_ERR_SOCKET"]);

interface Tally {
  ok: number;
  failed: string[];
  /** Retries on the other replica, by cause. */
  retried: Record<string, number>;
}

/**
 * Sends QUERY to one replica and, when the connection is refused or closed before any answer
 * (a replica restarting; HTTP lets a client retry an idempotent request then), to the other.
 */
async function ask(urls: string[], first: number, tally: Tally, expected: unknown): Promise<void> {
  for (let attempt = 0; attempt < 6; attempt++) {
    const url = urls[(first + attempt) % urls.length];
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: QUERY }),
      });
      const body = await response.json();
      if (response.status === 200 && JSON.stringify(body) === JSON.stringify(expected)) tally.ok++;
      else tally.failed.push(`${response.status} ${JSON.stringify(body).slice(0, 200)}`);
      return;
    } catch (err) {
      const code = String((err as { cause?: { code?: string } }).cause?.code);
      if (!NOT_DELIVERED.has(code)) return void tally.failed.push(`${code}: ${(err as Error).message}`);
      tally.retried[code] = (tally.retried[code] ?? 0) + 1;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  tally.failed.push("no replica answered");
}

/** Waits until more than `count` answers were right (true), or 30 s have passed (false). */
async function answersPast(tally: Tally, count: number): Promise<boolean> {
  const deadline = Date.now() + 30_000;
  while (tally.ok <= count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return tally.ok > count;
}

/**
 * Two gateway processes with the same configuration over the same subgraphs: one restarts
 * (SIGTERM, then started again) while a client keeps sending real operations, and nothing is lost.
 */
describe("gateway replicas restart without failed requests", () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  });
  afterAll(() => city.stop());

  it("a steady stream of operations over two replicas loses nothing while one restarts", async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    let a: GatewayProcess = await startGatewayProcess(city, portA);
    const b = await startGatewayProcess(city, portB);
    try {
      const expected = (await city.query(QUERY)).body;
      const tally: Tally = { ok: 0, failed: [], retried: {} };
      let running = true;
      const worker = async (w: number) => {
        for (let i = w; running; i++) await ask([a.url, b.url], i % 2, tally, expected);
      };
      const workers = Array.from({ length: 8 }, (_, w) => worker(w));
      const watchdog = setTimeout(() => (running = false), 60_000);
      // The stream runs before the restart and on after it (counted in answers, not in time: a
      // loaded machine may take seconds for the first answers).
      const before = await answersPast(tally, 20);
      const t0 = Date.now();
      a.child.kill("SIGTERM");
      expect(await a.exited).toBe(0);
      const exitMs = Date.now() - t0;
      a = await startGatewayProcess(city, portA);
      const okAfterRestart = tally.ok;
      const after = await answersPast(tally, okAfterRestart + 20);
      running = false;
      clearTimeout(watchdog);
      await Promise.all(workers);
      expect(tally.failed).toEqual([]);
      expect([before, after, exitMs < 10_000]).toEqual([true, true, true]);
    } finally {
      for (const g of [a, b]) if (g.child.exitCode === null) g.child.kill("SIGKILL");
    }
  });

  it("a request in flight when SIGTERM arrives is answered, then the gateway exits", async () => {
    const slowBudget = await startRecordingProxy(city.subgraphs.budget.url, { delayMs: 1500 });
    const gateway = await startGatewayProcess(city, await freePort(), { BUDGET_URL: slowBudget.url });
    try {
      const query = `{ department(id: "6") { code budgetSummary(year: 2025) { approved } } }`;
      const expected = (await city.query(query)).body;
      const pending = fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      await new Promise((r) => setTimeout(r, 500));
      const t0 = Date.now();
      gateway.child.kill("SIGTERM");
      const response = await pending;
      expect([response.status, await response.json()]).toEqual([200, expected]);
      expect(await gateway.exited).toBe(0);
      expect(Date.now() - t0).toBeLessThan(10_000); // within the grace, not cut by it
      // It no longer takes connections.
      await expect(fetch(gateway.url)).rejects.toThrow("fetch failed");
    } finally {
      if (gateway.child.exitCode === null) gateway.child.kill("SIGKILL");
      await slowBudget.stop();
    }
  });
});
