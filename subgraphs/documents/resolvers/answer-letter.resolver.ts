import { Arg, Authorized, Ctx, Directive, ID, Mutation, Resolver } from "type-graphql";
import { parseId } from "../../common/errors";
import type { DocumentsContext } from "../context";
import { CityDocument } from "../entities/document.entity";
import { linkAnswerLetter } from "../services/answer-letter.service";
import { LINK_ANSWER_LETTERS } from "../services/document-access";

/**
 * For the appeals subgraph only: `@inaccessible` keeps the mutation out of the gateway's public
 * schema, so it is reached only by a subgraph holding the identity secret, as the caller.
 */
@Resolver()
export class AnswerLetterResolver {
  @Mutation(() => CityDocument, {
    description:
      "Marks an outgoing letter as the answer to an appeal: from then on its handlers and admins only read it.",
  })
  @Directive("@inaccessible")
  @Authorized(LINK_ANSWER_LETTERS)
  linkAnswerLetter(
    @Arg("documentId", () => ID, { description: "The outgoing letter." }) documentId: string,
    @Arg("appealId", () => ID, { description: "The appeal it answers (appeals' id)." }) appealId: string,
    @Ctx() ctx: DocumentsContext,
    @Arg("departmentId", () => ID, { nullable: true, description: "The department handling the appeal, if any." })
    departmentId?: string | null,
    @Arg("executorId", () => ID, { nullable: true, description: "The executor handling the appeal, if any." })
    executorId?: string | null,
  ): Promise<CityDocument> {
    return linkAnswerLetter(ctx.db, ctx, {
      documentId: parseId(documentId, "documentId"),
      appealId: parseId(appealId, "appealId"),
      departmentId: departmentId == null ? null : parseId(departmentId, "departmentId"),
      executorId: executorId == null ? null : parseId(executorId, "executorId"),
    });
  }
}
