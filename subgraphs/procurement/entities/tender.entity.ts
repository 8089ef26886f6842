import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { ProcurementCategory, ProcurementMethod } from "./ocds-enums";
import { TenderStatus } from "./tender-status.enum";

/** The tender stage of an OCDS contracting process; awards, contracts and funding hang off it. */
@Entity({ name: "tender" })
@PublicRecord()
@ObjectType("Tender", { description: "A tender: the competitive stage of a contracting process (OCDS)." })
@Directive('@key(fields: "id")')
export class Tender {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: "The tender's id in the graph (not its ocid)." })
  id: number;

  @Column({ type: "text", unique: true })
  @Field({ description: "Open Contracting ID: prefix and process id, e.g. ocds-be6bcu-UA-2026-03-12-000123-a." })
  ocid: string;

  @Column({ type: "text" })
  @Field({ description: "What is bought, in Ukrainian." })
  title: string;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "More on what is bought and on what terms." })
  description: string | null;

  @Column({ type: "text" })
  @Field(() => TenderStatus, { description: "Where the tender stands." })
  status: TenderStatus;

  @Column({ name: "procurement_method", type: "text", nullable: true })
  @Field(() => ProcurementMethod, { nullable: true, description: "How suppliers are chosen; null when not published." })
  procurementMethod: ProcurementMethod | null;

  @Column({ name: "main_procurement_category", type: "text", nullable: true })
  @Field(() => ProcurementCategory, {
    nullable: true,
    description: "Goods, works or services; null when not published.",
  })
  mainProcurementCategory: ProcurementCategory | null;

  @Column({ name: "value_amount", type: "numeric", precision: 18, scale: 2, nullable: true })
  valueAmount: string | null;

  @Column({ name: "value_currency", type: "text", nullable: true })
  valueCurrency: string | null;

  @Column({ name: "tender_start", type: "timestamptz", nullable: true })
  tenderStart: Date | null;

  @Column({ name: "tender_end", type: "timestamptz", nullable: true })
  tenderEnd: Date | null;

  @Column({ name: "enquiry_start", type: "timestamptz", nullable: true })
  enquiryStart: Date | null;

  @Column({ name: "enquiry_end", type: "timestamptz", nullable: true })
  enquiryEnd: Date | null;

  /** A department of the documents subgraph acting as procuring entity, when it is the council's. */
  @Column({ name: "procuring_entity_id", type: "int", nullable: true })
  procuringEntityId: number | null;

  @Column({ name: "procuring_entity_name", type: "text", nullable: true })
  procuringEntityName: string | null;

  @Column({ name: "date_published", type: "timestamptz" })
  @Field(() => Date, { description: "When the tender was first published." })
  datePublished: Date;

  @Column({ name: "release_date", type: "timestamptz", nullable: true })
  releaseDate: Date | null;

  /** Generated: the latest release's date, else the publication date. */
  @Column({ name: "date_modified", type: "timestamptz", insert: false, update: false })
  @Field(() => Date, { description: "When the process last changed (its latest release); else when published." })
  dateModified: Date;

  /** Imported fields the model does not hold, kept so that nothing imported is lost. */
  @Column({ type: "jsonb", nullable: true })
  extra: Record<string, unknown> | null;
}
