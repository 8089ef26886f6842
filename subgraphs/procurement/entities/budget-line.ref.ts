import { Directive, Field, ID, ObjectType } from "type-graphql";

/** A budget line, owned by budget; procurement adds what is contracted against it and its tenders. */
@ObjectType("BudgetLine")
@Directive('@key(fields: "id")')
export class BudgetLineRef {
  @Field(() => ID)
  id: string;
}
