import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import type { DocumentsContext } from "../context";
import { Department } from "../entities/department.entity";
import { CityDocument } from "../entities/document.entity";
import { Resolution } from "../entities/resolution.entity";
import { canReadDocument } from "../services/document-access";

/** Documents by id and their guarded fields: null where the caller may see only the stamp. */
@Resolver(() => CityDocument)
export class DocumentResolver {
  @Query(() => CityDocument, { nullable: true, description: "A document by id: its stamp, and its content where you may read it." })
  document(@Arg("id", () => ID) id: string, @Ctx() ctx: DocumentsContext): Promise<CityDocument | null> {
    return ctx.loaders.documentById.load(parseId(id));
  }

  @FieldResolver(() => String, { nullable: true })
  title(@Root() doc: CityDocument, @Ctx() ctx: DocumentsContext): string | null {
    return canReadDocument(ctx.viewer, doc) ? doc.title : null;
  }

  @FieldResolver(() => String, { nullable: true })
  summary(@Root() doc: CityDocument, @Ctx() ctx: DocumentsContext): string | null {
    return canReadDocument(ctx.viewer, doc) ? doc.summary : null;
  }

  @FieldResolver(() => String, { nullable: true })
  correspondent(@Root() doc: CityDocument, @Ctx() ctx: DocumentsContext): string | null {
    return canReadDocument(ctx.viewer, doc) ? doc.correspondent : null;
  }

  @FieldResolver(() => [Resolution], { description: "Resolutions, where you may read the document (else none)." })
  resolutions(@Root() doc: CityDocument, @Ctx() ctx: DocumentsContext): Promise<Resolution[]> | Resolution[] {
    return canReadDocument(ctx.viewer, doc) ? ctx.loaders.resolutionsByDocument.load(doc.id) : [];
  }

  @FieldResolver(() => Department, { nullable: true, description: "The registering department, where you may read the document." })
  department(@Root() doc: CityDocument, @Ctx() ctx: DocumentsContext): Promise<Department | null> | null {
    return canReadDocument(ctx.viewer, doc) ? ctx.loaders.departmentById.load(doc.departmentId) : null;
  }
}
