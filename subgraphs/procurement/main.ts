import "reflect-metadata";
import { runSubgraphProcess } from "../common/main";
import { procurementSubgraph } from "./index";

void runSubgraphProcess(procurementSubgraph);
