#!/usr/bin/env bash
# bin/bench --startup [N]: the app's first frame beside an empty JavaFX window's (one Label), both
# started with the app's GUI flags (bin/servicelab's java options) and each with its own class-data
# archive, alternated N times on one display. Prints every run, both medians and their ratio.
# --image DIR adds a packaged app image (mvn -Ppackage: target/dist/ServiceLab) to each round, started
# as the menu entry starts it (lib/start/ServiceLab) and by jpackage's own launcher (bin/ServiceLab),
# and prints their first frames against bin/servicelab's.
set -euo pipefail
n=5 image=
while (($#)); do
  case $1 in
    --image) image=$(readlink -f "$2"); shift 2 ;;
    *) n=$1; shift ;;
  esac
done
size=${SIZE:-1920x1080}
mvn -q -B ${MVN_OFFLINE:+-o} package -DskipTests >/dev/null
mvn -q -B ${MVN_OFFLINE:+-o} test-compile >/dev/null
out=target/startup-bench
rm -rf "$out"; mkdir -p "$out/home"
jar cf "$out/empty-window.jar" -C target/test-classes servicelab/bench/EmptyWindow.class
fx=$(ls target/lib/javafx-*-linux.jar | paste -sd:)
flags=(-Xms64m -Xmx512m -XX:NewSize=16m -XX:MaxNewSize=32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8)
# our own display unless one is given, so a desktop's compositor does not enter the figures
if [[ -z ${DISPLAY:-} ]]; then
  d=:$((RANDOM % 50 + 200))
  Xvfb "$d" -screen 0 "${size}x24" >/dev/null 2>&1 & xvfb=$!
  trap 'kill $xvfb 2>/dev/null' EXIT
  export DISPLAY=$d
  sleep 1
fi
launched() { date +%s%3N > "$1.launched"; } # when the bench started the launcher, for "from launch"
empty() { # $1: report file; the first call records the archive, later ones map it
  local jsa=$out/empty.jsa cds
  launched "$1"
  if [[ -f $jsa ]]; then cds=(-XX:SharedArchiveFile="$jsa" -Xshare:auto); else cds=(-XX:ArchiveClassesAtExit="$jsa"); fi
  java "${cds[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off "${flags[@]}" --module-path "$fx" --add-modules javafx.controls \
    -cp "$out/empty-window.jar" servicelab.bench.EmptyWindow "$1" "$size"
}
app() {
  launched "$1"
  SERVICELAB_JAVA_OPTS="-Dservicelab.home=$out/home -Dservicelab.startupReport=$1 ${STARTUP_JAVA_OPTS:-}" bin/servicelab gui --size "$size" >/dev/null
}
packaged() { # $2: the image's start script or jpackage launcher (options and class-data archive as shipped)
  [[ -z $image ]] && return
  launched "$1"
  JAVA_TOOL_OPTIONS="-Dservicelab.home=$out/home-image -Dservicelab.startupReport=$1" \
    "$image/$2" --size "$size" >/dev/null 2>&1
}
# one of each first: archives recorded, the learner's settings written (a returning learner, not a first run)
empty "$out/warm-empty.txt"; app "$out/warm-app.txt"
packaged "$out/warm-image.txt" lib/start/ServiceLab; packaged "$out/warm-jpackage.txt" bin/ServiceLab
for i in $(seq 1 "$n"); do
  empty "$out/empty-$i.txt"
  app "$out/app-$i.txt"
  packaged "$out/image-$i.txt" lib/start/ServiceLab
  packaged "$out/jpackage-$i.txt" bin/ServiceLab
done
python3 - "$out" "$n" "$image" <<'PY'
import sys, statistics
out, n, image = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def read(f):
    r = {k: float(v) for k, v in (l.split() for l in open(f) if l.strip())}
    # from the bench's launch: what a learner waits, the launcher's own work before the JVM included
    r['launch_ms'] = r['jvm_start_epoch_ms'] + r['first_frame_ms'] - float(open(f + '.launched').read())
    return r
e = [read(f"{out}/empty-{i}.txt") for i in range(1, n + 1)]
a = [read(f"{out}/app-{i}.txt") for i in range(1, n + 1)]
for i in range(n):
    print(f"run {i+1}: empty window {e[i]['first_frame_ms']:.0f} ms, {e[i]['rss_mib']:.1f} MiB | app first frame "
          f"{a[i]['first_frame_ms']:.0f} ms, lesson and cluster drawn {a[i]['ready_ms']:.0f} ms, {a[i]['rss_mib']:.1f} MiB")
med = lambda xs: statistics.median(xs)
ef, af, ar = med([x['first_frame_ms'] for x in e]), med([x['first_frame_ms'] for x in a]), med([x['ready_ms'] for x in a])
em, am = med([x['rss_mib'] for x in e]), med([x['rss_mib'] for x in a])
print(f"median first frame: empty window {ef:.0f} ms, app {af:.0f} ms, ratio {af/ef:.2f} (target <= 1.5)")
print(f"median lesson and cluster drawn: {ar:.0f} ms, ratio to the empty window's first frame {ar/ef:.2f}")
print(f"median resident memory, settled (2 s after the measured frame): empty window {em:.1f} MiB, app with the lesson open {am:.1f} MiB, difference {am-em:.1f} MiB (target <= 80)")
ef4, ar4 = med([x['rss_at_frame_mib'] for x in e]), med([x['rss_at_ready_mib'] for x in a])
print(f"median resident memory at the measured frame (not settled): empty window {ef4:.1f} MiB, app {ar4:.1f} MiB, difference {ar4-ef4:.1f} MiB")
el, al = med([x['launch_ms'] for x in e]), med([x['launch_ms'] for x in a])
print(f"median first frame from launch (launcher included): empty window {el:.0f} ms, app {al:.0f} ms, ratio {al/el:.2f}")
if image:
    p = [read(f"{out}/image-{i}.txt") for i in range(1, n + 1)]
    j = [read(f"{out}/jpackage-{i}.txt") for i in range(1, n + 1)]
    for i in range(n):
        print(f"run {i+1}: app image first frame {p[i]['first_frame_ms']:.0f} ms ({p[i]['launch_ms']:.0f} ms from launch; "
              f"jpackage launcher {j[i]['launch_ms']:.0f}; bin/servicelab {a[i]['launch_ms']:.0f}), "
              f"lesson and cluster drawn {p[i]['ready_ms']:.0f} ms, {p[i]['rss_mib']:.1f} MiB")
    pf, pr, pm = med([x['first_frame_ms'] for x in p]), med([x['ready_ms'] for x in p]), med([x['rss_mib'] for x in p])
    pl, jl = med([x['launch_ms'] for x in p]), med([x['launch_ms'] for x in j])
    print(f"median first frame from launch: app image as the menu starts it {pl:.0f} ms, bin/servicelab {al:.0f} ms, "
          f"ratio {pl/al:.2f} (target <= 1.0)")
    print(f"median first frame from launch: app image's jpackage launcher {jl:.0f} ms, ratio {jl/al:.2f}")
    print(f"median first frame from JVM start: app image {pf:.0f} ms, bin/servicelab {af:.0f} ms, ratio {pf/af:.2f}")
    print(f"median lesson and cluster drawn: app image {pr:.0f} ms, bin/servicelab {ar:.0f} ms, ratio {pr/ar:.2f}")
    print(f"median resident memory: app image {pm:.1f} MiB, bin/servicelab {am:.1f} MiB")
PY
