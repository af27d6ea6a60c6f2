#!/usr/bin/env bash
# deadline.sh SECONDS COMMAND...: runs COMMAND; if it is still running after SECONDS, prints the
# stack of every thread of every process it started (gdb) to standard error, then kills them.
# The tests' runProcess goes through this, so a hang shows where it hung, and costs one test
# its deadline rather than CTest's whole timeout.
set -u
seconds=$1
shift
"$@" 0<&0 &
command_pid=$!

descendants() { # the pids under $1, depth first
  local child
  for child in $(pgrep -P "$1"); do
    echo "$child"
    descendants "$child"
  done
}

(
  sleep "$seconds" &
  sleeper=$!
  trap 'kill $sleeper 2>/dev/null; exit 0' TERM # no sleep left behind when the command ends in time
  wait $sleeper
  echo "deadline.sh: still running after $seconds s: $*" >&2
  for pid in $command_pid $(descendants "$command_pid"); do
    echo "== process $pid: $(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)" >&2
    if command -v gdb >/dev/null; then
      timeout 60 gdb -p "$pid" -batch -ex "thread apply all bt" 2>&1 | grep -E '^(Thread|#)' >&2
    fi
  done
  kill -KILL $command_pid $(descendants "$command_pid") 2>/dev/null
) &
watcher=$!
wait $command_pid 2>/dev/null # no "Killed" line of its own: the caller reads the status
status=$?
kill $watcher 2>/dev/null
wait $watcher 2>/dev/null
exit $status
