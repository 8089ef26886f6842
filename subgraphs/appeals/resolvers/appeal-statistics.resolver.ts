import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { AppealsContext } from "../context";
import { AppealGrouping } from "../entities/appeal-enums";
import { AppealStatRow } from "../entities/appeal-stat-row.type";
import { APPEAL_STATISTICS } from "../services/appeal-access";
import { appealCells, appealStatistics } from "../services/appeal-statistics.service";
import { AppealStatCell } from "../entities/appeal-stat-cell.type";

@Resolver(() => AppealStatRow)
export class AppealStatisticsResolver {
  @Query(() => [AppealStatRow], {
    nullable: true,
    description: "Appeals received in [from, to), grouped. Managers, analysts and admins.",
  })
  @Authorized(APPEAL_STATISTICS)
  appealStatistics(
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Arg("groupBy", () => AppealGrouping) groupBy: AppealGrouping,
    @Ctx() ctx: AppealsContext,
  ): Promise<AppealStatRow[]> {
    return appealStatistics(ctx.db, from, to, groupBy);
  }

  @Query(() => [AppealStatCell], {
    description:
      "Appeals received in [from, to), grouped by one or two dimensions in one call (e.g. [CATEGORY, MONTH]): one cell per combination that has appeals, ordered by keys. Counts only. Managers, analysts and admins.",
  })
  @Authorized(APPEAL_STATISTICS)
  appealStatisticsGrid(
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Arg("groupBy", () => [AppealGrouping], { description: "One or two different dimensions." })
    groupBy: AppealGrouping[],
    @Ctx() ctx: AppealsContext,
  ): Promise<AppealStatCell[]> {
    return appealCells(ctx.db, from, to, groupBy);
  }
}
