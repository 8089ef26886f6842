import "reflect-metadata";
import { runSubgraphProcess } from "../common/main";
import { appealsSubgraph } from "./index";

void runSubgraphProcess(appealsSubgraph);
