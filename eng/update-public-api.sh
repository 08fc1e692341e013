#!/usr/bin/env bash
# Keeps src/Osby.Policy/PublicAPI.Unshipped.txt in step with the code: records new public API (RS0016) and drops
# entries that no longer exist (RS0017), as `dotnet format analyzers --diagnostics RS0016 RS0017` would.
set -euo pipefail
cd "$(dirname "$0")/../src/Osby.Policy"
log=$(mktemp)
dotnet build -f net10.0 --no-incremental >"$log" 2>&1 || true
grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u > "$log.add" || true
grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API)" "$log" | sort -u > "$log.drop" || true
{ grep -v '^#nullable' PublicAPI.Unshipped.txt | grep -vxF -f "$log.drop" || true; cat "$log.add"; } | sort -u | { echo '#nullable enable'; cat; } > "$log.new"
mv "$log.new" PublicAPI.Unshipped.txt
echo "recorded $(wc -l < "$log.add") symbols, dropped $(wc -l < "$log.drop")"
rm -f "$log" "$log.add" "$log.drop"
