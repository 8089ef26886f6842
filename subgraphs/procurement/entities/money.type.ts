import { Directive, Field, ObjectType } from "type-graphql";
import { DecimalScalar } from "../../common/scalars";

/** An amount of money: exact decimal and ISO 4217 currency. Shared by value with other subgraphs. */
@ObjectType("Money", { description: "An amount of money in a currency (OCDS Value)." })
@Directive("@shareable")
export class Money {
  @Field(() => DecimalScalar, { description: "The amount, as `1250000.00`." })
  amount: string;

  @Field({ description: "ISO 4217 currency code, e.g. UAH." })
  currency: string;
}
