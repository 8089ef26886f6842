import { Field, ObjectType } from "type-graphql";
import { PersonalData } from "../../common/cache-hints";
import { CalendarDateScalar } from "../../common/scalars";
import { AppealStatus } from "./appeal-enums";

/**
 * What a citizen sees by tracking code: where the appeal is and the answer, never anyone's
 * personal data (no applicant, contacts, address or text of the appeal).
 */
@PersonalData()
@ObjectType("TrackedAppeal", {
  description: "An appeal as its tracking code shows it: where it is and the answer, no personal data.",
})
export class TrackedAppeal {
  @Field({ description: "The code it was found by, as `7K3M-Q9XD-2HPA-WT5R`." })
  trackingCode: string;

  @Field({ description: "Registration index of the appeal: the year's running number, as `З-17/2026`." })
  registrationNumber: string;

  @Field(() => AppealStatus, { description: "Where it stands in its handling." })
  status: AppealStatus;

  @Field({ description: "The category code (see appealCategories)." })
  category: string;

  @Field(() => Date, { description: "When it was received." })
  receivedAt: Date;

  @Field(() => CalendarDateScalar, {
    description: "The due date of the answer (Kyiv calendar): by law, or as extended.",
  })
  dueDate: string;

  id: number;
  departmentId: number | null;
  answeredAt: Date | null;
  answerText: string | null;
  answerDocumentId: number | null;
}
