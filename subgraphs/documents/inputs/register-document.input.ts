import { Length, Matches, MaxLength, ValidateIf } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { AccessLevel, DocumentKind } from "../entities/document-enums";

@InputType("RegisterDocumentInput")
export class RegisterDocumentInput {
  @Field(() => DocumentKind, { description: "Also the journal: each kind is numbered on its own, per year." })
  kind: DocumentKind;

  @Field()
  @Length(3, 500, { message: "title must be 3 to 500 characters" })
  title: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((i: RegisterDocumentInput) => i.summary != null)
  @MaxLength(5000, { message: "summary must be at most 5000 characters" })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: "Who the document comes from or goes to." })
  @ValidateIf((i: RegisterDocumentInput) => i.correspondent != null)
  @MaxLength(300, { message: "correspondent must be at most 300 characters" })
  correspondent?: string | null;

  @Field(() => ID)
  @Matches(/^[1-9]\d{0,9}$/, { message: "departmentId must be a department id" })
  departmentId: string;

  @Field(() => AccessLevel)
  accessLevel: AccessLevel;

  @Field(() => String, {
    nullable: true,
    description: 'Nomenclature file index, e.g. "03-8"; the department code by default.',
  })
  @ValidateIf((i: RegisterDocumentInput) => i.fileIndex != null)
  @Matches(/^[0-9]{2}(-[0-9]{1,3})*$/, { message: 'fileIndex must be a nomenclature index such as "03-8"' })
  fileIndex?: string | null;
}
