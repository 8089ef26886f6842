import type { DataSource } from "typeorm";
import { badInput, parseId } from "../../common/errors";
import { decodeCursor, toPage, type Page } from "../../common/pagination";
import { SqlParams } from "../../common/sql-params";
import { Tender } from "../entities/tender.entity";
import type { TenderFilter } from "../inputs/tender-filter.input";

/** SQL conditions (alias t) for a tender filter. */
export function tenderConditions(filter: TenderFilter | null | undefined, p: SqlParams): string[] {
  const where: string[] = [];
  if (!filter) return where;
  if (filter.status) where.push(`t.status = ${p.add(filter.status)}`);
  if (filter.procuringEntityId != null)
    where.push(`t.procuring_entity_id = ${p.add(parseId(filter.procuringEntityId, "procuringEntityId"))}`);
  if (filter.ocid) where.push(`t.ocid = ${p.add(filter.ocid)}`);
  if (filter.cpv)
    where.push(
      `EXISTS (SELECT 1 FROM procurement.item i WHERE i.tender_id = t.id AND i.code LIKE ${p.add(`${filter.cpv}%`)})`,
    );
  if (filter.valueFrom != null && filter.valueTo != null && Number(filter.valueFrom) > Number(filter.valueTo)) {
    throw badInput("valueTo", "valueTo must not be less than valueFrom");
  }
  if (filter.valueFrom != null) where.push(`t.value_amount >= ${p.add(filter.valueFrom)}::numeric`);
  if (filter.valueTo != null) where.push(`t.value_amount <= ${p.add(filter.valueTo)}::numeric`);
  if (filter.from) where.push(`t.date_published >= ${p.add(filter.from)}`);
  if (filter.to) where.push(`t.date_published < ${p.add(filter.to)}`);
  if (filter.search?.trim())
    where.push(
      `t.search_text LIKE ${p.add(
        `%${filter.search
          .trim()
          .toLowerCase()
          .replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      )}`,
    );
  return where;
}

const COLUMNS = `t.id, t.ocid, t.title, t.description, t.status, t.procurement_method AS "procurementMethod",
  t.main_procurement_category AS "mainProcurementCategory", t.value_amount AS "valueAmount", t.value_currency AS "valueCurrency",
  t.tender_start AS "tenderStart", t.tender_end AS "tenderEnd", t.enquiry_start AS "enquiryStart", t.enquiry_end AS "enquiryEnd",
  t.procuring_entity_id AS "procuringEntityId", t.procuring_entity_name AS "procuringEntityName", t.date_published AS "datePublished"`;

const toTender = (row: Record<string, unknown>) => Object.assign(new Tender(), row);

/** A page of tenders, newest first (keyset on id), with the count under the same filter. */
export async function listTenders(
  db: DataSource,
  filter: TenderFilter | null | undefined,
  size: number,
  after: string | null | undefined,
): Promise<Page<Tender>> {
  const p = new SqlParams();
  const where = ["true", ...tenderConditions(filter, p)];
  const [{ n }] = await db.query(
    ...p.positional(`SELECT count(*)::int AS n FROM procurement.tender t WHERE ${where.join(" AND ")}`),
  );
  const cursor = decodeCursor(after, ["number"]);
  if (cursor) where.push(`t.id < ${p.add(cursor[0])}`);
  const rows = await db.query(
    ...p.positional(
      `SELECT ${COLUMNS} FROM procurement.tender t WHERE ${where.join(" AND ")} ORDER BY t.id DESC LIMIT ${size + 1}`,
    ),
  );
  return toPage(rows.map(toTender), size, n, (t) => [t.id]);
}

/**
 * One page of tenders for each of many owners (procuring departments, or budget lines through
 * funding), newest first, in two statements whatever the number of owners: the pages (a window
 * per owner) and the counts.
 */
export async function tendersByOwner(
  db: DataSource,
  owner: "department" | "budgetLine",
  ids: number[],
  filter: TenderFilter | null,
  size: number,
  after: string | null,
): Promise<Map<number, Page<Tender>>> {
  const p = new SqlParams();
  const key = owner === "department" ? "t.procuring_entity_id" : "f.budget_line_id";
  const from =
    owner === "department"
      ? "procurement.tender t"
      : "procurement.tender t JOIN (SELECT DISTINCT tender_id, budget_line_id FROM procurement.funding) f ON f.tender_id = t.id";
  const where = [`${key} = ANY(${p.add(ids)})`, ...tenderConditions(filter, p)];
  const counts: { owner: number; n: number }[] = await db.query(
    ...p.positional(
      `SELECT ${key} AS owner, count(*)::int AS n FROM ${from} WHERE ${where.join(" AND ")} GROUP BY ${key}`,
    ),
  );
  const cursor = decodeCursor(after, ["number"]);
  if (cursor) where.push(`t.id < ${p.add(cursor[0])}`);
  const rows: Record<string, unknown>[] = await db.query(
    ...p.positional(
      `SELECT * FROM (SELECT ${COLUMNS}, ${key} AS owner, row_number() OVER (PARTITION BY ${key} ORDER BY t.id DESC) AS rn
         FROM ${from} WHERE ${where.join(" AND ")}) page WHERE rn <= ${size + 1} ORDER BY id DESC`,
    ),
  );
  const total = new Map(counts.map((c) => [c.owner, c.n]));
  const byOwner = new Map<number, Tender[]>();
  for (const { owner: o, rn: _rn, ...row } of rows)
    byOwner.set(o as number, [...(byOwner.get(o as number) ?? []), toTender(row)]);
  return new Map(ids.map((id) => [id, toPage(byOwner.get(id) ?? [], size, total.get(id) ?? 0, (t) => [t.id])]));
}
