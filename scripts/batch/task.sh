#!/usr/bin/env bash
# One unit of a batch audit: the archive on line INDEX+1 of LIST, analysed into
# OUT/<INDEX, six digits>.jsonl. The file appears only when the archive was read to its end (a
# page that failed is an error line inside it), so a missing file is a task to run again.
#   scripts/batch/task.sh INDEX LIST OUT
# PROVENANCE_LENS: the command (default: dist/cli/provenance-lens.mjs beside this script);
# PROVENANCE_LENS_JOBS: threads for the one archive (default 1: one task a core).
set -euo pipefail
index=$1 list=$2 out=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cli=${PROVENANCE_LENS:-$here/../../dist/cli/provenance-lens.mjs}
archive=$(sed -n "$((index + 1))p" "$list")
if [ -z "$archive" ]; then
  echo "task $index: $list has no line $((index + 1))" >&2
  exit 1
fi
if [ ! -r "$archive" ]; then
  echo "task $index: $archive cannot be read" >&2
  exit 1
fi
mkdir -p "$out"
name=$(printf '%06d' "$index")
part="$out/$name.jsonl.part"
rc=0
node "$cli" analyze "$archive" --json --quiet --jobs "${PROVENANCE_LENS_JOBS:-1}" >"$part" || rc=$?
# 0: every page analysed; 2: some pages failed, each an error line in the output. Anything else
# (a crash, a kill, the time limit) leaves no output, so the task is run again.
if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
  rm -f "$part"
  echo "task $index: $archive: the command exited with $rc" >&2
  exit "$rc"
fi
mv "$part" "$out/$name.jsonl"
