import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import { DecimalScalar } from "../../common/scalars";

/**
 * A budget line, owned by budget; procurement adds what is planned and contracted against it and its tenders.
 * `amended` is budget's (external): the gateway fetches it for the fields that require it (overCommitted).
 */
@PublicRecord()
@ObjectType("BudgetLine", {
  description:
    "An expenditure line of a year's budget: programme (КПКВК) × economic code (КЕКВ) × fund, with its plan and execution.",
})
@Directive('@key(fields: "id")')
export class BudgetLineRef {
  @Field(() => ID, { description: "The line's id in the graph." })
  id: string;

  @Field(() => DecimalScalar, { description: "The plan in the year's latest report; 0 for a line no longer in it." })
  @Directive("@external")
  /** Present only when a field requires it (the gateway passes it in the representation). */
  amended?: string;
}
