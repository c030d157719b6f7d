// The real `openssl s_client -showcerts` output for a connection, as a user would paste it.
// Asynchronous: the TLS server or proxy it talks to may run in the same process.
import { spawn } from "node:child_process";

export function sClientTranscript(args: readonly string[]): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn("openssl", ["s_client", "-showcerts", ...args]);
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("latin1")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("latin1")));
    child.on("close", () => resolve(output));
    child.stdin.end();
  });
}
