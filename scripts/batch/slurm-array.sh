#!/usr/bin/env bash
#SBATCH --job-name=provenance-lens
#SBATCH --cpus-per-task=1
#SBATCH --output=provenance-lens-%A_%a.log
# A Slurm job array: one array task per web archive, each writing OUT/<task>.jsonl.
#
#   n=$(wc -l < archives.txt)
#   sbatch --array=0-$((n - 1)) scripts/batch/slurm-array.sh archives.txt out/
#   scripts/batch/merge.sh archives.txt out/ > audit.jsonl   # after the array ends
#
# merge.sh names any task whose output is missing; run it again alone with
# `sbatch --array=<its index> scripts/batch/slurm-array.sh archives.txt out/`.
# Give a task more cores with --cpus-per-task=N: it then analyses on N threads.
set -euo pipefail
: "${SLURM_ARRAY_TASK_ID:?submit this with sbatch --array=...}"
# Slurm runs a copy of this script: task.sh is found beside the submitted one.
here=${PROVENANCE_LENS_BATCH:-}
if [ -z "$here" ]; then
  command=$(scontrol show job "$SLURM_JOB_ID" 2>/dev/null | sed -n 's/^ *Command=\([^ ]*\).*/\1/p' | head -n 1)
  here=$(dirname "${command:-.}")
fi
[ -x "$here/task.sh" ] || here="$SLURM_SUBMIT_DIR/scripts/batch"
PROVENANCE_LENS_JOBS=${PROVENANCE_LENS_JOBS:-${SLURM_CPUS_PER_TASK:-1}} \
  exec "$here/task.sh" "$SLURM_ARRAY_TASK_ID" "$1" "$2"
