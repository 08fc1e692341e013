#!/usr/bin/env bash
# Records new public API of Osby.Policy in PublicAPI.Unshipped.txt (RS0016), as `dotnet format analyzers --diagnostics RS0016` would.
set -euo pipefail
cd "$(dirname "$0")/../src/Osby.Policy"
dotnet build -f net10.0 --no-incremental 2>&1 | grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u > /tmp/rs0016.txt || true
{ cat PublicAPI.Unshipped.txt; cat /tmp/rs0016.txt; } | grep -v '^#nullable' | sort -u | { echo '#nullable enable'; cat; } > /tmp/unshipped.txt
mv /tmp/unshipped.txt PublicAPI.Unshipped.txt
echo "recorded $(wc -l < /tmp/rs0016.txt) symbols"
