import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";

/**
 * Department as budget sees it: owned by documents, identified by id; budget adds fields to it
 * (resolvable key: the gateway asks this subgraph for those fields).
 */
@PublicRecord()
@ObjectType("Department", { description: "A unit of the city council: a department, an office or a division." })
@Directive('@key(fields: "id")')
export class DepartmentRef {
  @Field(() => ID, { description: "The unit's id in the graph." })
  id: string;
}
