#!/usr/bin/env bash
# bin/bench --scale [PODS...]: the core's cost curve at 30, 300 and 3,000 pods (servicelab.bench.Scale),
# then `bin/servicelab check` of the 3,000-pod manifest (about 10,000 lines) as a whole process beside
# `bin/servicelab --version` (the JVM's own start), median of 5 each.
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
