import type { EntityManager } from "typeorm";
import { atScale, type VolumeGenerator, type VolumePlan } from "../../common/volume";
import {
  INSERT_AWARD_SUPPLIERS,
  INSERT_AWARDS,
  INSERT_CONTRACTS,
  INSERT_FUNDING,
  INSERT_ITEMS,
  INSERT_SUPPLIERS,
  INSERT_TENDERS,
} from "./tenders.sql";

const one = async (m: EntityManager, sql: string): Promise<number> => Number((await m.query(sql))[0].n);

/** 20,000 tenders at scale 1 over the plan's years, with items, awards, contracts and suppliers. */
async function generate(m: EntityManager, plan: VolumePlan): Promise<void> {
  const from = new Date(Date.UTC(plan.years[0], 0, 1));
  const firstTender = await one(m, `SELECT coalesce(max(id), 0) + 1 AS n FROM procurement.tender`);
  const tenders = atScale(plan, 20_000);
  await m.query(INSERT_TENDERS, [from, plan.now, tenders, firstTender]);
  await m.query(INSERT_ITEMS, [firstTender]);
  plan.report("tenders", tenders);
  const suppliers = atScale(plan, 800);
  const firstSupplier = await one(m, `SELECT coalesce(max(id), 0) + 1 AS n FROM procurement.party`);
  await m.query(INSERT_SUPPLIERS, [suppliers, firstTender]);
  await m.query(INSERT_AWARDS, [firstTender]);
  await m.query(INSERT_AWARD_SUPPLIERS, [firstTender, firstSupplier, suppliers]);
  await m.query(INSERT_CONTRACTS, [firstTender]);
  const contracts = await m.query(`SELECT count(*) AS n FROM procurement.contract WHERE tender_id >= $1`, [
    firstTender,
  ]);
  plan.report("contracts", Number(contracts[0].n));
  await m.query(INSERT_FUNDING, [firstTender, JSON.stringify(plan.facts.budgetLines ?? [])]);
}

/**
 * The procurement subgraph's share of a city at scale: tenders funded from the budget lines of
 * their department and year (the budget subgraph's facts).
 */
export const procurementVolume: VolumeGenerator = { after: ["budget"], generate };
