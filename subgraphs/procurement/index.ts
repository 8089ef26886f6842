import path from "node:path";
import type { SubgraphDefinition } from "../common/definition";
import { procurementVolume } from "./volume";
import { PROCUREMENT_MESSAGES } from "./messages.uk";
import { seedLogMigration } from "../common/seed";
import { Tender } from "./entities/tender.entity";
import { BudgetSummaryRef } from "./entities/budget-summary.ref";
import { createProcurementLoaders, type ProcurementLoaders } from "./loaders/procurement.loaders";
import { Tenders1764270000000 } from "./migrations/1764270000000-tenders";
import { TendersByDepartment1764700000000 } from "./migrations/1764700000000-tenders-by-department";
import { FundingByPublication1764800000000 } from "./migrations/1764800000000-funding-by-publication";
import { LineContracting1764900000000 } from "./migrations/1764900000000-line-contracting";
import { TenderOrdersSearch1764600000000 } from "./migrations/1764600000000-tender-orders-search";
import { procurementReferences } from "./references";
import { DepartmentTendersResolver } from "./resolvers/department-tenders.resolver";
import { TenderResolver } from "./resolvers/tender.resolver";
import { BudgetLineProcurementResolver } from "./resolvers/budget-line-procurement.resolver";
import { BudgetSummaryProcurementResolver } from "./resolvers/budget-summary-procurement.resolver";
import { CompetitionResolver } from "./resolvers/competition.resolver";
import { OcdsImportResolver } from "./resolvers/ocds-import.resolver";
import { ContractResolver } from "./resolvers/contract.resolver";
import { Competition } from "./entities/competition.entity";
import { seedProcurementDemo } from "./seed";
import { ocdsRouter } from "./ocds.routes";

/** The procurement subgraph: tenders, competitions, awards and contracts (OCDS). */
export const procurementSubgraph: SubgraphDefinition<ProcurementLoaders> = {
  name: "procurement",
  port: 4003,
  main: path.join(__dirname, "main.js"),
  schema: "procurement",
  entities: [Tender, Competition],
  migrations: [
    seedLogMigration("procurement"),
    Tenders1764270000000,
    TenderOrdersSearch1764600000000,
    TendersByDepartment1764700000000,
    FundingByPublication1764800000000,
    LineContracting1764900000000,
  ],
  resolvers: [
    TenderResolver,
    DepartmentTendersResolver,
    ContractResolver,
    BudgetLineProcurementResolver,
    BudgetSummaryProcurementResolver,
    CompetitionResolver,
    OcdsImportResolver,
  ],
  references: procurementReferences,
  orphanedTypes: [BudgetSummaryRef],
  createLoaders: createProcurementLoaders,
  routes: [{ prefix: "/ocds", router: ocdsRouter }],
  messages: PROCUREMENT_MESSAGES,
  seedVolume: procurementVolume,
  peers: { budget: 4004 },
  seedDemo: seedProcurementDemo,
};
