import { Field, Float, Int, ObjectType } from "type-graphql";
import { AppealCounters } from "./appeal-counters.type";

/** How a department handles appeals; overdue is counted against today's Kyiv date (services/appeal-counts.sql.ts). */
@ObjectType("AppealStats", {
  description: "How a department handles appeals; overdue is counted against today in Kyiv.",
})
export class AppealStats extends AppealCounters {
  @Field(() => Int, {
    description: "Open past the due date.",
    deprecationReason:
      "Means overdueOpen here but overdueOpen + answeredLate in appealStatistics; use overdueOpen and answeredLate.",
  })
  overdue: number;

  @Field(() => Float, { nullable: true, description: "Median days from receipt to answer; null with no answers." })
  medianResponseDays: number | null;
}

export const EMPTY_APPEAL_STATS: AppealStats = {
  total: 0,
  open: 0,
  overdue: 0,
  overdueOpen: 0,
  answeredLate: 0,
  answeredOnTime: 0,
  repeated: 0,
  medianResponseDays: null,
};
