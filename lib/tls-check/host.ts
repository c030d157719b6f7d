// Host names of TLS checks: stored as typed (`name` or `name:port`), compared with the port.

/** `registry.useflows.com:443` → `registry.useflows.com`. */
export function checkHostName(host: string): string {
  return host.replace(/:\d+$/, "");
}

/** `name` → `name:443`; a host with its port stays as it is. */
export function withPort(host: string): string {
  return /:\d+$/.test(host) ? host : `${host}:443`;
}
