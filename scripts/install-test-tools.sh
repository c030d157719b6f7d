#!/usr/bin/env bash
# Installs every program the tests run, then checks that each is on PATH.
#   Debian/Ubuntu as root: apt-get installs what is missing (packages listed below).
#   Elsewhere (a laptop): a Playwright-managed Chromium when no system one is found, and a clear
#   message naming any other program that is missing and how to get it.
# Fails early, before any test runs, when something is still missing.
set -euo pipefail

# program -> Debian package. The tests run each of these (unit tests call bash, openssl,
# shellcheck, jq, python3 and coreutils; the browser tests drive Chromium).
declare -A PACKAGE=(
  [bash]=bash
  [openssl]=openssl
  [shellcheck]=shellcheck
  [jq]=jq
  [python3]=python3
  [sha256sum]=coreutils
  [base64]=coreutils
)

system_chromium() {
  local candidate
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

missing_programs() {
  local program
  for program in "${!PACKAGE[@]}"; do
    command -v "$program" >/dev/null 2>&1 || echo "$program"
  done | sort
}

can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

mapfile -t missing < <(missing_programs)
packages=()
for program in "${missing[@]}"; do packages+=("${PACKAGE[$program]}"); done
if ! system_chromium >/dev/null; then
  if can_apt; then packages+=(chromium); fi
fi

if [ "${#packages[@]}" -gt 0 ] && can_apt; then
  mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)
  echo "Installing Debian packages for the tests: ${packages[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# A laptop without a system Chromium: the browser Playwright manages.
if ! system_chromium >/dev/null && ! can_apt; then
  echo "No system Chromium: installing the one Playwright manages (npx playwright install chromium)."
  npx playwright install chromium
fi

mapfile -t still_missing < <(missing_programs)
if [ "${#still_missing[@]}" -gt 0 ]; then
  needed=()
  for program in "${still_missing[@]}"; do needed+=("${PACKAGE[$program]}"); done
  echo "The tests need these programs, which are not on PATH: ${still_missing[*]}." >&2
  echo "Install them and run the tests again (Debian/Ubuntu: sudo apt-get install $(printf '%s\n' "${needed[@]}" | sort -u | tr '\n' ' ')" >&2
  echo "or run this command as root, which installs them itself)." >&2
  exit 1
fi
if can_apt && ! system_chromium >/dev/null; then
  echo "Chromium is still missing after apt-get install chromium." >&2
  exit 1
fi
echo "Test tools: $(for p in $(printf '%s\n' "${!PACKAGE[@]}" | sort); do printf '%s ' "$p"; done)$(system_chromium || echo 'chromium (Playwright-managed)')"
