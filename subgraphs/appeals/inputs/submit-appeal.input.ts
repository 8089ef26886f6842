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

export const MAX_TEXT = 10_000;

/** The person filing (art. 5: full name, place of residence, and a way to answer). */
@InputType("ApplicantInput")
export class ApplicantInput {
  @Field()
  @Matches(/\S+\s+\S+/, { message: "fullName must be the applicant's full name (surname and name)" })
  @Length(3, 200, { message: "fullName must be 3 to 200 characters" })
  fullName: string;

  @Field({ description: "Place of residence." })
  @Length(5, 300, { message: "address must be the place of residence, 5 to 300 characters" })
  address: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((a: ApplicantInput) => a.email != null)
  @IsEmail({}, { message: "email must be an e-mail address such as name@example.com" })
  @MaxLength(254, { message: "email must be at most 254 characters" })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((a: ApplicantInput) => a.phone != null)
  @Matches(/^\+?[0-9 ()-]{9,20}$/, { message: "phone must be a phone number such as +380 44 123 45 67" })
  phone?: string | null;

  @Field({
    nullable: true,
    description:
      "States statutory privileges (veteran, person with disability, ...); staff confirm them before the appeal goes first.",
  })
  privileged?: boolean;

  @Field(() => PrivilegeCategory, { nullable: true, description: "Which privilege; stating one implies privileged." })
  privilegeCategory?: PrivilegeCategory | null;
}

@InputType("LocationInput")
export class LocationInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((l: LocationInput) => l.address != null)
  @MaxLength(300, { message: "location.address must be at most 300 characters" })
  address?: string | null;

  @Field(() => Float, { nullable: true })
  @ValidateIf((l: LocationInput) => l.latitude != null)
  @IsLatitude({ message: "location.latitude must be between -90 and 90" })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @ValidateIf((l: LocationInput) => l.longitude != null)
  @IsLongitude({ message: "location.longitude must be between -180 and 180" })
  longitude?: number | null;
}

@InputType("SubmitAppealInput")
export class SubmitAppealInput {
  @Field({ description: "Chosen by the client; the same key twice gives the same receipt." })
  @Length(8, 100, { message: "idempotencyKey must be 8 to 100 characters" })
  idempotencyKey: string;

  @Field(() => AppealType)
  type: AppealType;

  @Field({ description: "A code from appealCategories." })
  @Length(1, 50, { message: "category must be a code from appealCategories" })
  category: string;

  @Field()
  @Length(3, 300, { message: "subject must be 3 to 300 characters" })
  subject: string;

  @Field()
  @Length(10, MAX_TEXT, { message: `text must be 10 to ${MAX_TEXT} characters` })
  text: string;

  @Field(() => AppealChannel, { nullable: true, defaultValue: AppealChannel.PORTAL })
  channel: AppealChannel;

  @Field({ nullable: true, defaultValue: false })
  collective: boolean;

  @Field(() => ApplicantInput)
  @ValidateNested()
  applicant: ApplicantInput;

  @Field(() => LocationInput, { nullable: true })
  @ValidateIf((i: SubmitAppealInput) => i.location != null)
  @ValidateNested()
  location?: LocationInput | null;
}
