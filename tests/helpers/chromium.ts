import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/**
 * Debian's chromium for the browser tests: CHROMIUM_PATH if set, else the headless shell
 * (`apt-get install chromium-headless-shell`, what Playwright itself runs headless: the same
 * Blink, without the desktop browser around it; a third of the CPU of full chromium in the portal's
 * tests), else full chromium.
 */
export function chromiumPath(): string {
  const candidates = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      `No chromium at ${candidates.join(" or ")}: apt-get install -y chromium-headless-shell, or set CHROMIUM_PATH`,
    );
  return found;
}

/** Launches that chromium headless. */
export function launchChromium(): Promise<Browser> {
  // Root in CI: chromium's sandbox needs user namespaces it may not get there.
  return chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
}
