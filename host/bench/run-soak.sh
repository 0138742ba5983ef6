#!/usr/bin/env bash
# The soak run: keeps a churning folder indexed (the watch service) while searching it, for
# --minutes N (default 30), sampling heap, threads, file descriptors; see docs/reliability.md.
# Arguments go to org.fahras.bench.Soak (--work DIR --minutes N --sample-seconds N --files N
# --ops-per-second X --threads N --warmup-minutes N --seed N). The report is WORK/soak.md; the
# exit code is 0 when every check passes, 2 when one fails.
# The classes and plugin zips are copied into WORK/run first, so rebuilding the repository while
# a long run goes on cannot change the code under it. BENCH_SKIP_BUILD=1 skips the Maven build;
# BENCH_JAVA_OPTS sets the JVM's options (default: -Xmx2g, as the distribution).
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$repo"
case "$(locale charmap 2>/dev/null || true)" in
  UTF-8|utf8) ;;
  *) export LC_ALL=C.UTF-8 ;;
esac
work="$repo/host/bench/target/soak-work"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [[ "${args[$i]}" == "--work" && $((i + 1)) -lt ${#args[@]} ]]; then
    work="$(readlink -f "${args[$((i + 1))]}")"
  fi
done
if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
  mvn -B -q ${MAVEN_ARGS:-} -pl host/bench -am package -DskipTests
fi
bench="$repo/host/bench/target"
run="$work/run"
rm -rf "$run"
mkdir -p "$run/tmp"
cp -r "$bench/fahras-bench-0.1.0-SNAPSHOT.jar" "$bench/lib" "$bench/bench-plugins" "$run/"
# The JVM's temporary folder is the run's own, so files left in it (parsers' temporary copies)
# can be counted.
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -Dfile.encoding=UTF-8 -Djava.io.tmpdir="$run/tmp" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=error \
  -cp "$run/fahras-bench-0.1.0-SNAPSHOT.jar:$run/lib/*" org.fahras.bench.Soak \
  --repo "$repo" --plugins "$run/bench-plugins" --work "$work" "$@"
