import { Field, ObjectType } from "type-graphql";
import { BudgetTotals } from "./budget-amounts.type";
import { BudgetProgram } from "./classification.type";
import { DepartmentRef } from "./department.ref";

/** A programme's expenditure in a year. */
@ObjectType("ProgramTotals", { description: "A programme's expenditure in a year." })
export class ProgramTotals extends BudgetTotals {
  @Field(() => BudgetProgram, { description: "The programme." })
  program: BudgetProgram;
}

/** A department's expenditure in a year (through the programmes it is responsible for). */
@ObjectType("DepartmentTotals", {
  description: "A department's expenditure in a year, through the programmes it is responsible for.",
})
export class DepartmentTotals extends BudgetTotals {
  @Field(() => DepartmentRef, {
    nullable: true,
    description: "The department; null for the programmes no department is responsible for.",
  })
  department: DepartmentRef | null;
}
