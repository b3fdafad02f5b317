#!/usr/bin/env bash
# Per-page cost of the Spark job's stage 1 beside `amity ingest`'s, on the same real pages.
#
# Each run's CPU time holds a fixed part (JVM, Spark session, knowledge base and models, class
# loading and JIT) and a part that grows with the pages. Running each over half of a folder and
# over all of it gives the part per page as the difference: the throughput a long run reaches.
# Whole-run figures are printed too.
#
#   tools/stage1-throughput.sh [FOLDER] [CORES] [REPEATS]
#   (default ../shared/data/text/vi-news, 1 core: spark --master 'local[1]', ingest --threads 1)
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-../shared/data/text/vi-news}
cores=${2:-1}
repeats=${3:-1}
command -v /usr/bin/time >/dev/null || { echo "stage1-throughput: needs GNU time (/usr/bin/time, Debian package time)" >&2; exit 2; }
[ -d "$folder" ] || { echo "stage1-throughput: $folder: not a folder" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Every other file, so that both halves hold the same mix of sections.
mkdir "$work/half"
find "$folder" -type f | sort | awk 'NR % 2 == 1' | while read -r f; do cp "$f" "$work/half/"; done
full_n=$(find "$folder" -type f | wc -l)
half_n=$(find "$work/half" -type f | wc -l)

# run NAME INPUT: prints "cpu_seconds wall_seconds"
run() {
  local what=$1 input=$2
  rm -rf "$work/out" "$work/store"
  if [ "$what" = spark ]; then
    AMITY_JAVA_OPTS=${AMITY_JAVA_OPTS:--Xmx2g} /usr/bin/time -f "%U %S %e" -o "$work/t" \
      ./amity spark --input "$input" --output "$work/out" --master "local[$cores]" --stage analyse >/dev/null 2>&1
  else
    AMITY_JAVA_OPTS=${AMITY_JAVA_OPTS:--Xmx2g} /usr/bin/time -f "%U %S %e" -o "$work/t" \
      ./amity ingest --store "$work/store" --threads "$cores" --json "$input" >/dev/null 2>&1
  fi
  awk '{ printf "%.1f %.1f\n", $1 + $2, $3 }' "$work/t"
}

# The launcher builds what is older than its sources; do that before anything is timed.
mkdir "$work/none"
./amity spark --input "$work/none" --output "$work/out" --master "local[$cores]" --stage analyse >/dev/null 2>&1 || true
./amity ingest --store "$work/store" --json "$work/none" >/dev/null 2>&1 || true

printf '%-7s %5s %6s %9s %9s\n' run pages repeat "CPU s" "wall s"
declare -A cpu wall
for r in $(seq "$repeats"); do
  for what in spark ingest; do
    for size in half full; do
      input=$folder; n=$full_n
      [ $size = half ] && { input=$work/half; n=$half_n; }
      read -r c w < <(run $what "$input")
      printf '%-7s %5d %6d %9.1f %9.1f\n' $what "$n" "$r" "$c" "$w"
      cpu[$what.$size]=$(awk -v a="${cpu[$what.$size]:-0}" -v b="$c" 'BEGIN { print a + b }')
      wall[$what.$size]=$(awk -v a="${wall[$what.$size]:-0}" -v b="$w" 'BEGIN { print a + b }')
    done
  done
done

echo
echo "per page, from the difference between all and half of the pages ($((full_n - half_n)) pages, mean of $repeats):"
for what in spark ingest; do
  awk -v w=$what -v n=$((full_n - half_n)) -v r="$repeats" \
      -v cf="${cpu[$what.full]}" -v ch="${cpu[$what.half]}" -v wf="${wall[$what.full]}" -v wh="${wall[$what.half]}" \
      'BEGIN { c = (cf - ch) / r; t = (wf - wh) / r;
               printf "%-7s %6.1f pages per CPU second, %6.1f pages/s; fixed part %5.1f CPU s\n", w, n / c, n / t, ch / r - c }'
done
