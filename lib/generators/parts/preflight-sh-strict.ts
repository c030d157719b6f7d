// preflight.sh's second look at a TLS connection curl verified: curl with OpenSSL accepts a path
// that ends at an intermediate CA of --cacert (X509_V_FLAG_PARTIAL_CHAIN, since 7.68, and no
// command-line option turns it off), Node and OpenSSL by default do not (lib/receivers). So the
// chain curl was presented (%{certs}, curl 7.88 and later) is verified again with
// `openssl verify`, without -partial_chain, against the same CA file: the strictest receiver.
// Reads what preflight-sh-functions.ts reads (probe, WORK, $WORK/ca-SET.pem, $WORK/no-capath).

import { q } from "./verify-sh-words";

/** Lines after the CA files: how to call openssl here, and the hint of a FAIL. */
export const STRICT_CHAIN_SETUP = [
  "# openssl verify loads no default store when it has -no-CAstore (OpenSSL 3); LibreSSL has none.",
  "OPENSSL_NO_STORE=()",
  "if command -v openssl >/dev/null 2>&1 && openssl verify -help 2>&1 | grep -q -- '-no-CAstore'; then OPENSSL_NO_STORE=(-no-CAstore); fi",
  `STRICT_HINT=${q(
    "Node (the Flows runtime containers) and OpenSSL trust a path only when it ends at a self-signed root: add the root CA above the certificate named here (not only the intermediate) in the wizard's certificates step, and make the bundle again. Go programs (the agent) and curl accept the intermediate alone.",
  )}`,
];

export const STRICT_CHAIN_FUNCTIONS = `# strict_chain ROUTE URL SET: the chain presented for URL verifies with the CA file of SET as
# Node and OpenSSL verify it (no partial chain). Status 0: it does; 1: it does not (STRICT_REASON
# and STRICT_SUBJECT say why); 2: not checked here (STRICT_REASON says why).
strict_chain() {
  local route=$1 url=$2 set=$3 out
  local -a untrusted=()
  STRICT_REASON='' STRICT_SUBJECT=''
  if ! command -v openssl >/dev/null 2>&1; then
    STRICT_REASON='openssl is not installed'
    return 2
  fi
  { probe "$route" -k -w '%{certs}' "$url" 2>/dev/null || true; } |
    awk '/-----BEGIN CERTIFICATE-----/ { p = 1; sub(/^.*-----BEGIN/, "-----BEGIN") } p { print } /-----END CERTIFICATE-----/ { p = 0 }' >"$WORK/chain.pem"
  if [ ! -s "$WORK/chain.pem" ]; then
    STRICT_REASON='this curl does not show the presented chain (curl 7.88 or later does)'
    return 2
  fi
  : >"$WORK/rest.pem"
  awk -v leaf="$WORK/leaf.pem" -v rest="$WORK/rest.pem" '/-----BEGIN CERTIFICATE-----/ { n++ } { print > (n == 1 ? leaf : rest) }' "$WORK/chain.pem"
  if [ -s "$WORK/rest.pem" ]; then untrusted=(-untrusted "$WORK/rest.pem"); fi
  if out=$(openssl verify \${OPENSSL_NO_STORE[@]+"\${OPENSSL_NO_STORE[@]}"} -CAfile "$WORK/ca-$set.pem" -CApath "$WORK/no-capath" \${untrusted[@]+"\${untrusted[@]}"} "$WORK/leaf.pem" 2>&1); then
    return 0
  fi
  STRICT_REASON=$(awk '/^error [0-9]+ at [0-9]+ depth lookup: / { sub(/^error [0-9]+ at [0-9]+ depth lookup: /, ""); print; exit }' <<<"$out")
  STRICT_SUBJECT=$(awk '/^error [0-9]+ at [0-9]+ depth lookup: / { print prev; exit } { prev = $0 }' <<<"$out")
  STRICT_REASON=\${STRICT_REASON:-$(head -n 1 <<<"$out")}
  return 1
}
`;
