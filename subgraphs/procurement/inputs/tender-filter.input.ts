import { Field, InputType } from "type-graphql";
import { TenderStatus } from "../entities/tender-status.enum";

/** Narrows a list of tenders; every field is optional and they combine with AND. */
@InputType("TenderFilter")
export class TenderFilter {
  @Field(() => TenderStatus, { nullable: true })
  status?: TenderStatus | null;
}
