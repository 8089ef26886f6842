import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../common/pagination";

export enum DocumentOrderField {
  REGISTERED = "REGISTERED",
}
registerEnumType(DocumentOrderField, {
  name: "DocumentOrderField",
  description: "What documents are ordered by.",
  valuesConfig: { REGISTERED: { description: "The date and time of registration." } },
});

/** The order of a documents list; with filter.search, relevance comes first and this order breaks ties. */
@InputType("DocumentOrder", {
  description: "The order of a documents list; with filter.search, relevance comes first and this order breaks ties.",
})
export class DocumentOrder {
  @Field(() => DocumentOrderField, { defaultValue: DocumentOrderField.REGISTERED, description: "What to order by." })
  field: DocumentOrderField = DocumentOrderField.REGISTERED;

  @Field(() => OrderDirection, {
    defaultValue: OrderDirection.DESC,
    description: "Newest first (DESC) or oldest first.",
  })
  direction: OrderDirection = OrderDirection.DESC;
}

export const NEWEST_DOCUMENTS: DocumentOrder = { field: DocumentOrderField.REGISTERED, direction: OrderDirection.DESC };
