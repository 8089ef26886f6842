import { Field, Int, ObjectType } from "type-graphql";
import { DecimalScalar } from "../../common/scalars";

/** A month of a budget line: the plan then, executed to date, and executed in that month alone. */
@ObjectType("BudgetLineMonth")
export class BudgetLineMonth {
  @Field(() => Int)
  month: number;

  @Field(() => DecimalScalar, { description: "The year's plan as it stood that month." })
  plan: string;

  @Field(() => DecimalScalar, { description: "Executed from 1 January to the end of the month." })
  executedToDate: string;

  @Field(() => DecimalScalar, { description: "Executed in this month: the difference from the month before." })
  executedInMonth: string;
}
