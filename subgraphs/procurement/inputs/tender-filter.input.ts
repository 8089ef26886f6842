import { Matches, MaxLength, ValidateIf } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { CalendarDateScalar, DecimalScalar } from "../../common/scalars";
import { SEARCH_MAX_LENGTH } from "../../common/word-search";
import { TenderStatus } from "../entities/tender-status.enum";

/** The longest `ocid` a filter takes, in characters. */
export const OCID_MAX_LENGTH = 100;

/** Narrows a list of tenders; every field is optional and they combine with AND. */
@InputType("TenderFilter", {
  description: "Narrows a list of tenders; every field is optional and they combine with AND.",
})
export class TenderFilter {
  @Field(() => TenderStatus, { nullable: true, description: "Only tenders in this status." })
  status?: TenderStatus | null;

  @Field(() => ID, { nullable: true, description: "The procuring department." })
  procuringEntityId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `The tender with this Open Contracting ID, at most ${OCID_MAX_LENGTH} characters.`,
  })
  @ValidateIf((f: TenderFilter) => f.ocid != null)
  @MaxLength(OCID_MAX_LENGTH, { message: `ocid must be at most ${OCID_MAX_LENGTH} characters` })
  ocid?: string | null;

  @Field(() => String, { nullable: true, description: 'A CPV (ДК021) code or its prefix, e.g. "4521".' })
  @ValidateIf((f: TenderFilter) => f.cpv != null)
  @Matches(/^\d{1,8}(-\d)?$/, { message: 'cpv must be a CPV code or its leading digits, e.g. "45210000-2" or "4521"' })
  cpv?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Estimated value at least this, in its currency." })
  valueFrom?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Estimated value at most this, in its currency." })
  valueTo?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "Published at or after this instant.",
    deprecationReason: "Use publishedSince: a calendar day in Kyiv time.",
  })
  from?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "Published before this instant.",
    deprecationReason: "Use publishedUntil: a calendar day in Kyiv time, inclusive.",
  })
  to?: Date | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: "Published on this day (Kyiv time) or later." })
  publishedSince?: string | null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: "Published on this day (Kyiv time) or earlier: the day itself is included.",
  })
  publishedUntil?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Words of the title or description; at most ${SEARCH_MAX_LENGTH} characters.`,
  })
  @ValidateIf((f: TenderFilter) => f.search != null)
  @MaxLength(SEARCH_MAX_LENGTH, { message: `search must be at most ${SEARCH_MAX_LENGTH} characters` })
  search?: string | null;
}
