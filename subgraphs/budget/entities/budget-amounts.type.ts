import { Field, Float, Int, ObjectType } from "type-graphql";
import { DecimalScalar } from "../../common/scalars";

/** The three amounts of a budget: first plan, plan as changed to date, executed since 1 January. */
@ObjectType("BudgetTotals")
export class BudgetTotals {
  @Field(() => DecimalScalar, { description: "The first plan of the year." })
  approved: string;

  @Field(() => DecimalScalar, { description: "The plan as changed to date." })
  amended: string;

  @Field(() => DecimalScalar, { description: "Executed, cumulative from 1 January." })
  executed: string;
}

/** A department's share of the expenditure budget of one year. */
@ObjectType("BudgetSummary")
export class BudgetSummary extends BudgetTotals {
  @Field(() => Int)
  year: number;

  @Field(() => Float, { nullable: true, description: "executed / amended, 0..1 (4 decimals); null when nothing is planned." })
  executionRate: number | null;
}
