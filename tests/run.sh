#!/usr/bin/env bash
# Weft differential test runner.  Plain bash + coreutils; no python.
#
#   tests/run.sh [--interp PATH] [--torture N] [-j N] [--timeout S] [-v]
#                [files or dirs...]
#
# Every test is tests/<area>/<name>.py.  It is run from its own directory as
# `INTERP <name>.py` (stdin from <name>.in if present, else /dev/null) and its
# stdout is compared with <name>.out.  When <name>.err exists stderr must
# match it exactly; when <name>.rc exists the exit status must equal it
# (otherwise it must be 0).  See tests/README.md.
#
# Output: one line per failure (plus the start of a diff), a line
# "N xfailed", and finally exactly one line "N passed, N failed".
# Exit status 0 iff no test failed.

set -u

SELF="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
TESTS_DIR="$(dirname "$SELF")"
ROOT="$(dirname "$TESTS_DIR")"

# ---------------------------------------------------------------- worker ----
# Invoked through xargs as: run.sh --_one <repo-relative test path>
# Configuration comes from the environment (_WEFT_*), set by the main process.
if [ "${1:-}" = "--_one" ]; then
    t="$2"
    dir="$ROOT/$(dirname "$t")"
    base="$(basename "$t" .py)"
    key="$(printf '%s' "$t" | tr '/' '_')"
    res="$_WEFT_WORK/$key.res"
    act="$_WEFT_WORK/$key"
    stdin_file=/dev/null
    [ -f "$dir/$base.in" ] && stdin_file="$dir/$base.in"
    # (the outer 2>/dev/null only silences bash's own "Segmentation fault"
    # report; the interpreter's stderr goes to $act.err)
    {
        (
            cd "$dir" || exit 126
            exec timeout -k 5 "$_WEFT_TIMEOUT" "$_WEFT_INTERP" "$base.py" \
                <"$stdin_file" >"$act.out" 2>"$act.err"
        )
    } 2>/dev/null
    rc=$?
    # CPython >= 3.9 names the main script by its absolute path in
    # tracebacks; expected files use the path as given ("name.py").  Accept
    # both by stripping this test directory's absolute prefix.
    if [ -s "$act.err" ]; then
        esc="$(printf '%s' "$(cd "$dir" && pwd -P)/" | sed 's/[][\.*^$|]/\\&/g')"
        sed -i "s|File \"$esc|File \"|g" "$act.err"
    fi
    reasons=()
    detail=""
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
        reasons+=("timeout after ${_WEFT_TIMEOUT}s")
    fi
    if [ ! -f "$dir/$base.out" ]; then
        reasons+=("no expected output $base.out; run tests/regen.sh")
    elif ! cmp -s "$dir/$base.out" "$act.out"; then
        reasons+=("stdout differs")
        detail+="$(diff -u --label expected --label actual "$dir/$base.out" "$act.out" | head -n "$_WEFT_DIFF_LINES")"$'\n'
    fi
    if [ -f "$dir/$base.err" ] && ! cmp -s "$dir/$base.err" "$act.err"; then
        reasons+=("stderr differs")
        detail+="$(diff -u --label expected-stderr --label actual-stderr "$dir/$base.err" "$act.err" | head -n "$_WEFT_DIFF_LINES")"$'\n'
    fi
    want_rc=0
    if [ -f "$dir/$base.rc" ]; then
        want_rc="$(tr -d ' \n\r\t' <"$dir/$base.rc")"
    fi
    if [ "$rc" != "$want_rc" ] && [ "$rc" != 124 ] && [ "$rc" != 137 ]; then
        if [ "$rc" -gt 128 ] 2>/dev/null; then
            reasons+=("exit status $rc (signal $((rc - 128))), expected $want_rc")
        else
            reasons+=("exit status $rc, expected $want_rc")
        fi
        if [ ! -f "$dir/$base.err" ] && [ -s "$act.err" ]; then
            detail+="$(printf 'stderr:\n'; tail -n "$_WEFT_DIFF_LINES" "$act.err")"$'\n'
        fi
    fi
    {
        if [ "${#reasons[@]}" = 0 ]; then
            echo PASS
        else
            echo FAIL
            (IFS=';'; r="${reasons[*]}"; echo "${r//;/; }")
            printf '%s' "$detail" | sed -e '/^$/d' -e 's/^/    /'
        fi
    } >"$res.tmp"
    if [ "${#reasons[@]}" != 0 ] && [ -n "$_WEFT_KEEP" ]; then
        keep="$_WEFT_KEEP/$(dirname "${t#tests/}")"
        mkdir -p "$keep" 2>/dev/null &&
            cp "$act.out" "$keep/$base.out" 2>/dev/null &&
            cp "$act.err" "$keep/$base.err" 2>/dev/null &&
            echo "$rc" >"$keep/$base.rc"
    fi
    rm -f "$act.out" "$act.err"
    mv "$res.tmp" "$res"
    exit 0
fi

# ------------------------------------------------------------------ main ----
usage() {
    cat <<'EOF'
usage: tests/run.sh [options] [files or dirs...]
  --interp PATH   interpreter to test (default: $WEFT, else ./weft at repo root)
  --torture N     export WEFT_GC_TORTURE=N and multiply the timeout by 10
  -j N            run N tests in parallel (default: number of cores)
  --timeout S     per-test timeout in seconds (default: $WEFT_TIMEOUT or 10)
  -v              also print a PASS / XFAIL line for each such test
  -h, --help      this help
With no files or dirs, runs every tests/<area>/*.py for the areas
lang types builtins errors modules gc programs (override the list with
$WEFT_TEST_AREAS).  A directory argument runs the *.py files directly in it.  Known failures are listed in
tests/xfail.txt.  Actual output of failing tests is kept in tests/.out/.
EOF
}

interp="${WEFT:-$ROOT/weft}"
torture=""
jobs=""
tmo="${WEFT_TIMEOUT:-10}"
verbose=""
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --interp) interp="${2:?--interp needs a path}"; shift 2 ;;
        --interp=*) interp="${1#*=}"; shift ;;
        --torture) torture="${2:?--torture needs N}"; shift 2 ;;
        --torture=*) torture="${1#*=}"; shift ;;
        -j) jobs="${2:?-j needs N}"; shift 2 ;;
        -j*) jobs="${1#-j}"; shift ;;
        --timeout) tmo="${2:?--timeout needs seconds}"; shift 2 ;;
        --timeout=*) tmo="${1#*=}"; shift ;;
        -v) verbose=1; shift ;;
        -h|--help) usage; exit 0 ;;
        --) shift; args+=("$@"); break ;;
        -*) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) args+=("$1"); shift ;;
    esac
done

case "$tmo" in ''|*[!0-9.]*) echo "run.sh: bad timeout '$tmo'" >&2; exit 2 ;; esac
if [ -n "$torture" ]; then
    case "$torture" in ''|*[!0-9]*) echo "run.sh: bad --torture '$torture'" >&2; exit 2 ;; esac
    export WEFT_GC_TORTURE="$torture"
    # multiply (possibly fractional) timeout by 10 without floating point
    case "$tmo" in
        *.*) i="${tmo%%.*}"; f="${tmo#*.}0"   # shift the decimal point right
             tmo="${i:-0}${f:0:1}"; [ -n "${f:1}" ] && tmo="$tmo.${f:1}" ;;
        *) tmo="${tmo}0" ;;
    esac
fi
if [ -z "$jobs" ]; then
    jobs="$(nproc 2>/dev/null || echo 4)"
fi
case "$jobs" in ''|*[!0-9]*|0) echo "run.sh: bad -j '$jobs'" >&2; exit 2 ;; esac

# Resolve the interpreter to an absolute path (tests run from their own dir).
case "$interp" in
    */*) interp_abs="$(realpath -m -- "$interp")" ;;
    *) interp_abs="$(command -v -- "$interp" 2>/dev/null || true)" ;;
esac
if [ -z "$interp_abs" ] || [ ! -x "$interp_abs" ] || [ -d "$interp_abs" ]; then
    echo "run.sh: interpreter '$interp' not found or not executable" >&2
    echo "run.sh: build it, or pass --interp PATH / set WEFT=PATH" >&2
    exit 2
fi

# Collect the tests as repo-relative paths.
rel() {  # absolute path -> path relative to ROOT
    local p
    p="$(realpath -m -- "$1")"
    case "$p" in
        "$ROOT"/*) printf '%s\n' "${p#"$ROOT"/}" ;;
        *) printf '%s\n' "$p" ;;
    esac
}
# The differential-test areas.  Other directories under tests/ (the parser
# corpus in tests/parse, C unit tests in tests/unit, ...) hold other kinds of
# tests and run only when named explicitly.
areas="${WEFT_TEST_AREAS:-lang types builtins errors modules gc programs qa vm thread}"
list=()
add_areas() {  # $1: the tests directory
    local a f
    for a in $areas; do
        for f in "$1/$a"/*.py; do
            [ -f "$f" ] && list+=("$(rel "$f")")
        done
    done
}
if [ "${#args[@]}" = 0 ]; then
    add_areas "$TESTS_DIR"
else
    for a in "${args[@]}"; do
        if [ -d "$a" ]; then
            found=""
            for f in "$a"/*.py; do
                [ -f "$f" ] && { list+=("$(rel "$f")"); found=1; }
            done
            if [ -z "$found" ]; then
                # the tests/ directory itself: take the areas inside it
                add_areas "$a"
            fi
        elif [ -f "$a" ]; then
            list+=("$(rel "$a")")
        else
            echo "run.sh: no such test file or directory: $a" >&2
            exit 2
        fi
    done
fi
for t in "${list[@]}"; do
    case "$t" in
        /*) echo "run.sh: test outside the repository: $t" >&2; exit 2 ;;
    esac
done
if [ "${#list[@]}" = 0 ]; then
    echo "run.sh: no tests found" >&2
    echo "0 passed, 0 failed"
    exit 0
fi
# sort and de-duplicate
mapfile -t list < <(printf '%s\n' "${list[@]}" | LC_ALL=C sort -u)

# Known failures.
declare -A xfail=()
if [ -f "$TESTS_DIR/xfail.txt" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        line="${line%%#*}"
        line="${line#"${line%%[![:space:]]*}"}"
        line="${line%"${line##*[![:space:]]}"}"
        line="${line#./}"
        [ -n "$line" ] && xfail["$line"]=1
    done <"$TESTS_DIR/xfail.txt"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/weft-tests.XXXXXX")" || exit 2
trap 'rm -rf "$work"' EXIT
trap 'echo "run.sh: interrupted" >&2; exit 130' INT TERM

# Actual outputs of failing tests are kept in tests/.out/<area>/<name>.*
keep="$TESTS_DIR/.out"
for t in "${list[@]}"; do   # clear stale ones for the tests about to run
    k="$keep/${t#tests/}"
    rm -f "${k%.py}".out "${k%.py}".err "${k%.py}".rc 2>/dev/null
done

export _WEFT_WORK="$work" _WEFT_INTERP="$interp_abs" _WEFT_TIMEOUT="$tmo"
export _WEFT_DIFF_LINES="${WEFT_DIFF_LINES:-12}" _WEFT_KEEP="$keep"
# Keep CPython (the reference) from writing __pycache__ into the tree and
# make its stdio UTF-8 regardless of locale; harmless for Weft.
export PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8

printf '%s\0' "${list[@]}" |
    xargs -0 -n 1 -P "$jobs" bash "$SELF" --_one

passed=0 failed=0 xfailed=0
for t in "${list[@]}"; do
    key="$(printf '%s' "$t" | tr '/' '_')"
    res="$work/$key.res"
    if [ ! -f "$res" ]; then
        status=FAIL
        why="runner error: no result"
        body=""
    else
        { read -r status; read -r why || why=""; body="$(cat)"; } <"$res"
    fi
    if [ -n "${xfail[$t]:-}" ]; then
        if [ "$status" = PASS ]; then
            echo "XPASS $t (remove it from tests/xfail.txt)"
            failed=$((failed + 1))
        else
            [ -n "$verbose" ] && echo "XFAIL $t ($why)"
            xfailed=$((xfailed + 1))
        fi
    elif [ "$status" = PASS ]; then
        [ -n "$verbose" ] && echo "PASS $t"
        passed=$((passed + 1))
    else
        echo "FAIL $t ($why)"
        [ -n "$body" ] && printf '%s\n' "$body"
        failed=$((failed + 1))
    fi
done

echo "$xfailed xfailed"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
