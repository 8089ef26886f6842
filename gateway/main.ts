import { closeServer, listen } from "../subgraphs/common/http";
import { createLogger } from "../subgraphs/common/logger";
import { loadGatewayConfig } from "./config";
import { createGateway } from "./index";

/** The gateway process: one line and exit 1 when it cannot start; clean stop on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  try {
    const config = loadGatewayConfig();
    const log = createLogger("gateway", config.logLevel);
    const gateway = await createGateway(config, log);
    const { server, port } = await listen(gateway.app, config.port, config.host, "gateway");
    log.info({ port }, `gateway ready at http://localhost:${port}/graphql`);
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await closeServer(server);
      await gateway.stop();
      process.exit(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (err) {
    process.stderr.write(`gateway: ${(err as Error).message}\n`);
    process.exit(1);
  }
}

void main();
