// The shell functions of preflight.sh, as one block of bash. They read these variables, which
// preflight-sh.ts sets first: HTTPS_PROXY_URL and HTTP_PROXY_URL (may hold passwords), PROXY_UP, TIMEOUTS (curl's
// time limits), $WORK/ca-SET.pem and TRUST_SET (each CA set, and how to say it) and WORK
// (a private temporary folder). Bash 4 or later, GNU or BSD tools (Linux, macOS).

/** curl exit statuses that mean TLS failed (rather than the route): 60 is an unknown issuer. */
const TLS_FAILURES = "35|51|53|54|58|59|60|64|66|77|80|82|83|90|91";

export const PREFLIGHT_FUNCTIONS = `# section TITLE: a blank line and a heading between groups of checks.
section() { printf '\\n== %s\\n' "$1"; }

# probe ROUTE CURL_ARGS...: one request; prints the HTTP status (000 when none came). ROUTE is
# "proxy" (https:// through the bundle's HTTPS proxy, http:// through its HTTP proxy), "direct",
# or "environment" (this shell's own proxy variables, as curl reads them).
# The proxy URLs, and so their passwords, reach curl through the environment, never on its
# command line, which other users can read.
probe() {
  local route=$1
  shift
  case $route in
    proxy)
      https_proxy=$HTTPS_PROXY_URL http_proxy=$HTTP_PROXY_URL HTTPS_PROXY='' ALL_PROXY='' all_proxy='' \\
        curl --noproxy '' -sS -o /dev/null -w '%{http_code}' "\${TIMEOUTS[@]}" "$@"
      ;;
    environment) curl -sS -o /dev/null -w '%{http_code}' "\${TIMEOUTS[@]}" "$@" ;;
    *) curl --noproxy '*' -sS -o /dev/null -w '%{http_code}' "\${TIMEOUTS[@]}" "$@" ;;
  esac
}

# request ROUTE CURL_ARGS...: probe with -v, keeping only what the checks read (the issuer, curl's
# error, "exit: N" when curl failed): the proxy's Authorization header never reaches a file.
# The HTTP status goes to $WORK/code.
request() {
  { probe "$@" -v 2>&1 >"$WORK/code" || echo "exit: $?"; } | grep -E '^([*]  *issuer: |curl: [(]|exit: )' || true
}

# field TEXT PATTERN: the first line of TEXT that starts with PATTERN (an awk regex), without it.
field() {
  awk -v re="^$2" '$0 ~ re { sub(re, ""); print; exit }' <<<"$1"
}

# curl_error TEXT STATUS: curl's own message, one line.
curl_error() {
  grep -m 1 '^curl: (' <<<"$1" || echo "curl exit status $2"
}

# check_proxy LABEL URL: the proxy answers at all (any HTTP answer to a plain request will do).
check_proxy() {
  local code status=0
  code=$(curl --noproxy '*' -k -sS -o /dev/null -w '%{http_code}' "\${TIMEOUTS[@]}" "$2" 2>"$WORK/err") || status=$?
  case $status in
    0) pass "$1 answers at $2 (HTTP $code to a plain request)" ;;
    5 | 6 | 7 | 28)
      fail "$1 does not answer at $2: $(curl_error "$(cat "$WORK/err")" "$status")" "Check the proxy address in the wizard and this machine's route to it (VPN, firewall): install.sh's tools and the Flows services use the same address."
      return 1
      ;;
    *) pass "$1 answers at $2 (no HTTP answer to a plain request: $(curl_error "$(cat "$WORK/err")" "$status"))" ;;
  esac
}

# check_tls LABEL URL ROUTE [SET]: URL answers, and its TLS certificate verifies with exactly that
# CA set ("all", the default: every certificate of the bundle; "services" or "agents";
# "workstation": this machine's roots and the bundle's; "system": this machine's store alone).
check_tls() {
  local label=$1 url=$2 route=$3 set=\${4:-all} via out status issuer reason trust_name TRUST
  local -a CA_ARGS=()
  # The aws CLI's own trust: the file AWS_CA_BUNDLE names, read as aws reads it.
  if [ "$set" = aws ] && [ -n "\${AWS_CA_BUNDLE:-}" ] && [ -s "$AWS_CA_BUNDLE" ] && [ ! -e "$WORK/ca-aws.pem" ]; then
    cat "$AWS_CA_BUNDLE" >"$WORK/ca-aws.pem"
    mkdir -p "$WORK/no-capath"
    TRUST_aws='the CA file AWS_CA_BUNDLE names'
  fi
  if [ -s "$WORK/ca-$set.pem" ]; then CA_ARGS=(--cacert "$WORK/ca-$set.pem" --capath "$WORK/no-capath"); fi
  trust_name="TRUST_$set"
  TRUST=\${!trust_name}
  via=directly
  if [ "$route" = environment ]; then via="with this machine's own proxy settings"; fi
  if [ "$route" = proxy ]; then
    via='through the proxy'
    if [ "$PROXY_UP" != 1 ]; then
      skip "$label: not tried, the proxy does not answer (above)"
      return
    fi
  fi
  out=$(request "$route" \${CA_ARGS[@]+"\${CA_ARGS[@]}"} "$url")
  status=$(field "$out" 'exit: ')
  issuer=$(field "$out" '[*]  *issuer: ')
  if [ -z "$status" ]; then
    # curl accepts a path to an intermediate CA: verify the same chain again as Node does.
    local strict='' strict_status=0
    if [ \${#CA_ARGS[@]} -gt 0 ]; then
      strict_chain "$route" "$url" "$set" || strict_status=$?
      case $strict_status in
        0) strict=', up to a self-signed root as Node and OpenSSL require' ;;
        1)
          fail "$label: TLS $via verifies with $TRUST for curl and Go (the agent), which accept an intermediate CA as the anchor, but Node (the runtime containers) and OpenSSL refuse it: $STRICT_REASON (\${STRICT_SUBJECT:-the presented chain})" "$STRICT_HINT"
          return
          ;;
        *) strict="; not checked as Node and OpenSSL verify it: $STRICT_REASON" ;;
      esac
    fi
    # Without AWS_CA_BUNDLE, aws trusts only its bundled roots: a certificate that one of the
    # bundle's CAs issued (an inspecting proxy's) passes curl here and fails aws.
    if [ "$set" = aws ] && [ ! -e "$WORK/ca-aws.pem" ] && [ -s "$WORK/ca-all.pem" ] &&
      [ -z "$(field "$(request "$route" --cacert "$WORK/ca-all.pem" --capath "$WORK/no-capath" "$url")" 'exit: ')" ]; then
      fail "$label: TLS $via is signed by a CA of the bundle (issuer: \${issuer:-unknown}): this machine's store accepts it, but the aws CLI, with AWS_CA_BUNDLE not set, trusts only its own bundled roots and refuses it" "$AWS_TLS_HINT"
      return
    fi
    pass "$label: TLS $via verifies with $TRUST$strict (issuer: \${issuer:-not shown by this curl}; HTTP $(cat "$WORK/code"))"
    return
  fi
  reason=$(curl_error "$out" "$status")
  case $status in
    ${TLS_FAILURES})
      # Read the presented certificate once more without verifying it, only to name its issuer.
      issuer=$(field "$(request "$route" -k "$url")" '[*]  *issuer: ')
      local hint=$TLS_HINT
      if [ "$set" = system ]; then hint=$SYSTEM_TLS_HINT; fi
      if [ "$set" = aws ]; then hint=$AWS_TLS_HINT; fi
      fail "$label: TLS $via does not verify with $TRUST; presented issuer: \${issuer:-unknown} ($reason)" "$hint"
      ;;
    *) fail "$label: not reachable $via: $reason" "$REACH_HINT" ;;
  esac
}

# addresses NAME: the addresses this machine resolves NAME to, one a line. Exit status 3: no
# resolver tool (getent on Linux, dscacheutil on macOS, else dig or host).
addresses() {
  if command -v getent >/dev/null 2>&1; then
    getent ahosts "$1" | awk '{ print $1 }' | sort -u
  elif command -v dscacheutil >/dev/null 2>&1; then
    dscacheutil -q host -a name "$1" | awk '$1 == "ip_address:" || $1 == "ipv6_address:" { print $2 }' | sort -u
  elif command -v dig >/dev/null 2>&1; then
    { dig +short A "$1"; dig +short AAAA "$1"; } | grep -v '\\.$' | sort -u
  elif command -v host >/dev/null 2>&1; then
    host "$1" | awk '/has (IPv6 )?address/ { print $NF }' | sort -u
  else
    return 3
  fi
}

# private_address ADDRESS: RFC 1918, shared address space (100.64.0.0/10) or unique local IPv6.
private_address() {
  case $1 in
    10.* | 192.168.* | 172.1[6-9].* | 172.2[0-9].* | 172.3[01].*) return 0 ;;
    100.6[4-9].* | 100.[7-9][0-9].* | 100.1[01][0-9].* | 100.12[0-7].*) return 0 ;;
    [fF][cCdD][0-9a-fA-F][0-9a-fA-F]:*) return 0 ;;
    *) return 1 ;;
  esac
}

# check_dns NAME SCHEME: NAME resolves; to private addresses only when SCHEME is internal.
check_dns() {
  local name=$1 scheme=$2 list status=0 public='' address
  list=$(addresses "$name") || status=$?
  if [ "$status" -eq 3 ]; then
    skip "$name resolves: no getent, dscacheutil, dig or host on this machine"
    return
  fi
  if [ -z "$list" ]; then
    skip "$name does not resolve from here yet: usual before the first install, as its record points at the load balancer the ingress creates (kubectl get ingress shows it); run preflight.sh again once it exists"
    return
  fi
  while IFS= read -r address; do
    if ! private_address "$address"; then public="\${public:+$public }$address"; fi
  done <<<"$list"
  list=$(printf '%s' "$list" | tr '\\n' ' ')
  if [ "$scheme" != internal ]; then
    pass "$name resolves ($list)"
  elif [ -z "$public" ]; then
    pass "$name resolves to private addresses ($list), as an internal load balancer's name does"
  else
    fail "$name resolves to public addresses ($public) but the load balancer is internal" "Point the name at the internal load balancer in the DNS your users and agents resolve (a private hosted zone or corporate DNS): its addresses are private."
  fi
}

# tool_installed NAME WHY: NAME is on PATH.
tool_installed() {
  if command -v "$1" >/dev/null 2>&1; then pass "$1 is installed ($(command -v "$1"))"; else fail "$1 is installed" "$2"; fi
}
`;
