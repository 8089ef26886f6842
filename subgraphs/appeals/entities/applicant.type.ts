import { Field, ObjectType } from "type-graphql";
import { PersonalData } from "../../common/cache-hints";
import { PrivilegeCategory, PrivilegeStatus } from "./appeal-enums";

/** The applicant's personal data: only for staff who handle the appeal and the citizen who filed it. */
@PersonalData()
@ObjectType("Applicant", {
  description: "The applicant's personal data: for staff who handle the appeal and the citizen who filed it.",
})
export class Applicant {
  @Field({ description: 'Full name, e.g. "Шевченко Олена Іванівна".' })
  fullName: string;

  @Field({ description: "Place of residence." })
  address: string;

  @Field(() => String, { nullable: true, description: "E-mail for the answer, if given." })
  email: string | null;

  @Field(() => String, { nullable: true, description: "Phone for the answer, if given." })
  phone: string | null;

  @Field({ description: "Stated statutory privileges (a claim until privilegeStatus is CONFIRMED)." })
  privileged: boolean;

  @Field(() => PrivilegeCategory, { nullable: true, description: "The privilege stated or confirmed." })
  privilegeCategory: PrivilegeCategory | null;

  @Field(() => PrivilegeStatus, { description: "Whether staff confirmed the stated privilege." })
  privilegeStatus: PrivilegeStatus;
}
