import { MaxLength, ValidateIf } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { CalendarDateScalar } from "../../common/scalars";
import { DocumentKind } from "../entities/document-enums";

/** Narrows a document search; fields combine with AND. */
@InputType("DocumentFilter")
export class DocumentFilter {
  @Field(() => DocumentKind, { nullable: true })
  kind?: DocumentKind | null;

  @Field(() => ID, { nullable: true })
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

  @Field(() => String, { nullable: true, description: "Words of the title or summary; ranked by relevance." })
  @ValidateIf((f: DocumentFilter) => f.search != null)
  @MaxLength(200, { message: "search must be at most 200 characters" })
  search?: string | null;
}
