import { Field, ObjectType } from "type-graphql";
import { PersonalData } from "../../common/cache-hints";
import { CalendarDateScalar } from "../../common/scalars";
import { AppealStatus } from "./appeal-enums";

/** What the citizen gets on submitting: the code to follow the appeal and the statutory due date. */
@PersonalData()
@ObjectType("AppealReceipt", {
  description: "What the citizen gets on submitting: the code to follow the appeal and its due date.",
})
export class AppealReceipt {
  @Field({ description: "Unguessable code for following the appeal (trackAppeal)." })
  trackingCode: string;

  @Field({ description: "Registration index of the appeal: the year's running number, as `З-17/2026`." })
  registrationNumber: string;

  @Field(() => AppealStatus, { description: "Where it stands: REGISTERED on submitting." })
  status: AppealStatus;

  @Field(() => Date, { description: "When it was received." })
  receivedAt: Date;

  @Field(() => CalendarDateScalar, { description: "The statutory due date of the answer (Kyiv calendar)." })
  dueDate: string;
}
