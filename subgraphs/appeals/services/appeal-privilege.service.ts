import type { DataSource, EntityManager } from "typeorm";
import { badInput } from "../../common/errors";
import { PrivilegeStatus, type PrivilegeCategory } from "../entities/appeal-enums";
import type { Appeal } from "../entities/appeal.entity";
import type { AppealsViewer } from "./appeal-access";
import { changeAppeal } from "./appeal-workflow.service";

/**
 * Staff confirm or decline an applicant's statutory privilege (art. 20: such appeals are handled
 * first) after seeing the document that proves it. Only a confirmed privilege orders the queue.
 * Whoever may route the appeal decides; the decision goes on the timeline with its author, and
 * the note never names the category (the citizen's timeline is public by tracking code).
 * `at` is now, but for the demo seed's history.
 */
export function decideAppealPrivilege(
  db: DataSource | EntityManager,
  viewer: AppealsViewer,
  id: string,
  confirmed: boolean,
  category: PrivilegeCategory | null | undefined,
  version?: number | null,
  at?: Date,
): Promise<Appeal> {
  return changeAppeal(db, viewer, id, "privilege", version, (appeal) => {
    if (!confirmed) {
      if (appeal.privilegeStatus === PrivilegeStatus.NONE)
        throw badInput("confirmed", "The applicant stated no privilege, so there is none to decline");
      return {
        patch: { privilegeStatus: PrivilegeStatus.DECLINED },
        note: "Пільговий статус заявника не підтверджено: звернення розглядається в загальному порядку",
        at,
      };
    }
    const proven = category ?? appeal.privilegeCategory;
    if (!proven) throw badInput("category", "category is required to confirm a privilege the applicant did not name");
    return {
      patch: { privilegeStatus: PrivilegeStatus.CONFIRMED, privilegeCategory: proven },
      note: "Пільговий статус заявника підтверджено: звернення розглядається першочергово",
      at,
    };
  });
}
