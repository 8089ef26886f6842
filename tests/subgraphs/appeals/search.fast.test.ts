import type { AppealFilter } from "../../../subgraphs/appeals/inputs/appeal-filter.input";
import { appealListSql } from "../../../subgraphs/appeals/services/appeal-query.service";
import { trgmSchema } from "../../../subgraphs/common/trgm-schema";
import { viewerOf } from "../../../subgraphs/common/viewer";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { bearer, signToken, staffHeaders } from "../../helpers/tokens";

const SEARCH = `query ($s: String!, $first: Int, $after: String) {
  appeals(filter: { search: $s }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
}`;

/**
 * A clerk on the phone finds an appeal by the person (name, address, e-mail, phone, or part of
 * one), by words of the text in other forms, by number or tracking code; ranked; never an appeal
 * the caller may not open. Demo: 1, 13 Іван Гончаренко (13 unrouted); 2 Ольга Приходько,
 * +380 67 111 22 33, вул. Київська, 77; 4 Світлана Павленко, svitlana.p@example.com.
 */
describe("searching appeals", () => {
  let city: LocalCity;
  let h: Record<"admin" | "manager6" | "clerk2" | "manager3" | "citizen", Record<string, string>>;
  beforeAll(async () => {
    city = await startLocalCity();
    h = {
      admin: await staffHeaders("1", "1", "manager", "admin"),
      manager6: await staffHeaders("9", "6", "manager"),
      clerk2: await staffHeaders("3", "2", "clerk", "executor"),
      manager3: await staffHeaders("4", "3", "manager"),
      citizen: bearer(await signToken({ roles: ["citizen"] }, { sub: "citizen-demo" })),
    };
  });
  afterAll(() => city?.stop());

  const found = async (s: string, headers: Record<string, string>, first = 20) => {
    const { body } = await city.query(SEARCH, { s, first }, headers);
    expect(body.errors).toBeUndefined();
    return { total: body.data.appeals.totalCount, ids: body.data.appeals.edges.map((e: any) => Number(e.node.id)) };
  };
  const column = async (id: number, name: "registration_number" | "tracking_code") =>
    (await city.db.query<{ v: string }>(`SELECT ${name} AS v FROM appeals.appeal WHERE id = $1`, [id]))[0].v;

  it.each([
    ["a surname in another form", "Гончаренка", "admin", [1, 13]],
    ["the start of a surname", "гонча", "admin", [1, 13]],
    ["the same surname, as a department that sees one of them", "Гончаренко", "manager6", [1]],
    ["the same surname, as the appeals office", "Гончаренко", "clerk2", [13]],
    ["the same surname, as another department", "Гончаренко", "manager3", []],
    ["a whole phone in national form", "067 111 22 33", "manager6", [2]],
    ["a phone in international form", "+380671112233", "manager6", [2]],
    ["a part of a phone", "111-22-33", "manager6", [2]],
    ["an e-mail", "svitlana.p@example.com", "manager6", [4]],
    ["a part of an e-mail", "SVITLANA.P@", "manager6", [4]],
    ["an address", "Київська 77", "manager6", [2]],
    ["a word of the text in another form", "ліфтом", "manager6", [2]],
    ["words of the subject in other forms", "яма школа", "manager6", [4]],
    ["nothing that exists", "Мельник", "admin", []],
  ] as const)("finds by %s", async (_what, s, who, ids) => {
    const result = await found(s, h[who]);
    expect(result).toEqual({ total: ids.length, ids: expect.arrayContaining([...ids]) });
    expect(result.ids).toHaveLength(ids.length);
  });

  it("finds by registration number as typed and by tracking code, the exact one first", async () => {
    const number = await column(2, "registration_number");
    expect((await found(number, h.manager6)).ids[0]).toBe(2);
    expect((await found(number.replace("З-", "з "), h.manager6)).ids[0]).toBe(2);
    expect((await found(number.replace("З-", ""), h.manager6)).ids[0]).toBe(2);
    const code = await column(4, "tracking_code");
    expect(await found(code.toLowerCase().replace(/-/g, " "), h.manager6)).toEqual({ total: 1, ids: [4] });
    // Another department's tracking code finds nothing for this caller.
    expect(await found(await column(7, "tracking_code"), h.manager6)).toEqual({ total: 0, ids: [] });
  });

  it("pages through ranked results without gaps or repeats, and refuses a queue cursor", async () => {
    // Every demo address is in Житомир: all thirteen appeals match, in pages of 4.
    const all = await found("Житомир", h.admin, 100);
    expect(all.total).toBe(13);
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const res: any = (await city.query(SEARCH, { s: "Житомир", first: 4, after }, h.admin)).body.data.appeals;
      seen.push(...res.edges.map((e: any) => Number(e.node.id)));
      after = res.pageInfo.hasNextPage ? res.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.ids);
    const queueCursor = (await city.query(`{ appeals(first: 1) { pageInfo { endCursor } } }`, undefined, h.admin)).body
      .data.appeals.pageInfo.endCursor;
    const mixed = await city.query(SEARCH, { s: "Житомир", first: 4, after: queueCursor }, h.admin);
    expect(mixed.body.errors?.map((e: any) => [e.extensions.code, e.message])).toEqual([
      [
        "BAD_USER_INPUT",
        "after is a cursor of the order PRIORITY_ASC, but this list is now ordered by RELEVANCE,PRIORITY_ASC: ask with the orderBy (and search) that gave the cursor, or start again without after",
      ],
    ]);
  });

  it("keeps a citizen to their own appeals", async () => {
    expect(await found("Кучер", h.citizen)).toEqual({ total: 1, ids: [5] });
    expect(await found("Гончаренко", h.citizen)).toEqual({ total: 0, ids: [] });
  });

  it("is answered through the indexes, never by reading the whole table", async () => {
    const trgm = await trgmSchema(city.subgraphs.appeals.db);
    // An admin's scope is every appeal: the search conditions alone must find the rows.
    const viewer = { ...viewerOf({ sub: "1", roles: ["admin"], departmentId: "1" }), officeDepartmentId: 2 };
    const plan = async (search: string) => {
      const { page } = appealListSql(viewer, { search } as AppealFilter, { first: 20 }, null, trgm).statements;
      await city.db.query("BEGIN");
      try {
        // Forbidding sequential scans makes PostgreSQL use an index wherever one serves the query;
        // a condition no index serves would still need a Seq Scan.
        await city.db.query("SET LOCAL enable_seqscan = off");
        const [{ "QUERY PLAN": json }] = await city.db.query<any>(`EXPLAIN (FORMAT JSON) ${page[0]}`, page[1]);
        return JSON.stringify(json);
      } finally {
        await city.db.query("ROLLBACK");
      }
    };
    const indexes = (text: string) => [...new Set([...text.matchAll(/"Index Name":"(\w+)"/g)].map((m) => m[1]))].sort();
    const byName = await plan("Гончаренко");
    expect(byName).not.toContain("Seq Scan");
    expect(indexes(byName)).toEqual(["appeal_search_idx", "appeal_trgm_idx"]);
    const byPhone = await plan("067 111 22 33");
    expect(byPhone).not.toContain("Seq Scan");
    expect(indexes(byPhone)).toEqual(["appeal_trgm_idx"]);
    const byEmail = await plan("svitlana.p@example.com");
    expect(byEmail).not.toContain("Seq Scan");
    expect(indexes(byEmail)).toEqual(["appeal_search_idx", "appeal_trgm_idx"]);
    const byCode = await plan(await column(4, "tracking_code"));
    expect(byCode).not.toContain("Seq Scan");
    expect(indexes(byCode)).toEqual(["appeal_tracking_code_key"]);
    expect(indexes(await plan(await column(4, "registration_number")))).toEqual(["appeal_registration_number_key"]);
  });
});
