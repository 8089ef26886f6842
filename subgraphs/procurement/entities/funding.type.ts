import { Field, ObjectType } from "type-graphql";
import { BudgetLineRef } from "./budget-line.ref";
import { Money } from "./money.type";

/** Which budget line pays how much of a tender. */
@ObjectType("Funding")
export class Funding {
  @Field(() => Money)
  amount: Money;

  @Field(() => BudgetLineRef)
  budgetLine: BudgetLineRef;

  tenderId: number;
}
