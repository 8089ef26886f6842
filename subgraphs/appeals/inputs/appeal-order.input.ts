import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../common/pagination";

export enum AppealOrderField {
  PRIORITY = "PRIORITY",
  DUE_DATE = "DUE_DATE",
  RECEIVED = "RECEIVED",
}
registerEnumType(AppealOrderField, {
  name: "AppealOrderField",
  description: "What the appeals queue is ordered by.",
  valuesConfig: {
    PRIORITY: {
      description:
        "The statutory queue: confirmed privilege first, then by due date (ascending: what to answer first).",
    },
    DUE_DATE: { description: "The due date alone." },
    RECEIVED: { description: "The date the appeal was received (registered)." },
  },
});

/** The order of the appeals queue; with filter.search, relevance comes first and this order breaks ties. */
@InputType("AppealOrder", {
  description: "The order of the appeals queue; with filter.search, relevance comes first and this order breaks ties.",
})
export class AppealOrder {
  @Field(() => AppealOrderField, { defaultValue: AppealOrderField.PRIORITY, description: "What to order by." })
  field: AppealOrderField = AppealOrderField.PRIORITY;

  @Field(() => OrderDirection, {
    defaultValue: OrderDirection.ASC,
    description: "ASC: what to answer first comes first.",
  })
  direction: OrderDirection = OrderDirection.ASC;
}

/** What a manager works through: privileged applicants first, then the soonest due. */
export const APPEAL_QUEUE: AppealOrder = { field: AppealOrderField.PRIORITY, direction: OrderDirection.ASC };
