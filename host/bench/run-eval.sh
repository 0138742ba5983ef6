#!/usr/bin/env bash
# Builds the benchmark module and runs the retrieval-quality evaluation. Arguments go to
# org.fahras.bench.eval.RetrievalEval (--work DIR --mb N --runs N); see docs/arabic-analysis.md.
# Same build, locale and JVM options as run.sh (BENCH_SKIP_BUILD, BENCH_JAVA_OPTS).
set -euo pipefail
BENCH_MAIN=org.fahras.bench.eval.RetrievalEval exec "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/run.sh" "$@"
