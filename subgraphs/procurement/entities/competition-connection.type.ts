import { connectionType } from "../../common/pagination";
import { Competition } from "./competition.entity";

/** A page of competitions (Relay connection). */
export const CompetitionConnection = connectionType(Competition, "Competition");
