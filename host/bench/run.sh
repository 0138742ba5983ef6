#!/usr/bin/env bash
# Builds the benchmark with the current host and plugins and runs it. Arguments go to
# org.fahras.bench.Main (e.g. --runs 1 --files 1000); see docs/performance.md.
# BENCH_MAIN picks another main class of the module (run-eval.sh uses it).
# BENCH_JAVA_OPTS sets the benchmark JVM's options (default: -Xms2g -Xmx2g: the distribution's
# heap, fixed, so that the full collection between two repetitions cannot hand memory back to the
# OS for the next repetition to fault back in).
# BENCH_EXTRA_CP adds to the class path (run-solrcloud.sh: the Solr nodes' analysis jar).
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$repo"
# Arabic file names need a UTF-8 locale (as in the distribution's launcher).
case "$(locale charmap 2>/dev/null || true)" in
  UTF-8|utf8) ;;
  *) export LC_ALL=C.UTF-8 ;;
esac
if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
  mvn -B -q ${MAVEN_ARGS:-} -pl host/bench -am package -DskipTests
fi
bench="$repo/host/bench/target"
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g} -Dfile.encoding=UTF-8 \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=error \
  -cp "$bench/fahras-bench-0.1.0-SNAPSHOT.jar:$bench/lib/*${BENCH_EXTRA_CP:+:$BENCH_EXTRA_CP}" "${BENCH_MAIN:-org.fahras.bench.Main}" \
  --repo "$repo" "$@"
