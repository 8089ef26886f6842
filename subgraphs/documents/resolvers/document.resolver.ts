import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import { parseId } from "../../common/errors";
import type { DocumentsContext } from "../context";
import { Department } from "../entities/department.entity";
import { CityDocument } from "../entities/document.entity";
import { Resolution } from "../entities/resolution.entity";
import { FileVersion } from "../entities/file-version.entity";
import { canReadDocument, isAuditedRead } from "../services/document-access";

/** The access check of every guarded field; a read of a RESTRICTED document or an answer letter is audited (once per request). */
async function readable(doc: CityDocument, ctx: DocumentsContext): Promise<boolean> {
  if (!canReadDocument(ctx.viewer, doc)) return false;
  if (isAuditedRead(doc)) await ctx.loaders.restrictedReads.load(doc.id);
  return true;
}

/** Documents by id and their guarded fields: null where the caller may see only the stamp. */
@Resolver(() => CityDocument)
export class DocumentResolver {
  @PublicRecord()
  @Query(() => CityDocument, {
    nullable: true,
    description: "A document by id: its stamp, and its content where you may read it.",
  })
  document(
    @Arg("id", () => ID, { description: "The document's id." }) id: string,
    @Ctx() ctx: DocumentsContext,
  ): Promise<CityDocument | null> {
    return ctx.loaders.documentById.load(parseId(id));
  }

  @FieldResolver(() => String, { nullable: true, description: "The title; null where you may not read the document." })
  async title(@Root() doc: CityDocument, @Ctx() ctx: DocumentsContext): Promise<string | null> {
    return (await readable(doc, ctx)) ? doc.title : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The summary of the content; null when there is none or you may not read the document.",
  })
  async summary(@Root() doc: CityDocument, @Ctx() ctx: DocumentsContext): Promise<string | null> {
    return (await readable(doc, ctx)) ? doc.summary : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Who it comes from or goes to; null when there is none or you may not read the document.",
  })
  async correspondent(@Root() doc: CityDocument, @Ctx() ctx: DocumentsContext): Promise<string | null> {
    return (await readable(doc, ctx)) ? doc.correspondent : null;
  }

  @FieldResolver(() => [FileVersion], {
    description: "File versions, oldest first; download at /files/documents/<id>/versions/<version>.",
  })
  async files(@Root() doc: CityDocument, @Ctx() ctx: DocumentsContext): Promise<FileVersion[]> {
    return (await readable(doc, ctx)) ? ctx.loaders.filesByDocument.load(doc.id) : [];
  }

  @FieldResolver(() => [Resolution], { description: "Resolutions, where you may read the document (else none)." })
  async resolutions(@Root() doc: CityDocument, @Ctx() ctx: DocumentsContext): Promise<Resolution[]> {
    return (await readable(doc, ctx)) ? ctx.loaders.resolutionsByDocument.load(doc.id) : [];
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description: "The registering department, where you may read the document.",
  })
  async department(@Root() doc: CityDocument, @Ctx() ctx: DocumentsContext): Promise<Department | null> {
    return (await readable(doc, ctx)) ? ctx.loaders.departmentById.load(doc.departmentId) : null;
  }
}
