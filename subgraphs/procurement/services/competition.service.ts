import type { DataSource } from "typeorm";
import { parseId } from "../../common/errors";
import { decodeCursor, toPage, type Page } from "../../common/pagination";
import { Competition } from "../entities/competition.entity";
import type { CompetitionFilter } from "../inputs/competition-filter.input";

/** Competitions, soonest deadline first (keyset on deadline, id), with the count under the filter. */
export async function listCompetitions(
  db: DataSource,
  filter: CompetitionFilter | null | undefined,
  size: number,
  after: string | null | undefined,
): Promise<Page<Competition>> {
  const query = db.getRepository(Competition).createQueryBuilder("c");
  if (filter?.status) query.andWhere("c.status = :status", { status: filter.status });
  if (filter?.kind) query.andWhere("c.kind = :kind", { kind: filter.kind });
  if (filter?.organizerId != null)
    query.andWhere("c.organizer_id = :organizer", { organizer: parseId(filter.organizerId, "organizerId") });
  const totalCount = await query.clone().getCount();
  const cursor = decodeCursor(after, ["string", "number"]);
  if (cursor)
    query.andWhere("(c.deadline, c.id) > (:deadline::timestamptz, :id::int)", { deadline: cursor[0], id: cursor[1] });
  const rows = await query
    .orderBy("c.deadline", "ASC")
    .addOrderBy("c.id", "ASC")
    .limit(size + 1)
    .getMany();
  return toPage(rows, size, totalCount, (c) => [c.deadline.toISOString(), c.id]);
}
