#!/usr/bin/env bash
# Cold start of the command line, side by side with `praxis agents`; see docs/benchmarks.md.
#   benchmarks/cold-start.sh [ROUNDS]            # default 9 rounds; needs examples/target/praxis.jar (mvn package)
#   BEFORE=/path/to/old/praxis.jar benchmarks/cold-start.sh   # adds the old jar's rows
#   [BEFORE=...] benchmarks/cold-start.sh phases [RUNS]           # the phases (ColdStartPhases.java), median of RUNS
# Each round runs every command once, in turn, so a change in machine load hits all rows alike; the table gives the
# median and minimum wall time, the median CPU time (user + system) and the median of the per-round ratio to
# `agents` run the same way (java -jar, bin/praxis, or the old jar) in the same round. Every run gets its own empty
# java.io.tmpdir, and the last column counts what the runs left in it (ONNX Runtime's own loader leaves a folder
# per run).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=examples/target/praxis.jar
[ -f "$jar" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ "${1:-}" = phases ]; then
  runs=${2:-5}
  jars=("$jar"); [ -n "${BEFORE:-}" ] && jars=("$BEFORE" "$jar")
  javac -nowarn -cp "$jar" -d "$work/phases" benchmarks/ColdStartPhases.java
  java -cp "$jar:$work/phases" ColdStartPhases "$work" >/dev/null 2>&1 # fills the cache
  for ((r = 0; r < runs; r++)); do
    for j in "${jars[@]}"; do java -cp "$j:$work/phases" ColdStartPhases "$work" 2>/dev/null | grep ' | '; done
  done | sort | awk -F' [|] ' '{ for (i = 2; i <= NF; i++) { split($i, w, " "); v[$1, i, ++n[$1, i]] = w[length(w) - 1]; name[i] = $i } ; who[$1] = 1 }
    END { for (k in who) { line = k; for (i = 2; i <= 5; i++) { c = n[k, i]; for (x = 1; x <= c; x++) a[x] = v[k, i, x];
            for (x = 1; x <= c; x++) for (y = x + 1; y <= c; y++) if (a[y] < a[x]) { t = a[x]; a[x] = a[y]; a[y] = t }
            sub(/ [0-9]+ ms$/, "", name[i]); line = line " | " name[i] " " a[int((c + 1) / 2)] " ms" } print line " (median of " c ")" } }'
  exit 0
fi
rounds=${1:-9}
export PRAXIS_CACHE_DIR=$work/cache
question="What is the monthly payment on a 300000 loan at 6.5% over 30 years?"

names=() ; cmds=() ; bases=()
add() { names+=("$1"); cmds+=("$2"); bases+=("${3:-0}"); } # $3: the row it is divided by (default: row 0)
add "agents (java -jar)"                    "java \$T -jar $jar agents"
add "ask README question (java -jar)"       "java \$T -jar $jar ask --agent finance --data-dir $work/data \"\$Q\""
add "ask new question (java -jar)"          "java \$T -jar $jar ask --agent finance --data-dir $work/data \"\$N\""
add "agents (bin/praxis)"                   "PRAXIS_CACHE_DIR=$work/cache-launcher PRAXIS_JAVA_OPTS=\$T bin/praxis agents" 3
add "ask README question (bin/praxis)"      "PRAXIS_CACHE_DIR=$work/cache-launcher PRAXIS_JAVA_OPTS=\$T bin/praxis ask --agent finance --data-dir $work/data \"\$Q\"" 3
add "ask new question (bin/praxis)"         "PRAXIS_CACHE_DIR=$work/cache-launcher PRAXIS_JAVA_OPTS=\$T bin/praxis ask --agent finance --data-dir $work/data \"\$N\"" 3
add "ask, first run ever (empty cache)"     "PRAXIS_CACHE_DIR=$work/fresh-\$R java \$T -jar $jar ask --agent finance --data-dir $work/data \"\$Q\""
if [ -n "${BEFORE:-}" ]; then
  add "before: agents"                      "java \$T -jar $BEFORE agents" 7
  add "before: ask README question"         "java \$T -jar $BEFORE ask --agent finance --data-dir $work/data \"\$Q\"" 7
fi

# One warm-up run of each fills the cache and the class-data archives (its figures are not kept). bin/praxis has a
# cache of its own, so its ask archive is recorded by a first run that loads the embedding model, as a new user's is.
run() { # $1 = command index, $2 = round; prints "wall cpu"
  local t="$work/tmp-$1-$2"; mkdir -p "$t"
  local TIMEFORMAT="%R %U %S"
  { time (T="-Djava.io.tmpdir=$t" Q="$question" R="$2" \
      N="What is the monthly payment on a 300000 loan at 6.5% over $((31 + $2 * 7 + $1)) years?" \
      eval "${cmds[$1]}" >/dev/null 2>&1); } 2>&1 | awk '{printf "%.3f %.3f\n", $1, $2 + $3}'
}
for i in "${!cmds[@]}"; do run "$i" 99 >/dev/null; done
rm -rf "$work"/tmp-*

declare -A wall cpu
for ((r = 0; r < rounds; r++)); do
  for i in "${!cmds[@]}"; do
    read -r w c < <(run "$i" "$r")
    wall[$i]+="$w "; cpu[$i]+="$c "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
minimum() { tr ' ' '\n' | grep -v '^$' | sort -g | head -1; }
echo "# $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(java -version 2>&1 | head -1); $rounds rounds"
printf "| %-36s | %11s | %8s | %10s | %16s | %13s |\n" command "median wall" "min wall" "median cpu" "x agents (wall)" "left in temp"
printf "|%s|%s|%s|%s|%s|%s|\n" "$(printf -- '-%.0s' {1..38})" "-------------:" "---------:" "-----------:" "-----------------:" "--------------:"
for i in "${!cmds[@]}"; do
  base=(${wall[${bases[$i]}]})
  mine=(${wall[$i]})
  ratios=$(for ((r = 0; r < rounds; r++)); do awk -v a="${mine[$r]}" -v b="${base[$r]}" 'BEGIN{printf "%.2f ", a/b}'; done)
  left=$(find "$work" -maxdepth 2 -path "$work/tmp-$i-*/*" | wc -l)
  printf "| %-36s | %10.2fs | %7.2fs | %9.2fs | %15.2fx | %13s |\n" "${names[$i]}" "$(echo "${wall[$i]}" | median)" \
    "$(echo "${wall[$i]}" | minimum)" "$(echo "${cpu[$i]}" | median)" "$(echo "$ratios" | median)" "$left"
done
