import { FieldResolver, Resolver, Root } from "type-graphql";
import { DocumentRef } from "../entities/document.ref";
import { Contract } from "../entities/ocds-parts.type";

@Resolver(() => Contract)
export class ContractResolver {
  @FieldResolver(() => [DocumentRef], {
    nullable: true,
    description: "The contract's documents, registered in the documents subgraph (which guards their content).",
  })
  documents(@Root() c: Contract): DocumentRef[] {
    return c.documentIds.map((id) => ({ id: String(id) }));
  }
}
