import path from "node:path";
import type { SubgraphDefinition } from "../common/definition";
import { budgetVolume } from "./volume";
import { BUDGET_MESSAGES } from "./messages.uk";
import { seedLogMigration } from "../common/seed";
import { FiscalYear } from "./entities/fiscal-year.entity";
import { DepartmentRef } from "./entities/department.ref";
import { createBudgetLoaders, type BudgetLoaders } from "./loaders/budget.loaders";
import { BudgetCore1764270000000 } from "./migrations/1764270000000-budget-core";
import { AmountsFromReports1764400000000 } from "./migrations/1764400000000-amounts-from-reports";
import { BudgetResolver } from "./resolvers/budget.resolver";
import { BudgetLineResolver, BudgetProgramResolver } from "./resolvers/budget-line.resolver";
import { BudgetLine } from "./entities/budget-line.entity";
import { budgetReferences } from "./references";
import { DepartmentBudgetResolver } from "./resolvers/department-budget.resolver";
import { BudgetSummaryResolver } from "./resolvers/budget-summary.resolver";
import { seedBudgetDemo } from "./seed";
import { budgetOpenDataRouter } from "./open-data.routes";

/** The budget subgraph: fiscal years, programmes, classifications and the three amounts. */
export const budgetSubgraph: SubgraphDefinition<BudgetLoaders> = {
  name: "budget",
  port: 4004,
  main: path.join(__dirname, "main.js"),
  schema: "budget",
  entities: [FiscalYear, BudgetLine],
  migrations: [seedLogMigration("budget"), BudgetCore1764270000000, AmountsFromReports1764400000000],
  resolvers: [
    BudgetResolver,
    DepartmentBudgetResolver,
    BudgetSummaryResolver,
    BudgetLineResolver,
    BudgetProgramResolver,
  ],
  references: budgetReferences,
  orphanedTypes: [DepartmentRef],
  createLoaders: createBudgetLoaders,
  messages: BUDGET_MESSAGES,
  seedVolume: budgetVolume,
  routes: [{ prefix: "/budget", router: budgetOpenDataRouter }],
  seedDemo: seedBudgetDemo,
};
