#!/usr/bin/env bash
# Installs code-server (VS Code's real workbench + Node extension host, served to a
# browser) and Debian's Chromium into .cache/code-server, so that the extension can be
# tested in real VS Code on a machine that cannot download VS Code/Electron.
#
# Idempotent: a second run checks that the install still works and returns in a second.
# Only the npm registry and Debian's apt are used. Everything lands in
# <repo>/.cache/code-server (git-ignored); nothing is installed into the package itself.
#
#   bash scripts/code-server/install.sh          # install if missing
#   CASEFACTS_CODE_SERVER_REINSTALL=1 bash ...   # wipe and reinstall
set -euo pipefail

export CI=true
export DEBIAN_FRONTEND=noninteractive
export npm_config_yes=true
export npm_config_fund=false
export npm_config_audit=false
export npm_config_update_notifier=false

VERSION="${CASEFACTS_CODE_SERVER_VERSION:-4.100.3}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="$REPO/.cache/code-server"
CS="$CACHE/node_modules/code-server"
MARK="$CACHE/.installed-$VERSION"
START=$(date +%s)

log() { printf '[code-server install] %s\n' "$*" >&2; }

# A machine where this cannot install (no root/apt, no registry): fail loudly, unless the
# tier that needs code-server is opted out (CI never sets these).
skipping() { [ "${CASEFACTS_SKIP_CODE_SERVER:-}" = 1 ] || [ "${CASEFACTS_SKIP_UI:-}" = 1 ]; }
die() {
  if skipping; then
    log "SKIPPED (CASEFACTS_SKIP_CODE_SERVER/CASEFACTS_SKIP_UI=1): $*"
    exit 0
  fi
  log "error: $* (set CASEFACTS_SKIP_CODE_SERVER=1 / CASEFACTS_SKIP_UI=1 to skip those tiers here)"
  exit 1
}
trap 'die "a step failed (exit $?) at line $LINENO"' ERR

# ---- 1. Debian packages (only those missing) --------------------------------------
APT_PKGS=(chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "need root or sudo to apt-get install: ${missing[*]}"
    SUDO="sudo -n"
  fi
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v chromium >/dev/null || die "chromium not found after apt-get"
command -v rg >/dev/null || die "rg (ripgrep) not found after apt-get"

# ---- 2. is it already there and working? ------------------------------------------
WHY=""
works() {
  [ -f "$MARK" ] || { WHY="no marker $MARK"; return 1; }
  [ -x "$CS/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] || { WHY="no rg in @vscode/ripgrep"; return 1; }
  [ -e "$CS/lib/vscode/node_modules.asar" ] || { WHY="no node_modules.asar link"; return 1; }
  [ -d "$CS/lib/vscode/extensions/node_modules" ] || { WHY="built-in extensions' modules missing"; return 1; }
  local v
  # (in a throw-away HOME: on a first run code-server writes a default config file there
  # and logs that before the version)
  local tmp
  tmp="$(mktemp -d)"
  v="$(HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
    node "$CS/out/node/entry.js" --version 2>/dev/null | grep -m1 -E '^[0-9]+\.[0-9]+\.[0-9]+' || true)"
  rm -rf "$tmp"
  [[ "$v" == "$VERSION"* ]] || { WHY="code-server --version said: $v"; return 1; }
  # the native modules the extension host and terminal need must load
  local err
  err="$(cd "$CS/lib/vscode" && node -e "require('node-pty'); require('@vscode/spdlog'); require('native-watchdog')" 2>&1)" \
    || { WHY="native modules do not load: $err"; return 1; }
}
if [ "${CASEFACTS_CODE_SERVER_REINSTALL:-}" != 1 ] && works; then
  log "code-server $VERSION already installed and working in $CACHE ($(( $(date +%s) - START ))s)"
  exit 0
fi
[ -n "$WHY" ] && log "(re)installing: $WHY"

# ---- 3. code-server itself ----------------------------------------------------------
log "installing code-server@$VERSION into $CACHE"
rm -rf "$CACHE"
mkdir -p "$CACHE"
cd "$CACHE"
printf '{ "name": "casefacts-code-server-cache", "private": true }\n' > package.json
npm install --no-save --ignore-scripts --no-package-lock "code-server@$VERSION" >/dev/null
npm rebuild argon2 >/dev/null

# ---- 4. VS Code's own node_modules (what code-server's postinstall would do) ----------
cd "$CS/lib/vscode"
log "installing VS Code's runtime modules"
npm install --omit=dev --ignore-scripts >/dev/null
# @vscode/ripgrep's postinstall downloads a binary from GitHub; give it Debian's rg
# (its download step skips when bin/ exists).
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
log "building native modules (node-pty, spdlog, ...)"
npm rebuild >/dev/null 2>"$CACHE/rebuild.log" || { cat "$CACHE/rebuild.log" >&2; die "npm rebuild of VS Code's native modules failed"; }
ln -sfn node_modules node_modules.asar
ln -sf code-linux.sh bin/remote-cli/code-server
ln -sf browser-linux.sh bin/helpers/browser.sh

cd "$CS/lib/vscode/extensions"
log "installing built-in extensions' modules"
npm install --omit=dev >/dev/null

touch "$MARK"
if ! works; then
  die "code-server installed but the self-check failed: $WHY"
fi
log "code-server $VERSION installed in $(( $(date +%s) - START ))s ($(du -sh "$CACHE" | cut -f1))"
