#!/usr/bin/env bash
# Whole-process benchmark of `berth check` on 10,000 task definition files, against a plain parse
# of the same files with python3's json module. Five runs each; prints the medians and the ratio,
# and a single-file check. Usage: bench/check-corpus.sh [CORPUS_DIR] [COPIES_TOTAL]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$here/../shared/corpus/taskdefs}"
total="${2:-10000}"
runs=5
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mapfile -t sources < <(find "$corpus" -maxdepth 1 -name '*.json' | sort)
for ((i = 0; i < total; i++)); do
  src="${sources[$((i % ${#sources[@]}))]}"
  cp "$src" "$work/td-$i.json"
done

"$here/berth" --version >/dev/null # builds on first use, outside the timing

time_runs() {
  local -a times=()
  for ((r = 0; r < runs; r++)); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

parse_baseline() {
  python3 - "$work" <<'PY'
import json, os, sys
root = sys.argv[1]
for name in sorted(os.listdir(root)):
    with open(os.path.join(root, name), encoding="utf-8") as f:
        json.load(f)
PY
}

berth_median=$(time_runs "$here/berth" check --no-color "$work")
python_median=$(time_runs parse_baseline)
single_median=$(time_runs "$here/berth" check --no-color "${sources[0]}")

echo "files:              $total (copies of ${#sources[@]} corpus files)"
echo "berth check:        ${berth_median} s (median of $runs)"
echo "python3 json.load:  ${python_median} s (median of $runs)"
echo "ratio:              $(echo "scale=2; $berth_median / $python_median" | bc)"
echo "single-file check:  ${single_median} s (median of $runs)"
