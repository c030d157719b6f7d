// Serves an export with the project's own gzipping static server (scripts/serve.mjs) on a free
// loopback port, for the browser figures and Lighthouse.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

const SERVE = join(import.meta.dirname, "../serve.mjs");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface Served {
  url: string;
  close: () => void;
}

export async function serve(dir: string): Promise<Served> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVE, dir, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start for ${dir}`)), 10_000);
    child.once("exit", (code) => reject(new Error(`serve.mjs exited (${code}) for ${dir}`)));
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Serving")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { url: `http://127.0.0.1:${port}`, close: () => child.kill() };
}
