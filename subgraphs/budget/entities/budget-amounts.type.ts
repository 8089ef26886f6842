import { Field, Float, Int, ObjectType } from "type-graphql";
import { DecimalScalar } from "../../common/scalars";
import { Fund } from "./fund.enum";

/** The three amounts of expenditure: first plan, plan as changed to date, executed since 1 January. */
@ObjectType("BudgetTotals")
export class BudgetTotals {
  @Field(() => DecimalScalar, { description: "The first plan of the year." })
  approved: string;

  @Field(() => DecimalScalar, { description: "The plan as changed to date." })
  amended: string;

  @Field(() => DecimalScalar, { description: "Executed, cumulative from 1 January." })
  executed: string;

  @Field(() => Float, { nullable: true, description: "executed / amended, 0..1 (4 decimals); null when nothing is planned." })
  executionRate: number | null;
}

/** A department's share of the expenditure budget of one year. */
@ObjectType("BudgetSummary")
export class BudgetSummary extends BudgetTotals {
  @Field(() => Int)
  year: number;
}

@ObjectType("FundTotals")
export class FundTotals extends BudgetTotals {
  @Field(() => Fund)
  fund: Fund;
}

/** An economic group (2000 current, 3000 capital, ...) and its sub-groups (2100, 2200, ...). */
@ObjectType("EconomicGroupTotals")
export class EconomicGroupTotals extends BudgetTotals {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => [EconomicGroupTotals])
  children: EconomicGroupTotals[];
}

/** Revenue: planned and received. */
@ObjectType("RevenueTotals")
export class RevenueTotals {
  @Field(() => DecimalScalar)
  approved: string;

  @Field(() => DecimalScalar)
  amended: string;

  @Field(() => DecimalScalar, { description: "Received, cumulative from 1 January." })
  received: string;

  @Field(() => Float, { nullable: true, description: "received / amended (4 decimals)." })
  executionRate: number | null;
}

/** This year against the one before. */
@ObjectType("YearComparison")
export class YearComparison {
  @Field(() => Int)
  previousYear: number;

  @Field(() => BudgetTotals)
  previous: BudgetTotals;

  @Field(() => BudgetTotals)
  current: BudgetTotals;

  @Field(() => DecimalScalar, { description: "Executed this year minus executed the year before." })
  executedChange: string;

  @Field(() => Float, { nullable: true, description: "executedChange / previous executed (4 decimals)." })
  executedChangeRate: number | null;
}
