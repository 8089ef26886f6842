import { kyivYear } from "../helpers/demo-city";
import { startLocalCity, type LocalCity } from "../helpers/local-city";

/**
 * A list's count is a statement of its own, as costly as reading every row under the filter; it runs only when
 * the request asks for a field that needs it (totalCount, pageCount, and the page flags that depend on rows
 * outside the page), once however many fields ask, and never for a page that holds the whole list. The answers
 * are the same as when it always ran.
 */
describe("counting a list only when asked", () => {
  let city: LocalCity;
  let tenders: number;
  let ids: string[];
  beforeAll(async () => {
    city = await startLocalCity();
    const rows = await city.db.query<{ id: number }>(
      `SELECT id FROM procurement.tender ORDER BY date_published DESC, id DESC`,
    );
    tenders = rows.length;
    ids = rows.map((r) => String(r.id));
  });
  afterAll(() => city?.stop());

  /** The answer and the count statements procurement ran for it. */
  const list = async (selection: string, args = "first: 3") => {
    city.resetSql();
    const { body } = await city.query(`{ tenders(${args}) { ${selection} } }`);
    expect(body.errors).toBeUndefined();
    return { tenders: body.data.tenders, counts: city.sql.procurement.filter((s) => s.includes("count(*)")).length };
  };
  const cursorOf = async (index: number) =>
    (await list("edges { cursor }", `first: ${index + 1}`)).tenders.edges[index].cursor;

  it("runs no count for edges and the next-page flag of a forward page", async () => {
    expect(tenders).toBeGreaterThan(3);
    expect(await list("pageInfo { hasNextPage endCursor } edges { node { id } }")).toEqual({
      tenders: {
        pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
        edges: ids.slice(0, 3).map((id) => ({ node: { id } })),
      },
      counts: 0,
    });
  });

  it("counts once for totalCount, pageCount and the previous-page flag together", async () => {
    const after = await cursorOf(2);
    expect(
      await list(
        "totalCount pageInfo { hasPreviousPage pageCount } edges { node { id } }",
        `first: 3, after: "${after}"`,
      ),
    ).toEqual({
      tenders: {
        totalCount: tenders,
        pageInfo: { hasPreviousPage: true, pageCount: Math.ceil(tenders / 3) },
        edges: ids.slice(3, 6).map((id) => ({ node: { id } })),
      },
      counts: 1,
    });
  });

  it("counts for the previous-page flag after a cursor and by page number, and not on the first page", async () => {
    expect(await list("pageInfo { hasPreviousPage }")).toEqual({
      tenders: { pageInfo: { hasPreviousPage: false } },
      counts: 0,
    });
    const after = await cursorOf(0);
    expect(await list("pageInfo { hasPreviousPage }", `first: 3, after: "${after}"`)).toEqual({
      tenders: { pageInfo: { hasPreviousPage: true } },
      counts: 1,
    });
    expect(await list("pageInfo { hasNextPage hasPreviousPage }", "first: 3, page: 2")).toEqual({
      tenders: { pageInfo: { hasNextPage: 6 < tenders, hasPreviousPage: true } },
      counts: 1,
    });
    const before = await cursorOf(5);
    expect(await list("pageInfo { hasNextPage hasPreviousPage }", `last: 2, before: "${before}"`)).toEqual({
      tenders: { pageInfo: { hasNextPage: true, hasPreviousPage: true } },
      counts: 1,
    });
  });

  it("takes the count from a first page that holds the whole list", async () => {
    expect(
      await list("totalCount pageInfo { pageCount hasNextPage }", `first: 100, filter: { search: "${"zzzqqq"}" }`),
    ).toEqual({
      tenders: { totalCount: 0, pageInfo: { pageCount: 1, hasNextPage: false } },
      counts: 0,
    });
    const cancelled = await city.db.query<{ id: number }>(
      `SELECT id FROM procurement.tender WHERE status = 'cancelled' ORDER BY date_published DESC, id DESC`,
    );
    expect(cancelled.length).toBeGreaterThan(1);
    expect(cancelled.length).toBeLessThan(100);
    expect(await list("totalCount edges { node { id } }", "first: 100, filter: { status: CANCELLED }")).toEqual({
      tenders: { totalCount: cancelled.length, edges: cancelled.map(({ id }) => ({ node: { id: String(id) } })) },
      counts: 0,
    });
  });

  it("counts every budget line's tenders in one statement, only when a line's totalCount is asked", async () => {
    const query = (selection: string) =>
      `{ budget(year: ${kyivYear() - 1}) { lines(first: 100) { edges { node { id tenders(first: 1) { ${selection} } } } } } }`;
    const run = async (selection: string) => {
      city.resetSql();
      const { body } = await city.query(query(selection));
      expect(body.errors).toBeUndefined();
      const lines = body.data.budget.lines.edges.map((e: any) => e.node);
      return { lines, counts: city.sql.procurement.filter((s) => s.includes("count(*)")).length };
    };
    const plain = await run("edges { node { id } }");
    expect(plain.counts).toBe(0);
    const counted = await run("totalCount edges { node { id } }");
    expect(counted.counts).toBe(1);
    const funded = await city.db.query<{ line: number; n: number }>(
      `SELECT budget_line_id AS line, count(DISTINCT tender_id)::int AS n FROM procurement.funding GROUP BY 1`,
    );
    const expected = new Map(funded.map((f) => [String(f.line), f.n]));
    expect(counted.lines.map((l: any) => [l.id, l.tenders.totalCount])).toEqual(
      counted.lines.map((l: any) => [l.id, expected.get(l.id) ?? 0]),
    );
    expect(counted.lines.some((l: any) => l.tenders.totalCount > 1)).toBe(true);
    expect(counted.lines.map((l: any) => l.tenders.edges)).toEqual(plain.lines.map((l: any) => l.tenders.edges));
  });
});
