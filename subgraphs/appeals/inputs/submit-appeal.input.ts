import {
  IsEmail,
  IsLatitude,
  IsLongitude,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from "class-validator";
import { Field, Float, InputType } from "type-graphql";
import { AppealChannel, AppealType, PrivilegeCategory } from "../entities/appeal-enums";

/** The longest texts an appeal takes, in characters: validation, messages and the schema's descriptions read these. */
export const MAX_TEXT = 10_000;
export const FULL_NAME_MAX_LENGTH = 200;
export const ADDRESS_MAX_LENGTH = 300;
export const EMAIL_MAX_LENGTH = 254;
export const SUBJECT_MAX_LENGTH = 300;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 100;

/** The person filing (art. 5: full name, place of residence, and a way to answer). */
@InputType("ApplicantInput", {
  description: "The person filing (art. 5: full name, place of residence, and a way to answer).",
})
export class ApplicantInput {
  @Field({ description: `Surname and name (and patronymic), 3 to ${FULL_NAME_MAX_LENGTH} characters.` })
  @Matches(/\S+\s+\S+/, { message: "fullName must be the applicant's full name (surname and name)" })
  @Length(3, FULL_NAME_MAX_LENGTH, { message: `fullName must be 3 to ${FULL_NAME_MAX_LENGTH} characters` })
  fullName: string;

  @Field({ description: `Place of residence, 5 to ${ADDRESS_MAX_LENGTH} characters.` })
  @Length(5, ADDRESS_MAX_LENGTH, {
    message: `address must be the place of residence, 5 to ${ADDRESS_MAX_LENGTH} characters`,
  })
  address: string;

  @Field(() => String, {
    nullable: true,
    description: `E-mail for the answer, at most ${EMAIL_MAX_LENGTH} characters; portal, e-mail and hotline appeals need it or a phone.`,
  })
  @ValidateIf((a: ApplicantInput) => a.email != null)
  @IsEmail({}, { message: "email must be an e-mail address such as name@example.com" })
  @MaxLength(EMAIL_MAX_LENGTH, { message: `email must be at most ${EMAIL_MAX_LENGTH} characters` })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Phone for the answer, as `+380 44 123 45 67`." })
  @ValidateIf((a: ApplicantInput) => a.phone != null)
  @Matches(/^\+?[0-9 ()-]{9,20}$/, { message: "phone must be a phone number such as +380 44 123 45 67" })
  phone?: string | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description:
      "States statutory privileges (veteran, person with disability, ...); staff confirm them before the appeal goes first.",
  })
  privileged?: boolean;

  @Field(() => PrivilegeCategory, { nullable: true, description: "Which privilege; stating one implies privileged." })
  privilegeCategory?: PrivilegeCategory | null;
}

@InputType("LocationInput", {
  description: "Where the matter of the appeal is (a pothole, a broken lamp), if it has a place.",
})
export class LocationInput {
  @Field(() => String, {
    nullable: true,
    description: `The place's address, at most ${ADDRESS_MAX_LENGTH} characters.`,
  })
  @ValidateIf((l: LocationInput) => l.address != null)
  @MaxLength(ADDRESS_MAX_LENGTH, { message: `location.address must be at most ${ADDRESS_MAX_LENGTH} characters` })
  address?: string | null;

  @Field(() => Float, { nullable: true, description: "Latitude in degrees (WGS 84), -90 to 90." })
  @ValidateIf((l: LocationInput) => l.latitude != null)
  @IsLatitude({ message: "location.latitude must be between -90 and 90" })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude in degrees (WGS 84), -180 to 180." })
  @ValidateIf((l: LocationInput) => l.longitude != null)
  @IsLongitude({ message: "location.longitude must be between -180 and 180" })
  longitude?: number | null;
}

@InputType("SubmitAppealInput", { description: "A citizen's appeal to submit." })
export class SubmitAppealInput {
  @Field({
    description: `Chosen by the client, 8 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters; the same key twice gives the same receipt.`,
  })
  @Length(8, IDEMPOTENCY_KEY_MAX_LENGTH, {
    message: `idempotencyKey must be 8 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters`,
  })
  idempotencyKey: string;

  @Field(() => AppealType, { description: "Proposal, application or complaint." })
  type: AppealType;

  @Field({ description: "A code from appealCategories." })
  @Length(1, 50, { message: "category must be a code from appealCategories" })
  category: string;

  @Field({ description: `What the appeal asks, in short, 3 to ${SUBJECT_MAX_LENGTH} characters.` })
  @Length(3, SUBJECT_MAX_LENGTH, { message: `subject must be 3 to ${SUBJECT_MAX_LENGTH} characters` })
  subject: string;

  @Field({ description: `The appeal's text, 10 to ${MAX_TEXT} characters.` })
  @Length(10, MAX_TEXT, { message: `text must be 10 to ${MAX_TEXT} characters` })
  text: string;

  @Field(() => AppealChannel, {
    nullable: true,
    defaultValue: AppealChannel.PORTAL,
    description: "How it reached the council; staff registering a letter or a call name the channel.",
  })
  channel: AppealChannel;

  @Field({ nullable: true, defaultValue: false, description: "A collective appeal, signed by several people." })
  collective: boolean;

  @Field(() => ApplicantInput, { description: "Who files it." })
  @ValidateNested()
  applicant: ApplicantInput;

  @Field(() => LocationInput, { nullable: true, description: "Where the matter is, if it has a place." })
  @ValidateIf((i: SubmitAppealInput) => i.location != null)
  @ValidateNested()
  location?: LocationInput | null;
}
