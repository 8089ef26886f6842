import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** The lifecycle states of an appeal (the GraphQL enum arrives with the appeal operations). */
export const OPEN_STATUSES = ["REGISTERED", "ASSIGNED", "IN_PROGRESS"] as const;

/**
 * A citizen's appeal: the columns the department statistics need. The registration card
 * (applicant, questions, timeline) is added by the appeals workflow's own migrations.
 */
@Entity({ name: "appeal" })
export class Appeal {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: "registration_number", type: "text" })
  registrationNumber: string;

  @Column({ type: "text" })
  category: string;

  @Column({ type: "text" })
  status: string;

  /** A department of the documents subgraph (an id, no foreign key across subgraphs). */
  @Column({ name: "department_id", type: "int", nullable: true })
  departmentId: number | null;

  @Column({ name: "received_at", type: "timestamptz" })
  receivedAt: Date;

  @Column({ name: "due_date", type: "date" })
  dueDate: string;

  @Column({ name: "answered_at", type: "timestamptz", nullable: true })
  answeredAt: Date | null;
}
