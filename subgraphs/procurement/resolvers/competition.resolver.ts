import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import { parseId } from "../../common/errors";
import { PageArgs, type Page } from "../../common/pagination";
import type { ProcurementContext } from "../context";
import { CompetitionConnection } from "../entities/competition-connection.type";
import { Competition } from "../entities/competition.entity";
import { DepartmentRef } from "../entities/department.ref";
import { CompetitionFilter } from "../inputs/competition-filter.input";
import { listCompetitions } from "../services/competition.service";

@Resolver(() => Competition)
export class CompetitionResolver {
  @PublicRecord()
  @Query(() => CompetitionConnection, {
    nullable: true,
    description: "Competitions (carriers, public projects, vacancies ...), soonest deadline first.",
  })
  competitions(
    @Ctx() ctx: ProcurementContext,
    @Arg("filter", () => CompetitionFilter, {
      nullable: true,
      description: "Narrows the list; none gives every competition.",
    })
    filter: CompetitionFilter | undefined,
    @Args(() => PageArgs) paging: PageArgs,
  ): Promise<Page<Competition>> {
    return listCompetitions(ctx.db, filter, paging);
  }

  @PublicRecord()
  @Query(() => Competition, { nullable: true, description: "One competition by id; null when there is none." })
  competition(
    @Arg("id", () => ID, { description: "The competition's id." }) id: string,
    @Ctx() ctx: ProcurementContext,
  ): Promise<Competition | null> {
    return ctx.loaders.competitionById.load(parseId(id));
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: "The organising department." })
  organizer(@Root() c: Competition): DepartmentRef | null {
    return c.organizerId === null ? null : { id: String(c.organizerId) };
  }
}
