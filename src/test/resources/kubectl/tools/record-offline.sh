#!/bin/bash
# Re-records ../recorded/ : kubectl commands that need no API server.
# usage: tools/record-offline.sh [KUBECTL_BINARY]   (default: upstream kubectl v1.32.5 from the gcloud SDK)
set -u
TOOLS=$(cd "$(dirname "$0")" && pwd); BASE=$(dirname "$TOOLS"); OUT=$BASE/recorded
KUBECTL=${1:-/usr/lib/google-cloud-sdk/bin/kubectl.1.32}
export KUBECONFIG=$TOOLS/kubeconfig-offline HOME=$(mktemp -d) TZ=UTC LANG=C.UTF-8
mkdir -p "$OUT"
while IFS='|' read -r name args; do
  [ -z "$name" ] && continue
  case "$name" in \#*) continue;; esac
  printf '%s\n' "$args" > "$OUT/$name.cmd"
  ( cd "$BASE" && eval "$KUBECTL $args" ) > "$OUT/$name.out" 2>&1 </dev/null
  echo $? > "$OUT/$name.rc"
done < "$TOOLS/list-offline.txt"
rm -rf "$HOME"
