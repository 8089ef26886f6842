import { Field, ObjectType } from "type-graphql";
import { BudgetTotals } from "./budget-amounts.type";
import { BudgetProgram } from "./classification.type";
import { DepartmentRef } from "./department.ref";

/** A programme's expenditure in a year. */
@ObjectType("ProgramTotals")
export class ProgramTotals extends BudgetTotals {
  @Field(() => BudgetProgram)
  program: BudgetProgram;
}

/** A department's expenditure in a year (through the programmes it is responsible for). */
@ObjectType("DepartmentTotals")
export class DepartmentTotals extends BudgetTotals {
  @Field(() => DepartmentRef, { nullable: true })
  department: DepartmentRef | null;
}
