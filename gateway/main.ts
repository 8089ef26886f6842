import express from "express";
import { closeServer, listen } from "../subgraphs/common/http";
import { createLogger } from "../subgraphs/common/logger";
import { metricsHandler } from "../subgraphs/common/metrics";
import { drainable } from "../subgraphs/common/shutdown";
import { startTracing } from "../subgraphs/common/telemetry";
import { loadGatewayConfig } from "./config";
import { createGateway } from "./index";

/**
 * The gateway process: one line and exit 1 when it cannot start. On SIGINT/SIGTERM it takes no
 * new connections, lets requests in flight finish (SHUTDOWN_GRACE_MS at most) and exits 0.
 * Traces are made from the start (sent when OTEL_EXPORTER_OTLP_ENDPOINT is set); `/metrics` has a
 * listener of its own when GATEWAY_METRICS_PORT is set.
 */
async function main(): Promise<void> {
  try {
    const config = loadGatewayConfig();
    const log = createLogger("gateway", config.logLevel);
    const tracing = startTracing("gateway", config.otlpEndpoint);
    const gateway = await createGateway(config, log);
    const { server, port } = await listen(gateway.app, config.port, config.host, "gateway");
    const metricsServer = config.metrics
      ? await listen(
          express().get("/metrics", metricsHandler(gateway.metrics.registry)),
          config.metrics.port,
          config.metrics.host,
          "gateway metrics",
        )
      : undefined;
    const drain = drainable(server);
    log.info({ port }, `gateway ready at http://localhost:${port}/graphql`);
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      const started = Date.now();
      const drained = await drain(config.shutdownGraceMs);
      if (metricsServer) await closeServer(metricsServer.server);
      await gateway.stop();
      await tracing.shutdown();
      log.info({ drained, ms: Date.now() - started }, "gateway stopped");
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
