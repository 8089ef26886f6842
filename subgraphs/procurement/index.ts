import type { SubgraphDefinition } from "../common/definition";
import { seedLogMigration } from "../common/seed";
import { Tender } from "./entities/tender.entity";
import { createProcurementLoaders, type ProcurementLoaders } from "./loaders/procurement.loaders";
import { Tenders1764270000000 } from "./migrations/1764270000000-tenders";
import { procurementReferences } from "./references";
import { DepartmentTendersResolver } from "./resolvers/department-tenders.resolver";
import { TenderResolver } from "./resolvers/tender.resolver";
import { seedProcurementDemo } from "./seed";

/** The procurement subgraph: tenders, competitions, awards and contracts (OCDS). */
export const procurementSubgraph: SubgraphDefinition<ProcurementLoaders> = {
  name: "procurement",
  schema: "procurement",
  entities: [Tender],
  migrations: [seedLogMigration("procurement"), Tenders1764270000000],
  resolvers: [TenderResolver, DepartmentTendersResolver],
  references: procurementReferences,
  createLoaders: createProcurementLoaders,
  seedDemo: seedProcurementDemo,
};
