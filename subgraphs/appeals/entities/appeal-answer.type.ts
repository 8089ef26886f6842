import { Field, ObjectType } from "type-graphql";

/** The council's answer to an appeal. */
@ObjectType("AppealAnswer")
export class AppealAnswer {
  @Field(() => Date)
  answeredAt: Date;

  @Field()
  text: string;

  /** The registered answer letter (an outgoing document of the documents subgraph). */
  documentId: number | null;
}
