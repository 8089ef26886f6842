import { kyivDays, rangeConditions } from "../../common/day-range";
import type { DataSource } from "typeorm";
import { badInput, parseId } from "../../common/errors";
import { planPage, type Ordering, type PagePlan } from "../../common/keyset";
import {
  entityColumns,
  fetchPagesByOwner,
  OWNER,
  pageStatements,
  runPage,
  type PageStatements,
} from "../../common/keyset-query";
import { orderingOf } from "../../common/orderings";
import type { Page, PageArgs } from "../../common/pagination";
import { SqlParams } from "../../common/sql-params";
import { trgmSchema } from "../../common/trgm-schema";
import { wordSearchSql } from "../../common/word-search";
import { Tender } from "../entities/tender.entity";
import type { TenderFilter } from "../inputs/tender-filter.input";
import { NEWEST_TENDERS, TenderOrderField, type TenderOrder } from "../inputs/tender-order.input";

/** SQL conditions (alias t) for a tender filter, the search aside. */
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
  const days = kyivDays(filter.publishedSince, filter.publishedUntil, {
    since: "publishedSince",
    until: "publishedUntil",
  });
  const instants = { from: filter.from ?? undefined, to: filter.to ?? undefined };
  where.push(...rangeConditions("t.date_published", p, days, instants));
  return where;
}

/** The sort column (over the rows of tenderRows) of each order field. */
const SORT_COLUMNS = {
  [TenderOrderField.PUBLISHED]: { column: `"datePublished"`, cast: "timestamptz" },
  [TenderOrderField.MODIFIED]: { column: `"dateModified"`, cast: "timestamptz" },
  [TenderOrderField.VALUE]: { column: "sort_value", cast: "numeric" },
} as const;

const searchOf = (filter: TenderFilter | null | undefined) => filter?.search?.trim() || null;

/** The order of a tenders list: the asked one (newest published by default), after relevance when searching. */
export function tenderOrdering(
  order: TenderOrder | null | undefined,
  filter: TenderFilter | null | undefined,
): Ordering {
  const { field, direction } = order ?? NEWEST_TENDERS;
  return orderingOf(field, direction, SORT_COLUMNS[field], "id", !!searchOf(filter));
}

/** Checks paging against the list's order: what a loader key carries. */
export function tenderPlan(
  args: PageArgs,
  order: TenderOrder | null | undefined,
  filter: TenderFilter | null | undefined,
): PagePlan {
  return planPage(args, tenderOrdering(order, filter));
}

/**
 * The tenders under a filter as one select (alias t, `from` joining what the owner needs), with
 * the sort columns and, when searching, the relevance `score` (words and their forms, as documents
 * and appeals search: common/word-search).
 */
async function tenderRows(
  db: DataSource,
  filter: TenderFilter | null | undefined,
  p: SqlParams,
  extra: { from: string; where: string[]; columns: string; columnsFrom?: Record<string, string> },
): Promise<string> {
  const where = ["true", ...extra.where, ...tenderConditions(filter, p)];
  const search = searchOf(filter);
  let score = "";
  if (search) {
    const ranked = wordSearchSql(search, p, {
      vector: "t.search_vector",
      text: "t.search_text",
      trgm: await trgmSchema(db),
    });
    where.push(ranked.where);
    score = `, ${ranked.score} AS score`;
  }
  return `SELECT ${entityColumns(db, Tender, "t", extra.columnsFrom)}, coalesce(t.value_amount, -1) AS sort_value${score}${extra.columns}
    FROM ${extra.from} WHERE ${where.join(" AND ")}`;
}

const toTender = ({ sort_value: _v, score: _s, ...row }: Record<string, unknown>) => Object.assign(new Tender(), row);

/** The statements of a page of tenders (exported so a test can EXPLAIN them). */
export async function tenderListSql(
  db: DataSource,
  filter: TenderFilter | null | undefined,
  plan: PagePlan,
): Promise<PageStatements> {
  const p = new SqlParams();
  return pageStatements(
    await tenderRows(db, filter, p, { from: "procurement.tender t", where: [], columns: "" }),
    p,
    plan,
  );
}

/** A page of tenders in the plan's order (tenderPlan), with the count under the same filter. */
export async function listTenders(
  db: DataSource,
  filter: TenderFilter | null | undefined,
  plan: PagePlan,
): Promise<Page<Tender>> {
  return runPage(db, await tenderListSql(db, filter, plan), plan, toTender);
}

/**
 * A budget line's tenders: its funding rows, one per tender (a tender may hold several per line,
 * one per contract), newest published first as funding_line_published_idx holds them, with their
 * tender. The id and date come from funding, so the LATERAL top-N reads the index in order and
 * stops at the page; the join is LEFT (every funding row has its tender: a foreign key) so that a
 * count that uses no tender column reads the index alone (PostgreSQL drops such a join; a filter
 * on the tender makes it inner again).
 */
const BY_LINE = {
  from: `(SELECT DISTINCT ON (budget_line_id, tender_published, tender_id) budget_line_id, tender_published, tender_id
      FROM procurement.funding ORDER BY budget_line_id, tender_published DESC, tender_id DESC) f
    LEFT JOIN procurement.tender t ON t.id = f.tender_id`,
  columnsFrom: { id: "f.tender_id", datePublished: "f.tender_published" },
};

/**
 * One page of tenders for each of many owners (procuring departments, or budget lines through
 * funding), in two statements whatever the number of owners: the counts and the pages, LATERAL
 * per owner on funding_line_published_idx or tender_entity_published_idx
 * (tests/subgraphs/plans.fast.test.ts).
 */
export async function tendersByOwner(
  db: DataSource,
  owner: "department" | "budgetLine",
  ids: number[],
  filter: TenderFilter | null,
  plan: PagePlan,
): Promise<Map<number, Page<Tender>>> {
  const p = new SqlParams();
  const key = owner === "department" ? "t.procuring_entity_id" : "f.budget_line_id";
  const source = owner === "department" ? { from: "procurement.tender t" } : BY_LINE;
  const owners = { ids, param: p.add(ids) };
  const rows = await tenderRows(db, filter, p, {
    ...source,
    where: [`${key} = ${OWNER}`],
    columns: `, ${key} AS owner`,
  });
  return fetchPagesByOwner(db, rows, p, plan, owners, toTender);
}
