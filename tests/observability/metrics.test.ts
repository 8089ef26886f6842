import { randomUUID } from "node:crypto";
import { SUBGRAPH_NAMES } from "../../subgraphs/registry";
import { startCity, startGateway, type City } from "../helpers/city";
import { contractOperation } from "../helpers/contract";
import { freePort } from "../helpers/free-port";
import { sample } from "../helpers/prometheus";

const SUBMIT = contractOperation("portal", "SubmitAppeal");
const CATEGORIES = contractOperation("portal", "AppealCategories");

const appeal = () => ({
  input: {
    idempotencyKey: randomUUID(),
    type: "APPLICATION",
    category: "social",
    subject: "Матеріальна допомога",
    text: "Прошу надати матеріальну допомогу на лікування.",
    applicant: { fullName: "Василь Ковальчук", address: "м. Житомир, вул. Польова, 8", phone: "+380 96 123 45 67" },
  },
});

/** Prometheus metrics of every service, read as Prometheus reads them. */
describe("metrics", () => {
  let city: City;
  beforeAll(async () => (city = await startCity()));
  afterAll(() => city?.stop());

  const scrape = async (subgraph: (typeof SUBGRAPH_NAMES)[number]) => {
    const response = await fetch(city.subgraphs[subgraph].url.replace(/\/graphql$/, "/metrics"));
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };

  test("each subgraph serves /metrics: its pool, and requests by contract operation", async () => {
    const metric = (text: string, name: string, labels: Record<string, string>) => sample(text, name, labels);
    for (const name of SUBGRAPH_NAMES) {
      const text = await scrape(name);
      for (const state of ["total", "idle", "waiting"])
        expect({ name, state, value: metric(text, "emisto_db_pool_connections", { state, service: name }) }).toEqual({
          name,
          state,
          value: expect.any(Number),
        });
      // The pool has opened connections (migrations check, queries), and nobody waits now.
      expect(metric(text, "emisto_db_pool_connections", { state: "total", service: name })).toBeGreaterThan(0);
      expect(metric(text, "emisto_db_pool_connections", { state: "waiting", service: name })).toBe(0);
    }
    const before = await scrape("appeals");
    const count = (text: string, operation: string) =>
      metric(text, "emisto_graphql_requests_total", { operation, outcome: "ok", service: "appeals" }) ?? 0;
    expect((await city.query(CATEGORIES)).body.errors).toBeUndefined();
    await city.query("query Whatever { appealCategories { code } }");
    const after = await scrape("appeals");
    // The gateway's fetch is `AppealCategories__appeals__0`: labelled by the contract name; others are `other`.
    expect(count(after, "AppealCategories") - count(before, "AppealCategories")).toBe(1);
    expect(count(after, "other") - count(before, "other")).toBe(1);
    expect(after).not.toContain("Whatever");
  });

  test("appeals counts submissions; the gateway counts requests by operation, with their latency", async () => {
    const submitted = async () =>
      sample(await scrape("appeals"), "emisto_appeals_submitted_total", { service: "appeals" });
    const gateway = async () => city.gatewayMetrics.metrics();
    const before = { submitted: (await submitted()) ?? 0, gateway: await gateway() };
    const ok = (text: string) =>
      sample(text, "emisto_graphql_requests_total", { operation: "SubmitAppeal", outcome: "ok", service: "gateway" }) ??
      0;
    const timed = (text: string) =>
      sample(text, "emisto_graphql_request_duration_seconds_count", {
        operation: "SubmitAppeal",
        service: "gateway",
      }) ?? 0;
    const fetched = (text: string) =>
      sample(text, "emisto_subgraph_fetch_duration_seconds_count", { subgraph: "appeals", service: "gateway" }) ?? 0;
    expect((await city.query(SUBMIT, appeal())).body.errors).toBeUndefined();
    expect((await city.query(SUBMIT, appeal())).body.errors).toBeUndefined();
    const after = await gateway();
    expect({
      submitted: ((await submitted()) ?? 0) - before.submitted,
      ok: ok(after) - ok(before.gateway),
      timed: timed(after) - timed(before.gateway),
      fetched: fetched(after) - fetched(before.gateway),
    }).toEqual({ submitted: 2, ok: 2, timed: 2, fetched: 2 });
  });

  test("the gateway counts rate-limit refusals and failed subgraph fetches; its public port has no /metrics", async () => {
    const closed = await freePort();
    const gateway = await startGateway(city, {
      RATE_LIMIT_POINTS: "1",
      APPEALS_URL: `http://127.0.0.1:${closed}/graphql`,
    });
    try {
      const post = (query: string, variables?: Record<string, unknown>) =>
        fetch(gateway.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query, variables }),
        }).then((r) => r.json() as Promise<{ errors?: { extensions: { code: string } }[] }>);
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push((await post(SUBMIT, appeal())).errors?.[0]?.extensions.code);
      // The first passes the limit and fails to reach appeals; the next two are refused before any fetch.
      expect(codes).toEqual(["SERVICE_UNAVAILABLE", "RATE_LIMITED", "RATE_LIMITED"]);
      const text = await gateway.metrics.metrics();
      expect({
        refused: sample(text, "emisto_rate_limit_refusals_total", { service: "gateway" }),
        network: sample(text, "emisto_subgraph_fetch_errors_total", {
          subgraph: "appeals",
          reason: "network",
          service: "gateway",
        }),
        errors: sample(text, "emisto_graphql_requests_total", {
          operation: "SubmitAppeal",
          outcome: "error",
          service: "gateway",
        }),
      }).toEqual({ refused: 2, network: 1, errors: 3 });
      expect((await fetch(gateway.url.replace(/\/graphql$/, "/metrics"))).status).toBe(404);
    } finally {
      await gateway.stop();
    }
  });
});
