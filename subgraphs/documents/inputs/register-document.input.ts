import { Length, Matches, MaxLength, ValidateIf } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { AccessLevel, DocumentKind } from "../entities/document-enums";
import { CORRESPONDENT_MAX_LENGTH, SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH } from "../limits";

@InputType("RegisterDocumentInput", { description: "A document to register in its journal." })
export class RegisterDocumentInput {
  @Field(() => DocumentKind, { description: "Also the journal: each kind is numbered on its own, per year." })
  kind: DocumentKind;

  @Field({ description: `The title (заголовок), 3 to ${TITLE_MAX_LENGTH} characters.` })
  @Length(3, TITLE_MAX_LENGTH, { message: `title must be 3 to ${TITLE_MAX_LENGTH} characters` })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: `A summary of the content (короткий зміст), at most ${SUMMARY_MAX_LENGTH} characters.`,
  })
  @ValidateIf((i: RegisterDocumentInput) => i.summary != null)
  @MaxLength(SUMMARY_MAX_LENGTH, { message: `summary must be at most ${SUMMARY_MAX_LENGTH} characters` })
  summary?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Who the document comes from or goes to (кореспондент), at most ${CORRESPONDENT_MAX_LENGTH} characters.`,
  })
  @ValidateIf((i: RegisterDocumentInput) => i.correspondent != null)
  @MaxLength(CORRESPONDENT_MAX_LENGTH, {
    message: `correspondent must be at most ${CORRESPONDENT_MAX_LENGTH} characters`,
  })
  correspondent?: string | null;

  @Field(() => ID, {
    description: "The registering department: it handles the document, and RESTRICTED keeps it to its staff.",
  })
  @Matches(/^[1-9]\d{0,9}$/, { message: "departmentId must be a department id" })
  departmentId: string;

  @Field(() => AccessLevel, { description: "Who may read it beyond its registration stamp." })
  accessLevel: AccessLevel;

  @Field(() => String, {
    nullable: true,
    description: 'Nomenclature file index, e.g. "03-8"; the department code by default.',
  })
  @ValidateIf((i: RegisterDocumentInput) => i.fileIndex != null)
  @Matches(/^[0-9]{2}(-[0-9]{1,3})*$/, { message: 'fileIndex must be a nomenclature index such as "03-8"' })
  fileIndex?: string | null;
}
