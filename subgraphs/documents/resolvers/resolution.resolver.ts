import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { kyivToday } from "../../common/calendar";
import { PageArgs, type Page } from "../../common/pagination";
import type { DocumentsContext } from "../context";
import { ResolutionConnection } from "../entities/connections.type";
import { ResolutionStatus } from "../entities/document-enums";
import { CityDocument } from "../entities/document.entity";
import { Resolution } from "../entities/resolution.entity";
import { Staff } from "../entities/staff.entity";
import { ResolutionInput } from "../inputs/resolution.input";
import { MY_ASSIGNMENTS, PUT_RESOLUTIONS, staffIdFor, WORK_ON_RESOLUTIONS } from "../services/document-access";
import { addResolution } from "../services/resolution.service";
import { openAssignments } from "../services/resolution-query.service";
import { stepResolution } from "../services/resolution-workflow.service";
import { REPORT_MAX_LENGTH } from "../limits";

/** Resolutions and the control of their execution. */
@Resolver(() => Resolution)
export class ResolutionResolver {
  @Mutation(() => Resolution, { description: "The head puts a resolution on a document." })
  @Authorized(PUT_RESOLUTIONS)
  addResolution(
    @Arg("documentId", () => ID, { description: "The document the resolution is put on." }) documentId: string,
    @Arg("input", () => ResolutionInput, { description: "The resolution." }) input: ResolutionInput,
    @Ctx() ctx: DocumentsContext,
  ): Promise<Resolution> {
    return addResolution(ctx.db, ctx, documentId, input);
  }

  @Mutation(() => Resolution, {
    description: "The responsible executor reports; on control, it then waits for the controller.",
  })
  @Authorized(WORK_ON_RESOLUTIONS)
  completeResolution(
    @Arg("id", () => ID, { description: "The resolution's id." }) id: string,
    @Arg("report", { description: `What was done, 3 to ${REPORT_MAX_LENGTH} characters.` }) report: string,
    @Ctx() ctx: DocumentsContext,
  ): Promise<Resolution> {
    return stepResolution(ctx.db, ctx, id, "complete", report);
  }

  @Mutation(() => Resolution, { description: "The controller accepts the report: the resolution is done." })
  @Authorized(WORK_ON_RESOLUTIONS)
  acceptResolution(
    @Arg("id", () => ID, { description: "The resolution's id." }) id: string,
    @Ctx() ctx: DocumentsContext,
  ): Promise<Resolution> {
    return stepResolution(ctx.db, ctx, id, "accept", null);
  }

  @Mutation(() => Resolution, { description: "The controller returns the report: the resolution is open again." })
  @Authorized(WORK_ON_RESOLUTIONS)
  returnResolution(
    @Arg("id", () => ID, { description: "The resolution's id." }) id: string,
    @Ctx() ctx: DocumentsContext,
  ): Promise<Resolution> {
    return stepResolution(ctx.db, ctx, id, "return", null);
  }

  @Query(() => ResolutionConnection, { nullable: true, description: "Your open resolutions, soonest due first." })
  @Authorized(MY_ASSIGNMENTS)
  myAssignments(@Ctx() ctx: DocumentsContext, @Args(() => PageArgs) paging: PageArgs): Promise<Page<Resolution>> {
    return openAssignments(ctx.db, staffIdFor(ctx.viewer, "Assignments are for council staff"), paging);
  }

  @FieldResolver(() => Boolean, { description: "Not done and past the due date (Kyiv calendar)." })
  overdue(@Root() r: Resolution): boolean {
    return r.status !== ResolutionStatus.DONE && r.dueDate < kyivToday();
  }

  @FieldResolver(() => [Staff], { description: "Executors; the first is responsible." })
  executors(@Root() r: Resolution, @Ctx() ctx: DocumentsContext): Promise<Staff[]> {
    return ctx.loaders.executorsByResolution.load(r.id);
  }

  @FieldResolver(() => CityDocument, { description: "The document the resolution is on." })
  async document(@Root() r: Resolution, @Ctx() ctx: DocumentsContext): Promise<CityDocument> {
    const doc = await ctx.loaders.documentById.load(r.documentId);
    if (!doc) throw new Error(`Resolution ${r.id} points at missing document ${r.documentId}`);
    return doc;
  }
}
