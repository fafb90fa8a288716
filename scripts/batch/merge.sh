#!/usr/bin/env bash
# The outputs of a batch audit (scripts/batch/task.sh) joined in the order of LIST, on stdout:
# the same JSON Lines as one `analyze --json` over every archive of LIST. When a task's output is
# missing, nothing is written, the missing tasks are named on stderr, and the exit status is 1.
#   scripts/batch/merge.sh LIST OUT > audit.jsonl
set -euo pipefail
list=$1 out=$2
n=$(grep -c '' "$list" || true)
missing=()
for ((i = 0; i < n; i++)); do
  [ -f "$out/$(printf '%06d' "$i").jsonl" ] || missing+=("$i")
done
if [ ${#missing[@]} -gt 0 ]; then
  ids=$(IFS=,; echo "${missing[*]}")
  echo "merge: ${#missing[@]} of $n tasks have no output: $ids" >&2
  echo "merge: run them again, e.g. sbatch --array=$ids scripts/batch/slurm-array.sh $list $out" >&2
  exit 1
fi
for ((i = 0; i < n; i++)); do cat "$out/$(printf '%06d' "$i").jsonl"; done
