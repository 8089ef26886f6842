import { parse } from "csv-parse/sync";
import { startCity, type City } from "../helpers/city";
import { kyivYear } from "../helpers/demo-city";
import { analystHeaders, staffHeaders } from "../helpers/tokens";

const BOM = "\uFEFF";

/**
 * Open-data CSV downloads through the gateway's port, each served by the subgraph that owns the data (a route in
 * its registry definition): budget lines, tenders, appeal statistics. Each holds the same figures as the graph,
 * UTF-8 with a byte order mark, CRLF rows; appeal statistics for the graph field's roles only.
 */
describe("open-data CSV downloads", () => {
  let city: City;
  let analyst: Record<string, string>;
  const year = kyivYear();
  beforeAll(async () => {
    city = await startCity();
    analyst = await analystHeaders();
  });
  afterAll(() => city?.stop());

  const download = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${city.base}${path}`, { headers });
    // Buffer keeps the byte order mark that response.text() (a WHATWG decoder) would drop.
    const text = Buffer.from(await response.arrayBuffer()).toString("utf8");
    return { response, text };
  };
  const table = (text: string) => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1).split("\r\n").length).toBeGreaterThan(2);
    return parse(text, { bom: true, columns: true }) as Record<string, string>[];
  };

  it("serves the year's budget lines with the graph's amounts and names", async () => {
    const { response, text } = await download(`/budget/lines.csv?year=${year}`);
    expect([
      response.status,
      response.headers.get("content-type"),
      response.headers.get("content-disposition"),
    ]).toEqual([200, "text/csv; charset=utf-8", `attachment; filename="budget-lines-${year}.csv"`]);
    const { body } = await city.query(
      `query ($y: Int!) { budget(year: $y) { lines(first: 100) { edges { node {
        id year fund program { code name department { id } } economicCode { code name } approved amended executed } } } } }`,
      { y: year },
    );
    expect(table(text)).toEqual(
      body.data.budget.lines.edges.map(({ node: l }: any) => ({
        id: l.id,
        year: String(l.year),
        fund: l.fund,
        program_code: l.program.code,
        program_name: l.program.name,
        department_id: l.program.department.id,
        economic_code: l.economicCode.code,
        economic_name: l.economicCode.name,
        approved: l.approved,
        amended: l.amended,
        executed: l.executed,
      })),
    );
    const bad = await download(`/budget/lines.csv?year=next`);
    expect([bad.response.status, JSON.parse(bad.text).errors[0].extensions.code]).toEqual([400, "BAD_USER_INPUT"]);
  });

  it("serves every tender with the graph's figures", async () => {
    const { response, text } = await download(`/ocds/tenders.csv`);
    expect(response.status).toBe(200);
    const { body } = await city.query(
      `{ tenders(first: 100) { totalCount edges { node { id ocid title status value { amount currency } datePublished } } } }`,
    );
    const rows = table(text);
    expect(rows).toHaveLength(body.data.tenders.totalCount);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const { node: t } of body.data.tenders.edges)
      expect(byId.get(t.id)).toMatchObject({
        ocid: t.ocid,
        title: t.title,
        status: t.status,
        value_amount: t.value.amount,
        currency: t.value.currency,
        date_published: t.datePublished,
      });
  });

  it("serves appeal statistics by two dimensions to analysts, as the graph counts them, and refuses others", async () => {
    const from = `${year - 1}-01-01T00:00:00+02:00`;
    const to = `${year + 1}-01-01T00:00:00+02:00`;
    const path = `/appeals/statistics.csv?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&groupBy=CATEGORY,MONTH`;
    const { response, text } = await download(path, analyst);
    expect(response.status).toBe(200);
    const { body } = await city.query(
      `query ($from: DateTime!, $to: DateTime!) { appealStatisticsGrid(from: $from, to: $to, groupBy: [CATEGORY, MONTH]) {
        keys labels total open answered overdueOpen answeredLate answeredOnTime repeated medianResponseDays } }`,
      { from, to },
      analyst,
    );
    const cells = body.data.appealStatisticsGrid;
    expect(cells.length).toBeGreaterThan(1);
    expect(table(text)).toEqual(
      cells.map((c: any) => ({
        category: c.keys[0],
        category_label: c.labels[0],
        month: c.keys[1],
        month_label: c.labels[1],
        total: String(c.total),
        open: String(c.open),
        answered: String(c.answered),
        overdueOpen: String(c.overdueOpen),
        answeredLate: String(c.answeredLate),
        answeredOnTime: String(c.answeredOnTime),
        repeated: String(c.repeated),
        medianResponseDays: c.medianResponseDays === null ? "" : String(c.medianResponseDays),
      })),
    );
    const refused = async (headers: Record<string, string>) => {
      const r = await download(path, headers);
      return [r.response.status, JSON.parse(r.text).errors[0].extensions.code, JSON.parse(r.text).errors[0].message];
    };
    expect(await refused({})).toEqual([401, "UNAUTHENTICATED", "Sign in to see appeal statistics"]);
    expect(await refused(await staffHeaders("5", "3", "clerk"))).toEqual([
      403,
      "FORBIDDEN",
      "Appeal statistics are for managers, analysts and admins",
    ]);
    const bad = await download(path.replace("CATEGORY,MONTH", "CATEGORY,CATEGORY"), analyst);
    expect([bad.response.status, JSON.parse(bad.text).errors[0].message]).toEqual([
      400,
      "groupBy takes one or two different dimensions, got [CATEGORY, CATEGORY]",
    ]);
  });

  it("lists over-committed lines across processes: procurement asks budget, signed as the analyst", async () => {
    const { body } = await city.query(
      `query ($y: Int!) { overCommittedBudgetLines(year: $y) { year economicCode { code } program { code } overCommitted } }`,
      { y: kyivYear(new Date(Date.now() - 150 * 86_400_000)) },
      analyst,
    );
    expect(body).toEqual({
      data: {
        overCommittedBudgetLines: [
          {
            year: kyivYear(new Date(Date.now() - 150 * 86_400_000)),
            economicCode: { code: "2240" },
            program: { code: "0712010" },
            overCommitted: true,
          },
        ],
      },
    });
  });
});
