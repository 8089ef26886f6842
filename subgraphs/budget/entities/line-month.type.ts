import { Field, Int, ObjectType } from "type-graphql";
import { DecimalScalar } from "../../common/scalars";

/**
 * A monthly report the line is in, as reported: the plan then, executed to date, and executed in
 * that month alone. A line has no month for a report it is absent from, and counts 0 there.
 */
@ObjectType("BudgetLineMonth", { description: "A monthly report the line is in, as reported." })
export class BudgetLineMonth {
  @Field(() => Int, { description: "The month of the report, 1 to 12." })
  month: number;

  @Field(() => DecimalScalar, { description: "The year's plan as it stood that month." })
  plan: string;

  @Field(() => DecimalScalar, { description: "Executed from 1 January to the end of the month." })
  executedToDate: string;

  @Field(() => DecimalScalar, {
    description:
      "Executed in this month: the difference from the year's previous report (0 there when the line was not in it).",
  })
  executedInMonth: string;
}
