import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppealsContext } from "../context";
import { AppealAnswer } from "../entities/appeal-answer.type";
import { AppealEvent } from "../entities/appeal-event.entity";
import { AppealReceipt } from "../entities/appeal-receipt.type";
import { DepartmentRef } from "../entities/department.ref";
import { TrackedAppeal } from "../entities/tracked-appeal.type";
import { SubmitAppealInput } from "../inputs/submit-appeal.input";
import { appealsSubmitted } from "../metrics";
import { findByTrackingCode } from "../services/appeal-query.service";
import { submitAppeal } from "../services/submit-appeal.service";
import { answerOf } from "./appeal-answer.resolver";

/** What anyone may do, without a token: file an appeal and follow it by its code. */
@Resolver(() => TrackedAppeal)
export class PortalAppealResolver {
  @Mutation(() => AppealReceipt, {
    description: "Files an appeal; it is registered at once. Idempotent by idempotencyKey.",
  })
  async submitAppeal(
    @Arg("input", () => SubmitAppealInput, { description: "The appeal." }) input: SubmitAppealInput,
    @Ctx() ctx: AppealsContext,
  ): Promise<AppealReceipt> {
    const receipt = await submitAppeal(ctx.db, input, ctx.viewer);
    appealsSubmitted.inc();
    return receipt;
  }

  @Query(() => TrackedAppeal, {
    nullable: true,
    description: "Where an appeal is, by its tracking code; null for an unknown code.",
  })
  trackAppeal(
    @Arg("trackingCode", { description: "The receipt's code, as `7K3M-Q9XD-2HPA-WT5R` (any case, spaces allowed)." })
    trackingCode: string,
    @Ctx() ctx: AppealsContext,
  ): Promise<TrackedAppeal | null> {
    return findByTrackingCode(ctx.db, trackingCode);
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: "The department handling it." })
  department(@Root() appeal: TrackedAppeal): DepartmentRef | null {
    return appeal.departmentId === null ? null : { id: String(appeal.departmentId) };
  }

  @FieldResolver(() => [AppealEvent], { description: "Every step so far, oldest first." })
  timeline(@Root() appeal: TrackedAppeal, @Ctx() ctx: AppealsContext): Promise<AppealEvent[]> {
    return ctx.loaders.timelineByAppeal.load(appeal.id);
  }

  @FieldResolver(() => AppealAnswer, { nullable: true, description: "The answer, once given." })
  answer(@Root() appeal: TrackedAppeal): AppealAnswer | null {
    return answerOf(appeal);
  }
}
