#!/usr/bin/env bash
# Local index against SolrCloud (org.fahras.bench.SolrCloudBench): indexing throughput and query
# latency on the benchmark corpus, through the host and the packaged plugins, against a two-node
# MiniSolrCloudCluster in the same JVM. Arguments: --runs N (3), --files N (5000), --mb N (30),
# --threads N (2), --shards N (2), --replicas N (2), --queries N (1000), --work DIR, --seed N.
# See docs/scale-out.md. BENCH_SKIP_BUILD=1 runs what is built.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
# The Solr nodes in the benchmark's JVM load the Fahras analysis from the solr-analysis jar, as a
# real node does from its lib/; it stays off the other benchmarks' class path.
BENCH_EXTRA_CP="$here/target/solr-lib/*" BENCH_MAIN=org.fahras.bench.SolrCloudBench exec "$here/run.sh" "$@"
