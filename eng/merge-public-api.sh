#!/usr/bin/env bash
# Resolves a merge conflict in PublicAPI.Unshipped.txt by taking the union of both sides, sorted.
set -euo pipefail
f="$(dirname "$0")/../src/Osby.Policy/PublicAPI.Unshipped.txt"
grep -vE '^(<<<<<<<|=======|>>>>>>>|#nullable)' "$f" | sort -u | { echo '#nullable enable'; cat; } > "$f.tmp"
mv "$f.tmp" "$f"
