#!/usr/bin/env bash
# Regenerate expected outputs of Weft tests with the reference interpreter.
#
#   tests/regen.sh [--check] [-j N] [files or dirs...]
#
# For each tests/<area>/<name>.py (every area when no argument is given) runs
# `python3 <name>.py` from the test's directory (stdin from <name>.in if
# present, else /dev/null) and writes <name>.out.  If the program wrote to
# stderr or exited non-zero, also writes <name>.err and <name>.rc; otherwise
# removes stale ones.  The reference is CPython 3.11 (override the command
# with $PYTHON).
#
# --check  write nothing; report tests whose fresh output differs from the
#          stored expectation (use it to confirm a test is deterministic).

set -u

SELF="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
TESTS_DIR="$(dirname "$SELF")"
ROOT="$(dirname "$TESTS_DIR")"
PY="${PYTHON:-python3}"
export PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8

if [ "${1:-}" = "--_one" ]; then
    mode="$2"; t="$3"
    dir="$(dirname "$t")"; base="$(basename "$t" .py)"
    tmp="$(mktemp -d "${TMPDIR:-/tmp}/weft-regen.XXXXXX")" || exit 1
    stdin_file=/dev/null
    [ -f "$dir/$base.in" ] && stdin_file="$dir/$base.in"
    ( cd "$dir" && exec timeout -k 5 60 "$PY" "$base.py" <"$stdin_file" >"$tmp/out" 2>"$tmp/err" )
    rc=$?
    status=0
    # CPython >= 3.9 reports the main script by its absolute path; Weft (and
    # the expected files) use the path as given on the command line.
    absdir="$(cd "$dir" && pwd -P)"
    esc="$(printf '%s' "$absdir/" | sed 's/[][\.*^$|]/\\&/g')"
    sed -i "s|File \"$esc|File \"|g" "$tmp/err"
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
        echo "regen.sh: $t: timed out under $PY" >&2
        rm -rf "$tmp"; exit 1
    fi
    if [ "$mode" = check ]; then
        cmp -s "$tmp/out" "$dir/$base.out" || { echo "DIFF $t (stdout)"; status=1; }
        if [ -s "$tmp/err" ] || [ "$rc" != 0 ]; then
            cmp -s "$tmp/err" "$dir/$base.err" || { echo "DIFF $t (stderr)"; status=1; }
            [ "$(cat "$dir/$base.rc" 2>/dev/null)" = "$rc" ] || { echo "DIFF $t (exit status $rc)"; status=1; }
        elif [ -f "$dir/$base.err" ] || [ -f "$dir/$base.rc" ]; then
            echo "DIFF $t (no longer writes stderr / exits non-zero)"; status=1
        fi
    else
        cp "$tmp/out" "$dir/$base.out"
        if [ -s "$tmp/err" ] || [ "$rc" != 0 ]; then
            cp "$tmp/err" "$dir/$base.err"
            echo "$rc" >"$dir/$base.rc"
        else
            rm -f "$dir/$base.err" "$dir/$base.rc"
        fi
    fi
    rm -rf "$tmp"
    exit "$status"
fi

mode=write
jobs="$(nproc 2>/dev/null || echo 4)"
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --check) mode=check; shift ;;
        -j) jobs="$2"; shift 2 ;;
        -j*) jobs="${1#-j}"; shift ;;
        -h|--help) sed -n '2,14p' "$SELF"; exit 0 ;;
        -*) echo "regen.sh: unknown option $1" >&2; exit 2 ;;
        *) args+=("$1"); shift ;;
    esac
done

if ! "$PY" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
    echo "regen.sh: warning: $PY is not CPython 3.11; expected outputs may drift" >&2
fi

areas="${WEFT_TEST_AREAS:-lang types builtins errors modules gc programs}"
list=()
if [ "${#args[@]}" = 0 ]; then
    for a in $areas; do
        for f in "$TESTS_DIR/$a"/*.py; do [ -f "$f" ] && list+=("$f"); done
    done
else
    for a in "${args[@]}"; do
        if [ -d "$a" ]; then
            for f in "$a"/*.py; do [ -f "$f" ] && list+=("$(realpath -- "$f")"); done
        elif [ -f "$a" ]; then
            list+=("$(realpath -- "$a")")
        else
            echo "regen.sh: no such file or directory: $a" >&2; exit 2
        fi
    done
fi
[ "${#list[@]}" = 0 ] && { echo "regen.sh: no tests" >&2; exit 0; }

export PY
if printf '%s\0' "${list[@]}" | xargs -0 -n 1 -P "$jobs" bash "$SELF" --_one "$mode"; then
    [ "$mode" = check ] && echo "regen.sh: ${#list[@]} tests checked, no differences" >&2
    [ "$mode" = write ] && echo "regen.sh: ${#list[@]} tests regenerated" >&2
    exit 0
fi
exit 1
