import { Field, Int, ObjectType } from "type-graphql";
import { FiscalYearStatus } from "./fiscal-year-status.enum";

/** The city's budget of one year. */
@ObjectType("Budget")
export class Budget {
  @Field(() => Int)
  year: number;

  @Field(() => FiscalYearStatus)
  status: FiscalYearStatus;
}
