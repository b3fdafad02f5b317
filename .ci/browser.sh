#!/usr/bin/env bash
# Installs what the web UI's browser tests (amity-app amity.ui.WebUiIT) need when it is missing:
# Debian's chromium and chromium-driver, and a CJK font so that Chinese renders in the screenshots
# (Vietnamese needs nothing beyond DejaVu/Noto Sans). Never fails: without them the tests are skipped
# and say so.
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
bash "$(dirname "$0")/apt.sh" browser "${need[@]}"
