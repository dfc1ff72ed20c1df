#!/usr/bin/env bash
# Packs cspm, installs the tarball into an empty folder and runs it as a user would.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
tarball="$(npm pack --silent --pack-destination "$work" | tail -1)"
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund "./$tarball" >/dev/null
npx cspm --version
npx cspm --help >/dev/null
status=0
CSPM_DB="$work/cspm.db" npx cspm scan --demo --fail-on high >/dev/null || status=$?
if [ "$status" -ne 1 ]; then echo "expected exit 1 from the demo scan with --fail-on high, got $status" >&2; exit 1; fi
CSPM_DB="$work/cspm.db" npx cspm report --format json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);if(!r.findings.length)process.exit(1);console.log("packed cspm works:",r.findings.length,"findings")})'
