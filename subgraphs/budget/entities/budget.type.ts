import { Field, Int, ObjectType } from "type-graphql";
import { FiscalYearStatus } from "./fiscal-year-status.enum";

/** The city's budget of one year. */
@ObjectType("Budget", { description: "The city's budget of one year." })
export class Budget {
  @Field(() => Int, { description: "The fiscal year." })
  year: number;

  @Field(() => FiscalYearStatus, { description: "Where the year stands: draft, approved, amended or closed." })
  status: FiscalYearStatus;
}
