import type { SubgraphContext } from "../common/context";
import type { ProcurementLoaders } from "./loaders/procurement.loaders";

export type ProcurementContext = SubgraphContext<ProcurementLoaders>;
