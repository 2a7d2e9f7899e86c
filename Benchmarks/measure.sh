# Shared by the benchmark scripts (sourced): `runs` and `work` must be set.
#
# measure COMMAND... → prints "median_seconds peak_kb" over $runs runs; the shell code in $prepare
# (a global, set before the call) runs before each run.
measure() {
  local times=() peaks=()
  for _ in $(seq "$runs"); do
    [ -n "${prepare:-}" ] && eval "$prepare"
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    read -r t m < "$work/time"; times+=("$t"); peaks+=("$m")
  done
  local mid=$(( (runs - 1) / 2 ))
  echo "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$((mid + 1))p") $(printf '%s\n' "${peaks[@]}" | sort -n | tail -1)"
}
