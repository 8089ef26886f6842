import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { TenderStatus } from "./tender-status.enum";

/** The tender stage of an OCDS contracting process. */
@Entity({ name: "tender" })
@ObjectType("Tender", { description: "A tender: the competitive stage of a contracting process (OCDS)." })
@Directive('@key(fields: "id")')
export class Tender {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: "text", unique: true })
  @Field({ description: "Open Contracting ID: prefix and process id, e.g. ocds-be6bcu-UA-2026-03-12-000123-a." })
  ocid: string;

  @Column({ type: "text" })
  @Field()
  title: string;

  @Column({ type: "text" })
  @Field(() => TenderStatus)
  status: TenderStatus;

  /** A department of the documents subgraph acting as procuring entity. */
  @Column({ name: "procuring_entity_id", type: "int", nullable: true })
  procuringEntityId: number | null;

  @Column({ name: "value_amount", type: "numeric", precision: 16, scale: 2, nullable: true })
  valueAmount: string | null;

  @Column({ name: "value_currency", type: "text" })
  valueCurrency: string;

  @Column({ name: "date_published", type: "timestamptz" })
  @Field(() => Date)
  datePublished: Date;
}
