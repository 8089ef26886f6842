import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { CompetitionKind, CompetitionStatus } from "./competition-enums";

/** A competition besides tenders: selection of carriers, public projects, vacancies ... */
@Entity({ name: "competition" })
@ObjectType("Competition")
export class Competition {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: "text" })
  @Field(() => CompetitionKind)
  kind: CompetitionKind;

  @Column({ type: "text" })
  @Field()
  title: string;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true })
  description: string | null;

  /** The organising department (documents subgraph id). */
  @Column({ name: "organizer_id", type: "int", nullable: true })
  organizerId: number | null;

  @Column({ type: "timestamptz" })
  @Field(() => Date, { description: "Applications close." })
  deadline: Date;

  @Column({ type: "text" })
  @Field(() => CompetitionStatus)
  status: CompetitionStatus;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The outcome, once decided." })
  result: string | null;
}
