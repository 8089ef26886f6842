import type { DataSource, EntityManager } from "typeorm";
import { daysBetween, kyivDate } from "../../common/calendar";
import { badInput, parseId } from "../../common/errors";
import { AppealRejectionReason } from "../entities/appeal-enums";
import type { Appeal } from "../entities/appeal.entity";
import type { AnswerAppealInput } from "../inputs/answer-appeal.input";
import type { SubgraphClient } from "../../common/subgraph-client";
import { checkAssignment, linkAnswerLetter } from "./appeal-references";
import type { AppealsViewer } from "./appeal-access";
import { assertRepeatedGround } from "./appeal-repeats.service";
import { changeAppeal } from "./appeal-workflow.service";
import { latestDueDate, MAX_TERM_DAYS } from "./due-date";

/** Days within which an appeal sent to the wrong body is forwarded (art. 7). */
export const FORWARD_WITHIN_DAYS = 5;

/** The longest text a handling step takes (the forwarding body, a reason), in characters. */
export const STEP_TEXT_MAX_LENGTH = 1000;
/** The shortest reason a citizen is given for a rejection or a longer term. */
export const REASON_MIN_LENGTH = 10;

const required = (field: string, value: string, min = 3, max = STEP_TEXT_MAX_LENGTH) => {
  const text = value.trim();
  if (text.length < min || text.length > max) throw badInput(field, `${field} must be ${min} to ${max} characters`);
  return text;
};

/** The statuses' actions. Each is one call of changeAppeal with its own checks and timeline note. */
export class AppealActions {
  /**
   * `documents`: the documents subgraph as the caller, which owns departments, staff and letters.
   * `at`: when the actions happen; now, but for the demo seed's history.
   */
  constructor(
    private readonly db: DataSource | EntityManager,
    private readonly viewer: AppealsViewer,
    private readonly documents: SubgraphClient,
    private readonly at?: Date,
  ) {}

  /** The department and executor must exist and the executor work there (checked with documents). */
  assign(
    id: string,
    departmentId: string,
    executorId: string | null | undefined,
    version?: number | null,
  ): Promise<Appeal> {
    const department = parseId(departmentId, "departmentId");
    const executor = executorId == null ? null : parseId(executorId, "executorId");
    return changeAppeal(this.db, this.viewer, id, "assign", version, async () => {
      await checkAssignment(this.documents, department, executor);
      return {
        patch: { departmentId: department, executorId: executor },
        note: executor === null ? "Передано на розгляд до підрозділу" : "Призначено виконавця",
        at: this.at,
      };
    });
  }

  start(id: string, version?: number | null): Promise<Appeal> {
    return changeAppeal(this.db, this.viewer, id, "start", version, () => ({
      patch: {},
      note: "Розгляд розпочато",
      at: this.at,
    }));
  }

  /** An answer letter is marked in documents in the same transaction: shown to the appeal's handlers only. */
  answer(id: string, input: AnswerAppealInput, version?: number | null): Promise<Appeal> {
    const documentId = input.documentId ? parseId(input.documentId, "documentId") : null;
    return changeAppeal(this.db, this.viewer, id, "answer", version, (appeal) => ({
      patch: { answeredAt: this.at ?? new Date(), answerText: input.text.trim(), answerDocumentId: documentId },
      note: "Надано відповідь",
      at: this.at,
      afterWrite:
        documentId === null
          ? undefined
          : () =>
              linkAnswerLetter(this.documents, documentId, {
                appealId: appeal.id,
                departmentId: appeal.departmentId,
                executorId: appeal.executorId,
              }),
    }));
  }

  close(id: string, version?: number | null): Promise<Appeal> {
    return changeAppeal(this.db, this.viewer, id, "close", version, () => ({
      patch: {},
      note: "Розгляд завершено",
      at: this.at,
    }));
  }

  forward(id: string, to: string, version?: number | null): Promise<Appeal> {
    const body = required("to", to);
    return changeAppeal(this.db, this.viewer, id, "forward", version, (appeal) => {
      const days = daysBetween(kyivDate(appeal.receivedAt), kyivDate(this.at ?? new Date()));
      if (days > FORWARD_WITHIN_DAYS) {
        throw badInput(
          "id",
          `An appeal is forwarded within ${FORWARD_WITHIN_DAYS} days of receipt; this one was received ${days} days ago`,
        );
      }
      return { patch: { forwardedTo: body }, note: `Надіслано за належністю: ${body}`, at: this.at };
    });
  }

  /** Art. 8: the ground and the reason; REPEATED only when an earlier appeal of the applicant was answered. */
  reject(id: string, reason: string, code: AppealRejectionReason, version?: number | null): Promise<Appeal> {
    const text = required("reason", reason, REASON_MIN_LENGTH);
    return changeAppeal(this.db, this.viewer, id, "reject", version, async (appeal) => {
      if (code === AppealRejectionReason.REPEATED) await assertRepeatedGround(this.db, appeal.id);
      return {
        patch: { rejectionReason: text, rejectionCode: code },
        note: `Залишено без розгляду: ${text}`,
        at: this.at,
      };
    });
  }

  /** Art. 20: a longer term, set by the head, after the current one and at most 45 days from receipt. */
  extend(id: string, dueDate: string, reason: string, version?: number | null): Promise<Appeal> {
    const why = required("reason", reason, REASON_MIN_LENGTH);
    return changeAppeal(this.db, this.viewer, id, "extend", version, (appeal) => {
      if (dueDate <= appeal.dueDate)
        throw badInput("dueDate", `dueDate must be after the current due date ${appeal.dueDate}`);
      const latest = latestDueDate(appeal.receivedAt);
      if (dueDate > latest)
        throw badInput("dueDate", `dueDate must be no later than ${latest}: ${MAX_TERM_DAYS} days from receipt`);
      return { patch: { dueDate }, note: `Строк розгляду продовжено до ${dueDate}: ${why}`, at: this.at };
    });
  }
}
