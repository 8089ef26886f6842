import { Directive, Field, ID, ObjectType } from "type-graphql";

/** A registered document, owned by documents; appeals keeps the id of the answer letter. */
@ObjectType("Document", { description: "A registered document of the council." })
@Directive('@key(fields: "id", resolvable: false)')
export class DocumentRef {
  @Field(() => ID, { description: "The document's id in the graph (not its registration number)." })
  id: string;
}
