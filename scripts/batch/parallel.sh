#!/usr/bin/env bash
# The same audit with GNU parallel, on one machine or over ssh (add --sshloginfile): one job per
# archive, then the outputs merged in the order of LIST.
#   scripts/batch/parallel.sh LIST OUT [JOBS] > audit.jsonl
# A job that failed is run again, alone, by the same command (--resume-failed reads OUT/joblog).
set -euo pipefail
list=$1 out=$2 jobs=${3:-$(nproc)}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$out"
n=$(grep -c '' "$list" || true)
seq 0 $((n - 1)) | parallel --jobs "$jobs" --joblog "$out/joblog" --resume-failed \
  "$here/task.sh" {} "$list" "$out" >&2 || true
exec "$here/merge.sh" "$list" "$out"
