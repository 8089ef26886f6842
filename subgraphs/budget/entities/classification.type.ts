import { Field, ObjectType } from "type-graphql";

/** A programme of the local budget (КПКВК МБ, seven digits: spending unit, executor, typical programme). */
@ObjectType("BudgetProgram")
export class BudgetProgram {
  @Field({ description: 'e.g. "0210150"' })
  code: string;

  @Field()
  name: string;

  /** The responsible department (documents subgraph id); resolved as `department`. */
  departmentId: number | null;
}

/** A code of the economic classification of expenditures (КЕКВ). */
@ObjectType("EconomicCode")
export class EconomicCode {
  @Field({ description: 'e.g. "2111"' })
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  parentCode: string | null;
}
