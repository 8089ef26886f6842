import { Field, Float, ID, ObjectType } from "type-graphql";
import { Money } from "./money.type";
import { AwardStatus, ContractStatus } from "./ocds-enums";

@ObjectType("Period", { description: "A span of time (OCDS Period); either end may be open." })
export class Period {
  @Field(() => Date, { nullable: true, description: "When it starts; null when not set." })
  startDate: Date | null;

  @Field(() => Date, { nullable: true, description: "When it ends; null when not set." })
  endDate: Date | null;
}

@ObjectType("Classification", { description: "An item's code in a classification scheme, in Ukraine ДК021 (CPV)." })
export class ItemClassification {
  @Field(() => String, { nullable: true, description: 'In Ukraine "ДК021" (CPV).' })
  scheme: string | null;

  @Field(() => String, { nullable: true, description: "The code in the scheme, as `45233140-2`." })
  id: string | null;

  @Field(() => String, { nullable: true, description: "The code's name, in Ukrainian." })
  description: string | null;
}

@ObjectType("Item", { description: "Something a tender buys, with its quantity and classification." })
export class Item {
  @Field(() => String, { nullable: true, description: "What it is, in Ukrainian." })
  description: string | null;

  @Field(() => Float, { nullable: true, description: "How many units." })
  quantity: number | null;

  @Field(() => String, { nullable: true, description: "Unit name, e.g. штука." })
  unit: string | null;

  @Field(() => ItemClassification, { nullable: true, description: "Its ДК021 (CPV) code." })
  classification: ItemClassification | null;

  tenderId: number;
}

@ObjectType("Lot", { description: "A part of a tender bid for and awarded on its own." })
export class Lot {
  @Field(() => ID, { description: "The lot's id within its tender." })
  id: string;

  @Field(() => String, { nullable: true, description: "What the lot buys." })
  title: string | null;

  @Field(() => String, { nullable: true, description: "OCDS lot status, as published (e.g. active, cancelled)." })
  status: string | null;

  @Field(() => Money, { nullable: true, description: "The lot's estimated value." })
  value: Money | null;

  tenderId: number;
}

@ObjectType("Identifier", { description: "An organization's registered identifier." })
export class Identifier {
  @Field({ description: "e.g. UA-EDR" })
  scheme: string;

  @Field({ description: "e.g. the EDRPOU code" })
  id: string;
}

@ObjectType("Organization", { description: "A party of a contracting process: a supplier." })
export class Organization {
  @Field({ description: "Its name, as registered." })
  name: string;

  @Field(() => Identifier, { description: "Its identifier, in Ukraine the EDRPOU code." })
  identifier: Identifier;
}

@ObjectType("Award", { description: "A decision on who wins a tender (or a lot) and for how much." })
export class Award {
  @Field(() => ID, { description: "The award's id within its tender." })
  id: string;

  @Field(() => AwardStatus, { description: "Where the decision stands." })
  status: AwardStatus;

  @Field(() => Date, { nullable: true, description: "When it was decided." })
  date: Date | null;

  @Field(() => Money, { nullable: true, description: "The value awarded." })
  value: Money | null;

  @Field(() => [Organization], { description: "The winners." })
  suppliers: Organization[];

  tenderId: number;
}

@ObjectType("Contract", { description: "A contract signed on a tender's award." })
export class Contract {
  @Field(() => ID, { description: "The contract's id within its tender." })
  id: string;

  @Field(() => ContractStatus, { description: "Whether it is signed and in force." })
  status: ContractStatus;

  @Field(() => Date, { nullable: true, description: "When it was signed; null until then." })
  dateSigned: Date | null;

  @Field(() => Money, { nullable: true, description: "The contract's value." })
  value: Money | null;

  tenderId: number;
  documentIds: number[];
}
