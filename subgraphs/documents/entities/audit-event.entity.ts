import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { GraphQLJSONObject } from "graphql-scalars";

/** One entry of the append-only audit trail. */
@Entity({ name: "audit_event" })
@ObjectType("AuditEvent", {
  description: "One entry of the append-only audit trail of document flow: who did what to which record.",
})
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: "bigint" })
  @Field(() => ID, { description: "The entry's id; entries are numbered in the order they were written." })
  id: string;

  @Column({ type: "timestamptz" })
  @Field(() => Date, { description: "When it happened." })
  at: Date;

  @Column({ name: "actor_sub", type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The token subject; null for anonymous callers." })
  actorSub: string | null;

  @Column({ name: "actor_roles", type: "text", array: true })
  @Field(() => [String], { description: "The caller's roles at the time (the token's `roles`), e.g. clerk, manager." })
  actorRoles: string[];

  @Column({ name: "request_id", type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The request's id (X-Request-Id), to find it in the logs." })
  requestId: string | null;

  @Column({ type: "text" })
  @Field({
    description:
      "REGISTER, RESOLUTION_ADD, RESOLUTION_COMPLETE, RESOLUTION_ACCEPT, RESOLUTION_RETURN, READ_RESTRICTED, ...",
  })
  action: string;

  @Column({ type: "text" })
  @Field({ description: "The kind of record acted on, as `Document` or `Resolution`." })
  entity: string;

  @Column({ name: "entity_id", type: "text" })
  @Field({ description: "The id of the record acted on." })
  entityId: string;

  @Column({ type: "jsonb", nullable: true })
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "What else the action recorded (numbers, versions, statuses).",
  })
  details: Record<string, unknown> | null;
}
