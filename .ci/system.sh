#!/usr/bin/env bash
# Install the Debian packages the tests and benchmarks drive, when missing and when we may
# (root, as on CI): chromium for the desk's browser tests (Playwright drives
# /usr/bin/chromium; it never downloads a browser), wrk for `make bench`.
# Usage: bash .ci/system.sh chromium [wrk]
set -uo pipefail
missing=()
for pkg in "$@"; do
  case "$pkg" in
    chromium) [ -x /usr/bin/chromium ] || missing+=(chromium) ;;
    *) command -v "$pkg" >/dev/null 2>&1 || missing+=("$pkg") ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "note: ${missing[*]} missing and not root: install them with apt-get" >&2
  exit 0
fi
echo "installing ${missing[*]} ..."
(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") \
  >/tmp/attrition-apt.log 2>&1 || { echo "apt-get failed: see /tmp/attrition-apt.log" >&2; exit 1; }
