import { startLocalCity, type LocalCity } from "../helpers/local-city";
import { kyivYear } from "../helpers/demo-city";
import { staffHeaders } from "../helpers/tokens";

const PAGE = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor page pageCount } edges { cursor node { id } }`;

/** Each connection of the graph: the query with $first/$after/$last/$before/$page, the path to it, who asks. */
const CONNECTIONS: [string, string, string[], "admin" | "executor" | "anyone"][] = [
  [
    "tenders",
    `tenders(first: $first, after: $after, last: $last, before: $before, page: $page)`,
    ["tenders"],
    "anyone",
  ],
  [
    "competitions",
    `competitions(first: $first, after: $after, last: $last, before: $before, page: $page)`,
    ["competitions"],
    "anyone",
  ],
  [
    "a department's tenders",
    `department(id: "6") { tenders(first: $first, after: $after, last: $last, before: $before, page: $page)`,
    ["department", "tenders"],
    "anyone",
  ],
  [
    "budget lines",
    `budget(year: $year) { lines(first: $first, after: $after, last: $last, before: $before, page: $page)`,
    ["budget", "lines"],
    "anyone",
  ],
  [
    "public documents",
    `publicDocuments(first: $first, after: $after, last: $last, before: $before, page: $page)`,
    ["publicDocuments"],
    "anyone",
  ],
  [
    "documents",
    `documents(first: $first, after: $after, last: $last, before: $before, page: $page)`,
    ["documents"],
    "admin",
  ],
  ["appeals", `appeals(first: $first, after: $after, last: $last, before: $before, page: $page)`, ["appeals"], "admin"],
  [
    "assignments",
    `myAssignments(first: $first, after: $after, last: $last, before: $before, page: $page)`,
    ["myAssignments"],
    "executor",
  ],
  [
    "audit trail",
    `auditTrail(first: $first, after: $after, last: $last, before: $before, page: $page)`,
    ["auditTrail"],
    "admin",
  ],
];

/**
 * Every connection pages the same way through the one pagination helper: forward, backward
 * (the same items), by page number, with page info that tells the truth, in as many statements
 * whichever way it pages.
 */
describe("paging every connection", () => {
  let city: LocalCity;
  let headers: Record<"admin" | "executor" | "anyone", Record<string, string>>;
  beforeAll(async () => {
    city = await startLocalCity();
    headers = {
      admin: await staffHeaders("1", "1", "manager", "admin"),
      executor: await staffHeaders("10", "6", "clerk", "executor"),
      anyone: {},
    };
  });
  afterAll(() => city?.stop());

  describe.each(CONNECTIONS)("%s", (_name, field, path, who) => {
    const opened = field.split("{").length - 1;
    const year = field.includes("$year") ? ", $year: Int!" : "";
    const query = `query ($first: Int, $after: String, $last: Int, $before: String, $page: Int${year}) {
      ${field} { ${PAGE} }${" }".repeat(opened)}
    }`;
    const ask = async (variables: Record<string, unknown>) => {
      const { body } = await city.query(query, { ...(year ? { year: kyivYear() } : {}), ...variables }, headers[who]);
      expect(body.errors).toBeUndefined();
      return path.reduce((at: any, key) => at[key], body.data);
    };
    const ids = (page: any): string[] => page.edges.map((e: any) => e.node.id);

    it("pages backward through exactly the items of forward paging, and by page number", async () => {
      const total = (await ask({ first: 0 })).totalCount;
      // Some five pages whatever the list's length (one item a page for the shortest lists).
      const size = Math.max(1, Math.ceil(total / 5));
      const forward: string[] = [];
      const forwardInfo: any[] = [];
      let after: string | null = null;
      do {
        const page: any = await ask({ first: size, after });
        forward.push(...ids(page));
        forwardInfo.push(page.pageInfo);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      const backward: string[] = [];
      let before: string | null = null;
      do {
        const page: any = await ask({ last: size, before });
        backward.unshift(...ids(page));
        before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null;
      } while (before);
      const pages = Math.ceil(total / size);
      expect(total).toBeGreaterThanOrEqual(2);
      expect([forward.length, new Set(forward).size, backward]).toEqual([total, total, forward]);
      expect(forwardInfo.map((i) => [i.hasPreviousPage, i.hasNextPage, i.pageCount])).toEqual(
        forwardInfo.map((_i, n) => [n > 0, n < pages - 1, pages]),
      );
      // Every way of paging costs the same statements (no query per item or per direction).
      const statements = async (variables: Record<string, unknown>) => {
        city.resetSql();
        await ask(variables);
        return Object.values(city.sql).reduce((n, list) => n + list.length, 0);
      };
      const counts = [
        await statements({ first: size }),
        await statements({ first: size, after: forwardInfo[0].endCursor }),
        await statements({ last: size }),
        await statements({ last: size, before: forwardInfo.at(-1).startCursor }),
        await statements({ first: size, page: 2 }),
      ];
      expect(counts).toEqual(counts.map(() => counts[0]));
      const second = await ask({ first: size, page: 2 });
      expect([ids(second), second.pageInfo.page, second.pageInfo.hasPreviousPage]).toEqual([
        forward.slice(size, 2 * size),
        2,
        true,
      ]);
    });
  });
});
