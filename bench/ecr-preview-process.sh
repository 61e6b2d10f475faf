#!/usr/bin/env bash
# Times the whole `berth ecr preview` process (JVM start, reading the files, evaluating, printing)
# on generated repositories of 1,000 and 100,000 images. Results go in docs/benchmarks.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -B -q -DskipTests -Dspotless.check.skip=true -pl berth-cli,bench -am package)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for count in 1000 100000; do
  java -cp "$root/bench/target/benchmarks.jar" dev.berth.bench.RepositoryFixture "$count" "$work/$count"
  for run in 1 2 3; do
    /usr/bin/time -f "$count images, run $run: %e s wall, %M KiB max resident" \
      java -XX:TieredStopAtLevel=1 -jar "$root/berth-cli/target/berth.jar" ecr preview \
      --policy "$work/$count/policy.json" --images "$work/$count/images.json" \
      --at 2026-12-04T00:00:00Z --format json >/dev/null
  done
done
