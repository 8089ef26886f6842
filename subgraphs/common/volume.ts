import type { EntityManager } from "typeorm";

/**
 * What the subgraphs generating a city at scale tell each other: ids only (they share nothing
 * else), gathered by `npm run seed:volume` from each generator's answer, in registry order.
 */
export interface VolumeFacts {
  /** The council's departments, each with the staff who may execute its work (documents). */
  departments?: { id: number; headId: number | null; staffIds: number[] }[];
  /** Budget lines by year and department (budget): what tenders are funded from. */
  budgetLines?: { id: number; year: number; departmentId: number; amended: number }[];
}

/** One generation: how big, when, what the others said, and where to report progress. */
export interface VolumePlan {
  /** 1: 100,000 appeals, 50,000 documents, 20,000 tenders; five years of budget at any scale. */
  scale: number;
  /** Kyiv years covered, oldest first: the current year and the four before it. */
  years: number[];
  /** Every generated moment is before this. */
  now: Date;
  facts: VolumeFacts;
  /** Logs that `count` records of `what` were written. */
  report(what: string, count: number): void;
}

/**
 * A subgraph's share of a city at scale: `generate` writes it (once per database and scale, in
 * one transaction), `facts` reads back what the others may use (also when it was written before).
 * It runs after the subgraphs named in `after`, whose facts it needs.
 */
export interface VolumeGenerator {
  after?: readonly string[];
  generate(manager: EntityManager, plan: VolumePlan): Promise<void>;
  facts?(manager: EntityManager, plan: VolumePlan): Promise<VolumeFacts>;
}

/** `perScaleOne` records at scale 1, proportionally at other scales, at least one. */
export const atScale = (plan: VolumePlan, perScaleOne: number): number =>
  Math.max(1, Math.round(perScaleOne * plan.scale));
