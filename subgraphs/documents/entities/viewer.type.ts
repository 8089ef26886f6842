import { Field, ID, ObjectType } from "type-graphql";
import { Role } from "./role.enum";

/** Who is calling, as the gateway verified it: what staff tools show as "signed in as". */
@ObjectType("Viewer", { description: 'Who is calling, as the gateway verified the token: "signed in as".' })
export class Viewer {
  @Field({ description: "False for anonymous callers." })
  authenticated: boolean;

  @Field(() => [Role], { description: "The token's roles; none for anonymous callers." })
  roles: Role[];

  @Field(() => ID, { nullable: true, description: "The department a staff token belongs to." })
  departmentId: string | null;

  /** The token's subject; for staff tokens, a Staff id. Not exposed as such. */
  sub: string | null;
}
