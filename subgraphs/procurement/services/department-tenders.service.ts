import type { DataSource } from "typeorm";
import { decodeCursor, toPage, type Page } from "../../common/pagination";
import { Tender } from "../entities/tender.entity";
import type { TenderStatus } from "../entities/tender-status.enum";

export interface DepartmentTendersArgs {
  status: TenderStatus | null;
  size: number;
  after: string | null;
}

const COLUMNS = `id, ocid, title, status, procuring_entity_id AS "procuringEntityId", value_amount AS "valueAmount",
                 value_currency AS "valueCurrency", date_published AS "datePublished"`;

/**
 * One page of tenders for each of many procuring entities, newest first (keyset on id), in two
 * statements whatever the number of departments: the pages (a window per department) and the counts.
 */
export async function tendersByDepartment(db: DataSource, ids: number[], args: DepartmentTendersArgs): Promise<Map<number, Page<Tender>>> {
  const [afterId] = (decodeCursor(args.after, ["number"]) ?? [null]) as [number | null];
  const rows: (Tender & { rn: number })[] = await db.query(
    `SELECT * FROM (
       SELECT ${COLUMNS}, row_number() OVER (PARTITION BY procuring_entity_id ORDER BY id DESC) AS rn
         FROM procurement.tender
        WHERE procuring_entity_id = ANY($1) AND ($2::text IS NULL OR status = $2) AND ($3::int IS NULL OR id < $3)
     ) page WHERE rn <= $4 ORDER BY id DESC`,
    [ids, args.status, afterId, args.size + 1],
  );
  const counts: { id: number; n: number }[] = await db.query(
    `SELECT procuring_entity_id AS id, count(*)::int AS n FROM procurement.tender
      WHERE procuring_entity_id = ANY($1) AND ($2::text IS NULL OR status = $2) GROUP BY procuring_entity_id`,
    [ids, args.status],
  );
  const total = new Map(counts.map((c) => [c.id, c.n]));
  const byDepartment = new Map<number, Tender[]>();
  for (const { rn: _rn, ...row } of rows) {
    const list = byDepartment.get(row.procuringEntityId!) ?? [];
    list.push(Object.assign(new Tender(), row));
    byDepartment.set(row.procuringEntityId!, list);
  }
  return new Map(ids.map((id) => [id, toPage(byDepartment.get(id) ?? [], args.size, total.get(id) ?? 0, (t) => [t.id])]));
}
