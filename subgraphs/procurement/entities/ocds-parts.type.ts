import { Field, Float, ID, ObjectType } from "type-graphql";
import { Money } from "./money.type";
import { AwardStatus, ContractStatus } from "./ocds-enums";

@ObjectType("Period")
export class Period {
  @Field(() => Date, { nullable: true })
  startDate: Date | null;

  @Field(() => Date, { nullable: true })
  endDate: Date | null;
}

@ObjectType("Classification")
export class ItemClassification {
  @Field(() => String, { nullable: true, description: 'In Ukraine "ДК021" (CPV).' })
  scheme: string | null;

  @Field(() => String, { nullable: true })
  id: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType("Item")
export class Item {
  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Float, { nullable: true })
  quantity: number | null;

  @Field(() => String, { nullable: true, description: "Unit name, e.g. штука." })
  unit: string | null;

  @Field(() => ItemClassification, { nullable: true })
  classification: ItemClassification | null;

  tenderId: number;
}

@ObjectType("Lot")
export class Lot {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  status: string | null;

  @Field(() => Money, { nullable: true })
  value: Money | null;

  tenderId: number;
}

@ObjectType("Identifier")
export class Identifier {
  @Field({ description: "e.g. UA-EDR" })
  scheme: string;

  @Field({ description: "e.g. the EDRPOU code" })
  id: string;
}

@ObjectType("Organization")
export class Organization {
  @Field()
  name: string;

  @Field(() => Identifier)
  identifier: Identifier;
}

@ObjectType("Award")
export class Award {
  @Field(() => ID)
  id: string;

  @Field(() => AwardStatus)
  status: AwardStatus;

  @Field(() => Date, { nullable: true })
  date: Date | null;

  @Field(() => Money, { nullable: true })
  value: Money | null;

  @Field(() => [Organization])
  suppliers: Organization[];

  tenderId: number;
}

@ObjectType("Contract")
export class Contract {
  @Field(() => ID)
  id: string;

  @Field(() => ContractStatus)
  status: ContractStatus;

  @Field(() => Date, { nullable: true })
  dateSigned: Date | null;

  @Field(() => Money, { nullable: true })
  value: Money | null;

  tenderId: number;
  documentIds: number[];
}
