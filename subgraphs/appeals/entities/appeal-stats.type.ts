import { Field, Float, Int, ObjectType } from "type-graphql";

/** How a department handles appeals; overdue is counted against today's Kyiv date (services/appeal-counts.sql.ts). */
@ObjectType("AppealStats")
export class AppealStats {
  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: "Registered, assigned or in progress." })
  open: number;

  @Field(() => Int, {
    deprecationReason:
      "Means overdueOpen here but overdueOpen + answeredLate in appealStatistics; use overdueOpen and answeredLate.",
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
