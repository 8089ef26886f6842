import type { SubgraphContext } from "../common/context";
import type { AppealLoaders } from "./loaders/appeal.loaders";

export type AppealsContext = SubgraphContext<AppealLoaders>;
