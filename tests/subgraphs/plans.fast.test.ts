import pino from "pino";
import { seedCityVolume } from "../../scripts/volume/city-volume";
import { kyivYear } from "../../subgraphs/common/calendar";
import { citySubgraphs, type SubgraphName } from "../../subgraphs/registry";
import { contractOperation } from "../helpers/contract";
import { startLocalCity, type LocalCity } from "../helpers/local-city";
import { analystHeaders, staffHeaders } from "../helpers/tokens";

/** The tables that grow with the city: none of them may be read whole by a list or a search. */
const BIG_TABLES = ["tender", "funding", "document", "appeal"];

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/**
 * The plans PostgreSQL picks, on its own (no planner setting changed), for the statements the
 * contract's lists and searches run (appeals' search included), over the demo city plus a volume
 * at scale 0.05 (1,240 tenders, 2,500 documents, 5,000 appeals): each reads the index meant for
 * it and reads none of the big tables whole. The statements are the ones the GraphQL operation
 * ran, as the subgraph's SQL log recorded them with their parameters. The searches are for what
 * few rows hold, as a person looks for one thing: a word in a twelfth of so small a table is
 * rightly read by a scan.
 */
describe("the plans of lists and searches on a city at scale", () => {
  let city: LocalCity;
  beforeAll(async () => {
    city = await startLocalCity();
    // The seed vacuums and analyzes what it wrote: nothing else here touches the statistics.
    await seedCityVolume(city.db.url, 0.05, citySubgraphs(), pino({ level: "silent" }), new Date());
  }, 120_000);
  afterAll(() => city?.stop());

  /** Runs an operation and returns its subgraph's last statement that `matches`, with its parameters. */
  const statementOf = async (
    subgraph: SubgraphName,
    matches: (sql: string) => boolean,
    run: () => Promise<{ body: { errors?: unknown; data?: unknown } }>,
  ): Promise<[string, unknown[]]> => {
    city.resetSql();
    const { body } = await run();
    expect(body.errors).toBeUndefined();
    const index = city.sql[subgraph].map((sql, i) => (matches(sql) ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
    expect(index).toBeGreaterThanOrEqual(0);
    return [city.sql[subgraph][index], city.sqlParameters[subgraph][index]];
  };

  /** The plan's scan nodes as "type relation index", e.g. "Bitmap Index Scan - tender_trgm_idx". */
  const scansOf = async ([sql, parameters]: [string, unknown[]]): Promise<string[]> => {
    const [{ "QUERY PLAN": plan }] = await city.db.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
      `EXPLAIN (FORMAT JSON) ${sql}`,
      parameters,
    );
    return nodesOf(plan[0].Plan)
      .filter((n) => n["Node Type"].endsWith("Scan") && (n["Relation Name"] || n["Index Name"]))
      .map((n) => `${n["Node Type"]} ${n["Relation Name"] ?? "-"} ${n["Index Name"] ?? "-"}`);
  };

  const expectNoSeqScanOfBigTables = (scans: string[]) =>
    expect(scans.filter((s) => BIG_TABLES.some((t) => s.startsWith(`Seq Scan ${t} `)))).toEqual([]);

  it("reads each budget line's first tenders off funding_line_published_idx, and counts them there alone", async () => {
    const headers = await analystHeaders();
    const query = contractOperation("dashboards", "BudgetVsProcurement");
    const run = () => city.query(query, { year: kyivYear(new Date()), first: 20 }, headers);
    const perLine = (sql: string) => sql.includes("procurement.funding") && sql.includes("CROSS JOIN LATERAL");
    const page = await scansOf(await statementOf("procurement", (sql) => perLine(sql) && sql.includes(" LIMIT "), run));
    const count = await scansOf(
      await statementOf("procurement", (sql) => perLine(sql) && sql.includes("count(*)"), run),
    );
    // The page: the line's funding off the index (at this size PostgreSQL may take it as a bitmap and sort the few
    // rows; at scale it reads the newest backward and stops), then each row's tender by its key.
    const viaIndex = expect.stringMatching(
      /^(Index Only Scan Backward funding|Index Only Scan funding|Index Scan funding|Bitmap Index Scan -) funding_line_published_idx$/,
    );
    expectNoSeqScanOfBigTables(page);
    expect(page).toContainEqual(viaIndex);
    expect(page).toContainEqual(expect.stringMatching(/^Index (Only )?Scan tender tender_pkey$/));
    // The count: funding alone, the tender join dropped (no tender column is used).
    expectNoSeqScanOfBigTables(count);
    expect(count).toContainEqual(viaIndex);
    expect(count.filter((scan) => scan.includes("tender"))).toEqual([]);
  });

  it("keeps each funding row's tender_published equal to its tender's date_published", async () => {
    const { db } = city.subgraphs.procurement;
    const MISMATCHED = `SELECT count(*)::int AS n FROM procurement.funding f JOIN procurement.tender t ON t.id = f.tender_id
                         WHERE f.tender_published IS DISTINCT FROM t.date_published`;
    const mismatched = () => db.query(MISMATCHED);
    expect(await mismatched()).toEqual([{ n: 0 }]);
    const [{ id }] = await db.query(`SELECT tender_id AS id FROM procurement.funding ORDER BY id LIMIT 1`);
    await db
      .transaction(async (tx) => {
        await tx.query(
          `UPDATE procurement.tender SET date_published = date_published - interval '1 day' WHERE id = $1`,
          [id],
        );
        await tx.query(`INSERT INTO procurement.funding (tender_id, budget_line_id, amount) VALUES ($1, 1, 1)`, [id]);
        await tx.query(`UPDATE procurement.funding SET tender_published = now() WHERE tender_id = $1`, [id]);
        expect(await tx.query(MISMATCHED)).toEqual([{ n: 0 }]);
        throw new Error("rolled back");
      })
      .catch((err: Error) => expect(err.message).toBe("rolled back"));
    expect(await mismatched()).toEqual([{ n: 0 }]);
  });

  it("searches tenders by words through their GIN indexes", async () => {
    const query = contractOperation("portal", "TenderList");
    const statement = await statementOf(
      "procurement",
      (sql) => sql.includes("t.search_vector @@") && sql.includes("LIMIT"),
      () => city.query(query, { filter: { search: "таксі" }, first: 10 }),
    );
    const scans = await scansOf(statement);
    expectNoSeqScanOfBigTables(scans);
    expect(scans).toEqual(
      expect.arrayContaining([
        "Bitmap Index Scan - tender_search_idx",
        "Bitmap Index Scan - tender_trgm_idx",
        "Bitmap Heap Scan tender -",
      ]),
    );
  });

  it("searches public documents by words through the GIN indexes of public documents alone", async () => {
    const query = contractOperation("portal", "PublicDocumentSearch");
    const statement = await statementOf(
      "documents",
      (sql) => sql.includes("d.search_vector @@") && sql.includes("LIMIT"),
      () => city.query(query, { search: "транспорту", first: 10 }),
    );
    const scans = await scansOf(statement);
    expectNoSeqScanOfBigTables(scans);
    expect(scans).toEqual(
      expect.arrayContaining([
        "Bitmap Index Scan - document_public_search_idx",
        "Bitmap Index Scan - document_public_trgm_idx",
        "Bitmap Heap Scan document -",
      ]),
    );
  });

  it("reads the public documents' first page and their count off document_public_idx", async () => {
    const query = contractOperation("portal-pages", "PortalDocuments");
    const run = () => city.query(query, { filter: { kind: "DECISION" }, first: 5 });
    const publicList = (sql: string) => sql.includes("documents.document d") && !sql.includes("search_vector");
    const page = await scansOf(
      await statementOf("documents", (sql) => publicList(sql) && sql.includes(" LIMIT "), run),
    );
    const count = await scansOf(
      await statementOf("documents", (sql) => publicList(sql) && sql.includes("count(*)"), run),
    );
    // The page in order off the index; the count (of decisions, as the portal's documents page asks) through it too.
    expect(page).toEqual(["Index Scan document document_public_idx"]);
    expectNoSeqScanOfBigTables(count);
    expect(count).toContainEqual(
      expect.stringMatching(/^(Index Only Scan document|Bitmap Index Scan -) document_public_idx$/),
    );
  });

  it("reads the appeals queue's first page off appeal_queue_idx", async () => {
    const query = contractOperation("staff", "AppealQueue");
    const statement = await statementOf(
      "appeals",
      (sql) => sql.includes("appeals.appeal") && sql.includes("LIMIT"),
      async () => city.query(query, { first: 20 }, await staffHeaders("1", "1", "manager", "admin")),
    );
    const scans = await scansOf(statement);
    expectNoSeqScanOfBigTables(scans);
    expect(scans).toContainEqual("Index Scan appeal appeal_queue_idx");
  });

  it("reads a department's queue of open appeals off appeal_open_department_queue_idx, never the closed ones", async () => {
    const query = contractOperation("staff", "AppealQueue");
    const filter = { departmentId: "6", status: ["REGISTERED", "IN_PROGRESS"] };
    const statement = await statementOf(
      "appeals",
      (sql) => sql.includes("appeals.appeal") && sql.includes("LIMIT"),
      async () => city.query(query, { filter, first: 20 }, await staffHeaders("1", "6", "manager")),
    );
    const scans = await scansOf(statement);
    expectNoSeqScanOfBigTables(scans);
    expect(scans).toContainEqual("Index Scan appeal appeal_open_department_queue_idx");
  });

  it("plans every statement without JIT and with random reads priced for SSD storage", async () => {
    for (const { db } of Object.values(city.subgraphs)) {
      expect(
        await db.query("SELECT current_setting('jit') AS jit, current_setting('random_page_cost') AS cost"),
      ).toEqual([{ jit: "off", cost: "1.1" }]);
    }
  });

  it("searches the appeals queue by words through their GIN indexes", async () => {
    const query = contractOperation("staff", "AppealQueue");
    const statement = await statementOf(
      "appeals",
      (sql) => sql.includes("search_vector @@") && sql.includes(" LIMIT "),
      async () =>
        city.query(query, { filter: { search: "Гончаренко" }, first: 20 }, await staffHeaders("1", "1", "admin")),
    );
    const scans = await scansOf(statement);
    expectNoSeqScanOfBigTables(scans);
    expect(scans).toEqual(
      expect.arrayContaining(["Bitmap Index Scan - appeal_search_idx", "Bitmap Index Scan - appeal_trgm_idx"]),
    );
  });
});
