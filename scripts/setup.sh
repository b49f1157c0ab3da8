#!/usr/bin/env bash
# Installs what the site and its tests need. Shared by `npm run serve`, `npm test` and .ci/run.
#   --if-missing  skip the npm install when dependencies are already installed
#   --browser     also install what the end-to-end tests need when it is missing: Debian's
#                 chromium, and Java (default-jre-headless) for the Nu HTML checker (vnu-jar)
set -euo pipefail
cd "$(dirname "$0")/.."

if_missing=0
browser=0
for arg in "$@"; do
  case "$arg" in
    --if-missing) if_missing=1 ;;
    --browser) browser=1 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

# Says what went wrong with one command that fixes it, instead of npm's usage text; npm's own
# output stays in a log file for anyone who wants it.
fail() {
  echo "setup: $1" >&2
  echo "  To fix it: $2" >&2
  [ -n "${3:-}" ] && echo "  The full output: $3" >&2
  exit 1
}

node_major="$(node -p 'process.versions.node.split(".").map(Number).join(" ")' 2>/dev/null || true)"
[ -n "$node_major" ] || fail "Node.js is not installed." "install Node.js 20.9 or later (https://nodejs.org), then run this again."
read -r major minor _ <<<"$node_major"
if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 9 ]; }; then
  fail "this project needs Node.js 20.9 or later; this is $(node -v)." "install Node.js 20.9 or later (https://nodejs.org), then run this again."
fi

if [ "$if_missing" = 0 ] || [ ! -f node_modules/.package-lock.json ]; then
  # npm ci installs exactly the locked tree and never changes package-lock.json.
  echo "Installing the locked dependencies (npm ci)..."
  log="$(mktemp -t npm-ci.XXXXXX.log)"
  if npm ci --no-audit --no-fund >"$log" 2>&1; then
    cat "$log"
    rm -f "$log"
  else
    missing="$(sed -n 's/^npm error Missing: \(.*\) from lock file$/\1/p' "$log" | head -n 3 | paste -sd, - | sed 's/,/, /g')"
    if grep -q "can only install packages when your package.json and package-lock.json" "$log"; then
      fail "package-lock.json does not match package.json${missing:+ (it lacks $missing)}." \
        "run \`npm install\` where the npm registry is reachable and commit the updated package-lock.json." "$log"
    elif grep -Eq "ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH" "$log"; then
      fail "npm could not reach the registry ($(npm config get registry))." \
        "check the network connection or proxy (\`npm config get proxy\`), then run this again." "$log"
    elif grep -q "E404" "$log"; then
      fail "the registry does not have a locked package: $(grep -m1 -o "'[^']*' is not in this registry" "$log" || grep -m1 "404" "$log")." \
        "point npm at a registry that mirrors it all (\`npm config set registry https://registry.npmjs.org/\`)." "$log"
    else
      fail "npm ci failed: $(grep -m1 '^npm error' "$log" | sed 's/^npm error //')" "read the log below, fix what it names, then run this again." "$log"
    fi
  fi
fi

apt_install() {
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  local log
  log="$(mktemp -t apt.XXXXXX.log)"
  # apt's progress and debconf's notices go to the log; a failure shows it.
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@"; } >"$log" 2>&1; then
    fail "could not install $* with apt-get." "install them yourself (or set CHROMIUM_PATH to a Chromium or Chrome), then run this again." "$log"
  fi
  rm -f "$log"
}

# Installs with apt-get what is missing, saying what it installs ($1); without apt-get, says what to do ($2) and stops.
install_missing() {
  local what="$1" without="$2"
  shift 2
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$without" >&2
    exit 1
  fi
  echo "Installing $what..."
  apt_install "$@"
}

if [ "$browser" = 1 ]; then
  chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [ -x "$chromium" ] || install_missing "Debian's chromium (Playwright cannot download browsers here)" \
    "No Chromium at $chromium. Install Chromium or Chrome and set CHROMIUM_PATH to it." chromium fonts-dejavu-core
  command -v java >/dev/null 2>&1 || install_missing "Debian's default-jre-headless for the Nu HTML checker" \
    "No java on PATH. Install Java 11 or later: the Nu HTML checker (vnu-jar) needs it." default-jre-headless
fi
