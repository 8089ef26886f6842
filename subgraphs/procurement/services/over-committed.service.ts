import type { ProcurementContext } from "../context";
import { budgetClient } from "../budget-client";
import type { BudgetLineRef } from "../entities/budget-line.ref";
import { contractingOfLines, exceeds } from "./line-contracting.service";

const LINES_OF = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on BudgetLine { id year amended } }
}`;

type BudgetLineFacts = { id: string; year: number; amended: string } | null;

/**
 * The budget lines of `year` whose signed contracts (in the line's share) exceed the amended plan, by id. The link
 * line ↔ tender is procurement's, the year and plan budget's: one statement here for every line with a signed
 * contract, then one batched entity request to budget for those lines' years and plans.
 */
export async function overCommittedLines(ctx: ProcurementContext, year: number): Promise<BudgetLineRef[]> {
  const contracting = await contractingOfLines(ctx.db, null);
  if (contracting.size === 0) return [];
  const representations = [...contracting.keys()].map((id) => ({ __typename: "BudgetLine", id: String(id) }));
  const { _entities: lines } = await budgetClient(ctx.config, ctx)<{ _entities: BudgetLineFacts[] }>(LINES_OF, {
    representations,
  });
  return lines
    .filter((l): l is NonNullable<BudgetLineFacts> => l !== null && l.year === year)
    .filter((l) => exceeds(contracting.get(Number(l.id))!.contracted, l.amended))
    .map((l) => ({ id: l.id, amended: l.amended }));
}
