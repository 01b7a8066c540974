#!/bin/sh
# tests/parse/run.sh - build tools/astdump and diff the front end against
# the python3 on this machine (CPython 3.11).  Extra arguments go to
# run.py: --stdlib N (also N stdlib modules), --fuzz N (N mutated
# programs), --asan (use the ASan+UBSan build).  Last line printed:
# "N passed, N failed".
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=astdump
api=api_test
if [ "${1:-}" = "--asan" ]; then
    shift
    bin=astdump-asan
    api=api_test-asan
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
make -s -C "$root/tools/astdump" "$bin" "$api" >&2
exec python3 "$here/run.py" --astdump "$root/tools/astdump/$bin" "$@"
