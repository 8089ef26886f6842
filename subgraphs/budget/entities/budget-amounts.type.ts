import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import { DecimalScalar } from "../../common/scalars";
import { Fund } from "./fund.enum";

/**
 * The three amounts of expenditure, as the city's own reports count them: approved is the budget as
 * adopted (the year's first report), amended and executed are those of the year's latest report.
 * A line added by an amendment is not in approved; a line dropped from the latest report is in
 * neither amended nor executed.
 */
@ObjectType("BudgetTotals", { description: "The three amounts of expenditure: approved, amended and executed." })
export class BudgetTotals {
  @Field(() => DecimalScalar, { description: "The budget as adopted: the plan in the year's first report." })
  approved: string;

  @Field(() => DecimalScalar, {
    description: "The plan with every amendment to date: the plan in the year's latest report.",
  })
  amended: string;

  @Field(() => DecimalScalar, { description: "Executed from 1 January, as in the year's latest report." })
  executed: string;

  @Field(() => Float, {
    nullable: true,
    description: "executed / amended, 0..1 (4 decimals); null when nothing is planned.",
  })
  executionRate: number | null;
}

/**
 * A department's share of the expenditure budget of one year. An entity (id "<department id>:<year>"): procurement
 * adds its lines' planned and contracted money, from the lines budget lists here.
 */
@PublicRecord()
@ObjectType("BudgetSummary", {
  description: 'A department\'s share of the expenditure budget of one year (id "<department id>:<year>").',
})
@Directive('@key(fields: "id")')
export class BudgetSummary extends BudgetTotals {
  @Field(() => ID, { description: 'The summary\'s id: "<department id>:<year>".' })
  id: string;

  @Field(() => Int, { description: "The fiscal year." })
  year: number;

  departmentId: number;
}

@ObjectType("FundTotals", { description: "A fund's expenditure in a year." })
export class FundTotals extends BudgetTotals {
  @Field(() => Fund, { description: "The fund." })
  fund: Fund;
}

/** An economic group (2000 current, 3000 capital, ...) and its sub-groups (2100, 2200, ...). */
@ObjectType("EconomicGroupTotals", {
  description: "An economic group of expenditure (2000 current, 3000 capital, ...) and its sub-groups.",
})
export class EconomicGroupTotals extends BudgetTotals {
  @Field({ description: "The group's economic code (КЕКВ), as `2000` or `2100`." })
  code: string;

  @Field({ description: 'The group\'s name in Ukrainian, e.g. "Поточні видатки".' })
  name: string;

  @Field(() => [EconomicGroupTotals], { description: "Its sub-groups (2100, 2200, ...); none below the second level." })
  children: EconomicGroupTotals[];
}

/** Revenue: planned and received, counted like expenditure (first and latest report of the year). */
@ObjectType("RevenueTotals", { description: "Revenue of a year: planned and received." })
export class RevenueTotals {
  @Field(() => DecimalScalar, { description: "The revenue plan as adopted: the year's first report." })
  approved: string;

  @Field(() => DecimalScalar, {
    description: "The revenue plan with every amendment to date: the year's latest report.",
  })
  amended: string;

  @Field(() => DecimalScalar, { description: "Received from 1 January, as in the year's latest report." })
  received: string;

  @Field(() => Float, { nullable: true, description: "received / amended (4 decimals)." })
  executionRate: number | null;
}

/**
 * This year against the one before, like for like: when the year has monthly reports, both years from January to
 * the same month (throughMonth), the year before as its report of that month stood.
 */
@ObjectType("YearComparison", { description: "This year against the one before, like for like." })
export class YearComparison {
  @Field(() => Int, { description: "The year compared with." })
  previousYear: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "Both years are compared from January to the end of this month: this year's latest monthly report, and the year before as it stood then. Null when either year has no monthly reports: then whole years, as last reported, are compared.",
  })
  throughMonth: number | null;

  @Field(() => BudgetTotals, {
    description: "The year before: from January to throughMonth (the plan as it stood then), or the whole year.",
  })
  previous: BudgetTotals;

  @Field(() => BudgetTotals, { description: "This year so far: its latest report." })
  current: BudgetTotals;

  @Field(() => DecimalScalar, {
    description: "Executed this year minus executed the year before, over the same months (see throughMonth).",
  })
  executedChange: string;

  @Field(() => Float, { nullable: true, description: "executedChange / previous executed (4 decimals)." })
  executedChangeRate: number | null;
}
