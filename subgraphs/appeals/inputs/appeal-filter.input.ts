import { MaxLength, ValidateIf } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { CalendarDateScalar } from "../../common/scalars";
import { SEARCH_MAX_LENGTH } from "../../common/word-search";
import { AppealStatus } from "../entities/appeal-enums";

/** Narrows the appeal queue; fields combine with AND. */
@InputType("AppealFilter", { description: "Narrows the appeal queue; fields combine with AND." })
export class AppealFilter {
  @Field(() => [AppealStatus], { nullable: true, description: "Only appeals in one of these statuses." })
  status?: AppealStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Only appeals assigned to this department." })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only appeals assigned to this executor." })
  executorId?: string | null;

  @Field({ nullable: true, description: "Only open appeals past their due date (true), or none of them (false)." })
  overdue?: boolean;

  @Field(() => String, { nullable: true, description: "Only appeals of this category code (see appealCategories)." })
  category?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "Received at or after this instant.",
    deprecationReason: "Use receivedSince: a calendar day in Kyiv time.",
  })
  receivedFrom?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "Received before this instant.",
    deprecationReason: "Use receivedUntil: a calendar day in Kyiv time, inclusive.",
  })
  receivedTo?: Date | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: "Received on this day (Kyiv time) or later." })
  receivedSince?: string | null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: "Received on this day (Kyiv time) or earlier: the day itself is included.",
  })
  receivedUntil?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Finds appeals by the applicant's name, address, e-mail or phone (or part of one), words of the subject or text (other forms of a word too), the registration number or tracking code; ranked by relevance instead of queue order. At most ${SEARCH_MAX_LENGTH} characters.`,
  })
  @ValidateIf((f: AppealFilter) => f.search != null)
  @MaxLength(SEARCH_MAX_LENGTH, { message: `search must be at most ${SEARCH_MAX_LENGTH} characters` })
  search?: string | null;
}
