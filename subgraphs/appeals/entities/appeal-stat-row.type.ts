import { Field, Float, Int, ObjectType } from "type-graphql";
import { AppealCounters } from "./appeal-counters.type";
import { DepartmentRef } from "./department.ref";

/** One group of the appeal statistics over a period; counters as in services/appeal-counts.sql.ts. */
@ObjectType("AppealStatRow")
export class AppealStatRow extends AppealCounters {
  @Field({ description: "The group: a category code, department id, type, channel or YYYY-MM." })
  key: string;

  @Field()
  label: string;

  @Field(() => Int, { description: "Answered or closed." })
  answered: number;

  @Field(() => Int, {
    deprecationReason:
      "Means overdueOpen + answeredLate here but only overdueOpen in Department.appealStats; use overdueOpen and answeredLate.",
  })
  overdue: number;

  @Field(() => Float, { nullable: true })
  medianResponseDays: number | null;

  @Field(() => DepartmentRef, { nullable: true, description: "The department, when grouped by department." })
  department: DepartmentRef | null;
}
