import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";

/**
 * Department as budget sees it: owned by documents, identified by id; budget adds fields to it
 * (resolvable key: the gateway asks this subgraph for those fields).
 */
@PublicRecord()
@ObjectType("Department")
@Directive('@key(fields: "id")')
export class DepartmentRef {
  @Field(() => ID)
  id: string;
}
