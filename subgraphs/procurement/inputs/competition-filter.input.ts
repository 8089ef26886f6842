import { Field, ID, InputType } from "type-graphql";
import { CompetitionKind, CompetitionStatus } from "../entities/competition-enums";

@InputType("CompetitionFilter", { description: "Narrows a list of competitions; fields combine with AND." })
export class CompetitionFilter {
  @Field(() => CompetitionStatus, { nullable: true, description: "Only competitions in this status." })
  status?: CompetitionStatus | null;

  @Field(() => CompetitionKind, { nullable: true, description: "Only competitions of this kind." })
  kind?: CompetitionKind | null;

  @Field(() => ID, { nullable: true, description: "Only competitions the department with this id organizes." })
  organizerId?: string | null;
}
