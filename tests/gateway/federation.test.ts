import { readFileSync } from "node:fs";
import path from "node:path";
import { DEMO_DEPARTMENTS, DEMO_STAFF } from "../../subgraphs/documents/seed-structure";
import { DEMO_TENDERS } from "../../subgraphs/procurement/seed";
import { startCity, type City } from "../helpers/city";
import { expectedBudgetSummary, expectedTenderIds, kyivYear } from "../helpers/demo-city";
import { analystHeaders } from "../helpers/tokens";

/** The gateway with the four real subgraphs in this process, on a seeded database. */
describe("gateway over the four subgraphs (in-process)", () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  });
  afterAll(() => city?.stop());

  const SCORECARD = `query ($id: ID!, $year: Int!) {
    department(id: $id) {
      id code name
      head { id fullName }
      appealStats { total open overdue answeredOnTime medianResponseDays }
      tenders(filter: { status: ACTIVE }, first: 5) { totalCount edges { node { id title value { amount currency } } } }
      budgetSummary(year: $year) { approved amended executed executionRate }
    }
  }`;

  it("answers one department with fields from all four subgraphs", async () => {
    const year = kyivYear();
    const { status, body } = await city.query(SCORECARD, { id: "3", year }, await analystHeaders());
    const active = expectedTenderIds(3, "active");
    const tenders = active.slice(0, 5).map((id) => {
      const { title, amount } = DEMO_TENDERS[Number(id) - 1];
      return { node: { id, title, value: { amount, currency: "UAH" } } };
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        department: {
          id: "3",
          code: "06",
          name: "Департамент освіти",
          head: { id: "4", fullName: "Наталія Шевчук" },
          // Seed: one education appeal answered after 25 days (term one month), one registered 2 days ago.
          appealStats: { total: 2, open: 1, overdue: 0, answeredOnTime: 1, medianResponseDays: 25 },
          tenders: { totalCount: active.length, edges: tenders },
          budgetSummary: expectedBudgetSummary(3, year),
        },
      },
    });
  });

  it("lists every department by code with parent, children, head and staff", async () => {
    const { body } = await city.query(
      `{ departments { id code name parent { code } children { code } head { fullName } staff { id } } }`,
    );
    const sorted = [...DEMO_DEPARTMENTS].sort((a, b) => a.code.localeCompare(b.code));
    expect(body).toEqual({
      data: {
        departments: sorted.map((d) => ({
          id: String(d.id),
          code: d.code,
          name: d.name,
          parent: d.parentId ? { code: DEMO_DEPARTMENTS.find((p) => p.id === d.parentId)!.code } : null,
          children: DEMO_DEPARTMENTS.filter((c) => c.parentId === d.id).map((c) => ({ code: c.code })),
          head: { fullName: DEMO_STAFF.find((s) => s.id === d.headId)!.fullName },
          staff: DEMO_STAFF.filter((s) => s.departmentId === d.id)
            .sort((a, b) => a.fullName.localeCompare(b.fullName, "uk"))
            .map((s) => ({ id: String(s.id) })),
        })),
      },
    });
  });

  it("resolves a tender's procuring entity through documents", async () => {
    const { body } = await city.query(`{ tender(id: "9") { ocid status procuringEntity { id name } } }`);
    expect(body).toEqual({
      data: {
        tender: {
          ocid: expect.stringMatching(/^ocds-be6bcu-UA-\d{4}-\d{2}-\d{2}-000009-a$/),
          status: "ACTIVE",
          procuringEntity: { id: "6", name: "Управління житлово-комунального господарства" },
        },
      },
    });
  });

  it("gives null for an unknown department and BAD_USER_INPUT for a malformed id", async () => {
    expect((await city.query(`{ department(id: "999") { id } }`)).body).toEqual({ data: { department: null } });
    const bad = await city.query(`{ department(id: "abc") { id } }`, undefined, { "x-request-id": "bad-id-1" });
    expect(bad.body).toEqual({
      data: { department: null },
      errors: [
        {
          message: 'id must be a positive integer id, got "abc"',
          path: ["department"],
          extensions: {
            code: "BAD_USER_INPUT",
            field: "id",
            fields: [{ field: "id", message: 'id must be a positive integer id, got "abc"' }],
            requestId: "bad-id-1",
            serviceName: "documents",
          },
        },
      ],
    });
  });

  it("rejects an out-of-range page size and a year the budget cannot hold", async () => {
    const { body } = await city.query(`{ department(id: "3") { tenders(first: 101) { totalCount } } }`);
    expect(body.errors?.map((e) => [e.extensions.code, e.message])).toEqual([
      ["BAD_USER_INPUT", "first must be between 0 and 100, got 101"],
    ]);
    const year = await city.query(`{ budget(year: 1900) { year } }`);
    expect(year.body.errors?.map((e) => [e.extensions.code, e.message])).toEqual([
      ["BAD_USER_INPUT", "year must be between 2000 and 2100, got 1900"],
    ]);
  });

  it("answers /health, and /ready only when every subgraph is ready", async () => {
    expect(await (await fetch(`${city.base}/health`)).json()).toEqual({ status: "ok", service: "gateway" });
    const ready = await fetch(`${city.base}/ready`);
    expect([ready.status, await ready.json()]).toEqual([
      200,
      { status: "ready", subgraphs: { documents: "ready", appeals: "ready", procurement: "ready", budget: "ready" } },
    ]);
    await city.db.query(`DELETE FROM budget.migrations WHERE name = 'BudgetCore1764270000000'`);
    try {
      const notReady = await fetch(`${city.base}/ready`);
      const body = (await notReady.json()) as { status: string; subgraphs: Record<string, string> };
      expect([notReady.status, body.status, body.subgraphs.budget, body.subgraphs.documents]).toEqual([
        503,
        "not ready",
        "not ready (503)",
        "ready",
      ]);
    } finally {
      await city.db.query(
        `INSERT INTO budget.migrations (timestamp, name) VALUES (1764270000000, 'BudgetCore1764270000000')`,
      );
    }
  });

  it("shows GraphiQL to browsers from its own assets (no CDN)", async () => {
    const page = await fetch(city.url, { headers: { accept: "text/html" } });
    const html = await page.text();
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html).toContain('<div id="graphiql"');
    expect(html).not.toMatch(/https?:\/\//);
    for (const src of html.match(/\/graphiql\/[\w.-]+/g)!) {
      const asset = await fetch(`${city.base}${src}`);
      expect([src, asset.status, (await asset.text()).length > 10]).toEqual([src, 200, true]);
    }
    // It opens with the README's department query and the clients' operations (graphiql-tabs.test.ts).
    const start = await (await fetch(`${city.base}/graphiql/start.js`)).text();
    expect(start).toContain(
      JSON.stringify(readFileSync(path.resolve(__dirname, "../../schema/examples/department.graphql"), "utf8")),
    );
    expect(start).toContain("query PortalHome");
  });

  it("masks an internal failure: a generic message and the request id, no details", async () => {
    await city.db.query(`ALTER TABLE appeals.appeal RENAME TO appeal_moved`);
    try {
      const res = await city.query(`{ department(id: "3") { name appealStats { total } } }`, undefined, {
        ...(await analystHeaders()),
        "x-request-id": "mask-test-1",
      });
      expect(res.headers.get("x-request-id")).toBe("mask-test-1");
      expect(res.body).toEqual({
        data: { department: { name: "Департамент освіти", appealStats: null } },
        errors: [
          {
            message: "Internal server error",
            path: ["department", "appealStats"],
            extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "mask-test-1" },
          },
        ],
      });
    } finally {
      await city.db.query(`ALTER TABLE appeals.appeal_moved RENAME TO appeal`);
    }
  });
});
