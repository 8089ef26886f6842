import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { GraphQLJSONObject } from "graphql-scalars";

/** One entry of the append-only audit trail. */
@Entity({ name: "audit_event" })
@ObjectType("AuditEvent")
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: "bigint" })
  @Field(() => ID)
  id: string;

  @Column({ type: "timestamptz" })
  @Field(() => Date)
  at: Date;

  @Column({ name: "actor_sub", type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The token subject; null for anonymous callers." })
  actorSub: string | null;

  @Column({ name: "actor_roles", type: "text", array: true })
  @Field(() => [String])
  actorRoles: string[];

  @Column({ name: "request_id", type: "text", nullable: true })
  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Column({ type: "text" })
  @Field({
    description:
      "REGISTER, RESOLUTION_ADD, RESOLUTION_COMPLETE, RESOLUTION_ACCEPT, RESOLUTION_RETURN, READ_RESTRICTED, ...",
  })
  action: string;

  @Column({ type: "text" })
  @Field()
  entity: string;

  @Column({ name: "entity_id", type: "text" })
  @Field()
  entityId: string;

  @Column({ type: "jsonb", nullable: true })
  @Field(() => GraphQLJSONObject, { nullable: true })
  details: Record<string, unknown> | null;
}
