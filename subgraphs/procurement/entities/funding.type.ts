import { Field, ObjectType } from "type-graphql";
import { BudgetLineRef } from "./budget-line.ref";
import { Money } from "./money.type";

/** Which budget line pays how much of a tender. */
@ObjectType("Funding")
export class Funding {
  @Field(() => Money)
  amount: Money;

  /** Nullable: its fields come from budget, and budget being down must not erase the tender. */
  @Field(() => BudgetLineRef, { nullable: true })
  budgetLine: BudgetLineRef;

  tenderId: number;
}
