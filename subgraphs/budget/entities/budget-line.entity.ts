import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DecimalScalar } from "../../common/scalars";
import { Fund } from "./fund.enum";

/**
 * A line of the expenditure budget: programme (may be absent in imported data) × economic code ×
 * fund, with the three amounts. An entity: procurement adds what is contracted against it.
 */
@Entity({ name: "budget_line" })
@PublicRecord()
@ObjectType("BudgetLine", {
  description:
    "An expenditure line of a year's budget: programme (КПКВК) × economic code (КЕКВ) × fund, with its plan and execution.",
})
@Directive('@key(fields: "id")')
export class BudgetLine {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: "The line's id in the graph." })
  id: number;

  @Column({ name: "fiscal_year", type: "int" })
  @Field(() => Int, { name: "year", description: "The fiscal year of the line." })
  fiscalYear: number;

  @Column({ name: "program_code", type: "text", nullable: true })
  programCode: string | null;

  @Column({ name: "economic_code", type: "text" })
  economicCode: string;

  @Column({ type: "text" })
  @Field(() => Fund, { description: "The fund it is paid from." })
  fund: Fund;

  @Column({ type: "numeric", precision: 18, scale: 2 })
  @Field(() => DecimalScalar, {
    description: "The plan in the year's first report; 0 for a line added by an amendment.",
  })
  approved: string;

  @Column({ type: "numeric", precision: 18, scale: 2 })
  @Field(() => DecimalScalar, { description: "The plan in the year's latest report; 0 for a line no longer in it." })
  amended: string;

  @Column({ type: "numeric", precision: 18, scale: 2 })
  @Field(() => DecimalScalar, {
    description: "Executed from 1 January, as in the year's latest report; 0 for a line no longer in it.",
  })
  executed: string;
}
