import { connectionType } from "../../common/pagination";
import { BudgetLine } from "./budget-line.entity";

/** A page of budget lines (Relay connection). */
export const BudgetLineConnection = connectionType(BudgetLine, "BudgetLine");
