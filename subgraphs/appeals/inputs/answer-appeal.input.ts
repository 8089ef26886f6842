import { Length, Matches, ValidateIf } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { MAX_TEXT } from "./submit-appeal.input";

@InputType("AnswerAppealInput", { description: "The answer to an appeal." })
export class AnswerAppealInput {
  @Field({ description: `The answer as the citizen will read it, 10 to ${MAX_TEXT} characters.` })
  @Length(10, MAX_TEXT, { message: `text must be 10 to ${MAX_TEXT} characters` })
  text: string;

  @Field(() => ID, { nullable: true, description: "The answer letter, registered as an outgoing document." })
  @ValidateIf((i: AnswerAppealInput) => i.documentId != null)
  @Matches(/^[1-9]\d{0,9}$/, { message: "documentId must be a document id" })
  documentId?: string | null;
}
