import type { SubgraphDefinition } from "./definition";
import { loadSubgraphConfig } from "./config";
import { startSubgraph } from "./server";
import { startTracing } from "./telemetry";

/**
 * The body of every `subgraphs/<name>/main.ts`: read config, start, stop cleanly on
 * SIGINT/SIGTERM (buffered spans sent last). A failure to start prints one line naming the cause
 * and exits with 1.
 */
export async function runSubgraphProcess<L, S>(def: SubgraphDefinition<L, S>): Promise<void> {
  try {
    const config = loadSubgraphConfig(def);
    const tracing = startTracing(def.name, config.otlpEndpoint);
    const handle = await startSubgraph(def, config);
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await handle.stop();
      await tracing.shutdown();
      process.exit(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (err) {
    process.stderr.write(`${def.name}: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
