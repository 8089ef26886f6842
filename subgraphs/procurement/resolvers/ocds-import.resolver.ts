import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { badInput, userError } from "../../common/errors";
import { hasAnyRole } from "../../common/identity";
import type { ProcurementContext } from "../context";
import { OcdsImportReport } from "../entities/ocds-import-report.type";
import { importOcdsPackage } from "../ocds/ocds-import";

@Resolver()
export class OcdsImportResolver {
  @Mutation(() => OcdsImportReport, { description: "Imports an OCDS release or record package (its JSON text). Admins only." })
  async importOcds(@Arg("package") text: string, @Ctx() ctx: ProcurementContext): Promise<OcdsImportReport> {
    if (ctx.viewer.sub === null) throw userError("UNAUTHENTICATED", "Sign in to import procurement data");
    if (!hasAnyRole(ctx.viewer, "admin")) throw userError("FORBIDDEN", "Imports are for admins");
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
