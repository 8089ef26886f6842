import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { CalendarDateScalar } from "../../common/scalars";
import { ResolutionStatus } from "./document-enums";

/**
 * A resolution on a document: an instruction to executors (the first is responsible) by a due
 * date; "on control" means its author, the controller, accepts or returns the executor's report.
 */
@Entity({ name: "resolution" })
@ObjectType("Resolution")
export class Resolution {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ name: "document_id", type: "int" })
  documentId: number;

  @Column({ type: "text" })
  @Field()
  text: string;

  @Column({ name: "due_date", type: "date" })
  @Field(() => CalendarDateScalar, { description: "Moved to the preceding working day when set on a day off." })
  dueDate: string;

  @Column({ name: "on_control", type: "boolean" })
  @Field()
  onControl: boolean;

  @Column({ type: "text" })
  @Field(() => ResolutionStatus)
  status: ResolutionStatus;

  @Column({ name: "author_id", type: "int" })
  authorId: number;

  @Column({ name: "created_at", type: "timestamptz" })
  @Field(() => Date)
  createdAt: Date;

  @Column({ name: "completed_at", type: "timestamptz", nullable: true })
  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The executor's report." })
  report: string | null;

  @Column({ name: "accepted_at", type: "timestamptz", nullable: true })
  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Column({ type: "int" })
  @Field(() => Int)
  version: number;
}
