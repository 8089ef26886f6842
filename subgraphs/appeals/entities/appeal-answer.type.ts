import { Field, ObjectType } from "type-graphql";

/** The council's answer to an appeal. */
@ObjectType("AppealAnswer", { description: "The council's answer to an appeal, as the citizen reads it." })
export class AppealAnswer {
  @Field(() => Date, { description: "When the answer was given." })
  answeredAt: Date;

  @Field({ description: "The answer's text." })
  text: string;

  /** The registered answer letter (an outgoing document of the documents subgraph). */
  documentId: number | null;
}
