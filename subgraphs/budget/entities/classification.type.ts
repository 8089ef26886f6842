import { Field, ObjectType } from "type-graphql";

/** A programme of the local budget (КПКВК МБ, seven digits: spending unit, executor, typical programme). */
@ObjectType("BudgetProgram", {
  description: "A programme of the local budget (КПКВК МБ, seven digits: spending unit, executor, typical programme).",
})
export class BudgetProgram {
  @Field({ description: 'e.g. "0210150"' })
  code: string;

  @Field({ description: "The programme's name in Ukrainian." })
  name: string;

  /** The responsible department (documents subgraph id); resolved as `department`. */
  departmentId: number | null;
}

/** A code of the economic classification of expenditures (КЕКВ). */
@ObjectType("EconomicCode", { description: "A code of the economic classification of expenditures (КЕКВ)." })
export class EconomicCode {
  @Field({ description: 'e.g. "2111"' })
  code: string;

  @Field({ description: 'The code\'s name in Ukrainian, e.g. "Заробітна плата".' })
  name: string;

  @Field(() => String, { nullable: true, description: "The code one level up, as `2110` for `2111`; null at the top." })
  parentCode: string | null;
}
