import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { networkInterfaces } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { SUBGRAPH_NAMES } from "../../subgraphs/registry";
import { bodyHash, signEnvelope } from "../../subgraphs/common/envelope";
import { ANONYMOUS } from "../../subgraphs/common/identity";
import { DEV_IDENTITY_SECRET } from "../../subgraphs/common/service-config";
import { DEMO_TENDERS } from "../../subgraphs/procurement/seed";
import { postGraphQL } from "../helpers/city";
import { createPreparedDatabase } from "../helpers/prepared-database";
import { kyivYear } from "../helpers/demo-city";
import { analystHeaders } from "../helpers/tokens";
import { freePort, portIsFree } from "../helpers/free-port";
import { pressCtrlC, runNpmStart, runStart, startMessages, stopAllRuns, warnings, whenUp } from "./run-start";

/**
 * `npm start` as a user runs it: real processes (embedded PostgreSQL, four subgraphs, the
 * gateway) on free ports, stopped with Ctrl-C, started again on the same data.
 */
describe("npm start", () => {
  const base = path.resolve(__dirname, "../../.pgdata");
  let dataDir: string;
  let ports: Record<string, string>;
  beforeAll(async () => {
    mkdirSync(base, { recursive: true });
    dataDir = mkdtempSync(path.join(base, "start-"));
    ports = { GATEWAY_PORT: String(await freePort()), PG_PORT: String(await freePort()) };
    for (const name of SUBGRAPH_NAMES) ports[`${name.toUpperCase()}_PORT`] = String(await freePort());
  });
  afterEach(stopAllRuns);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const allPortsFree = async () => (await Promise.all(Object.values(ports).map(portIsFree))).every(Boolean);
  const gateway = () => `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
  const SCORE = `query ($y: Int!) { departments { code } department(id: "6") { name appealStats { total } tenders { totalCount } budgetSummary(year: $y) { executionRate } } }`;

  it("starts the city on an embedded database, stops on Ctrl-C, and keeps the data", async () => {
    const first = runStart({ ...ports, DATA_DIR: dataDir });
    await whenUp(first);
    expect(first.stdout()).toContain(`e-Misto is up: http://localhost:${ports.GATEWAY_PORT}/graphql`);
    // The portal, as npm run build left it in dist/portal, on the gateway's `/`.
    const portal = await fetch(`http://127.0.0.1:${ports.GATEWAY_PORT}/`);
    expect([portal.status, portal.headers.get("content-type")]).toEqual([200, "text/html; charset=utf-8"]);
    expect(await portal.text()).toContain("<title>е-Місто: портал міста</title>");
    const answer = await postGraphQL(gateway(), SCORE, { y: kyivYear() }, await analystHeaders());
    expect(answer.body.data.department).toEqual({
      name: "Управління житлово-комунального господарства",
      appealStats: { total: 5 },
      tenders: { totalCount: DEMO_TENDERS.filter((t) => t.departmentId === 6).length },
      budgetSummary: { executionRate: 0.7333 },
    });
    expect(answer.body.data.departments).toHaveLength(7);

    // Each start makes its own identity secret (the public development default signs nothing here),
    // and the subgraphs listen on loopback only: the gateway is the one door.
    const probe = JSON.stringify({ query: "{ __typename }" });
    const request = { method: "POST", target: "appeals", path: "/graphql", bodySha256: bodyHash(probe) };
    const forged = await fetch(`http://127.0.0.1:${ports.APPEALS_PORT}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": "en",
        ...signEnvelope(ANONYMOUS, "t", DEV_IDENTITY_SECRET, request),
      },
      body: probe,
    });
    expect([forged.status, ((await forged.json()) as { errors: { message: string }[] }).errors[0].message]).toEqual([
      401,
      "Invalid identity signature: subgraphs answer only requests signed by the gateway",
    ]);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && !i.internal && i.family === "IPv4");
    if (external)
      await expect(fetch(`http://${external.address}:${ports.APPEALS_PORT}/health`)).rejects.toThrow("fetch failed");

    // A change made between runs must survive the restart.
    const pg = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${ports.PG_PORT}/emisto` });
    await pg.connect();
    await pg.query(`INSERT INTO documents.department (code, name) VALUES ('99', 'Відділ, доданий між запусками')`);
    await pg.end();

    // Ctrl-C in the terminal: the services drain and stop before PostgreSQL, so none of them sees
    // its database go away (a server in the terminal's group would end their sessions at once).
    pressCtrlC(first);
    expect(await first.exited).toBe(0);
    expect(warnings(first)).toEqual([]);
    expect(await allPortsFree()).toBe(true);

    // Through npm this time, stopped as a process manager stops it: SIGTERM to npm, which passes
    // it on to the script's process (the script execs node, so that process is npm start's own).
    const second = runNpmStart({ ...ports, DATA_DIR: dataDir, LOG_LEVEL: "info" });
    await whenUp(second);
    const again = await postGraphQL(gateway(), SCORE, { y: kyivYear() }, await analystHeaders());
    expect(again.body.data.departments.map((d: { code: string }) => d.code)).toEqual([
      "02",
      "02-05",
      "06",
      "07",
      "08",
      "12",
      "37",
      "99",
    ]);
    expect(again.body.data.department.tenders).toEqual({
      totalCount: DEMO_TENDERS.filter((t) => t.departmentId === 6).length,
    }); // not seeded twice
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    // The services first, then PostgreSQL, cleanly: a killed server would leave its lock file behind.
    expect(startMessages(second).filter((m) => m.endsWith("stopped"))).toEqual([
      "services stopped",
      "embedded PostgreSQL stopped",
    ]);
    expect(existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);
    expect(await allPortsFree()).toBe(true);
  });

  it("names a port in use in one line and leaves nothing running", async () => {
    const blocker = createServer().listen(Number(ports.APPEALS_PORT), "0.0.0.0");
    await new Promise((r) => blocker.once("listening", r));
    try {
      const run = runStart({ ...ports, DATA_DIR: dataDir });
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toBe(
        `npm start: port ${ports.APPEALS_PORT} (appeals) is already in use; stop what uses it or set another port\n`,
      );
    } finally {
      await new Promise((r) => blocker.close(r));
    }
    expect(await allPortsFree()).toBe(true);
  });

  it("names a port that fetch refuses in one line, before starting anything", async () => {
    for (const [setting, port] of [
      ["GATEWAY_PORT", "6000"],
      ["BUDGET_PORT", "6666"],
    ]) {
      const run = runStart({ ...ports, DATA_DIR: dataDir, [setting]: port });
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toBe(
        `npm start: ${setting}=${port} is a port that fetch (browsers, Node) refuses to connect to; choose another, e.g. ${setting === "GATEWAY_PORT" ? 4000 : 4004}\n`,
      );
    }
    expect(await allPortsFree()).toBe(true);
  });

  it("names an unreachable database in one line", async () => {
    const closed = await freePort();
    const run = runStart({ ...ports, DATABASE_URL: `postgres://postgres:secret@127.0.0.1:${closed}/city` });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(
      new RegExp(`^npm start: cannot reach the database at 127\\.0\\.0\\.1:${closed}/city \\(.*ECONNREFUSED.*\\)\\n$`),
    );
    expect(run.stderr()).not.toContain("secret");
    expect(await allPortsFree()).toBe(true);
  });

  it("uses DATABASE_URL instead of an embedded server, and SEED=none loads no demo city", async () => {
    // Migrated already (a copy of the run's template): what this shows is where the city's data lives.
    const db = await createPreparedDatabase("none");
    try {
      const run = runStart({ ...ports, DATABASE_URL: db.url, SEED: "none" });
      await whenUp(run);
      const { body } = await postGraphQL(gateway(), `{ departments { id } appealCategories { code } }`);
      expect(body.data.departments).toEqual([]);
      expect(body.data.appealCategories).toHaveLength(7); // reference data comes with the migrations
      expect(await portIsFree(ports.PG_PORT)).toBe(true); // no embedded server was started
      // The terminal closed: the services, in process groups of their own, stop with the city.
      run.child.kill("SIGHUP");
      expect(await run.exited).toBe(0);
      expect(await allPortsFree()).toBe(true);
    } finally {
      await db.drop();
    }
  });
});
