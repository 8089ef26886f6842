import type { EntityManager } from "typeorm";
import { DemoClock } from "../common/demo-clock";
import { ANONYMOUS } from "../common/identity";
import { viewerOf } from "../common/viewer";
import type { SubgraphClient } from "../common/subgraph-client";
import { AppealChannel, AppealStatus, PrivilegeStatus, type AppealType } from "./entities/appeal-enums";
import { Appeal } from "./entities/appeal.entity";
import type { AppealsViewer } from "./services/appeal-access";
import { AppealActions } from "./services/appeal-actions.service";
import { decideAppealPrivilege } from "./services/appeal-privilege.service";
import { submitAppeal } from "./services/submit-appeal.service";
import { DEMO_ANSWER_LETTERS, DEMO_APPEALS, DEMO_PRIVILEGES } from "./seed-appeals";

/** The seed's staff: routes and answers the demo appeals as an admin; the timeline names no one (actor null). */
const SEED_STAFF: AppealsViewer = {
  ...viewerOf({ sub: null, roles: ["admin"], departmentId: null }),
  officeDepartmentId: 2,
};

/**
 * Documents as the seed sees it. The seed runs before any subgraph serves, and the departments,
 * staff and answer letters the demo appeals name are documents' own demo data under the same
 * fixed ids (documents' seed links the letters to these appeals): each reference is taken as
 * valid, an executor as working in the department named with them, and linking has nothing to do.
 */
const demoDocuments: SubgraphClient = async <T>(_query: string, variables?: Record<string, unknown>): Promise<T> => {
  const representations = variables?.representations as { __typename: string; id: string }[] | undefined;
  if (!representations) return {} as T;
  const department = { id: representations[0].id };
  return {
    _entities: representations.map(({ id }) => ({ id, name: `№ ${id}`, fullName: `№ ${id}`, department })),
  } as T;
};

const S = AppealStatus;
const HOUR = 3_600_000;

/**
 * Loads the demo appeals through the services the API calls, dated by `clock` (today by default; the
 * history never precedes 1 January, see DemoClock): submitted by their applicants (numbers, tracking
 * codes, due dates, repeats and the first timeline entry as at registration), then privileges
 * confirmed, routed, taken into work, answered and closed by the seed's staff, each step on the
 * timeline. Every step is back-dated from now by its own age, so holding one at 1 January never
 * pushes a later step past now.
 */
export async function seedAppealsDemo(manager: EntityManager, clock = new DemoClock()): Promise<void> {
  for (const [index, d] of DEMO_APPEALS.entries()) {
    const [privilegeCategory, privilegeStatus] = DEMO_PRIVILEGES[index] ?? [null, null];
    const receivedAt = clock.ago(d.receivedDaysAgo);
    const [fullName, address, email, phone] = d.applicant;
    const applicant = viewerOf(
      d.citizenSub ? { sub: d.citizenSub, roles: ["citizen"], departmentId: null } : ANONYMOUS,
    );
    const { id } = await submitAppeal(
      manager,
      {
        idempotencyKey: `demo-${index + 1}`,
        type: d.type as AppealType,
        channel: AppealChannel.PORTAL,
        collective: false,
        category: d.category,
        subject: d.subject,
        text: `${d.subject}. Прошу розглянути та вжити заходів.`,
        applicant: { fullName, address, email, phone, privileged: d.privileged, privilegeCategory },
      },
      applicant,
      receivedAt,
    );
    const staff = (at: Date) => new AppealActions(manager, SEED_STAFF, demoDocuments, at);
    const appealId = String(id);
    if (privilegeStatus === PrivilegeStatus.CONFIRMED)
      await decideAppealPrivilege(
        manager,
        SEED_STAFF,
        appealId,
        true,
        null,
        null,
        clock.ago(d.receivedDaysAgo, HOUR / 2),
      );
    if (d.departmentId !== null)
      await staff(clock.ago(d.receivedDaysAgo, HOUR)).assign(
        appealId,
        String(d.departmentId),
        d.executorId === null ? null : String(d.executorId),
      );
    if (d.status !== S.REGISTERED && d.status !== S.ASSIGNED)
      await staff(clock.ago(d.receivedDaysAgo, 2 * HOUR)).start(appealId);
    if (d.answeredAfterDays !== null) {
      const answeredDaysAgo = d.receivedDaysAgo - d.answeredAfterDays;
      const answeredAt = clock.ago(answeredDaysAgo);
      const documentId = DEMO_ANSWER_LETTERS[index];
      const text = "Ваше звернення розглянуто, заходи вжито.";
      await staff(answeredAt).answer(appealId, {
        text,
        documentId: documentId === undefined ? null : String(documentId),
      });
      if (d.status === S.CLOSED) await staff(clock.ago(answeredDaysAgo - 1)).close(appealId);
    }
    const { status } = await manager.getRepository(Appeal).findOneByOrFail({ id });
    if (status !== d.status)
      throw new Error(`Demo appeal ${index + 1} ends ${status}, not ${d.status}: its data contradicts the lifecycle`);
  }
}
