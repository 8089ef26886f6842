import { Ctx, Query, Resolver } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import type { AppealsContext } from "../context";
import { AppealCategory } from "../entities/appeal-category.entity";
import { listAppealCategories } from "../services/appeal-category.service";

@Resolver(() => AppealCategory)
export class AppealCategoryResolver {
  @PublicRecord()
  @Query(() => [AppealCategory], {
    nullable: true,
    description: "The categories a citizen may choose, with their terms.",
  })
  appealCategories(@Ctx() ctx: AppealsContext): Promise<AppealCategory[]> {
    return listAppealCategories(ctx.db);
  }
}
