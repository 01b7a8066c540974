#!/bin/sh
# Installs Weft's build dependencies on a Debian machine when they are
# missing (called by make before the first compile).  Prints one line naming
# what to install when it cannot install it itself.
set -u
need=""
have() { echo "#include <$1>" | ${CC:-cc} -E -x c - >/dev/null 2>&1; }
have gmp.h || need="$need libgmp-dev"
have utf8proc.h || need="$need libutf8proc-dev"
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else SUDO=none; fi
if [ "$SUDO" != none ] && command -v apt-get >/dev/null 2>&1; then
    echo "weft: installing build dependencies:$need" >&2
    if $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $need >/dev/null 2>&1 ||
       { $SUDO apt-get update -q >/dev/null 2>&1 &&
         $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $need >/dev/null 2>&1; }; then
        exit 0
    fi
fi
echo "weft: missing build dependencies; install them with: apt-get install$need" >&2
exit 1
