// Test-only: an HTTP CONNECT proxy on loopback that intercepts TLS as a corporate proxy does. It
// answers every CONNECT itself and terminates TLS with one server certificate (signed by a test
// CA, naming every host the tests ask for), then answers the request inside with 200. Nothing
// leaves the machine. A plain request to the proxy gets 400, as from a real proxy.
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";

export interface InterceptingProxyOptions {
  cert: string;
  key: string;
  /** `user:password` the proxy wants (Proxy-Authorization: Basic); anyone gets through without. */
  credentials?: string;
  /** Hosts whose CONNECT it refuses with 403, as an allowlist would. */
  refuse?: readonly string[];
}

export interface InterceptingProxy {
  port: number;
  /** CONNECT targets (`host:port`) in the order asked, with the answer given. */
  connects: { target: string; status: number }[];
  close(): Promise<void>;
}

function answer(socket: Socket, status: number, reason: string, extra = ""): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${extra}Content-Length: 0\r\n\r\n`);
}

export async function startInterceptingProxy(
  options: InterceptingProxyOptions,
): Promise<InterceptingProxy> {
  const sockets = new Set<Socket>();
  const connects: InterceptingProxy["connects"] = [];
  const inner = createHttpsServer({ cert: options.cert, key: options.key }, (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain", connection: "close" });
    res.end("intercepted\n");
  });
  const proxy = createHttpServer((_req, res) => {
    res.writeHead(400, { "content-type": "text/plain", connection: "close" });
    res.end("This is a proxy: send CONNECT.\n");
  });
  const expected = options.credentials
    ? `Basic ${Buffer.from(options.credentials, "utf8").toString("base64")}`
    : null;
  proxy.on("connect", (req, socket: Socket, head: Buffer) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    const target = req.url ?? "";
    const host = target.replace(/:\d+$/, "");
    const record = (status: number) => connects.push({ target, status });
    if (expected !== null && req.headers["proxy-authorization"] !== expected) {
      record(407);
      answer(
        socket,
        407,
        "Proxy Authentication Required",
        'Proxy-Authenticate: Basic realm="test"\r\n',
      );
      return;
    }
    if (options.refuse?.includes(host)) {
      record(403);
      answer(socket, 403, "Forbidden");
      return;
    }
    record(200);
    socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
    if (head.length > 0) socket.unshift(head);
    inner.emit("connection", socket);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  return {
    port: (proxy.address() as AddressInfo).port,
    connects,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
