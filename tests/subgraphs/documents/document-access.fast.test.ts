import { DEMO_TENDERS } from "../../../subgraphs/procurement/seed";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { contractOperation } from "../../helpers/contract";
import { expectedBudgetSummary, expectedTenderIds, kyivYear } from "../../helpers/demo-city";
import { staffHeaders } from "../../helpers/tokens";

const SEARCH = contractOperation("portal", "PublicDocumentSearch");
const SCORECARD = contractOperation("dashboards", "DepartmentScorecard");
const staff = staffHeaders;

/** Access levels hold on every path to a document; public search finds Ukrainian word forms. */
describe("document access and search", () => {
  let city: LocalCity;
  let executor6: Record<string, string>;
  let analyst7: Record<string, string>;
  beforeAll(async () => {
    city = await startLocalCity();
    executor6 = await staff("10", "6", "executor");
    analyst7 = await staff("12", "7", "analyst");
  });
  afterAll(() => city?.stop());

  const DOC = `query ($id: ID!) { document(id: $id) { id registrationNumber title summary correspondent department { id } resolutions { id } } }`;
  const stampOnly = (id: string, registrationNumber: string) => ({
    id,
    registrationNumber,
    title: null,
    summary: null,
    correspondent: null,
    department: null,
    resolutions: [],
  });

  it("shows a restricted document only to its department; others see the stamp", async () => {
    const anonymous = await city.query(DOC, { id: "10" });
    expect(anonymous.body).toEqual({ data: { document: stampOnly("10", "1/37-1") } });
    expect((await city.query(DOC, { id: "10" }, executor6)).body).toEqual({
      data: { document: stampOnly("10", "1/37-1") },
    });
    expect((await city.query(DOC, { id: "10" }, analyst7)).body.data.document).toEqual({
      id: "10",
      registrationNumber: "1/37-1",
      title: "Службова записка про перерозподіл видатків",
      summary: "Перерозподіл видатків між програмами департаменту",
      correspondent: null,
      department: { id: "7" },
      resolutions: [{ id: "4" }],
    });
  });

  it("shows an internal document to staff only, also as an appeal's answer letter", async () => {
    expect((await city.query(DOC, { id: "4" })).body).toEqual({ data: { document: stampOnly("4", "1/12-4") } });
    expect((await city.query(DOC, { id: "4" }, executor6)).body.data.document.title).toBe(
      "Відповідь на звернення щодо ремонту покрівлі",
    );
    const [{ code }] = await city.db.query<{ code: string }>(
      "SELECT tracking_code AS code FROM appeals.appeal WHERE id = 1",
    );
    const tracked = await city.query(
      `query ($c: String!) { trackAppeal(trackingCode: $c) { answer { document { registrationNumber registeredAt title correspondent } } } }`,
      { c: code },
    );
    expect(tracked.body).toEqual({
      data: {
        trackAppeal: {
          answer: {
            document: {
              registrationNumber: "1/12-4",
              registeredAt: expect.any(String),
              title: null,
              correspondent: null,
            },
          },
        },
      },
    });
  });

  it("never lists what a caller may not read", async () => {
    const list = `query ($q: String) { documents(filter: { search: $q }, first: 50) { totalCount edges { node { id } } } }`;
    const forExecutor = await city.query(list, { q: "перерозподіл" }, executor6);
    expect(forExecutor.body.data.documents).toEqual({ totalCount: 0, edges: [] });
    expect((await city.query(list, { q: "перерозподіл" }, analyst7)).body.data.documents).toEqual({
      totalCount: 1,
      edges: [{ node: { id: "10" } }],
    });
    expect((await city.query(list, { q: "звернення" })).body.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    const open = await city.query(SEARCH, { search: "звернення", first: 10 });
    expect(open.body.data.publicDocuments).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
  });

  it("finds public documents by another form of a word, ranked, page by page", async () => {
    const { body } = await city.query(SEARCH, { search: "бюджету", first: 5 });
    expect(body.data.publicDocuments.edges[0].node).toEqual({
      id: "2",
      kind: "DECISION",
      registrationNumber: "2/01-12",
      registeredAt: expect.any(String),
      title: "Про бюджет Житомирської міської територіальної громади",
      department: { id: "7", name: "Департамент бюджету і фінансів" },
    });
    const all = await city.query(SEARCH, { search: "про", first: 10 });
    const first = await city.query(SEARCH, { search: "про", first: 2 });
    const rest = await city.query(SEARCH, {
      search: "про",
      first: 10,
      after: first.body.data.publicDocuments.pageInfo.endCursor,
    });
    const ids = (b: any) => b.data.publicDocuments.edges.map((e: any) => e.node.id);
    expect([...ids(first.body), ...ids(rest.body)]).toEqual(ids(all.body));
    expect(all.body.data.publicDocuments.totalCount).toBe(3);
    expect(
      (await city.query(SEARCH, { search: "про", first: 2, after: "bogus" })).body.errors?.[0].extensions.code,
    ).toBe("BAD_USER_INPUT");
  });

  it("filters by department and registration dates", async () => {
    const q = `query ($f: DocumentFilter) { documents(filter: $f, first: 50) { edges { node { id } } } }`;
    const ids = async (f: Record<string, unknown>) =>
      (await city.query(q, { f }, analyst7)).body.data.documents.edges.map((e: any) => e.node.id);
    expect(await ids({ departmentId: "7" })).toEqual(["10", "2"]);
    const day = 86_400_000;
    const window = {
      from: new Date(Date.now() - 40 * day).toISOString(),
      to: new Date(Date.now() - 20 * day).toISOString(),
    };
    // The answer letters 5, 6 and 8 of that window are their appeals' handlers' (and admins') only.
    expect(await ids(window)).toEqual(["3"]);
    const admin = await staff("1", "1", "manager", "admin");
    const forAdmin = (await city.query(q, { f: window }, admin)).body.data.documents.edges.map((e: any) => e.node.id);
    expect(forAdmin).toEqual(["8", "5", "3", "6"]); // newest first: the seed registers 3, 5 and 8 thirty days back, in that order
    expect((await city.query(q, { f: { from: "yesterday" } }, analyst7)).body.errors?.[0].extensions.code).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("lists the latest decisions for the portal, newest first", async () => {
    const { body } = await city.query(
      `{ publicDocuments(filter: { kind: DECISION }, first: 5) { edges { node { id kind registrationNumber title } } } }`,
    );
    expect(body.data.publicDocuments.edges.map((e: any) => e.node.id)).toEqual(["2", "1"]);
  });

  it("answers the department scorecard across all four subgraphs", async () => {
    const year = kyivYear();
    const { body } = await city.query(SCORECARD, { id: "6", year }, analyst7);
    expect(body).toEqual({
      data: {
        department: {
          id: "6",
          code: "12",
          name: "Управління житлово-комунального господарства",
          head: { id: "9", fullName: "Петро Савченко" },
          appealStats: { total: 5, open: 2, overdue: 1, answeredOnTime: 3, medianResponseDays: 12 },
          controlStats: { onControl: 0, overdue: 0, completedOnTime: 1 },
          tenders: {
            totalCount: expectedTenderIds(6, "active").length,
            edges: expectedTenderIds(6, "active")
              .slice(0, 5)
              .map((id) => ({
                node: {
                  id,
                  title: DEMO_TENDERS[Number(id) - 1].title,
                  value: { amount: DEMO_TENDERS[Number(id) - 1].amount, currency: "UAH" },
                },
              })),
          },
          budgetSummary: expectedBudgetSummary(6, year),
        },
      },
    });
    const finance = await city.query(
      `{ department(id: "7") { controlStats { onControl overdue completedOnTime } } }`,
      undefined,
      analyst7,
    );
    expect(finance.body).toEqual({
      data: { department: { controlStats: { onControl: 2, overdue: 1, completedOnTime: 0 } } },
    });
    const executor = await city.query(SCORECARD, { id: "6", year }, executor6);
    expect(executor.body.errors?.map((e: any) => [e.extensions.code, e.path.join(".")]).sort()).toEqual([
      ["FORBIDDEN", "department.appealStats"],
      ["FORBIDDEN", "department.controlStats"],
    ]);
    expect(executor.body.data.department).toEqual({ ...body.data.department, appealStats: null, controlStats: null });
  });
});
