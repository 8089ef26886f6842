import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { AppealsContext } from "../context";
import { AppealGrouping } from "../entities/appeal-enums";
import { AppealStatRow } from "../entities/appeal-stat-row.type";
import { APPEAL_STATISTICS } from "../services/appeal-access";
import { appealStatistics } from "../services/appeal-statistics.service";

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
}
