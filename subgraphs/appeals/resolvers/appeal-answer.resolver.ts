import { FieldResolver, Resolver, Root } from "type-graphql";
import { AppealAnswer } from "../entities/appeal-answer.type";
import { DocumentRef } from "../entities/document.ref";

/** The answer from an appeal's columns, or null while there is none. */
export function answerOf(a: {
  answeredAt: Date | null;
  answerText: string | null;
  answerDocumentId: number | null;
}): AppealAnswer | null {
  return a.answeredAt && a.answerText !== null
    ? { answeredAt: a.answeredAt, text: a.answerText, documentId: a.answerDocumentId }
    : null;
}

@Resolver(() => AppealAnswer)
export class AppealAnswerResolver {
  @FieldResolver(() => DocumentRef, { nullable: true, description: "The registered answer letter." })
  document(@Root() answer: AppealAnswer): DocumentRef | null {
    return answer.documentId === null ? null : { id: String(answer.documentId) };
  }
}
