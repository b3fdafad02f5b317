#!/usr/bin/env bash
# apt.sh WHAT PACKAGE...: installs Debian packages that a part of the tests needs, with sudo when
# not root and sudo works without a password. Never fails: says what could not be installed, and
# the tests that need it skip or say so.
set -uo pipefail
what="$1"; shift
[ $# -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "$what: no apt-get to install $*" >&2
  exit 0
fi
sudo=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "$what: not root and no password-less sudo to install $*" >&2
    exit 0
  fi
fi
echo "$what: installing Debian's $*" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { "${sudo[@]}" apt-get update -qq >/dev/null && "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }; then
  echo "$what: could not install $*" >&2
fi
exit 0
