import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import { PageArgs, type Page } from "../../common/pagination";
import type { DocumentsContext } from "../context";
import { DocumentConnection } from "../entities/connections.type";
import { CityDocument } from "../entities/document.entity";
import { DocumentFilter } from "../inputs/document-filter.input";
import { DocumentOrder, NEWEST_DOCUMENTS } from "../inputs/document-order.input";
import { RegisterDocumentInput } from "../inputs/register-document.input";
import { REGISTER_DOCUMENTS, SEARCH_DOCUMENTS } from "../services/document-access";
import { registerDocument } from "../services/document-registration.service";
import { searchDocuments } from "../services/document-search.service";

/** Registration and search of documents. */
@Resolver(() => CityDocument)
export class DocumentFlowResolver {
  @Mutation(() => CityDocument, {
    description: "Registers a document in its journal with the next number of the year.",
  })
  @Authorized(REGISTER_DOCUMENTS)
  registerDocument(
    @Arg("input", () => RegisterDocumentInput, { description: "The document to register." })
    input: RegisterDocumentInput,
    @Ctx() ctx: DocumentsContext,
  ): Promise<CityDocument> {
    return registerDocument(ctx.db, ctx, input);
  }

  @PublicRecord()
  @Query(() => DocumentConnection, {
    nullable: true,
    description:
      "Public documents (council decisions, orders ...): anyone may search them. Newest registered first unless orderBy says otherwise; most relevant first with filter.search.",
  })
  publicDocuments(
    @Ctx() ctx: DocumentsContext,
    @Arg("filter", () => DocumentFilter, { nullable: true, description: "Narrows the list; none gives every one." })
    filter: DocumentFilter | undefined,
    @Arg("orderBy", () => DocumentOrder, {
      nullable: true,
      defaultValue: NEWEST_DOCUMENTS,
      description: "The order of the list (after relevance with filter.search).",
    })
    orderBy: DocumentOrder | null | undefined,
    @Args(() => PageArgs) paging: PageArgs,
  ): Promise<Page<CityDocument>> {
    return searchDocuments(ctx.db, ctx.viewer, filter, paging, orderBy, true);
  }

  @Query(() => DocumentConnection, {
    nullable: true,
    description:
      "Documents you may read, for staff. Newest registered first unless orderBy says otherwise; most relevant first with filter.search.",
  })
  @Authorized(SEARCH_DOCUMENTS)
  documents(
    @Ctx() ctx: DocumentsContext,
    @Arg("orderBy", () => DocumentOrder, {
      nullable: true,
      defaultValue: NEWEST_DOCUMENTS,
      description: "The order of the list (after relevance with filter.search).",
    })
    orderBy: DocumentOrder | null | undefined,
    @Arg("filter", () => DocumentFilter, { nullable: true, description: "Narrows the list; none gives every one." })
    filter: DocumentFilter | undefined,
    @Args(() => PageArgs) paging: PageArgs,
  ): Promise<Page<CityDocument>> {
    return searchDocuments(ctx.db, ctx.viewer, filter, paging, orderBy, false);
  }
}
