import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { kyivYear } from "../../subgraphs/common/calendar";
import { postGraphQL } from "../helpers/city";
import type { TestDatabase } from "../helpers/database";
import { freePort } from "../helpers/free-port";
import { startOtlpReceiver, type ReceivedSpan } from "../helpers/otlp-receiver";
import { sample } from "../helpers/prometheus";
import { createPreparedDatabase } from "../helpers/prepared-database";
import { childEnv } from "../helpers/child-env";

/**
 * One trace across processes: the built gateway, documents and budget each run as a process of
 * their own (as in production), export to an OTLP/JSON receiver in this test, and the spans of
 * one request must form one tree from the caller's traceparent down to each subgraph's SQL.
 */
describe("traces across the gateway and two subgraph processes", () => {
  let db: TestDatabase;
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  const children: ChildProcess[] = [];

  const start = (script: string, env: Record<string, string>) => {
    const child = spawn(process.execPath, [path.resolve(__dirname, "../../dist", script)], {
      env: childEnv({ LOG_LEVEL: "warn", OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, ...env }),
      stdio: "ignore",
    });
    children.push(child);
  };
  const waitFor = async (url: string) => {
    for (let tries = 0; tries < 300; tries++) {
      if (
        await fetch(url).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${url} did not answer`);
  };
  /** SIGTERM: each process sends its buffered spans before it exits. */
  const stopAll = () =>
    Promise.all(
      children.splice(0).map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );

  beforeAll(async () => {
    db = await createPreparedDatabase("demo");
    receiver = await startOtlpReceiver();
  });
  afterAll(async () => {
    await stopAll();
    await receiver?.stop();
    await db?.drop();
  });

  test("a request that crosses documents and budget is one trace down to their SQL", async () => {
    const [documents, budget, gateway, metrics] = [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    const common = { DATABASE_URL: db.url, MIGRATE_ON_START: "false", HOST: "127.0.0.1" };
    start("subgraphs/documents/main.js", { ...common, DOCUMENTS_PORT: String(documents) });
    start("subgraphs/budget/main.js", { ...common, BUDGET_PORT: String(budget) });
    start("gateway/main.js", {
      HOST: "127.0.0.1",
      GATEWAY_PORT: String(gateway),
      GATEWAY_METRICS_PORT: String(metrics),
      DOCUMENTS_URL: `http://127.0.0.1:${documents}/graphql`,
      BUDGET_URL: `http://127.0.0.1:${budget}/graphql`,
    });
    await Promise.all([documents, budget, gateway].map((port) => waitFor(`http://127.0.0.1:${port}/health`)));
    await waitFor(`http://127.0.0.1:${documents}/ready`);
    await waitFor(`http://127.0.0.1:${budget}/ready`);

    // The caller's own trace: the gateway continues it.
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const year = kyivYear();
    const answer = await postGraphQL(
      `http://127.0.0.1:${gateway}/graphql`,
      `query BudgetDepartments($year: Int!) { budget(year: $year) { year byDepartment { department { id name } } } }`,
      { year },
      { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
    );
    const names = await db.query<{ id: number; name: string }>("SELECT id, name FROM documents.department");
    const byId = new Map(names.map((d) => [String(d.id), d.name]));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    const departments = answer.body.data.budget.byDepartment.map((d: { department: { id: string } }) => d.department);
    expect(departments.length).toBeGreaterThan(0);
    expect(departments).toEqual(departments.map(({ id }: { id: string }) => ({ id, name: byId.get(id) })));
    // The gateway's metrics, on their own port: this request (not in the contract: `other`) and its two fetches.
    const scraped = await (await fetch(`http://127.0.0.1:${metrics}/metrics`)).text();
    expect({
      requests: sample(scraped, "emisto_graphql_requests_total", {
        operation: "other",
        outcome: "ok",
        service: "gateway",
      }),
      documents: sample(scraped, "emisto_subgraph_fetch_duration_seconds_count", {
        subgraph: "documents",
        service: "gateway",
      }),
      budget: sample(scraped, "emisto_subgraph_fetch_duration_seconds_count", {
        subgraph: "budget",
        service: "gateway",
      }),
    }).toEqual({ requests: 1, documents: 1, budget: 1 });
    await stopAll();

    const spans = receiver.spans.filter((s) => s.traceId === traceId);
    const byService = (service: string) => spans.filter((s) => s.service === service);
    const parentOf = (span: ReceivedSpan) => spans.find((s) => s.spanId === span.parentSpanId);
    const rootOf = (span: ReceivedSpan): ReceivedSpan => (parentOf(span) ? rootOf(parentOf(span)!) : span);

    // Every span of the request hangs from the gateway's HTTP span, child of the caller's.
    const gatewayServer = byService("gateway").find((s) => s.name === "POST /graphql")!;
    expect(gatewayServer.parentSpanId).toBe("00f067aa0ba902b7");
    expect(spans.every((s) => rootOf(s) === gatewayServer)).toBe(true);

    for (const service of ["documents", "budget"]) {
      // Its HTTP span's parent is the gateway's fetch span for it, in another process: traceparent crossed.
      const server = byService(service).find((s) => s.name === "POST /graphql");
      expect({ service, parent: server && parentOf(server) }).toMatchObject({
        service,
        parent: { service: "gateway", name: "gateway.fetch", attributes: { service } },
      });
      // And its SQL is in the trace, under that span.
      const sql = byService(service).filter((s) => s.attributes["db.system.name"] === "postgresql");
      expect(sql.length).toBeGreaterThan(0);
      expect(sql.every((s) => s.attributes["db.query.text"] && parentOf(s)?.service === service)).toBe(true);
    }
  });
});
