import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { kyivToday } from "../../common/calendar";
import { staffIdOf } from "../../common/identity";
import { pageSize, type Page } from "../../common/pagination";
import type { DocumentsContext } from "../context";
import { ResolutionConnection } from "../entities/connections.type";
import { ResolutionStatus } from "../entities/document-enums";
import { CityDocument } from "../entities/document.entity";
import { Resolution } from "../entities/resolution.entity";
import { Staff } from "../entities/staff.entity";
import { documentErrors } from "../errors";
import { ResolutionInput } from "../inputs/resolution.input";
import { addResolution } from "../services/resolution.service";
import { openAssignments } from "../services/resolution-query.service";
import { stepResolution } from "../services/resolution-workflow.service";

/** Resolutions and the control of their execution. */
@Resolver(() => Resolution)
export class ResolutionResolver {
  @Mutation(() => Resolution, { description: "The head puts a resolution on a document." })
  addResolution(@Arg("documentId", () => ID) documentId: string, @Arg("input", () => ResolutionInput) input: ResolutionInput, @Ctx() ctx: DocumentsContext): Promise<Resolution> {
    return addResolution(ctx.db, ctx, documentId, input);
  }

  @Mutation(() => Resolution, { description: "The responsible executor reports; on control, it then waits for the controller." })
  completeResolution(@Arg("id", () => ID) id: string, @Arg("report") report: string, @Ctx() ctx: DocumentsContext): Promise<Resolution> {
    return stepResolution(ctx.db, ctx, id, "complete", report);
  }

  @Mutation(() => Resolution, { description: "The controller accepts the report: the resolution is done." })
  acceptResolution(@Arg("id", () => ID) id: string, @Ctx() ctx: DocumentsContext): Promise<Resolution> {
    return stepResolution(ctx.db, ctx, id, "accept", null);
  }

  @Mutation(() => Resolution, { description: "The controller returns the report: the resolution is open again." })
  returnResolution(@Arg("id", () => ID) id: string, @Ctx() ctx: DocumentsContext): Promise<Resolution> {
    return stepResolution(ctx.db, ctx, id, "return", null);
  }

  @Query(() => ResolutionConnection, { description: "Your open resolutions, soonest due first." })
  myAssignments(@Ctx() ctx: DocumentsContext, @Arg("first", () => Int, { nullable: true }) first?: number, @Arg("after", () => String, { nullable: true }) after?: string): Promise<Page<Resolution>> {
    if (ctx.viewer.sub === null) throw documentErrors.signIn("see your assignments");
    const me = staffIdOf(ctx.viewer);
    if (me === null) throw documentErrors.forbidden("Assignments are for council staff");
    return openAssignments(ctx.db, me, pageSize(first), after);
  }

  @FieldResolver(() => Boolean, { description: "Not done and past the due date (Kyiv calendar)." })
  overdue(@Root() r: Resolution): boolean {
    return r.status !== ResolutionStatus.DONE && r.dueDate < kyivToday();
  }

  @FieldResolver(() => [Staff], { description: "Executors; the first is responsible." })
  executors(@Root() r: Resolution, @Ctx() ctx: DocumentsContext): Promise<Staff[]> {
    return ctx.loaders.executorsByResolution.load(r.id);
  }

  @FieldResolver(() => CityDocument)
  async document(@Root() r: Resolution, @Ctx() ctx: DocumentsContext): Promise<CityDocument> {
    const doc = await ctx.loaders.documentById.load(r.documentId);
    if (!doc) throw new Error(`Resolution ${r.id} points at missing document ${r.documentId}`);
    return doc;
  }
}
