import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { groupedByArgs, manyByKey, oneByKey } from "../../common/loaders";
import { toPage, type PagePlan } from "../../common/keyset";
import type { Page } from "../../common/pagination";
import { Competition } from "../entities/competition.entity";
import { Tender } from "../entities/tender.entity";
import type { TenderFilter } from "../inputs/tender-filter.input";
import { awardsOf, contractsOf, fundingOf, itemsOf, lotsOf } from "../services/tender-parts.service";
import { contractingOfLines, type LineContracting } from "../services/line-contracting.service";
import { tendersByOwner } from "../services/tender-query.service";

type OwnerPageKey = { id: number; filter: TenderFilter | null; plan: PagePlan };
const EMPTY_PAGE = (key: OwnerPageKey): Page<Tender> => toPage(key.plan, [], { n: 0, b: 0 });

/** One DataLoader per relation of the procurement subgraph, made fresh for each request. */
export function createProcurementLoaders(db: DataSource) {
  const byTender = <T extends { tenderId: number }>(fetch: (ids: readonly number[]) => Promise<T[]>) =>
    manyByKey(fetch, (r: T) => r.tenderId);
  return {
    tenderById: oneByKey(
      (ids: readonly number[]) => db.getRepository(Tender).findBy({ id: In([...ids]) }),
      (t) => t.id,
    ),
    competitionById: oneByKey(
      (ids: readonly number[]) => db.getRepository(Competition).findBy({ id: In([...ids]) }),
      (c) => c.id,
    ),
    itemsByTender: byTender((ids) => itemsOf(db, ids)),
    lotsByTender: byTender((ids) => lotsOf(db, ids)),
    awardsByTender: byTender((ids) => awardsOf(db, ids)),
    contractsByTender: byTender((ids) => contractsOf(db, ids)),
    fundingByTender: byTender((ids) => fundingOf(db, ids)),
    contractingByLine: new DataLoader<number, LineContracting>(async (ids) => {
      const found = await contractingOfLines(db, ids);
      return ids.map((lineId) => found.get(lineId) ?? { lineId, planned: "0.00", contracted: "0.00" });
    }),
    tendersByDepartment: groupedByArgs<OwnerPageKey, Page<Tender>>(
      (ids, a) => tendersByOwner(db, "department", ids, a.filter, a.plan),
      EMPTY_PAGE,
    ),
    tendersByLine: groupedByArgs<OwnerPageKey, Page<Tender>>(
      (ids, a) => tendersByOwner(db, "budgetLine", ids, a.filter, a.plan),
      EMPTY_PAGE,
    ),
  };
}

export type ProcurementLoaders = ReturnType<typeof createProcurementLoaders>;
