import type { DataSource } from "typeorm";
import type { CsvTable } from "../../common/csv-route";

/**
 * Every tender as an open-data table, by id: the graph's figures (status and category spelled as the graph's
 * enums), the procuring department's id, and the tender's contracted money (signed contracts, active and
 * terminated). Dates are ISO 8601 instants in UTC, as the graph's DateTime.
 */
export async function tendersTable(db: DataSource): Promise<CsvTable> {
  const rows: Record<string, string | number | null>[] = await db.query(
    `SELECT t.id, t.ocid, t.title, upper(t.status) AS status, upper(t.procurement_method) AS procurement_method,
            upper(t.main_procurement_category) AS category, t.value_amount::text AS value_amount, t.value_currency AS currency,
            t.procuring_entity_id AS department_id,
            to_char(t.date_published AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS date_published,
            (SELECT sum(coalesce(c.value_amount, 0))::numeric(18,2)::text FROM procurement.contract c
              WHERE c.tender_id = t.id AND c.status IN ('active', 'terminated')) AS contracted
       FROM procurement.tender t ORDER BY t.id`,
  );
  const columns = [
    "id",
    "ocid",
    "title",
    "status",
    "procurement_method",
    "category",
    "value_amount",
    "currency",
    "department_id",
    "date_published",
    "contracted",
  ];
  return { fileName: "tenders.csv", columns, rows: rows.map((r) => columns.map((c) => r[c])) };
}
