import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { withRole } from "../../common/authorization";
import { badInput } from "../../common/errors";
import type { ProcurementContext } from "../context";
import { OcdsImportReport } from "../entities/ocds-import-report.type";
import { importOcdsPackage } from "../ocds/ocds-import";

/** Procurement's only role rule; its data is public otherwise (tenders, OCDS publication). */
const IMPORT_OCDS = withRole(["admin"], "import procurement data", "Imports are for admins");

@Resolver()
export class OcdsImportResolver {
  @Mutation(() => OcdsImportReport, {
    description: "Imports an OCDS release or record package (its JSON text). Admins only.",
  })
  @Authorized(IMPORT_OCDS)
  async importOcds(
    @Arg("package", { description: "The JSON text of an OCDS release package or record package." }) text: string,
    @Ctx() ctx: ProcurementContext,
  ): Promise<OcdsImportReport> {
    let pkg: unknown;
    try {
      pkg = JSON.parse(text);
    } catch (err) {
      throw badInput("package", `package must be the JSON of an OCDS package: ${(err as Error).message}`);
    }
    const { processes, problems } = await importOcdsPackage(ctx.db, "package", pkg);
    return { processes, problems };
  }
}
