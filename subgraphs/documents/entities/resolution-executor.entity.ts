import { Column, Entity, PrimaryColumn } from "typeorm";

/** An executor of a resolution; position 0 is the responsible one. */
@Entity({ name: "resolution_executor" })
export class ResolutionExecutor {
  @PrimaryColumn({ name: "resolution_id", type: "int" })
  resolutionId: number;

  @PrimaryColumn({ name: "staff_id", type: "int" })
  staffId: number;

  @Column({ type: "int" })
  position: number;
}
