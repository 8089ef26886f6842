import { Field, ObjectType } from "type-graphql";
import { PersonalData } from "../../common/cache-hints";
import { PrivilegeCategory, PrivilegeStatus } from "./appeal-enums";

/** The applicant's personal data: only for staff who handle the appeal and the citizen who filed it. */
@PersonalData()
@ObjectType("Applicant")
export class Applicant {
  @Field()
  fullName: string;

  @Field({ description: "Place of residence." })
  address: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field({ description: "Stated statutory privileges (a claim until privilegeStatus is CONFIRMED)." })
  privileged: boolean;

  @Field(() => PrivilegeCategory, { nullable: true, description: "The privilege stated or confirmed." })
  privilegeCategory: PrivilegeCategory | null;

  @Field(() => PrivilegeStatus)
  privilegeStatus: PrivilegeStatus;
}
