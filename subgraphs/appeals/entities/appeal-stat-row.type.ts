import { Field, Float, Int, ObjectType } from "type-graphql";
import { DepartmentRef } from "./department.ref";

/** One group of the appeal statistics over a period. */
@ObjectType("AppealStatRow")
export class AppealStatRow {
  @Field({ description: "The group: a category code, department id, type, channel or YYYY-MM." })
  key: string;

  @Field()
  label: string;

  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: "Answered or closed." })
  answered: number;

  @Field(() => Int, { description: "Still open past the due date, or answered after it." })
  overdue: number;

  @Field(() => Float, { nullable: true })
  medianResponseDays: number | null;

  @Field(() => DepartmentRef, { nullable: true, description: "The department, when grouped by department." })
  department: DepartmentRef | null;
}
