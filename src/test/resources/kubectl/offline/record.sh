#!/usr/bin/env bash
# Records real kubectl's answers to the commands in commands.txt (one per line) into NAME.out /
# NAME.rc, for KubectlRecordedTest. Offline: kubectl gets no kubeconfig, so only commands that
# kubectl answers without a server (client-side dry runs and argument errors) can be recorded.
set -u
cd "$(dirname "$0")"
export KUBECONFIG=/nonexistent
kubectl version --client 2>/dev/null | head -1 > kubectl-version.txt
n=0
while IFS= read -r line; do
  [ -z "$line" ] && continue
  case "$line" in \#*) continue ;; esac
  n=$((n + 1))
  name=$(printf '%02d' "$n")
  printf '%s\n' "$line" > "$name.cmd"
  eval "kubectl $line" > "$name.out" 2>&1
  echo $? > "$name.rc"
done < commands.txt
