import { Field, ObjectType } from "type-graphql";

/** The applicant's personal data: only for staff who handle the appeal and the citizen who filed it. */
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

  @Field()
  privileged: boolean;
}
