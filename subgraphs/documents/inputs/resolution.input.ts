import { ArrayMaxSize, ArrayMinSize, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { CalendarDateScalar } from "../../common/scalars";

@InputType("ResolutionInput")
export class ResolutionInput {
  @Field({ description: "The instruction." })
  @Length(3, 5000, { message: "text must be 3 to 5000 characters" })
  text: string;

  @Field(() => [ID], { description: "Executors; the first is responsible." })
  @ArrayMinSize(1, { message: "executorIds must name at least one executor" })
  @ArrayMaxSize(20, { message: "executorIds must name at most 20 executors" })
  executorIds: string[];

  @Field(() => CalendarDateScalar)
  dueDate: string;

  @Field()
  onControl: boolean;
}
