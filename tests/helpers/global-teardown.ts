import { rmSync } from "node:fs";

/** Stops the embedded server of global-setup, if it started one, and removes its files. */
export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __EMISTO_PG__?: { stop(): Promise<void>; dir: string } }).__EMISTO_PG__;
  if (!pg) return;
  await pg.stop();
  rmSync(pg.dir, { recursive: true, force: true });
}
