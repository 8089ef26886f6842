import { Field, Float, Int, ObjectType } from "type-graphql";
import { DepartmentRef } from "./department.ref";

/** One group of the appeal statistics over a period; counters as in services/appeal-counts.sql.ts. */
@ObjectType("AppealStatRow")
export class AppealStatRow {
  @Field({ description: "The group: a category code, department id, type, channel or YYYY-MM." })
  key: string;

  @Field()
  label: string;

  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: "Registered, assigned or in progress." })
  open: number;

  @Field(() => Int, { description: "Answered or closed." })
  answered: number;

  @Field(() => Int, {
    deprecationReason:
      "Means overdueOpen + answeredLate here but only overdueOpen in Department.appealStats; use overdueOpen and answeredLate.",
  })
  overdue: number;

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

  @Field(() => Float, { nullable: true })
  medianResponseDays: number | null;

  @Field(() => DepartmentRef, { nullable: true, description: "The department, when grouped by department." })
  department: DepartmentRef | null;
}
