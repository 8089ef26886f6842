import { Directive, Field, ID, ObjectType } from "type-graphql";

/** A member of staff, owned by documents; appeals refers to it by id only. */
@ObjectType("Staff", { description: "A member of the council's staff." })
@Directive('@key(fields: "id", resolvable: false)')
export class StaffRef {
  @Field(() => ID, { description: "The member of staff's id; a staff token's subject." })
  id: string;
}
