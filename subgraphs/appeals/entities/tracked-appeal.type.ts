import { Field, ObjectType } from "type-graphql";
import { PersonalData } from "../../common/cache-hints";
import { CalendarDateScalar } from "../../common/scalars";
import { AppealStatus } from "./appeal-enums";

/**
 * What a citizen sees by tracking code: where the appeal is and the answer, never anyone's
 * personal data (no applicant, contacts, address or text of the appeal).
 */
@PersonalData()
@ObjectType("TrackedAppeal")
export class TrackedAppeal {
  @Field()
  trackingCode: string;

  @Field()
  registrationNumber: string;

  @Field(() => AppealStatus)
  status: AppealStatus;

  @Field()
  category: string;

  @Field(() => Date)
  receivedAt: Date;

  @Field(() => CalendarDateScalar)
  dueDate: string;

  id: number;
  departmentId: number | null;
  answeredAt: Date | null;
  answerText: string | null;
  answerDocumentId: number | null;
}
