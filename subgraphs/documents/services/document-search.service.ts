import { kyivDays, rangeConditions } from "../../common/day-range";
import type { DataSource } from "typeorm";
import { parseId } from "../../common/errors";
import { planPage, type Ordering, type PagePlan } from "../../common/keyset";
import { pageStatements, runPage, type PageStatements } from "../../common/keyset-query";
import { orderingOf } from "../../common/orderings";
import type { Page, PageArgs } from "../../common/pagination";
import { SqlParams } from "../../common/sql-params";
import type { Viewer } from "../../common/viewer";
import { CityDocument } from "../entities/document.entity";
import type { DocumentFilter } from "../inputs/document-filter.input";
import { NEWEST_DOCUMENTS, type DocumentOrder } from "../inputs/document-order.input";
import { wordSearchSql } from "../../common/word-search";
import { documentScopeSql, PUBLIC_SCOPE_SQL } from "./document-access";

/** The order of a documents list: newest registered first unless asked otherwise; relevance first with a search. */
export function documentOrdering(order: DocumentOrder | null | undefined, search: boolean): Ordering {
  const { field, direction } = order ?? NEWEST_DOCUMENTS;
  return orderingOf(field, direction, { column: "registered_at", cast: "timestamptz" }, "id", search);
}

/**
 * Documents the viewer may read (or only PUBLIC ones), filtered, in the asked order; with
 * `search`, ranked by relevance (common/word-search: words and their other forms, "бюджету" finds
 * "бюджет"), the order breaking ties. The kind's Ukrainian names count as words of the document
 * ("рішення" finds council decisions, ranked below documents whose own text matches), and a
 * registration number finds its document.
 */
export function searchDocuments(
  db: DataSource,
  viewer: Viewer,
  filter: DocumentFilter | null | undefined,
  paging: PageArgs,
  order: DocumentOrder | null | undefined,
  publicOnly: boolean,
): Promise<Page<CityDocument>> {
  const { plan, statements } = documentListSql(viewer, filter, paging, order, publicOnly);
  return runPage(db, statements, plan, toEntity);
}

/** The plan and statements of a page of documents (exported so a test can EXPLAIN them). */
export function documentListSql(
  viewer: Viewer,
  filter: DocumentFilter | null | undefined,
  paging: PageArgs,
  order: DocumentOrder | null | undefined,
  publicOnly: boolean,
): { plan: PagePlan; statements: PageStatements } {
  const search = filter?.search?.trim().toLowerCase() || null;
  const plan = planPage(paging, documentOrdering(order, !!search));
  const p = new SqlParams();
  const where = [publicOnly ? PUBLIC_SCOPE_SQL : documentScopeSql(viewer, p)];
  if (filter?.kind) where.push(`d.kind = ${p.add(filter.kind)}`);
  if (filter?.departmentId != null)
    where.push(`d.department_id = ${p.add(parseId(filter.departmentId, "departmentId"))}`);
  if (filter) {
    const days = kyivDays(filter.registeredSince, filter.registeredUntil, {
      since: "registeredSince",
      until: "registeredUntil",
    });
    where.push(
      ...rangeConditions("d.registered_at", p, days, { from: filter.from ?? undefined, to: filter.to ?? undefined }),
    );
  }
  let score = "";
  if (search) {
    const words = wordSearchSql(search, p, { vector: "d.search_vector", text: "d.search_text", trgm: "documents" });
    const number = registrationNumberMatch(search, p);
    where.push(number ? `(${words.where} OR ${number.matches})` : words.where);
    score = `, ${number ? `${words.score} + ${number.score}` : words.score} AS score`;
  }
  const rows = `SELECT d.*${score} FROM documents.document d WHERE ${where.join(" AND ")}`;
  return { plan, statements: pageStatements(rows, p, plan) };
}

/** What a registration number looks like: the running number, then optionally "/" and (part of) the file index. */
const REGISTRATION_NUMBER = /^\d{1,10}(\/[\d-]*)?$/;

/**
 * A search that looks like a registration number matches it exactly ("865/03-8", ranked first)
 * or as a prefix ("865/03", or "865": that running number in any file index), through the
 * prefix index on registration_number; null for any other search.
 */
function registrationNumberMatch(search: string, p: SqlParams): { matches: string; score: string } | null {
  if (!REGISTRATION_NUMBER.test(search)) return null;
  const exact = p.add(search);
  const prefix = p.add(search.includes("/") ? `${search}%` : `${search}/%`);
  return {
    matches: `(d.registration_number = ${exact} OR d.registration_number LIKE ${prefix})`,
    score: `(CASE WHEN d.registration_number = ${exact} THEN 2 WHEN d.registration_number LIKE ${prefix} THEN 1 ELSE 0 END)`,
  };
}

function toEntity(row: Record<string, unknown>): CityDocument {
  return Object.assign(new CityDocument(), {
    id: row.id,
    kind: row.kind,
    registrationYear: row.registration_year,
    registrationSeq: row.registration_seq,
    fileIndex: row.file_index,
    registrationNumber: row.registration_number,
    registeredAt: row.registered_at,
    title: row.title,
    summary: row.summary,
    correspondent: row.correspondent,
    departmentId: row.department_id,
    accessLevel: row.access_level,
    status: row.status,
    registeredBy: row.registered_by,
    answerAppealId: row.answer_appeal_id,
    answerDepartmentId: row.answer_department_id,
    answerExecutorId: row.answer_executor_id,
  });
}
