import { Field, Float, Int, ObjectType } from "type-graphql";
import { AppealCounters } from "./appeal-counters.type";
import { DepartmentRef } from "./department.ref";

/** One cell of the appeal statistics grouped by one or two dimensions; counters as in services/appeal-counts.sql.ts. */
@ObjectType("AppealStatCell", { description: "One cell of appeal statistics grouped by one or two dimensions." })
export class AppealStatCell extends AppealCounters {
  @Field(() => [String], {
    description:
      "The cell's key in each dimension, in the order of groupBy: a category code, department id, type, channel or YYYY-MM.",
  })
  keys: string[];

  @Field(() => [String], { description: "What people read for each key, in the same order." })
  labels: string[];

  @Field(() => Int, { description: "Answered or closed." })
  answered: number;

  @Field(() => Float, { nullable: true, description: "Median days from receipt to answer; null with no answers." })
  medianResponseDays: number | null;

  @Field(() => DepartmentRef, { nullable: true, description: "The department, when one dimension is DEPARTMENT." })
  department: DepartmentRef | null;
}
