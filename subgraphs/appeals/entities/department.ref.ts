import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Department as appeals sees it: owned by documents, identified by id; appeals adds fields to it
 * (resolvable key: the gateway asks this subgraph for those fields).
 */
@ObjectType("Department")
@Directive('@key(fields: "id")')
export class DepartmentRef {
  @Field(() => ID)
  id: string;
}
