#!/usr/bin/env bash
# Installs what the tests need outside Python: PostgreSQL server binaries, Debian's Chromium, and
# perl with XML::Parser for tilse's ROUGE.
# Idempotent; needs root (apt-get) only when something is missing.
set -euo pipefail

need=()
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
# tilse's ROUGE-1.5.5 (storyline eval timeline) is a Perl script that reads XML::Parser.
command -v perl >/dev/null || need+=(perl)
perl -MXML::Parser -e 1 2>/dev/null || need+=(libxml-parser-perl)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: missing ${need[*]}; install them with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "system-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
