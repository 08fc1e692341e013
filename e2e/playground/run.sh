#!/usr/bin/env bash
# End-to-end test: Osby.TeamsBot behind the Microsoft 365 Agents Playground (a Teams-like client with a mocked
# connector, npm @microsoft/m365agentsplayground pinned in package.json). Builds the bot in Release (unless
# E2E_BOT_DLL names an already built Osby.TeamsBot.dll), starts it and the playground, runs e2e.mjs and stops both.
# The exit code is the test result. Needs dotnet, node (20+) and npm. See docs/playground.md.
#
#   bash e2e/playground/run.sh
#
# Environment: E2E_BOT_DLL, E2E_BOT_PORT (3978), E2E_PLAYGROUND_PORT (56150; the playground picks a random port when
# it is taken, and this script follows it), E2E_CONVERSATION_ID (e2e-personal), E2E_TIMEOUT_MS,
# E2E_VERBOSE=1 (print every reply and both logs), E2E_RUN (the script to run, default e2e.mjs).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bot_port="${E2E_BOT_PORT:-3978}"
playground_port="${E2E_PLAYGROUND_PORT:-56150}"
conversation="${E2E_CONVERSATION_ID:-e2e-personal}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

logs="$(mktemp -d "${TMPDIR:-/tmp}/osby-e2e.XXXXXX")"
bot_pid=""
playground_pid=""
status=1

print_log() {
  echo "----- $1 ($2) -----"
  tail -n 150 "$2" 2>/dev/null || true
}

cleanup() {
  local code=$?
  for pid in $playground_pid $bot_pid; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in $playground_pid $bot_pid; do
    wait "$pid" 2>/dev/null || true
  done
  if [ "$code" -ne 0 ] || [ "${E2E_VERBOSE:-}" = "1" ]; then
    print_log "bot log" "$logs/bot.log"
    print_log "playground log" "$logs/playground.log"
  fi
  rm -rf "$logs"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Polls an HTTP URL until it answers 200, failing early if the process behind it has exited.
wait_http() { # url pid what seconds
  local deadline=$((SECONDS + $4))
  until node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"; do
    if ! kill -0 "$2" 2>/dev/null; then
      echo "$3 exited before $1 answered." >&2
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "$3 did not answer $1 within $4 s." >&2
      return 1
    fi
    sleep 0.3
  done
}

started=$SECONDS
echo "::: npm ci (e2e/playground)"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

bot_dll="${E2E_BOT_DLL:-}"
if [ -z "$bot_dll" ]; then
  echo "::: dotnet build Osby.TeamsBot (Release)"
  dotnet build "$root/src/Osby.TeamsBot/Osby.TeamsBot.csproj" -c Release -nologo -v quiet >"$logs/build.log" 2>&1 \
    || { cat "$logs/build.log"; exit 1; }
  bot_dll="$root/src/Osby.TeamsBot/bin/Release/net10.0/Osby.TeamsBot.dll"
fi
[ -f "$bot_dll" ] || { echo "No bot at $bot_dll." >&2; exit 1; }
bot_dll="$(cd "$(dirname "$bot_dll")" && pwd)/$(basename "$bot_dll")" # the bot runs from $logs

if node -e 'fetch(process.argv[1]).then(() => process.exit(0), () => process.exit(1))' "http://127.0.0.1:$bot_port/health"; then
  echo "Something already listens on port $bot_port; stop it or set E2E_BOT_PORT." >&2
  exit 1
fi

echo "::: starting the bot on http://127.0.0.1:$bot_port"
# Empty MicrosoftAppId: local mode, no authentication, which is what the playground expects by default.
# A database of this run's own in $logs, so the run never uses the machine account's (docs/storage.md).
(cd "$logs" && exec env ASPNETCORE_ENVIRONMENT=Production MicrosoftAppId= Osby__Storage__Path="$logs/osby-teamsbot.db" \
  dotnet "$bot_dll" --urls "http://127.0.0.1:$bot_port") >"$logs/bot.log" 2>&1 &
bot_pid=$!

echo "::: starting the Agents Playground (port $playground_port, conversation $conversation)"
# TEAMSAPPTESTER_BROWSER=none: do not open a browser. The log file and any config file lookup stay in $logs.
(cd "$logs" && exec env TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$logs/playground-file.log" \
  node "$here/node_modules/@microsoft/m365agentsplayground/cli.js" \
  -e "http://127.0.0.1:$bot_port/api/messages" -c msteams --conversation-id "$conversation" \
  -p "$playground_port" --disable-telemetry) >"$logs/playground.log" 2>&1 &
playground_pid=$!

wait_http "http://127.0.0.1:$bot_port/health" "$bot_pid" "The bot" 60
# The playground prints "Listening on <port>"; it moves to a random port when the asked one is taken.
deadline=$((SECONDS + 30))
until grep -q '^Listening on [0-9]*' "$logs/playground.log" 2>/dev/null; do
  kill -0 "$playground_pid" 2>/dev/null || { echo "The playground exited." >&2; exit 1; }
  [ "$SECONDS" -lt "$deadline" ] || { echo "The playground did not start within 30 s." >&2; exit 1; }
  sleep 0.2
done
actual_port="$(sed -n 's/^Listening on \([0-9]*\).*/\1/p' "$logs/playground.log" | head -n 1)"
[ "$actual_port" = "$playground_port" ] || echo "Port $playground_port is taken; the playground listens on $actual_port."
wait_http "http://127.0.0.1:$actual_port/_debug/ping" "$playground_pid" "The playground" 30
script="${E2E_RUN:-e2e.mjs}" # screenshot.mjs retakes the docs' screenshot (see that file)
echo "::: ready after $((SECONDS - started)) s; running $script"

set +e
E2E_PLAYGROUND_URL="http://127.0.0.1:$actual_port" E2E_CONVERSATION_ID="$conversation" node "$here/$script"
status=$?
set -e
echo "::: e2e finished in $((SECONDS - started)) s"
exit "$status"
