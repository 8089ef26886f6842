import { Field, ObjectType } from "type-graphql";
import { PersonalData } from "../../common/cache-hints";
import { CalendarDateScalar } from "../../common/scalars";
import { AppealStatus } from "./appeal-enums";

/** What the citizen gets on submitting: the code to follow the appeal and the statutory due date. */
@PersonalData()
@ObjectType("AppealReceipt")
export class AppealReceipt {
  @Field({ description: "Unguessable code for following the appeal (trackAppeal)." })
  trackingCode: string;

  @Field()
  registrationNumber: string;

  @Field(() => AppealStatus)
  status: AppealStatus;

  @Field(() => Date)
  receivedAt: Date;

  @Field(() => CalendarDateScalar)
  dueDate: string;
}
