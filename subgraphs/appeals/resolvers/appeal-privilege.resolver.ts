import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { AppealsContext } from "../context";
import { PrivilegeCategory } from "../entities/appeal-enums";
import { Appeal } from "../entities/appeal.entity";
import { appealsViewer, HANDLE_APPEALS } from "../services/appeal-access";
import { decideAppealPrivilege } from "../services/appeal-privilege.service";

@Resolver()
export class AppealPrivilegeResolver {
  @Mutation(() => Appeal, {
    description:
      "Confirms (or declines) the applicant's statutory privilege once staff saw the proof; only a confirmed one puts the appeal first. Recorded on the timeline.",
  })
  @Authorized(HANDLE_APPEALS)
  decideAppealPrivilege(
    @Arg("id", () => ID, { description: "The appeal's id." }) id: string,
    @Arg("confirmed", { description: "True: the proof was seen and the appeal goes first; false: declined." })
    confirmed: boolean,
    @Ctx() ctx: AppealsContext,
    @Arg("category", () => PrivilegeCategory, {
      nullable: true,
      description: "The privilege proven; defaults to the one the applicant stated.",
    })
    category?: PrivilegeCategory | null,
    @Arg("version", () => Int, {
      nullable: true,
      description: "The version you read; a CONFLICT if the appeal changed since.",
    })
    version?: number,
  ): Promise<Appeal> {
    return decideAppealPrivilege(ctx.db, appealsViewer(ctx), id, confirmed, category, version);
  }
}
