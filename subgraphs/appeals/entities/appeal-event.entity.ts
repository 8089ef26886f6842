import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { AppealStatus } from "./appeal-enums";

/**
 * One transition of an appeal: who, when, to which status, and a note. The list of them is the
 * citizen's timeline, so notes are written for the citizen and never hold personal data.
 */
@Entity({ name: "appeal_event" })
@ObjectType("AppealEvent", {
  description: "One step of an appeal's timeline: the status it moved to, when, and a note for the citizen.",
})
export class AppealEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: "appeal_id", type: "int" })
  appealId: number;

  @Column({ type: "text" })
  @Field(() => AppealStatus, { description: "The status after this step." })
  status: AppealStatus;

  @Column({ type: "timestamptz" })
  @Field(() => Date, { description: "When it happened." })
  at: Date;

  @Column({ name: "actor_sub", type: "text", nullable: true })
  actorSub: string | null;

  @Column({ type: "text", nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'A note in Ukrainian for the citizen, e.g. "Розгляд розпочато".',
  })
  note: string | null;
}
