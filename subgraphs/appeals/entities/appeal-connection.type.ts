import { connectionType } from "../../common/pagination";
import { Appeal } from "./appeal.entity";

/** A page of appeals (Relay connection). */
export const AppealConnection = connectionType(Appeal, "Appeal");
