import { SUBGRAPH_NAMES } from "../../subgraphs/registry";
import { startCity, type City } from "../helpers/city";
import { HOSTILE_CASES } from "./hostile-cases";

const USER_CODES = [
  "BAD_USER_INPUT",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
  "PAYLOAD_TOO_LARGE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "QUERY_LIMIT",
  "NOT_FOUND",
  "RATE_LIMITED",
];

/**
 * Hostile input through the gateway: every case gets a clear, non-internal answer (or is treated
 * as the plain text it is), no service dies, and no table changes.
 */
describe("hostile input", () => {
  let city: City;
  const rowCounts = async () => {
    const tables = await city.db.query<{ s: string; t: string }>(
      `SELECT table_schema AS s, table_name AS t FROM information_schema.tables WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
      [SUBGRAPH_NAMES],
    );
    const counts: Record<string, number> = {};
    for (const { s, t } of tables)
      counts[`${s}.${t}`] = (await city.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${s}"."${t}"`))[0].n;
    return counts;
  };
  let before: Record<string, number>;
  beforeAll(async () => {
    city = await startCity();
    before = await rowCounts();
  });
  afterAll(() => city?.stop());

  it("has at least 200 cases", () => expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(200));

  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const body = c.body ?? JSON.stringify({ query: c.query, variables: c.variables });
    const headers: Record<string, string> = {};
    const type = c.contentType === undefined ? "application/json" : c.contentType;
    if (type !== null) headers["content-type"] = type;
    const response = await fetch(city.url, { method: "POST", headers, body });
    const text = await response.text();
    expect(response.status).toBeLessThan(500);
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {
      // Apollo answers some transport errors in plain text; still a 4xx, checked above.
    }
    const codes: string[] = (json?.errors ?? []).map((e: any) => e.extensions?.code);
    for (const code of codes) expect(USER_CODES).toContain(code);
    if (response.status === 200 && codes.length === 0) expect(json.data).toBeDefined();
    expect(text).not.toMatch(/stack|at .*\.(js|ts):\d+|QueryFailedError|syntax error at or near/i);
  });

  it("leaves every service alive and every table as it was", async () => {
    expect((await fetch(`${city.base}/ready`)).status).toBe(200);
    expect(await rowCounts()).toEqual(before);
  });
});
