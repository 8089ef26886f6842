import "reflect-metadata";
import { planPage } from "../../../subgraphs/common/keyset";
import { SqlParams } from "../../../subgraphs/common/sql-params";
import { trgmSchema } from "../../../subgraphs/common/trgm-schema";
import { wordSearchSql } from "../../../subgraphs/common/word-search";
import { tenderListSql, tenderOrdering } from "../../../subgraphs/procurement/services/tender-query.service";
import type { TenderOrderField } from "../../../subgraphs/procurement/inputs/tender-order.input";
import type { OrderDirection } from "../../../subgraphs/common/pagination";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";

const TENDERS = `query ($filter: TenderFilter, $orderBy: TenderOrder, $first: Int, $after: String, $last: Int, $before: String, $page: Int) {
  tenders(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before, page: $page) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor page pageCount }
    edges { cursor node { id } }
  }
}`;

/** SQL order of each field, as the portal means it (no value sorts below any). */
const SQL_ORDER: Record<string, string> = {
  PUBLISHED: "t.date_published",
  MODIFIED: "coalesce(t.release_date, t.date_published)",
  VALUE: "coalesce(t.value_amount, -1)",
};

/**
 * Tenders in the order a portal asks for (newest across years, by change, by value), found by any
 * form of a word and ranked, paged forward, backward and by number, on the demo city with a tender
 * moved to 2018, one brought to today, three changed since (their latest release) and one without a value.
 */
describe("ordering and paging tenders", () => {
  let city: LocalCity;
  beforeAll(async () => {
    city = await startLocalCity();
    await city.db.query(`UPDATE procurement.tender SET date_published = '2018-04-02T09:00:00Z' WHERE id = 240`);
    await city.db.query(`UPDATE procurement.tender SET date_published = now() WHERE id = 1`);
    await city.db.query(
      `UPDATE procurement.tender SET release_date = now() + interval '1 hour' - (id || ' seconds')::interval WHERE id IN (3, 50, 120)`,
    );
    await city.db.query(`UPDATE procurement.tender SET value_amount = NULL, value_currency = NULL WHERE id = 7`);
    await city.db.query(
      `INSERT INTO procurement.tender (ocid, title, status, value_amount, value_currency, date_published)
       VALUES ('ocds-be6bcu-UA-2026-test-1', 'Ремонту потребує покрівля школи № 5', 'active', 100000, 'UAH', now() - interval '400 days')`,
    );
  });
  afterAll(() => city?.stop());

  const list = async (variables: Record<string, unknown>) => {
    const { body } = await city.query(TENDERS, variables);
    expect(body.errors).toBeUndefined();
    return body.data.tenders;
  };
  const ids = (page: any): string[] => page.edges.map((e: any) => e.node.id);
  const dbOrder = async (field: string, direction: string, where = "true") =>
    (
      await city.db.query<{ id: number }>(
        `SELECT t.id FROM procurement.tender t WHERE ${where} ORDER BY ${SQL_ORDER[field]} ${direction}, t.id ${direction}`,
      )
    ).map((r) => String(r.id));
  /** Every tender, page by page forward. */
  const forward = async (variables: Record<string, unknown>, first: number) => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await list({ ...variables, first, after });
      seen.push(...ids(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return seen;
  };

  it("lists newest published first by default, this week's before 2018's", async () => {
    const all = await forward({}, 100);
    expect(all).toEqual(await dbOrder("PUBLISHED", "DESC"));
    expect([all[0], all.at(-1)]).toEqual(["1", "240"]);
    expect(await forward({ orderBy: { field: "PUBLISHED", direction: "DESC" } }, 100)).toEqual(all);
  });

  it.each([
    ["PUBLISHED", "ASC"],
    ["MODIFIED", "DESC"],
    ["MODIFIED", "ASC"],
    ["VALUE", "DESC"],
    ["VALUE", "ASC"],
  ])("orders by %s %s across pages", async (field, direction) => {
    const expected = await dbOrder(field, direction);
    expect(await forward({ orderBy: { field, direction } }, 37)).toEqual(expected);
    if (field === "MODIFIED" && direction === "DESC") expect(expected.slice(0, 4)).toEqual(["3", "50", "120", "1"]);
    if (field === "VALUE" && direction === "ASC") expect(expected[0]).toEqual("7");
  });

  it('finds the same tenders by "ремонту" as by "ремонт", the closest form first', async () => {
    const stem = await list({ filter: { search: "ремонт" }, first: 100 });
    const form = await list({ filter: { search: "ремонту" }, first: 100 });
    const containing = await city.db.query<{ id: number }>(
      `SELECT id FROM procurement.tender WHERE search_text ~ 'ремонт' ORDER BY id`,
    );
    const sorted = (list: string[]) => [...list].sort((a, b) => Number(a) - Number(b));
    expect(sorted(ids(form))).toEqual(containing.map((r) => String(r.id)));
    expect(sorted(ids(stem))).toEqual(sorted(ids(form)));
    expect([stem.totalCount, form.totalCount]).toEqual([containing.length, containing.length]);
    expect(containing.length).toBeGreaterThan(20);
    // The inserted tender says "ремонту" itself: first for that form, though published over a year ago.
    const inserted = String(
      (await city.db.query<{ id: number }>(`SELECT max(id) AS id FROM procurement.tender`))[0].id,
    );
    expect(ids(form)[0]).toBe(inserted);
    expect(ids(stem)[0]).not.toBe(inserted);
    // Equal relevance keeps the asked order: newest first among the demo's "ремонт" titles.
    const rest = ids(form).slice(1);
    const published = await dbOrder("PUBLISHED", "DESC", "t.search_text ~ 'ремонт'");
    expect(rest).toEqual(published.filter((id) => id !== inserted));
  });

  it("pages backward through exactly the items forward paging gave, with truthful page info", async () => {
    const orderBy = { field: "VALUE", direction: "DESC" };
    const all = await forward({ orderBy }, 23);
    const back: string[] = [];
    let before: string | null = null;
    const infos: any[] = [];
    do {
      const page: any = await list({ orderBy, last: 23, before });
      back.unshift(...ids(page));
      infos.push(page.pageInfo);
      before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null;
    } while (before);
    expect(back).toEqual(all);
    expect(infos[0]).toMatchObject({ hasNextPage: false, hasPreviousPage: true, page: null });
    expect(infos.at(-1)).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const first = await list({ orderBy, first: 23 });
    const second = await list({ orderBy, first: 23, after: first.pageInfo.endCursor });
    expect(second.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: second.edges[0].cursor,
      endCursor: second.edges[22].cursor,
      page: null,
      pageCount: Math.ceil(all.length / 23),
    });
    expect(first.pageInfo.hasPreviousPage).toBe(false);
    const backToFirst = await list({ orderBy, last: 23, before: second.pageInfo.startCursor });
    expect(backToFirst).toEqual(first);
  });

  it("ranks a search, then breaks ties oldest first when asked, both ways alike", async () => {
    const orderBy = { field: "PUBLISHED", direction: "ASC" };
    const filter = { search: "ремонту" };
    const all = await forward({ orderBy, filter }, 9);
    const inserted = String(
      (await city.db.query<{ id: number }>(`SELECT max(id) AS id FROM procurement.tender`))[0].id,
    );
    const oldest = await dbOrder("PUBLISHED", "ASC", "t.search_text ~ 'ремонт'");
    expect(all).toEqual([inserted, ...oldest.filter((id) => id !== inserted)]);
    const back: string[] = [];
    let before: string | null = null;
    do {
      const page: any = await list({ orderBy, filter, last: 9, before });
      back.unshift(...ids(page));
      before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null;
    } while (before);
    expect(back).toEqual(all);
  });

  it("shows page 3 of N by number", async () => {
    const all = await dbOrder("PUBLISHED", "DESC");
    const pages = Math.ceil(all.length / 20);
    expect(await list({ first: 20, page: 3 })).toEqual({
      totalCount: all.length,
      pageInfo: {
        hasNextPage: true,
        hasPreviousPage: true,
        startCursor: expect.any(String),
        endCursor: expect.any(String),
        page: 3,
        pageCount: pages,
      },
      edges: all.slice(40, 60).map((id) => ({ cursor: expect.any(String), node: { id } })),
    });
    const last = await list({ first: 20, page: pages });
    expect([ids(last), last.pageInfo.hasNextPage, last.pageInfo.page]).toEqual([
      all.slice((pages - 1) * 20),
      false,
      pages,
    ]);
    const beyond = await list({ first: 20, page: pages + 1 });
    expect([ids(beyond), beyond.pageInfo.hasNextPage, beyond.pageInfo.hasPreviousPage]).toEqual([[], false, true]);
    // A page's cursors go on by cursor from there.
    const next = await list({ first: 20, after: (await list({ first: 20, page: 3 })).pageInfo.endCursor });
    expect(ids(next)).toEqual(all.slice(60, 80));
  });

  it("refuses mixed paging and cursors of another order with BAD_USER_INPUT", async () => {
    const byValue = await list({ orderBy: { field: "VALUE", direction: "DESC" }, first: 5 });
    const cursor = byValue.pageInfo.endCursor;
    const refused = async (variables: Record<string, unknown>) => {
      const { body } = await city.query(TENDERS, variables);
      expect(body.data).toEqual({ tenders: null });
      return body.errors?.map((e: any) => [e.extensions.code, e.message]);
    };
    expect(await refused({ first: 5, after: cursor })).toEqual([
      [
        "BAD_USER_INPUT",
        "after is a cursor of the order VALUE_DESC, but this list is now ordered by PUBLISHED_DESC: ask with the orderBy (and search) that gave the cursor, or start again without after",
      ],
    ]);
    expect(await refused({ orderBy: { field: "VALUE", direction: "ASC" }, last: 5, before: cursor })).toEqual([
      [
        "BAD_USER_INPUT",
        "before is a cursor of the order VALUE_DESC, but this list is now ordered by VALUE_ASC: ask with the orderBy (and search) that gave the cursor, or start again without before",
      ],
    ]);
    expect(
      await refused({ orderBy: { field: "VALUE", direction: "DESC" }, filter: { search: "ремонт" }, after: cursor }),
    ).toEqual([
      [
        "BAD_USER_INPUT",
        "after is a cursor of the order VALUE_DESC, but this list is now ordered by RELEVANCE,VALUE_DESC: ask with the orderBy (and search) that gave the cursor, or start again without after",
      ],
    ]);
    expect(await refused({ page: 2, after: cursor })).toEqual([
      [
        "BAD_USER_INPUT",
        "page counts pages from the start and cannot be combined with after: ask by page number or by cursor",
      ],
    ]);
    expect(await refused({ page: 2, last: 5 })).toEqual([
      [
        "BAD_USER_INPUT",
        "page counts pages from the start and cannot be combined with last: ask by page number or by cursor",
      ],
    ]);
    expect(await refused({ after: cursor, before: cursor })).toEqual([
      ["BAD_USER_INPUT", "after and before cannot be combined: page forward with after or backward with before"],
    ]);
    expect(await refused({ page: 0 })).toEqual([["BAD_USER_INPUT", "page must be 1 or more, got 0"]]);
    expect(await refused({ first: 100, page: 102 })).toEqual([
      ["BAD_USER_INPUT", "page 102 is too deep (over 10000 edges): page on with after instead"],
    ]);
    expect(await refused({ last: 101 })).toEqual([["BAD_USER_INPUT", "last must be between 0 and 100, got 101"]]);
    expect(await refused({ after: Buffer.from('["a", "1"]').toString("base64url") })).toEqual([
      ["BAD_USER_INPUT", "after must be an endCursor returned by this list"],
    ]);
    expect(await refused({ last: 5, before: "bm90LWEtY3Vyc29y" })).toEqual([
      ["BAD_USER_INPUT", "before must be a startCursor returned by this list"],
    ]);
  });

  it("answers every way of paging in the same two statements", async () => {
    const page = await list({ first: 10 });
    const count = async (variables: Record<string, unknown>) => {
      city.resetSql();
      await list(variables);
      return city.sql.procurement.length;
    };
    expect([
      await count({ first: 10 }),
      await count({ first: 10, after: page.pageInfo.endCursor }),
      await count({ last: 10 }),
      await count({ last: 10, before: page.pageInfo.endCursor }),
      await count({ first: 10, page: 4 }),
      await count({ orderBy: { field: "VALUE", direction: "ASC" }, filter: { search: "ремонт" }, last: 10 }),
    ]).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it.each([
    ["PUBLISHED", "DESC", "tender_published_idx"],
    ["PUBLISHED", "ASC", "tender_published_idx"],
    ["MODIFIED", "DESC", "tender_modified_idx"],
    ["VALUE", "ASC", "tender_value_idx"],
  ])("reads pages by %s %s through an index", async (field, direction, index) => {
    const orderBy = { field: field as TenderOrderField, direction: direction as OrderDirection };
    const cursor = (await list({ orderBy, first: 10 })).pageInfo.endCursor;
    const plan = planPage({ first: 10, after: cursor }, tenderOrdering(orderBy, null));
    const { page } = await tenderListSql(city.subgraphs.procurement.db, null, plan);
    await city.db.query("BEGIN");
    try {
      await city.db.query("SET LOCAL enable_seqscan = off");
      await city.db.query("SET LOCAL enable_sort = off");
      const [{ "QUERY PLAN": json }] = await city.db.query<any>(`EXPLAIN (FORMAT JSON) ${page[0]}`, page[1]);
      const text = JSON.stringify(json);
      expect([...text.matchAll(/"Index Name":"(\w+)"/g)].map((m) => m[1])).toEqual([index]);
      expect(text).not.toContain('"Node Type":"Sort"');
    } finally {
      await city.db.query("ROLLBACK");
    }
  });
  it("scores every tender with the words above every tender only similar to them (a misspelling)", async () => {
    // A misspelt title ("ремонту" with its first letter doubled), newer than every other: found by trigrams alone.
    await city.db.query(
      `INSERT INTO procurement.tender (ocid, title, status, value_amount, value_currency, date_published)
       VALUES ('ocds-be6bcu-UA-2026-test-2', 'Рремонту потребує дах', 'active', 1, 'UAH', now() + interval '1 day')`,
    );
    const p = new SqlParams();
    const trgm = await trgmSchema(city.subgraphs.procurement.db);
    const search = wordSearchSql("ремонту", p, { vector: "t.search_vector", text: "t.search_text", trgm });
    const rows = await city.db.query<{ words: boolean; score: number }>(
      ...p.positional(
        `SELECT t.search_vector @@ to_tsquery('simple', 'ремон:*') AS words, ${search.score} AS score
           FROM procurement.tender t WHERE ${search.where}`,
      ),
    );
    const withWords = rows.filter((r) => r.words).map((r) => r.score);
    const similarOnly = rows.filter((r) => !r.words).map((r) => r.score);
    expect([withWords.length > 20, similarOnly.length]).toEqual([true, 1]);
    // Words: 1 + ts_rank, whatever the text's trigram similarity ("ремонтні" is less like "ремонту" than
    // the misspelling is); similar only: the similarity, below 1.
    expect(Math.min(...withWords)).toBeGreaterThan(1);
    expect(similarOnly[0]).toBeGreaterThan(0.6);
    expect(similarOnly[0]).toBeLessThan(1);
    const page = await list({ filter: { search: "ремонту" }, first: 100 });
    expect(page.edges.at(-1).node.id).toBe(
      String((await city.db.query<{ id: number }>(`SELECT max(id) AS id FROM procurement.tender`))[0].id),
    );
  });
});
