import { Directive, Field, ID, ObjectType } from "type-graphql";

/** A member of staff, owned by documents; appeals refers to it by id only. */
@ObjectType("Staff")
@Directive('@key(fields: "id", resolvable: false)')
export class StaffRef {
  @Field(() => ID)
  id: string;
}
