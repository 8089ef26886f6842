import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Role } from "./role.enum";

/** A member of staff: an official of the council, named publicly as executor or head. */
@Entity({ name: "staff" })
@ObjectType("Staff", { description: "A member of the council's staff." })
@Directive('@key(fields: "id")')
export class Staff {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ name: "full_name", type: "text" })
  @Field()
  fullName: string;

  @Column({ type: "text" })
  @Field()
  position: string;

  @Column({ name: "department_id", type: "int" })
  departmentId: number;

  /** Not a @Field: the GraphQL field is StaffResolver.roles, for staff callers only. */
  @Column({ type: "text", array: true })
  roles: Role[];
}
