import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { AppealsContext } from "../context";
import { AppealGrouping } from "../entities/appeal-enums";
import { AppealStatRow } from "../entities/appeal-stat-row.type";
import { appealErrors } from "../errors";
import { canSeeStatistics } from "../services/appeal-access";
import { appealStatistics } from "../services/appeal-statistics.service";

@Resolver(() => AppealStatRow)
export class AppealStatisticsResolver {
  @Query(() => [AppealStatRow], { description: "Appeals received in [from, to), grouped. Managers, analysts and admins." })
  appealStatistics(
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Arg("groupBy", () => AppealGrouping) groupBy: AppealGrouping,
    @Ctx() ctx: AppealsContext,
  ): Promise<AppealStatRow[]> {
    if (ctx.viewer.sub === null) throw appealErrors.signIn("see appeal statistics");
    if (!canSeeStatistics(ctx.viewer)) throw appealErrors.forbidden("Appeal statistics are for managers, analysts and admins");
    return appealStatistics(ctx.db, from, to, groupBy);
  }
}
