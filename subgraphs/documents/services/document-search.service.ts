import type { DataSource } from "typeorm";
import { parseId } from "../../common/errors";
import { decodeCursor, toPage, type Page } from "../../common/pagination";
import { SqlParams } from "../../common/sql-params";
import type { Viewer } from "../../common/viewer";
import { CityDocument } from "../entities/document.entity";
import type { DocumentFilter } from "../inputs/document-filter.input";
import { documentScopeSql, PUBLIC_SCOPE_SQL } from "./document-access";

type Ranked = CityDocument & { score: number };

/**
 * Documents the viewer may read (or only PUBLIC ones), filtered, newest first; with `search`,
 * ranked by relevance: full-text match on words ('simple' configuration, as PostgreSQL ships no
 * Ukrainian stemmer) plus trigram word similarity, so other forms of a word still match
 * ("бюджету" finds "бюджет"). The kind's Ukrainian names count as words of the document ("рішення"
 * finds council decisions, ranked below documents whose own text matches), and a registration
 * number finds its document. Keyset pagination on (score or date, id).
 */
export async function searchDocuments(
  db: DataSource,
  viewer: Viewer,
  filter: DocumentFilter | null | undefined,
  size: number,
  after: string | null | undefined,
  publicOnly: boolean,
): Promise<Page<CityDocument>> {
  const p = new SqlParams();
  const where = [publicOnly ? PUBLIC_SCOPE_SQL : documentScopeSql(viewer, p)];
  if (filter?.kind) where.push(`d.kind = ${p.add(filter.kind)}`);
  if (filter?.departmentId != null)
    where.push(`d.department_id = ${p.add(parseId(filter.departmentId, "departmentId"))}`);
  if (filter?.from) where.push(`d.registered_at >= ${p.add(filter.from)}`);
  if (filter?.to) where.push(`d.registered_at < ${p.add(filter.to)}`);
  const search = filter?.search?.trim().toLowerCase() || null;
  let score = "0::float8";
  if (search) {
    const q = p.add(search);
    const number = registrationNumberMatch(search, p);
    where.push(
      `(d.search_vector @@ plainto_tsquery('simple', ${q}) OR ${q} OPERATOR(documents.<%) d.search_text${number ? ` OR ${number.matches}` : ""})`,
    );
    score = `round((ts_rank(d.search_vector, plainto_tsquery('simple', ${q})) + documents.word_similarity(${q}, d.search_text)${number ? ` + ${number.score}` : ""})::numeric, 6)::float8`;
  }
  const base = `FROM documents.document d WHERE ${where.join(" AND ")}`;
  const [{ n }] = await db.query(...p.positional(`SELECT count(*)::int AS n ${base}`));
  const cursor = decodeCursor(after, search ? ["number", "number"] : ["string", "number"]);
  const page = cursor
    ? search
      ? `WHERE (score, id) < (${p.add(cursor[0])}::float8, ${p.add(cursor[1])}::int)`
      : `WHERE (registered_at, id) < (${p.add(cursor[0])}::timestamptz, ${p.add(cursor[1])}::int)`
    : "";
  const order = search ? "score DESC, id DESC" : "registered_at DESC, id DESC";
  const sql = `SELECT * FROM (SELECT d.*, ${score} AS score ${base}) ranked ${page} ORDER BY ${order} LIMIT ${size + 1}`;
  const rows: Ranked[] = (await db.query(...p.positional(sql))).map((r: Record<string, unknown>) => toEntity(r));
  return toPage(rows, size, n, (d) => (search ? [d.score, d.id] : [d.registeredAt.toISOString(), d.id]));
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

function toEntity(row: Record<string, unknown>): Ranked {
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
    score: row.score,
  }) as Ranked;
}
