import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../common/pagination";

export enum TenderOrderField {
  PUBLISHED = "PUBLISHED",
  MODIFIED = "MODIFIED",
  VALUE = "VALUE",
}
registerEnumType(TenderOrderField, {
  name: "TenderOrderField",
  description: "What tenders are ordered by.",
  valuesConfig: {
    PUBLISHED: { description: "The date the tender was published." },
    MODIFIED: { description: "The date the process last changed (its latest release)." },
    VALUE: { description: "The estimated value; tenders without a published value count as less than any." },
  },
});

/** The order of a tenders list; with filter.search, relevance comes first and this order breaks ties. */
@InputType("TenderOrder", {
  description: "The order of a tenders list; with filter.search, relevance comes first and this order breaks ties.",
})
export class TenderOrder {
  @Field(() => TenderOrderField, { defaultValue: TenderOrderField.PUBLISHED, description: "What to order by." })
  field: TenderOrderField = TenderOrderField.PUBLISHED;

  @Field(() => OrderDirection, {
    defaultValue: OrderDirection.DESC,
    description: "Newest or largest first (DESC), or the reverse.",
  })
  direction: OrderDirection = OrderDirection.DESC;
}

export const NEWEST_TENDERS: TenderOrder = { field: TenderOrderField.PUBLISHED, direction: OrderDirection.DESC };
