import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import type { ProcurementContext } from "../context";
import { DepartmentRef } from "../entities/department.ref";
import { Money } from "../entities/money.type";
import { Tender } from "../entities/tender.entity";

@Resolver(() => Tender)
export class TenderResolver {
  @Query(() => Tender, { nullable: true, description: "One tender by id; null when there is none." })
  tender(@Arg("id", () => ID) id: string, @Ctx() ctx: ProcurementContext): Promise<Tender | null> {
    return ctx.loaders.tenderById.load(parseId(id));
  }

  @FieldResolver(() => Money, { nullable: true, description: "The estimated value; null when not published." })
  value(@Root() tender: Tender): Money | null {
    return tender.valueAmount === null ? null : { amount: tender.valueAmount, currency: tender.valueCurrency };
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: "The department that buys." })
  procuringEntity(@Root() tender: Tender): DepartmentRef | null {
    return tender.procuringEntityId === null ? null : { id: String(tender.procuringEntityId) };
  }
}
