import { Field, Float, Int, ObjectType } from "type-graphql";
import { AppealCounters } from "./appeal-counters.type";
import { DepartmentRef } from "./department.ref";

/** One group of the appeal statistics over a period; counters as in services/appeal-counts.sql.ts. */
@ObjectType("AppealStatRow", { description: "One group of appeal statistics over a period." })
export class AppealStatRow extends AppealCounters {
  @Field({ description: "The group: a category code, department id, type, channel or YYYY-MM." })
  key: string;

  @Field({ description: 'What people read for the key, e.g. "Дороги", "Скарга", "2026-03".' })
  label: string;

  @Field(() => Int, { description: "Answered or closed." })
  answered: number;

  @Field(() => Int, {
    description: "Open past the due date, plus answered late.",
    deprecationReason:
      "Means overdueOpen + answeredLate here but only overdueOpen in Department.appealStats; use overdueOpen and answeredLate.",
  })
  overdue: number;

  @Field(() => Float, { nullable: true, description: "Median days from receipt to answer; null with no answers." })
  medianResponseDays: number | null;

  @Field(() => DepartmentRef, { nullable: true, description: "The department, when grouped by department." })
  department: DepartmentRef | null;
}
