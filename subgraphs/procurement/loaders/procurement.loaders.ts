import type { DataSource } from "typeorm";
import { groupedByArgs, oneByKey } from "../../common/loaders";
import type { Page } from "../../common/pagination";
import type { Tender } from "../entities/tender.entity";
import { tendersByDepartment, type DepartmentTendersArgs } from "../services/department-tenders.service";
import { tendersById } from "../services/tender.service";

const EMPTY_PAGE = (): Page<Tender> => ({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });

/** One DataLoader per relation of the procurement subgraph, made fresh for each request. */
export function createProcurementLoaders(db: DataSource) {
  return {
    tenderById: oneByKey((ids: readonly number[]) => tendersById(db, ids), (t) => t.id),
    tendersByDepartment: groupedByArgs<DepartmentTendersArgs & { id: number }, Page<Tender>>(
      (ids, args) => tendersByDepartment(db, ids, args),
      EMPTY_PAGE,
    ),
  };
}

export type ProcurementLoaders = ReturnType<typeof createProcurementLoaders>;
