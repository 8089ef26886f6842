import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import { DecimalScalar } from "../../common/scalars";

/**
 * A budget line, owned by budget; procurement adds what is planned and contracted against it and its tenders.
 * `amended` is budget's (external): the gateway fetches it for the fields that require it (overCommitted).
 */
@PublicRecord()
@ObjectType("BudgetLine")
@Directive('@key(fields: "id")')
export class BudgetLineRef {
  @Field(() => ID)
  id: string;

  @Field(() => DecimalScalar)
  @Directive("@external")
  /** Present only when a field requires it (the gateway passes it in the representation). */
  amended?: string;
}
