import type { SubgraphContext } from "../common/context";
import type { BudgetLoaders } from "./loaders/budget.loaders";

export type BudgetContext = SubgraphContext<BudgetLoaders>;
