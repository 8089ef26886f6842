import "reflect-metadata";
import { runSubgraphProcess } from "../common/main";
import { budgetSubgraph } from "./index";

void runSubgraphProcess(budgetSubgraph);
