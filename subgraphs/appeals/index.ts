import path from "node:path";
import type { SubgraphDefinition } from "../common/definition";
import { appealsVolume } from "./volume";
import { APPEALS_MESSAGES } from "./messages.uk";
import { auditTrailMigration } from "../common/audit-trail";
import { seedLogMigration } from "../common/seed";
import { Appeal } from "./entities/appeal.entity";
import { AppealCategory } from "./entities/appeal-category.entity";
import { DepartmentRef } from "./entities/department.ref";
import { createAppealLoaders, type AppealLoaders } from "./loaders/appeal.loaders";
import { AppealsCore1764270000000 } from "./migrations/1764270000000-appeals-core";
import { AppealsSearchRepeatsPrivilege1764510000000 } from "./migrations/1764510000000-appeals-search-repeats-privilege";
import { PersonalDataReads1764700000000 } from "./migrations/1764700000000-personal-data-reads";
import { AppealOrders1764600000000 } from "./migrations/1764600000000-appeal-orders";
import { OpenAppealsQueue1764800000000 } from "./migrations/1764800000000-open-appeals-queue";
import { AppealCategoryResolver } from "./resolvers/appeal-category.resolver";
import { DepartmentAppealsResolver } from "./resolvers/department-appeals.resolver";
import { AppealAnswerResolver } from "./resolvers/appeal-answer.resolver";
import { AppealResolver } from "./resolvers/appeal.resolver";
import { AppealStatisticsResolver } from "./resolvers/appeal-statistics.resolver";
import { AppealWorkflowResolver } from "./resolvers/appeal-workflow.resolver";
import { AppealPrivilegeResolver } from "./resolvers/appeal-privilege.resolver";
import { PortalAppealResolver } from "./resolvers/portal-appeal.resolver";
import { AppealEvent } from "./entities/appeal-event.entity";
import { appealsSubmitted } from "./metrics";
import { seedAppealsDemo } from "./seed";
import { appealsOpenDataRouter } from "./open-data.routes";

/** The appeals subgraph: citizens' appeals, their registration, control and statistics. */
export const appealsSubgraph: SubgraphDefinition<AppealLoaders> = {
  name: "appeals",
  port: 4002,
  main: path.join(__dirname, "main.js"),
  // It checks departments, staff and answer letters with documents (DOCUMENTS_URL, documents' port by default).
  peers: { documents: 4001 },
  routes: [{ prefix: "/appeals", router: appealsOpenDataRouter }],
  schema: "appeals",
  entities: [Appeal, AppealCategory, AppealEvent],
  migrations: [
    seedLogMigration("appeals"),
    AppealsCore1764270000000,
    auditTrailMigration("appeals", 1764290000000),
    AppealsSearchRepeatsPrivilege1764510000000,
    AppealOrders1764600000000,
    PersonalDataReads1764700000000,
    OpenAppealsQueue1764800000000,
  ],
  resolvers: [
    AppealCategoryResolver,
    DepartmentAppealsResolver,
    PortalAppealResolver,
    AppealResolver,
    AppealAnswerResolver,
    AppealWorkflowResolver,
    AppealPrivilegeResolver,
    AppealStatisticsResolver,
  ],
  orphanedTypes: [DepartmentRef],
  createLoaders: createAppealLoaders,
  rateLimited: ["submitAppeal"],
  messages: APPEALS_MESSAGES,
  seedVolume: appealsVolume,
  metrics: [appealsSubmitted],
  seedDemo: seedAppealsDemo,
};
