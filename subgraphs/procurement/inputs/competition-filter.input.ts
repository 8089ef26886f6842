import { Field, ID, InputType } from "type-graphql";
import { CompetitionKind, CompetitionStatus } from "../entities/competition-enums";

@InputType("CompetitionFilter")
export class CompetitionFilter {
  @Field(() => CompetitionStatus, { nullable: true })
  status?: CompetitionStatus | null;

  @Field(() => CompetitionKind, { nullable: true })
  kind?: CompetitionKind | null;

  @Field(() => ID, { nullable: true })
  organizerId?: string | null;
}
