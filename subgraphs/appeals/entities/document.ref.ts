import { Directive, Field, ID, ObjectType } from "type-graphql";

/** A registered document, owned by documents; appeals keeps the id of the answer letter. */
@ObjectType("Document")
@Directive('@key(fields: "id", resolvable: false)')
export class DocumentRef {
  @Field(() => ID)
  id: string;
}
