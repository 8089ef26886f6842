import { MaxLength, ValidateIf } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { CalendarDateScalar } from "../../common/scalars";
import { SEARCH_MAX_LENGTH } from "../../common/word-search";
import { DocumentKind } from "../entities/document-enums";

/** Narrows a document search; fields combine with AND. */
@InputType("DocumentFilter", { description: "Narrows a document search; fields combine with AND." })
export class DocumentFilter {
  @Field(() => DocumentKind, { nullable: true, description: "Only documents of this kind (journal)." })
  kind?: DocumentKind | null;

  @Field(() => ID, { nullable: true, description: "Only documents registered by this department." })
  departmentId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "Registered at or after this instant.",
    deprecationReason: "Use registeredSince: a calendar day in Kyiv time.",
  })
  from?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "Registered before this instant.",
    deprecationReason: "Use registeredUntil: a calendar day in Kyiv time, inclusive.",
  })
  to?: Date | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: "Registered on this day (Kyiv time) or later." })
  registeredSince?: string | null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: "Registered on this day (Kyiv time) or earlier: the day itself is included.",
  })
  registeredUntil?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Words of the title or summary, at most ${SEARCH_MAX_LENGTH} characters; ranked by relevance.`,
  })
  @ValidateIf((f: DocumentFilter) => f.search != null)
  @MaxLength(SEARCH_MAX_LENGTH, { message: `search must be at most ${SEARCH_MAX_LENGTH} characters` })
  search?: string | null;
}
