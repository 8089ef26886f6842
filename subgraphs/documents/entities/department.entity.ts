import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A unit of the council's structure (department, office, division). Owned by documents. */
@Entity({ name: "department" })
@PublicRecord()
@ObjectType("Department", { description: "A unit of the city council: a department, an office or a division." })
@Directive('@key(fields: "id")')
export class Department {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: "The unit's id in the graph." })
  id: number;

  @Column({ type: "text", unique: true })
  @Field({ description: 'Code in the council\'s structure; two digits are the main spending unit code, e.g. "06".' })
  code: string;

  @Column({ type: "text" })
  @Field({ description: 'The unit\'s name in Ukrainian, e.g. "Управління освіти".' })
  name: string;

  @Column({ name: "parent_id", type: "int", nullable: true })
  parentId: number | null;

  @Column({ name: "head_id", type: "int", nullable: true })
  headId: number | null;
}
