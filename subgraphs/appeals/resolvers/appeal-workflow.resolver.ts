import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { CalendarDateScalar } from "../../common/scalars";
import type { AppealsContext } from "../context";
import { documentsClient } from "../documents-client";
import { AppealRejectionReason } from "../entities/appeal-enums";
import { Appeal } from "../entities/appeal.entity";
import { AnswerAppealInput } from "../inputs/answer-appeal.input";
import { appealsViewer, HANDLE_APPEALS } from "../services/appeal-access";
import {
  AppealActions,
  FORWARD_WITHIN_DAYS,
  REASON_MIN_LENGTH,
  STEP_TEXT_MAX_LENGTH,
} from "../services/appeal-actions.service";
import { MAX_TERM_DAYS } from "../services/due-date";

const ID_ARG = { description: "The appeal's id." } as const;

const VERSION = {
  nullable: true,
  description: "The version you read; a CONFLICT if the appeal changed since.",
} as const;

const REJECTION_REASON = `Why, as the citizen reads it, ${REASON_MIN_LENGTH} to ${STEP_TEXT_MAX_LENGTH} characters.`;

/** The manager's control: every transition of an appeal, each recorded on its timeline. */
@Resolver()
@Authorized(HANDLE_APPEALS)
export class AppealWorkflowResolver {
  private actions(ctx: AppealsContext): AppealActions {
    return new AppealActions(ctx.db, appealsViewer(ctx), documentsClient(ctx.config, ctx));
  }

  @Mutation(() => Appeal, { description: "Routes the appeal to a department and, optionally, an executor." })
  assignAppeal(
    @Arg("id", () => ID, ID_ARG) id: string,
    @Arg("departmentId", () => ID, { description: "The department to handle it." }) departmentId: string,
    @Ctx() ctx: AppealsContext,
    @Arg("executorId", () => ID, {
      nullable: true,
      description: "Its executor, a member of that department; optional.",
    })
    executorId?: string,
    @Arg("version", () => Int, VERSION) version?: number,
  ): Promise<Appeal> {
    return this.actions(ctx).assign(id, departmentId, executorId, version);
  }

  @Mutation(() => Appeal, { description: "The executor starts working on it." })
  startAppealWork(
    @Arg("id", () => ID, ID_ARG) id: string,
    @Ctx() ctx: AppealsContext,
    @Arg("version", () => Int, VERSION) version?: number,
  ): Promise<Appeal> {
    return this.actions(ctx).start(id, version);
  }

  @Mutation(() => Appeal, { description: "Records the answer (and the registered answer letter)." })
  answerAppeal(
    @Arg("id", () => ID, ID_ARG) id: string,
    @Arg("input", () => AnswerAppealInput, { description: "The answer." }) input: AnswerAppealInput,
    @Ctx() ctx: AppealsContext,
    @Arg("version", () => Int, VERSION) version?: number,
  ): Promise<Appeal> {
    return this.actions(ctx).answer(id, input, version);
  }

  @Mutation(() => Appeal, { description: "Closes an answered appeal." })
  closeAppeal(
    @Arg("id", () => ID, ID_ARG) id: string,
    @Ctx() ctx: AppealsContext,
    @Arg("version", () => Int, VERSION) version?: number,
  ): Promise<Appeal> {
    return this.actions(ctx).close(id, version);
  }

  @Mutation(() => Appeal, {
    description: `Sends the appeal to the body it belongs to (within ${FORWARD_WITHIN_DAYS} days of receipt).`,
  })
  forwardAppeal(
    @Arg("id", () => ID, ID_ARG) id: string,
    @Arg("to", {
      description: `The body it belongs to, as the citizen reads it, 3 to ${STEP_TEXT_MAX_LENGTH} characters.`,
    })
    to: string,
    @Ctx() ctx: AppealsContext,
    @Arg("version", () => Int, VERSION) version?: number,
  ): Promise<Appeal> {
    return this.actions(ctx).forward(id, to, version);
  }

  @Mutation(() => Appeal, {
    description: "Leaves the appeal without consideration (art. 8), with the ground and the reason the citizen reads.",
  })
  rejectAppeal(
    @Arg("id", () => ID, ID_ARG) id: string,
    @Arg("reason", { description: REJECTION_REASON }) reason: string,
    @Ctx() ctx: AppealsContext,
    @Arg("version", () => Int, VERSION) version?: number,
    @Arg("reasonCode", () => AppealRejectionReason, {
      defaultValue: AppealRejectionReason.OTHER,
      description: "The ground; REPEATED only when an earlier appeal of the applicant (earlierAppeals) was answered.",
    })
    reasonCode: AppealRejectionReason = AppealRejectionReason.OTHER,
  ): Promise<Appeal> {
    return this.actions(ctx).reject(id, reason, reasonCode, version);
  }

  @Mutation(() => Appeal, {
    description: `A longer term set by the head (at most ${MAX_TERM_DAYS} days from receipt); the citizen sees the reason.`,
  })
  extendAppealDeadline(
    @Arg("id", () => ID, ID_ARG) id: string,
    @Arg("dueDate", () => CalendarDateScalar, {
      description: `The new due date (Kyiv calendar): after the current one, at most ${MAX_TERM_DAYS} days from receipt.`,
    })
    dueDate: string,
    @Arg("reason", {
      description: `Why the term is longer, as the citizen reads it, ${REASON_MIN_LENGTH} to ${STEP_TEXT_MAX_LENGTH} characters.`,
    })
    reason: string,
    @Ctx() ctx: AppealsContext,
    @Arg("version", () => Int, VERSION) version?: number,
  ): Promise<Appeal> {
    return this.actions(ctx).extend(id, dueDate, reason, version);
  }
}
