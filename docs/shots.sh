#!/usr/bin/env bash
# Retakes the README's screenshots from the scenes in docs/scenes (needs `mvn -B -q package -DskipTests`
# first, and Xvfb: ../shared/tools/shot installs it). Each shot is the settled window, rendered by --snapshot.
set -euo pipefail
cd "$(dirname "$0")/.."
shot() { # SIZE OUT ARGS...
  local size=$1 out=$2; shift 2
  xvfb-run -a -s "-screen 0 ${size}x24" bin/servicelab gui --size "$size" --snapshot "docs/$out" "$@" 2>/dev/null
}
shot 1920x1080 workbench-clusterip.png --lesson 06-clusterip-affinity --open docs/scenes/clusterip.yaml --send pod/client http://kubia/
shot 1920x1080 workbench-nodeport.png --lesson 07-nodeport --open docs/scenes/nodeport.yaml --send laptop http://192.168.0.12:30123/
shot 1920x1080 workbench-loadbalancer.png --lesson 08-loadbalancer --open docs/scenes/loadbalancer.yaml --send laptop http://198.51.100.10/
shot 1920x1080 workbench-externalname.png --lesson 09-externalname --open docs/scenes/externalname.yaml --send pod/client http://external-service/
shot 1920x1080 workbench-headless.png --lesson 10-headless --open docs/scenes/headless.yaml --send pod/client http://kubia-headless/
shot 1920x1080 editor.png --lesson 03-creating-services --open src/main/resources/servicelab/examples/seed-service.yaml
shot 1920x1080 exercise.png --exercise ex6-2
shot 1280x720 console.png --open docs/scenes/nodeport.yaml --kubectl "expose deployment kubia --name=kubia-lb --type=LoadBalancer --port=80 --target-port=8080" --kubectl "get svc" --kubectl "get endpoints kubia-nodeport"
# the same lesson and scene on a projector, a laptop and a monitor (README "Fits every screen")
shot 1024x768 fit-1024x768.png --lesson 07-nodeport --open docs/scenes/nodeport.yaml --send laptop http://192.168.0.12:30123/
shot 1366x768 fit-1366x768.png --lesson 07-nodeport --open docs/scenes/nodeport.yaml --send laptop http://192.168.0.12:30123/
shot 1920x1080 fit-1920x1080.png --lesson 07-nodeport --open docs/scenes/nodeport.yaml --send laptop http://192.168.0.12:30123/
shot 1280x720 presenter.png --presenter --open docs/scenes/nodeport.yaml --send laptop http://192.168.0.12:30123/
shot 1024x768 presenter-1024x768.png --presenter --lesson 07-nodeport --open docs/scenes/nodeport.yaml --send laptop http://192.168.0.12:30123/
shot 1920x1080 presenter-dark-1920x1080.png --presenter --dark --lesson 07-nodeport --open docs/scenes/nodeport.yaml --send laptop http://192.168.0.12:30123/
# stage only (F11 pressed in the running window; needs ../shared/tools/shot for the key press)
for size in 1024x768 1920x1080; do
  ../shared/tools/shot -o "docs/presenter-stage-only-$size.png" -s "$size" -w 14 -x 'key F11' -- bin/servicelab gui --size "$size" \
    --presenter --lesson 11-ingress --open lessons/11-ingress/scene.yaml --send browser http://kubia.example.com/
done
