import { MaxLength, ValidateIf } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { DocumentKind } from "../entities/document-enums";

/** Narrows a document search; fields combine with AND. */
@InputType("DocumentFilter")
export class DocumentFilter {
  @Field(() => DocumentKind, { nullable: true })
  kind?: DocumentKind | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => Date, { nullable: true, description: "Registered at or after." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Registered before." })
  to?: Date | null;

  @Field(() => String, { nullable: true, description: "Words of the title or summary; ranked by relevance." })
  @ValidateIf((f: DocumentFilter) => f.search != null)
  @MaxLength(200, { message: "search must be at most 200 characters" })
  search?: string | null;
}
