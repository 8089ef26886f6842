import "reflect-metadata";
import { appealListSql } from "../../subgraphs/appeals/services/appeal-query.service";
import type { AppealOrder } from "../../subgraphs/appeals/inputs/appeal-order.input";
import { trgmSchema } from "../../subgraphs/common/trgm-schema";
import type { DocumentOrder } from "../../subgraphs/documents/inputs/document-order.input";
import { documentListSql } from "../../subgraphs/documents/services/document-search.service";
import { viewerOf } from "../../subgraphs/common/viewer";
import { startLocalCity, type LocalCity } from "../helpers/local-city";
import { staffHeaders } from "../helpers/tokens";

const APPEALS = `query ($orderBy: AppealOrder, $first: Int, $after: String, $last: Int, $before: String) {
  appeals(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } }
  }
}`;
const DOCUMENTS = `query ($orderBy: DocumentOrder, $first: Int, $after: String) {
  documents(orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id } }
  }
}`;

/** The appeals queue and the documents in the orders staff ask for, each read through an index. */
describe("ordering the appeals queue and documents", () => {
  let city: LocalCity;
  let admin: Record<string, string>;
  beforeAll(async () => {
    city = await startLocalCity();
    admin = await staffHeaders("1", "1", "manager", "admin");
  });
  afterAll(() => city?.stop());

  const all = async (query: string, root: string, variables: Record<string, unknown>) => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { body }: any = await city.query(query, { ...variables, first: 3, after }, admin);
      expect(body.errors).toBeUndefined();
      seen.push(...body.data[root].edges.map((e: any) => e.node.id));
      after = body.data[root].pageInfo.hasNextPage ? body.data[root].pageInfo.endCursor : null;
    } while (after);
    return seen;
  };
  /** The indexes of a statement's plan with sequential scans and sorts forbidden; a sort or table scan fails. */
  const indexesOf = async ([sql, params]: [string, unknown[]]) => {
    await city.db.query("BEGIN");
    try {
      await city.db.query("SET LOCAL enable_seqscan = off");
      await city.db.query("SET LOCAL enable_sort = off");
      const [{ "QUERY PLAN": json }] = await city.db.query<any>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
      const text = JSON.stringify(json);
      expect([text.includes('"Node Type":"Sort"'), text.includes('"Node Type":"Seq Scan"')]).toEqual([false, false]);
      return [...text.matchAll(/"Index Name":"(\w+)"/g)].map((m) => m[1]);
    } finally {
      await city.db.query("ROLLBACK");
    }
  };
  const dbIds = async (sql: string) => (await city.db.query<{ id: number }>(sql)).map((r) => String(r.id));

  it.each([
    [undefined, "(privilege_status <> 'CONFIRMED'), due_date, id"],
    [{ field: "PRIORITY", direction: "DESC" }, "(privilege_status <> 'CONFIRMED') DESC, due_date DESC, id DESC"],
    [{ field: "DUE_DATE", direction: "ASC" }, "due_date, id"],
    [{ field: "RECEIVED", direction: "DESC" }, "received_at DESC, id DESC"],
    [{ field: "RECEIVED", direction: "ASC" }, "received_at, id"],
  ])("lists the appeals queue by %j", async (orderBy, sql) => {
    const expected = await dbIds(`SELECT id FROM appeals.appeal ORDER BY ${sql}`);
    expect(expected.length).toBeGreaterThan(6);
    expect(await all(APPEALS, "appeals", { orderBy })).toEqual(expected);
  });

  it("pages the queue backward to the same appeals", async () => {
    const orderBy = { field: "RECEIVED", direction: "DESC" };
    const forward = await all(APPEALS, "appeals", { orderBy });
    const back: string[] = [];
    let before: string | null = null;
    do {
      const { body }: any = await city.query(APPEALS, { orderBy, last: 4, before }, admin);
      back.unshift(...body.data.appeals.edges.map((e: any) => e.node.id));
      before = body.data.appeals.pageInfo.hasPreviousPage ? body.data.appeals.pageInfo.startCursor : null;
    } while (before);
    expect(back).toEqual(forward);
  });

  it.each([
    [undefined, "registered_at DESC, id DESC"],
    [{ field: "REGISTERED", direction: "ASC" }, "registered_at, id"],
  ])("lists documents by %j", async (orderBy, sql) => {
    const expected = await dbIds(`SELECT id FROM documents.document ORDER BY ${sql}`);
    expect(expected.length).toBeGreaterThan(6);
    expect(await all(DOCUMENTS, "documents", { orderBy })).toEqual(expected);
  });

  it.each([
    [{ field: "PRIORITY", direction: "ASC" }, "appeal_queue_idx"],
    [{ field: "DUE_DATE", direction: "DESC" }, "appeal_due_idx"],
    [{ field: "RECEIVED", direction: "ASC" }, "appeal_received_idx"],
  ])("reads the queue by %j through %s", async (orderBy, index) => {
    // An admin's scope is every appeal: the order alone must be served by the index.
    const viewer = { ...viewerOf({ sub: "1", roles: ["admin"], departmentId: "1" }), officeDepartmentId: 2 };
    const trgm = await trgmSchema(city.subgraphs.appeals.db);
    const { statements } = appealListSql(viewer, null, { first: 5 }, orderBy as AppealOrder, trgm);
    expect(await indexesOf(statements.page)).toEqual([index]);
  });

  it.each([
    [{ field: "REGISTERED", direction: "DESC" }, "document_public_idx"],
    [{ field: "REGISTERED", direction: "ASC" }, "document_public_idx"],
  ])("reads public documents by %j through %s", async (orderBy, index) => {
    const viewer = viewerOf({ sub: "anonymous", roles: [], departmentId: null });
    const { statements } = documentListSql(viewer, null, { first: 5 }, orderBy as DocumentOrder, true);
    expect(await indexesOf(statements.page)).toEqual([index]);
  });
});
