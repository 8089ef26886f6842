import { Field, Int, ObjectType } from "type-graphql";

/** Control of execution in a department: resolutions on control of its documents. */
@ObjectType("ControlStats", {
  description: "Control of execution in a department (контроль виконання): resolutions on control of its documents.",
})
export class ControlStatsType {
  @Field(() => Int, { description: "On control and not yet done." })
  onControl: number;

  @Field(() => Int, { description: "On control, not done, past the due date." })
  overdue: number;

  @Field(() => Int, { description: "Done, with the report made no later than the due date." })
  completedOnTime: number;
}
