// The part of verify.sh that runs inside a short-lived curl pod: it probes each destination
// through the proxy the deployments use, and TLS to an internal host with the uploaded CAs.
import type { Config } from "../config/schema";
import { egressDestinations, type EgressDestination } from "../egress/destinations";

/** One URL per destination that answers HTTPS: registries at /v2/, the Anthropic API by name. */
export function probeUrl(destination: EgressDestination): string {
  if (destination.kind === "url") return destination.target;
  const host = destination.hosts[0] ?? "";
  const port = destination.port === 443 ? "" : `:${destination.port}`;
  return destination.kind === "image" ? `https://${host}${port}/v2/` : `https://${host}${port}/`;
}

export function probeUrls(config: Config): string[] {
  return [...new Set(egressDestinations(config).map(probeUrl))];
}

/**
 * POSIX sh for the curl image (busybox). Arguments: the URLs to probe. Environment: the
 * deployment's HTTPS_PROXY / NO_PROXY (from the same Secret), VERIFY_CA (the uploaded PEMs)
 * and VERIFY_TLS_HOST. Prints one PASS/FAIL/SKIP line per check; any HTTP status counts as
 * reachable (a registry answers 401, an API 404).
 */
export const POD_SCRIPT = `CA=/tmp/verify-ca.pem
UPLOADED=/tmp/uploaded-ca.pem
: > "$CA"
for bundle in /etc/ssl/certs/ca-certificates.crt /etc/ssl/cert.pem; do
  if [ -s "$bundle" ]; then cat "$bundle" >> "$CA"; break; fi
done
printf '%s\\n' "\${VERIFY_CA:-}" > "$UPLOADED"
cat "$UPLOADED" >> "$CA"
probe() {
  if [ -n "\${HTTPS_PROXY:-}" ]; then set -- --proxy "$HTTPS_PROXY" "$@"; fi
  if [ -n "\${NO_PROXY:-}" ]; then set -- --noproxy "$NO_PROXY" "$@"; fi
  curl -sS -o /dev/null -w '%{http_code}' --max-time 20 "$@" 2>/tmp/curl-error
}
why() { tr '\\n' ' ' < /tmp/curl-error | cut -c1-300; }
via=direct
if [ -n "\${HTTPS_PROXY:-}" ]; then via="the proxy"; fi
for url in "$@"; do
  code=$(probe --cacert "$CA" "$url") || true
  if [ -n "$code" ] && [ "$code" != "000" ]; then echo "PASS $url reachable via $via (HTTP $code)"
  else echo "FAIL $url not reachable via $via: $(why)"; fi
done
if [ -z "\${VERIFY_TLS_HOST:-}" ]; then
  echo "SKIP TLS to an internal host: set VERIFY_TLS_HOST=host[:port] to test the uploaded CAs"
elif [ -z "\${VERIFY_CA:-}" ]; then
  echo "SKIP TLS to $VERIFY_TLS_HOST: no CA certificates were uploaded in the wizard"
else
  code=$(probe --cacert "$UPLOADED" "https://$VERIFY_TLS_HOST/") || true
  if [ -n "$code" ] && [ "$code" != "000" ]; then echo "PASS TLS to $VERIFY_TLS_HOST verifies with the uploaded CAs (HTTP $code)"
  else echo "FAIL TLS to $VERIFY_TLS_HOST with the uploaded CAs only: $(why)"; fi
fi
`;
