import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { CalendarDateScalar } from "../../common/scalars";
import { ResolutionStatus } from "./document-enums";

/**
 * A resolution on a document: an instruction to executors (the first is responsible) by a due
 * date; "on control" means its author, the controller, accepts or returns the executor's report.
 */
@Entity({ name: "resolution" })
@ObjectType("Resolution", {
  description:
    "A resolution (резолюція) on a document: an instruction to executors by a due date; on control, its author accepts or returns the report.",
})
export class Resolution {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: "The resolution's id." })
  id: number;

  @Column({ name: "document_id", type: "int" })
  documentId: number;

  @Column({ type: "text" })
  @Field({ description: "The instruction, as its author wrote it." })
  text: string;

  @Column({ name: "due_date", type: "date" })
  @Field(() => CalendarDateScalar, { description: "Moved to the preceding working day when set on a day off." })
  dueDate: string;

  @Column({ name: "on_control", type: "boolean" })
  @Field({ description: "On control (на контролі): the author accepts or returns the executor's report." })
  onControl: boolean;

  @Column({ type: "text" })
  @Field(() => ResolutionStatus, { description: "Open, reported, or done." })
  status: ResolutionStatus;

  @Column({ name: "author_id", type: "int" })
  authorId: number;

  @Column({ name: "created_at", type: "timestamptz" })
  @Field(() => Date, { description: "When the resolution was put." })
  createdAt: Date;

  @Column({ name: "completed_at", type: "timestamptz", nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: "When the executor reported; null until then, and again once returned.",
  })
  completedAt: Date | null;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The executor's report." })
  report: string | null;

  @Column({ name: "accepted_at", type: "timestamptz", nullable: true })
  @Field(() => Date, { nullable: true, description: "When the controller accepted the report; null until then." })
  acceptedAt: Date | null;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Grows by one with every change of the resolution." })
  version: number;
}
