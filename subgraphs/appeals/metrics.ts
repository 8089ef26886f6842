import { Counter } from "prom-client";

/**
 * Appeals accepted through the API (`submitAppeal` answered with a receipt; an idempotent repeat
 * of the same submission counts again). `registers: []`: each started server registers it in its
 * own registry (SubgraphDefinition.metrics).
 */
export const appealsSubmitted = new Counter({
  name: "emisto_appeals_submitted_total",
  help: "Appeals accepted by submitAppeal (idempotent repeats included)",
  registers: [],
});
