import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** A category of appeals with its statutory term (art. 20: 15 days without study, else 30). */
@Entity({ name: "appeal_category" })
@ObjectType("AppealCategory", { description: "What an appeal is about, and how long the answer may take by law." })
export class AppealCategory {
  @PrimaryColumn({ type: "text" })
  @Field({ description: 'The category\'s code, e.g. "roads"; what filters and submitAppeal take.' })
  code: string;

  @Column({ type: "text" })
  @Field({ description: 'The category\'s name in Ukrainian, e.g. "Дороги".' })
  name: string;

  @Column({ name: "term_days", type: "int" })
  @Field(() => Int, { description: "15 when no additional study is needed, else 30 (one month)." })
  termDays: number;
}
