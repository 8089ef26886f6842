import { Column, Entity, PrimaryColumn } from "typeorm";

/** A budget year and where it stands (draft, approved, amended, closed). */
@Entity({ name: "fiscal_year" })
export class FiscalYear {
  @PrimaryColumn({ type: "int" })
  year: number;

  @Column({ type: "text" })
  status: string;
}
