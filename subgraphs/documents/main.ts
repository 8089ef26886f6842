import "reflect-metadata";
import { runSubgraphProcess } from "../common/main";
import { documentsSubgraph } from "./index";

void runSubgraphProcess(documentsSubgraph);
