#!/usr/bin/env bash
# Builds the benchmarks module (no install) and runs both benchmark mains on demand; see docs/benchmarks.md.
#   benchmarks/run.sh                  # JMH overhead + interleaved A/B, then the 100/1,000-session harness
#   benchmarks/run.sh overhead [JMH args...]
#   benchmarks/run.sh concurrency [--turns T] [--warmup-rounds R] [--transport praxis|jdk-direct|okhttp|apache] [N...]
#   benchmarks/run.sh transports [--calls C] [--rounds R] [transport...]   # CPU per call of each HTTP transport
#   benchmarks/run.sh limits [JMH args...]   # oversized tool arguments refused (not part of "all")
#   benchmarks/run.sh tracing [JMH args...]  # one turn with tracing off, API without SDK, SDK (not part of "all")
#   benchmarks/run.sh serve [--clients N] [--requests R] [offline|delayed...]   # praxis serve under load (not part of "all")
# Equivalent Maven profile: mvn -B -ntp -Pbench -pl benchmarks -am -DskipTests verify
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
[ $# -gt 0 ] && shift

mvn -B -ntp -q -pl benchmarks -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt >/dev/null
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
JVM=(-Xms1g -Xmx1g)

echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
     "$(free -g | awk '/Mem:/{print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# JDK: $(java -version 2>&1 | head -1)"

if [ "$what" = all ] || [ "$what" = overhead ]; then
  java "${JVM[@]}" -cp "$CP" dev.praxis.benchmarks.overhead.OverheadReport "$@"
fi
if [ "$what" = limits ]; then
  args=("$@")
  [ ${#args[@]} -eq 0 ] && args=(-f 1 -wi 3 -i 5 -w 1s -r 1s)
  java "${JVM[@]}" -cp "$CP" org.openjdk.jmh.Main 'dev.praxis.benchmarks.limits.*' -jvmArgs "-Xms2g -Xmx2g" "${args[@]}"
fi
if [ "$what" = tracing ]; then
  args=("$@")
  [ ${#args[@]} -eq 0 ] && args=(-f 1 -wi 3 -i 5 -w 1s -r 2s)
  java "${JVM[@]}" -cp "$CP" org.openjdk.jmh.Main 'dev.praxis.benchmarks.overhead.TracingOverheadBenchmark' \
      -jvmArgs "-Xms1g -Xmx1g" "${args[@]}"
fi
if [ "$what" = all ] || [ "$what" = concurrency ]; then
  java "${JVM[@]}" -cp "$CP" dev.praxis.benchmarks.concurrency.ConcurrencyHarness "$@"
fi
if [ "$what" = serve ]; then
  java "${JVM[@]}" -cp "$CP" dev.praxis.benchmarks.concurrency.ServeLoadHarness "$@" | grep -v ' INFO \| WARN '
fi
if [ "$what" = transports ]; then
  java "${JVM[@]}" -cp "$CP" dev.praxis.benchmarks.concurrency.TransportProbe "$@"
fi
