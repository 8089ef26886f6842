import { DEMO_TENDERS } from "../../../subgraphs/procurement/seed";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { contractOperation } from "../../helpers/contract";
import { expectedContracting } from "../../helpers/contracting";
import { kyivYear } from "../../helpers/demo-city";
import { bearer, signToken } from "../../helpers/tokens";

const LIST = contractOperation("portal", "TenderList");
const DETAIL = contractOperation("portal", "TenderDetail");
const HOME = contractOperation("portal", "PortalHome");
const MONEY = contractOperation("dashboards", "BudgetVsProcurement");

/** Tenders, competitions and the money trail through the gateway, on the demo city. */
describe("procurement", () => {
  let city: LocalCity;
  beforeAll(async () => {
    city = await startLocalCity();
  });
  afterAll(() => city?.stop());

  const ids = (body: any, root = "tenders") => body.data[root].edges.map((e: any) => e.node.id);
  const dbIds = async (where: string, params: unknown[] = []) =>
    (
      await city.db.query<{ id: number }>(
        `SELECT t.id FROM procurement.tender t WHERE ${where} ORDER BY t.date_published DESC, t.id DESC`,
        params,
      )
    ).map((r) => String(r.id));

  it("lists active tenders with their procuring entities, newest first", async () => {
    const { body } = await city.query(LIST, { filter: { status: "ACTIVE" }, first: 10 });
    const active = (await dbIds("t.status = 'active'")).map((id) => ({ ...DEMO_TENDERS[Number(id) - 1], id }));
    expect(body.data.tenders.totalCount).toBe(active.length);
    expect(body.data.tenders.edges[0].node).toEqual({
      id: active[0].id,
      ocid: expect.stringMatching(/^ocds-be6bcu-UA-/),
      title: active[0].title,
      status: "ACTIVE",
      value: { amount: active[0].amount, currency: "UAH" },
      procuringEntity: { id: String(active[0].departmentId), name: expect.any(String) },
    });
    expect(ids(body)).toEqual(active.slice(0, 10).map((t) => t.id));
  });

  it("pages through every tender with keyset cursors", async () => {
    const all = await dbIds("true");
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { body }: any = await city.query(LIST, { first: 100, after });
      seen.push(...ids(body));
      after = body.data.tenders.pageInfo.hasNextPage ? body.data.tenders.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThanOrEqual(240);
  });

  it.each([
    ["procuring entity", { procuringEntityId: "6" }, "t.procuring_entity_id = 6"],
    [
      "CPV prefix",
      { cpv: "4523" },
      "EXISTS (SELECT 1 FROM procurement.item i WHERE i.tender_id = t.id AND i.code LIKE '4523%')",
    ],
    ["value range", { valueFrom: "1000000.00", valueTo: "2000000.00" }, "t.value_amount BETWEEN 1000000 AND 2000000"],
    [
      "date range",
      { from: "2000-01-01T00:00:00Z", to: new Date(Date.now() - 30.5 * 86_400_000).toISOString() },
      "t.date_published < now() - interval '30.5 days'",
    ],
    [
      "status and department",
      { status: "COMPLETE", procuringEntityId: "3" },
      "t.status = 'complete' AND t.procuring_entity_id = 3",
    ],
  ])("filters by %s with a correct totalCount", async (_what, filter, where) => {
    const expected = await dbIds(where);
    const { body } = await city.query(LIST, { filter, first: 100 });
    expect([body.data.tenders.totalCount, ids(body)]).toEqual([expected.length, expected.slice(0, 100)]);
    expect(expected.length).toBeGreaterThan(0);
  });

  it("finds one process by its ocid", async () => {
    const [{ ocid }] = await city.db.query<{ ocid: string }>("SELECT ocid FROM procurement.tender WHERE id = 9");
    expect(ids((await city.query(LIST, { filter: { ocid }, first: 5 })).body)).toEqual(["9"]);
  });

  it.each([
    [{ filter: { valueFrom: "10.00", valueTo: "1.00" }, first: 5 }, "valueTo must not be less than valueFrom"],
    [
      { filter: { cpv: "дороги" }, first: 5 },
      'cpv must be a CPV code or its leading digits, e.g. "45210000-2" or "4521"',
    ],
    [{ first: 101 }, "first must be between 0 and 100, got 101"],
    [{ first: 5, after: "not-a-cursor" }, "after must be an endCursor returned by this list"],
  ])("refuses %j with BAD_USER_INPUT", async (variables, message) => {
    const { body } = await city.query(LIST, variables);
    expect(body.errors?.map((e: any) => [e.extensions.code, e.message])).toEqual([["BAD_USER_INPUT", message]]);
  });

  it("shows a tender in full; its contract's restricted document only as a stamp", async () => {
    const [{ id }] = await city.db.query<{ id: number }>(
      "SELECT t.id FROM procurement.tender t JOIN procurement.contract c ON c.tender_id = t.id JOIN procurement.contract_document d ON d.contract_id = c.id WHERE d.document_id = 10 ORDER BY t.id LIMIT 1",
    );
    const { body } = await city.query(DETAIL, { id: String(id) });
    const t = body.data.tender;
    expect(t).toMatchObject({
      id: String(id),
      status: "COMPLETE",
      procuringEntity: { id: "7", name: "Департамент бюджету і фінансів" },
    });
    expect(t.items[0]).toEqual({
      description: expect.any(String),
      quantity: expect.any(Number),
      unit: expect.any(String),
      classification: { scheme: "ДК021", id: expect.stringMatching(/^\d{8}-\d$/), description: expect.any(String) },
    });
    expect(t.awards).toEqual([
      {
        id: "1",
        status: "ACTIVE",
        date: expect.any(String),
        value: { amount: expect.any(String), currency: "UAH" },
        suppliers: [
          { name: expect.any(String), identifier: { scheme: "UA-EDR", id: expect.stringMatching(/^\d{8}$/) } },
        ],
      },
    ]);
    expect(t.contracts).toEqual([
      {
        id: "1",
        status: "ACTIVE",
        dateSigned: expect.any(String),
        value: expect.any(Object),
        documents: [{ id: "10", registrationNumber: "1/37-1", title: null }],
      },
    ]);
    expect(t.funding).toEqual([
      {
        amount: { amount: DEMO_TENDERS[id - 1].amount, currency: "UAH" },
        budgetLine: {
          id: expect.any(String),
          program: { code: "3710160", name: expect.any(String) },
          economicCode: { code: expect.stringMatching(/^(2240|3132)$/), name: expect.any(String) },
        },
      },
    ]);
    const analyst = bearer(await signToken({ roles: ["analyst"], departmentId: "7" }, { sub: "12" }));
    expect(
      (await city.query(DETAIL, { id: String(id) }, analyst)).body.data.tender.contracts[0].documents[0].title,
    ).toBe("Службова записка про перерозподіл видатків");
    expect((await city.query(DETAIL, { id: "99999" })).body).toEqual({ data: { tender: null } });
  });

  it("answers the portal's front page", async () => {
    const { body } = await city.query(HOME, { year: kyivYear() });
    expect(body.errors).toBeUndefined();
    const competitions = body.data.openCompetitions;
    expect(competitions.totalCount).toBe(5);
    expect(competitions.edges[0].node).toEqual({
      id: expect.any(String),
      title: "Конкурс на посаду головного спеціаліста департаменту освіти",
      kind: "VACANCY",
      status: "OPEN",
      deadline: expect.any(String),
      organizer: { id: "3", name: "Департамент освіти" },
    });
    expect(body.data.activeTenders.totalCount).toBe(DEMO_TENDERS.filter((t) => t.status === "active").length);
    expect(body.data.budget.byDepartment.map((d: any) => d.department.id)).toEqual(["1", "3", "4", "5", "6", "7"]);
    expect(body.data.latestDecisions.edges.map((e: any) => e.node.id)).toEqual(["2", "1"]);
  });

  it("lists 100 tenders with their procuring entities in a constant number of statements", async () => {
    const run = async (first: number) => {
      city.resetSql();
      const { body } = await city.query(LIST, { first });
      expect(body.data.tenders.edges).toHaveLength(first);
      return [city.sql.procurement.length, city.sql.documents.length];
    };
    // procurement: the count and the page; documents: one _entities batch for the departments.
    expect(await run(3)).toEqual([2, 1]);
    expect(await run(100)).toEqual([2, 1]);
  });

  it("traces money from budget lines to contracts, in a constant number of statements", async () => {
    const contracted = await expectedContracting(city.db);
    const run = async (first: number) => {
      city.resetSql();
      // Last year's lines: a whole year of demo tenders on any day (this year's are few in January).
      const { body } = await city.query(MONEY, { year: kyivYear() - 1, first });
      expect(body.errors).toBeUndefined();
      return { body, sql: [city.sql.budget.length, city.sql.procurement.length, city.sql.documents.length] };
    };
    const small = await run(5);
    const large = await run(100);
    // The same statements whatever the page size, but the lines' count: a page holding every line (35) has it.
    expect(large.sql).toEqual([small.sql[0] - 1, small.sql[1], small.sql[2]]);
    const lines = large.body.data.budget.lines.edges.map((e: any) => e.node);
    expect(lines).toHaveLength(35);
    for (const line of lines)
      expect(line.contracted).toEqual({
        amount: contracted.get(line.id)?.contracted ?? "0.00",
        currency: "UAH",
      });
    expect(lines.some((l: any) => l.tenders.totalCount > 3 && l.tenders.edges.length === 3)).toBe(true);
  });
});
