import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { kyivToday } from "../../common/calendar";
import { parseId } from "../../common/errors";
import { PageArgs, type Page } from "../../common/pagination";
import type { AppealsContext } from "../context";
import { AppealAnswer } from "../entities/appeal-answer.type";
import { AppealConnection } from "../entities/appeal-connection.type";
import { AppealEvent } from "../entities/appeal-event.entity";
import { PrivilegeStatus } from "../entities/appeal-enums";
import { Appeal, OPEN_STATUSES } from "../entities/appeal.entity";
import { Applicant } from "../entities/applicant.type";
import { DepartmentRef } from "../entities/department.ref";
import { StaffRef } from "../entities/staff.ref";
import { AppealFilter } from "../inputs/appeal-filter.input";
import { APPEAL_QUEUE, AppealOrder } from "../inputs/appeal-order.input";
import { appealsViewer, canSeeAppeal, LIST_APPEALS, SEE_APPEALS } from "../services/appeal-access";
import { listAppeals } from "../services/appeal-query.service";
import { answerOf } from "./appeal-answer.resolver";

/** The one check before any personal data of an appeal is returned; each read is audited. */
async function readPersonalData(a: Appeal, ctx: AppealsContext): Promise<boolean> {
  if (!canSeeAppeal(appealsViewer(ctx), a)) return false;
  await ctx.loaders.personalDataReads.load(a.id);
  return true;
}

/** Appeals as staff (and the citizen who filed them) see them; every path checks appeal-access. */
@Resolver(() => Appeal)
export class AppealResolver {
  @Query(() => AppealConnection, {
    nullable: true,
    description:
      "The appeals you may see: confirmed privilege first, then by due date, unless orderBy says otherwise; with filter.search, most relevant first.",
  })
  @Authorized(LIST_APPEALS)
  appeals(
    @Ctx() ctx: AppealsContext,
    @Arg("filter", () => AppealFilter, {
      nullable: true,
      description: "Narrows the queue; none gives every appeal you may see.",
    })
    filter: AppealFilter | undefined,
    @Arg("orderBy", () => AppealOrder, {
      nullable: true,
      defaultValue: APPEAL_QUEUE,
      description: "The order of the list (after relevance with filter.search).",
    })
    orderBy: AppealOrder | null | undefined,
    @Args(() => PageArgs) paging: PageArgs,
  ): Promise<Page<Appeal>> {
    return listAppeals(ctx.db, appealsViewer(ctx), filter, paging, orderBy);
  }

  @Query(() => Appeal, {
    nullable: true,
    description: "One appeal; null when it does not exist or is not yours to see.",
  })
  @Authorized(SEE_APPEALS)
  async appeal(
    @Arg("id", () => ID, { description: "The appeal's id." }) id: string,
    @Ctx() ctx: AppealsContext,
  ): Promise<Appeal | null> {
    const appeal = await ctx.db.getRepository(Appeal).findOneBy({ id: parseId(id) });
    return appeal && canSeeAppeal(appealsViewer(ctx), appeal) ? appeal : null;
  }

  @FieldResolver(() => Boolean, { description: "Still open after the due date (Kyiv calendar)." })
  overdue(@Root() appeal: Appeal): boolean {
    return (OPEN_STATUSES as readonly string[]).includes(appeal.status) && appeal.dueDate < kyivToday();
  }

  @FieldResolver(() => Applicant, {
    nullable: true,
    description: "Personal data: null for anyone who does not handle the appeal.",
  })
  async applicant(@Root() a: Appeal, @Ctx() ctx: AppealsContext): Promise<Applicant | null> {
    if (!(await readPersonalData(a, ctx))) return null;
    return {
      fullName: a.applicantFullName,
      address: a.applicantAddress,
      email: a.applicantEmail,
      phone: a.applicantPhone,
      privileged: a.privilegeClaimed,
      privilegeCategory: a.privilegeCategory,
      privilegeStatus: a.privilegeStatus,
    };
  }

  @FieldResolver(() => Boolean, {
    description: "Staff confirmed the applicant's statutory privilege: handled first (a stated one is on applicant).",
  })
  privileged(@Root() a: Appeal): boolean {
    return a.privilegeStatus === PrivilegeStatus.CONFIRMED;
  }

  @FieldResolver(() => Boolean, {
    description: "A repeated appeal (art. 8): the same applicant appealed in this category within the year before.",
  })
  async repeated(@Root() a: Appeal, @Ctx() ctx: AppealsContext): Promise<boolean> {
    return (await ctx.loaders.earlierByAppeal.load(a.id)).length > 0;
  }

  @FieldResolver(() => [Appeal], {
    description:
      "The same applicant's earlier appeals in this category within a year, oldest first; only those you may open.",
  })
  async earlierAppeals(@Root() a: Appeal, @Ctx() ctx: AppealsContext): Promise<Appeal[]> {
    const viewer = appealsViewer(ctx);
    return (await ctx.loaders.earlierByAppeal.load(a.id)).filter((e) => canSeeAppeal(viewer, e));
  }

  @FieldResolver(() => String, { description: "What the appeal asks." })
  subject(@Root() a: Appeal): string {
    return a.subject;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The citizen's text; like the applicant, only for those who handle it.",
  })
  async text(@Root() a: Appeal, @Ctx() ctx: AppealsContext): Promise<string | null> {
    return (await readPersonalData(a, ctx)) ? a.text : null;
  }

  @FieldResolver(() => DepartmentRef, {
    nullable: true,
    description: "The department handling it; null until assigned.",
  })
  department(@Root() a: Appeal): DepartmentRef | null {
    return a.departmentId === null ? null : { id: String(a.departmentId) };
  }

  @FieldResolver(() => StaffRef, { nullable: true, description: "Its executor; null until one is named." })
  executor(@Root() a: Appeal): StaffRef | null {
    return a.executorId === null ? null : { id: String(a.executorId) };
  }

  @FieldResolver(() => [AppealEvent], { description: "Every step so far, oldest first." })
  timeline(@Root() a: Appeal, @Ctx() ctx: AppealsContext): Promise<AppealEvent[]> {
    return ctx.loaders.timelineByAppeal.load(a.id);
  }

  @FieldResolver(() => AppealAnswer, { nullable: true, description: "The answer, once given." })
  answer(@Root() a: Appeal): AppealAnswer | null {
    return answerOf(a);
  }
}
