import type { DataSource } from "typeorm";
import { parseId } from "../../common/errors";
import { planPage, type Ordering } from "../../common/keyset";
import { entityColumns, fetchPage } from "../../common/keyset-query";
import type { Page, PageArgs } from "../../common/pagination";
import { SqlParams } from "../../common/sql-params";
import { Competition } from "../entities/competition.entity";
import type { CompetitionFilter } from "../inputs/competition-filter.input";

/** Soonest deadline first (index competition_deadline_idx, or competition_status_idx by status). */
const SOONEST_DEADLINE: Ordering = {
  name: "DEADLINE_ASC",
  keys: [
    { column: "deadline", cast: "timestamptz", descending: false },
    { column: "id", cast: "int", descending: false },
  ],
};

/** Competitions, soonest deadline first, with the count under the filter. */
export async function listCompetitions(
  db: DataSource,
  filter: CompetitionFilter | null | undefined,
  paging: PageArgs,
): Promise<Page<Competition>> {
  const plan = planPage(paging, SOONEST_DEADLINE);
  const p = new SqlParams();
  const where = ["true"];
  if (filter?.status) where.push(`c.status = ${p.add(filter.status)}`);
  if (filter?.kind) where.push(`c.kind = ${p.add(filter.kind)}`);
  if (filter?.organizerId != null) where.push(`c.organizer_id = ${p.add(parseId(filter.organizerId, "organizerId"))}`);
  const rows = `SELECT ${entityColumns(db, Competition, "c")} FROM procurement.competition c WHERE ${where.join(" AND ")}`;
  return fetchPage(db, rows, p, plan, (row) => Object.assign(new Competition(), row));
}
