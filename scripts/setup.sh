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

if [ "$if_missing" = 0 ] || [ ! -f node_modules/.package-lock.json ]; then
  # npm ci first. Some registry mirrors lack other platforms' optional binaries (e.g.
  # @tailwindcss/oxide-android-arm64@4.3.5), and npm then rejects its own lock file as out of
  # sync (npm/cli#9846). In that case install from the same lock file with npm install, and
  # fail if that would change the lock: the installed tree must still be exactly the locked one.
  if ! npm ci --no-audit --no-fund; then
    echo "npm ci rejected the lock file; installing the locked tree with npm install instead"
    saved="$(mktemp)"
    cp package-lock.json "$saved"
    npm install --no-audit --no-fund
    cmp -s package-lock.json "$saved" || { echo "package-lock.json changed during install: commit an updated lock file" >&2; exit 1; }
  fi
fi

apt_install() {
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

if [ "$browser" = 1 ]; then
  chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chromium" ]; then
    if command -v apt-get >/dev/null 2>&1; then
      echo "Installing Debian's chromium (Playwright cannot download browsers here)..."
      apt_install chromium fonts-dejavu-core
    else
      echo "No Chromium at $chromium. Install Chromium or Chrome and set CHROMIUM_PATH to it." >&2
      exit 1
    fi
  fi
  if ! command -v java >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
      echo "Installing Debian's default-jre-headless for the Nu HTML checker..."
      apt_install default-jre-headless
    else
      echo "No java on PATH. Install Java 11 or later: the Nu HTML checker (vnu-jar) needs it." >&2
      exit 1
    fi
  fi
fi
