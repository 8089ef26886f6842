import { Field, Int, ObjectType } from "type-graphql";

/**
 * The counters every view of appeal statistics shares, each computed by the one SQL definition in
 * services/appeal-counts.sql.ts, so a department's figures and a period's rows mean the same.
 */
@ObjectType()
export abstract class AppealCounters {
  @Field(() => Int, { description: "How many appeals are counted: in the group, or of the department." })
  total: number;

  @Field(() => Int, { description: "Registered, assigned or in progress." })
  open: number;

  @Field(() => Int, { description: "Open and past the due date." })
  overdueOpen: number;

  @Field(() => Int, { description: "Answered after the due date." })
  answeredLate: number;

  @Field(() => Int, { description: "Answered no later than the due date." })
  answeredOnTime: number;

  @Field(() => Int, {
    description: "Repeated appeals: the same applicant's earlier appeal in the same category within a year.",
  })
  repeated: number;
}
