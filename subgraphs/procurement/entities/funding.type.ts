import { Field, ObjectType } from "type-graphql";
import { BudgetLineRef } from "./budget-line.ref";
import { Money } from "./money.type";

/** Which budget line pays how much of a tender. */
@ObjectType("Funding", { description: "Money a tender plans from a budget line." })
export class Funding {
  @Field(() => Money, { description: "How much of the tender's value the line funds." })
  amount: Money;

  /** Nullable: its fields come from budget, and budget being down must not erase the tender. */
  @Field(() => BudgetLineRef, { nullable: true, description: "The budget line it comes from." })
  budgetLine: BudgetLineRef;

  tenderId: number;
}
