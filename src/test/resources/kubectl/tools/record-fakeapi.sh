#!/bin/bash
# Re-records ../recorded-fakeapi/ : real kubectl against tools/fakeapi.py (a fake API server on 127.0.0.1:18080).
# list lines: "NAME|ARGS" starts a fresh server (fixtures reloaded); "+NAME|ARGS" reuses the state left by the
# previous lines, which are written to NAME.pre.
# usage: tools/record-fakeapi.sh [KUBECTL_BINARY]   (default: upstream kubectl v1.32.5 from the gcloud SDK)
set -u
TOOLS=$(cd "$(dirname "$0")" && pwd); BASE=$(dirname "$TOOLS"); OUT=$BASE/recorded-fakeapi
KUBECTL=${1:-/usr/lib/google-cloud-sdk/bin/kubectl.1.32}
export KUBECONFIG=$TOOLS/kubeconfig-fakeapi HOME=$(mktemp -d) TZ=UTC LANG=C.UTF-8
mkdir -p "$OUT"
SPID=""
stop() { if [ -n "$SPID" ]; then kill "$SPID" 2>/dev/null; wait "$SPID" 2>/dev/null; SPID=""; fi; }
start() {
  stop
  python3 "$TOOLS/fakeapi.py" 18080 "$TOOLS/fixtures.json" /dev/null 2>/dev/null & SPID=$!
  for _ in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:18080/version && break; sleep 0.05; done
  curl -s -o /dev/null http://127.0.0.1:18080/version || { echo "fake API server did not start" >&2; stop; exit 1; }
  PRE=""
}
trap stop EXIT
while IFS='|' read -r name args; do
  [ -z "$name" ] && continue
  case "$name" in \#*) continue;; esac
  if [[ "$name" == +* ]]; then name=${name#+}; else start; fi
  printf '%s\n' "$args" > "$OUT/$name.cmd"
  if [ -n "$PRE" ]; then printf '%s' "$PRE" > "$OUT/$name.pre"; else rm -f "$OUT/$name.pre"; fi
  # start just after a whole second so that event ages computed client-side come out stable
  python3 -c 'import time; time.sleep(1.0 - time.time() % 1.0)'
  ( cd "$BASE" && eval "$KUBECTL $args" ) > "$OUT/$name.out" 2>&1 </dev/null
  echo $? > "$OUT/$name.rc"
  PRE="$PRE$args"$'\n'
done < "$TOOLS/list-fakeapi.txt"
rm -rf "$HOME"
