#!/usr/bin/env bash
# Installs Debian's Chromium for the Browser screenshot test (tests/integration/browser/screenshot.test.ts).
# playwright-core drives it; Playwright's own browser downloads are not used (no network but the
# package registries). Idempotent: does nothing when /usr/bin/chromium already runs.
set -euo pipefail

if /usr/bin/chromium --version >/dev/null 2>&1; then
  echo "chromium present: $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
echo "chromium installed: $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
