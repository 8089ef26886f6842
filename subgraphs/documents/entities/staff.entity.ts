import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Role } from "./role.enum";

/** A member of staff: an official of the council, named publicly as executor or head. */
@Entity({ name: "staff" })
@ObjectType("Staff", { description: "A member of the council's staff." })
@Directive('@key(fields: "id")')
export class Staff {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: "The member of staff's id; a staff token's subject." })
  id: number;

  @Column({ name: "full_name", type: "text" })
  @Field({ description: 'Full name in Ukrainian, e.g. "Коваленко Ірина Петрівна".' })
  fullName: string;

  @Column({ type: "text" })
  @Field({ description: 'Position (посада), e.g. "головний спеціаліст".' })
  position: string;

  @Column({ name: "department_id", type: "int" })
  departmentId: number;

  /** Not a @Field: the GraphQL field is StaffResolver.roles, for staff callers only. */
  @Column({ type: "text", array: true })
  roles: Role[];
}
