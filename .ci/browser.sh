#!/usr/bin/env bash
# Installs what the web UI's browser tests (amity-app amity.ui.WebUiIT) need when it is missing:
# Debian's chromium and chromium-driver, and a CJK font so that Chinese renders in the screenshots
# (Vietnamese needs nothing beyond DejaVu/Noto Sans). Uses sudo when not root and sudo works without
# a password. Never fails: without apt the tests are skipped and say so.
set -uo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || [ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
if command -v fc-list >/dev/null 2>&1; then
  [ -n "$(fc-list :lang=zh 2>/dev/null)" ] || need+=(fonts-noto-cjk)
else
  need+=(fonts-noto-cjk)
fi
[ ${#need[@]} -eq 0 ] && { echo "browser: chromium, chromedriver and a CJK font are there" >&2; exit 0; }
if ! command -v apt-get >/dev/null 2>&1; then
  echo "browser: no apt-get to install ${need[*]}; the browser tests will be skipped" >&2
  exit 0
fi
sudo=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "browser: not root and no password-less sudo to install ${need[*]}; the browser tests will be skipped" >&2
    exit 0
  fi
fi
echo "browser: installing Debian's ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { "${sudo[@]}" apt-get update -qq >/dev/null && "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }; then
  echo "browser: could not install ${need[*]}; the browser tests will be skipped where chromium is missing" >&2
fi
exit 0
