#!/usr/bin/env bash
# bin/bench --scale [PODS...]: the core's cost curve at 30, 300 and 3,000 pods (servicelab.bench.Scale),
# then `bin/servicelab check` of the 3,000-pod manifest (about 10,000 lines) as a whole process beside
# `bin/servicelab --version` (the JVM's own start), median of 5 each, then the window's side at the
# same sizes: `gui --bench` on a generated scene (keystroke to redraw, frames with 200 packets in
# flight, resident memory), under Xvfb 1920x1080; 200 measured keystrokes at 30 pods, 100 at 300, 10 at 3,000 (p99 of 10 is their slowest).
set -euo pipefail
mvn -q -B ${MVN_OFFLINE:+-o} package -DskipTests >/dev/null
mvn -q -B ${MVN_OFFLINE:+-o} test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
# the CLI's JIT and GC (bin/servicelab), a heap with room
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m -cp "$cp" servicelab.bench.Scale "$@"
out=target/scale-bench; mkdir -p "$out"
java -cp "$cp" servicelab.bench.Scale --write 3000 "$out/pods-3000.yaml"
python3 - "$out/pods-3000.yaml" <<'PY'
import subprocess, sys, time, statistics
f = sys.argv[1]
lines = sum(1 for _ in open(f))
def run(*args):
    t = time.monotonic(); subprocess.run(["bin/servicelab", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); return (time.monotonic() - t) * 1000
for _ in range(2): run("--version"); run("check", f)
ref = statistics.median(run("--version") for _ in range(5))
chk = statistics.median(run("check", f) for _ in range(5))
print(f"bin/servicelab check of {lines} lines: {chk:.0f} ms whole process; --version {ref:.0f} ms; check after JVM start {chk - ref:.0f} ms (target <= 200)")
PY
sizes=("$@"); ((${#sizes[@]})) || sizes=(30 300 3000)
if ! command -v Xvfb >/dev/null; then echo "no Xvfb: the window's side was not measured"; exit 0; fi
d=:$((RANDOM % 50 + 250))
Xvfb "$d" -screen 0 1920x1080x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
for pods in "${sizes[@]}"; do
  keys=200; ((pods >= 300)) && keys=100; ((pods >= 3000)) && keys=10
  rm -rf "$out/gui-home" "$out/gui-$pods.txt"
  DISPLAY=$d SERVICELAB_JAVA_OPTS="-Dservicelab.home=$out/gui-home -Dservicelab.benchPods=$pods -Dservicelab.benchKeys=$keys" \
    timeout 1800 bin/servicelab gui --size 1920x1080 --bench "$out/gui-$pods.txt" >/dev/null 2>&1 || true
done
python3 - "$out" "${sizes[@]}" <<'PY'
import sys
out, sizes = sys.argv[1], sys.argv[2:]
print("window (gui --bench): pods | manifest lines | keystroke to redraw median / p99 | fps, 200 packets | RSS, lesson open")
for n in sizes:
    try:
        r = dict(l.split(None, 1) for l in open(f"{out}/gui-{n}.txt") if l.strip())
    except OSError:
        print(f"{n:>5} | did not finish"); continue
    print(f"{n:>5} | {r['manifest_lines'].strip():>6} | {float(r['keystroke_to_redraw_ms_median']):8.1f} / {float(r['keystroke_to_redraw_ms_p99']):8.1f} ms"
          f" | {float(r['fps']):5.1f} | {float(r['rss_mib_lesson_open']):6.1f} MiB")
PY
