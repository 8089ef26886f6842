import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { CalendarDateScalar } from "../../common/scalars";
import type { AppealsContext } from "../context";
import { AppealGrouping } from "../entities/appeal-enums";
import { AppealStatRow } from "../entities/appeal-stat-row.type";
import { APPEAL_STATISTICS } from "../services/appeal-access";
import { appealCells, appealStatistics } from "../services/appeal-statistics.service";
import { AppealStatCell } from "../entities/appeal-stat-cell.type";
import { statisticsPeriod } from "../services/statistics-period";

const SINCE = "The period's first day, in Kyiv time.";
const UNTIL = "The period's last day, in Kyiv time: the day itself is counted.";
const FROM = "The period's first instant.";
const TO = "The instant the period ends (not counted).";
const USE_DAYS = "Use since and until: calendar days in Kyiv time.";

@Resolver(() => AppealStatRow)
export class AppealStatisticsResolver {
  @Query(() => [AppealStatRow], {
    nullable: true,
    description:
      "Appeals received in the period (since..until, Kyiv days; or [from, to)), grouped. Managers, analysts and admins.",
  })
  @Authorized(APPEAL_STATISTICS)
  appealStatistics(
    @Arg("since", () => CalendarDateScalar, { nullable: true, description: SINCE }) since: string | null,
    @Arg("until", () => CalendarDateScalar, { nullable: true, description: UNTIL }) until: string | null,
    @Arg("groupBy", () => AppealGrouping, { description: "The dimension to group by." }) groupBy: AppealGrouping,
    @Arg("from", () => Date, { nullable: true, description: FROM, deprecationReason: USE_DAYS }) from: Date | null,
    @Arg("to", () => Date, { nullable: true, description: TO, deprecationReason: USE_DAYS }) to: Date | null,
    @Ctx() ctx: AppealsContext,
  ): Promise<AppealStatRow[]> {
    const period = statisticsPeriod({ since, until, from, to });
    return appealStatistics(ctx.db, period.from, period.to, groupBy);
  }

  @Query(() => [AppealStatCell], {
    description:
      "Appeals received in the period (since..until, Kyiv days; or [from, to)), grouped by one or two dimensions in one call (e.g. [CATEGORY, MONTH]): one cell per combination that has appeals, ordered by keys. Counts only. Managers, analysts and admins.",
  })
  @Authorized(APPEAL_STATISTICS)
  appealStatisticsGrid(
    @Arg("since", () => CalendarDateScalar, { nullable: true, description: SINCE }) since: string | null,
    @Arg("until", () => CalendarDateScalar, { nullable: true, description: UNTIL }) until: string | null,
    @Arg("groupBy", () => [AppealGrouping], { description: "One or two different dimensions." })
    groupBy: AppealGrouping[],
    @Arg("from", () => Date, { nullable: true, description: FROM, deprecationReason: USE_DAYS }) from: Date | null,
    @Arg("to", () => Date, { nullable: true, description: TO, deprecationReason: USE_DAYS }) to: Date | null,
    @Ctx() ctx: AppealsContext,
  ): Promise<AppealStatCell[]> {
    const period = statisticsPeriod({ since, until, from, to });
    return appealCells(ctx.db, period.from, period.to, groupBy);
  }
}
