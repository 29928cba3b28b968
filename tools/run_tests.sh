#!/usr/bin/env bash
# The whole test suite (the README's test command): ./setup.sh, each notebook in nbs/ run as a test (nbdev_test, cells flagged `slow` included),
# the check that the notebooks and the exported package agree, then report.ipynb executed from saved
# results. Prints one line per test and a closing `N passed, N failed`.
set -u
cd "$(dirname "$0")/.."
bin=${VENV:-.venv}/bin
export PATH="$PWD/$bin:$PATH"
[ -n "${MUSDB_PATH:-}" ] || [ ! -d ../shared/musdb18-7 ] || export MUSDB_PATH=$(cd ../shared/musdb18-7 && pwd)
flags=${TEST_FLAGS-slow}
logs=$(mktemp -d)
pass=0; fail=0
trap 'echo "$pass passed, $fail failed"' EXIT             # the closing line, however the run ends
trap 'fail=$((fail+1)); echo "FAIL interrupted"; exit 1' INT TERM
limit=${TEST_TIMEOUT:-1800}                                 # seconds per test: a hung test fails, the run goes on
record() {  # name, seconds, status, log
  if [ "$3" = 0 ]; then pass=$((pass+1)); printf 'PASS %-40s %5ss\n' "$1" "$2"
  else fail=$((fail+1)); printf 'FAIL %-40s %5ss%s\n' "$1" "$2" "$([ "$3" = 124 ] && echo " (timed out after ${limit}s)")"; tail -n 40 "$4" | sed 's/^/     /'; fi
}

t=$SECONDS; timeout -k 30 "$limit" ./setup.sh > "$logs/setup" 2>&1              # the suite sets up what it needs: a fresh clone works
st=$?; record "setup (./setup.sh)" $((SECONDS-t)) $st "$logs/setup"
[ "$st" = 0 ] || exit 1

t=$SECONDS; before=$(git status --porcelain -- vocalsep nbs 2>/dev/null)
nbdev_export > "$logs/export" 2>&1; st=$?
after=$(git status --porcelain -- vocalsep nbs 2>/dev/null)
[ "$st" = 0 ] && [ "$before" = "$after" ] || { st=1; git status --porcelain -- vocalsep >> "$logs/export"; }
record "notebooks and package agree" $((SECONDS-t)) $st "$logs/export"

for nb in nbs/[0-9]*.ipynb; do
  t=$SECONDS; name=$(basename "$nb")
  timeout -k 30 "$limit" nbdev_test --path "$nb" --flags "$flags" > "$logs/$name.log" 2>&1
  record "$name" $((SECONDS-t)) $? "$logs/$name.log"
done

if [ -f report.ipynb ]; then
  t=$SECONDS
  timeout -k 30 "$limit" jupyter nbconvert --to notebook --execute --output-dir "$logs" report.ipynb > "$logs/report.log" 2>&1
  record "report.ipynb" $((SECONDS-t)) $? "$logs/report.log"
fi
[ "$fail" = 0 ]
