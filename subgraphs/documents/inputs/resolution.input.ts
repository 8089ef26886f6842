import { ArrayMaxSize, ArrayMinSize, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { CalendarDateScalar } from "../../common/scalars";
import { MAX_EXECUTORS, RESOLUTION_TEXT_MAX_LENGTH } from "../limits";

@InputType("ResolutionInput", { description: "A resolution to put on a document." })
export class ResolutionInput {
  @Field({ description: `The instruction, 3 to ${RESOLUTION_TEXT_MAX_LENGTH} characters.` })
  @Length(3, RESOLUTION_TEXT_MAX_LENGTH, { message: `text must be 3 to ${RESOLUTION_TEXT_MAX_LENGTH} characters` })
  text: string;

  @Field(() => [ID], { description: `Executors, 1 to ${MAX_EXECUTORS}, each once; the first is responsible.` })
  @ArrayMinSize(1, { message: "executorIds must name at least one executor" })
  @ArrayMaxSize(MAX_EXECUTORS, { message: `executorIds must name at most ${MAX_EXECUTORS} executors` })
  executorIds: string[];

  @Field(() => CalendarDateScalar, {
    description: "The due date (Kyiv calendar); a day off moves to the working day before.",
  })
  dueDate: string;

  @Field({ description: "On control: the author accepts or returns the executor's report." })
  onControl: boolean;
}
