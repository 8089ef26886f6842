import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { CompetitionKind, CompetitionStatus } from "./competition-enums";

/** A competition besides tenders: selection of carriers, public projects, vacancies ... */
@Entity({ name: "competition" })
@ObjectType("Competition", {
  description:
    "A competition the council holds that is not a public procurement (a carrier, a project, a position, a lease).",
})
export class Competition {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: "The competition's id." })
  id: number;

  @Column({ type: "text" })
  @Field(() => CompetitionKind, { description: "What it selects." })
  kind: CompetitionKind;

  @Column({ type: "text" })
  @Field({ description: "Its title, in Ukrainian." })
  title: string;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "What it is about and its terms." })
  description: string | null;

  /** The organising department (documents subgraph id). */
  @Column({ name: "organizer_id", type: "int", nullable: true })
  organizerId: number | null;

  @Column({ type: "timestamptz" })
  @Field(() => Date, { description: "Applications close." })
  deadline: Date;

  @Column({ type: "text" })
  @Field(() => CompetitionStatus, { description: "Where it stands." })
  status: CompetitionStatus;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The outcome, once decided." })
  result: string | null;
}
