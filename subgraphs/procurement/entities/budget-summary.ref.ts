import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import { BudgetLineRef } from "./budget-line.ref";

/**
 * A department's budget of a year, owned by budget; procurement adds the sums of its lines' planned and contracted
 * money. `lines` (ids and amended plans) is budget's: the gateway passes it along for the fields that require it.
 */
@PublicRecord()
@ObjectType("BudgetSummary")
@Directive('@key(fields: "id")')
export class BudgetSummaryRef {
  @Field(() => ID)
  id: string;

  @Field(() => [BudgetLineRef])
  @Directive("@external")
  lines: BudgetLineRef[];
}
