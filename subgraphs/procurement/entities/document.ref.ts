import { Directive, Field, ID, ObjectType } from "type-graphql";

/** A registered document, owned by documents (which decides who reads what of it). */
@ObjectType("Document")
@Directive('@key(fields: "id", resolvable: false)')
export class DocumentRef {
  @Field(() => ID)
  id: string;
}
