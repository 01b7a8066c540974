/* args.c - argument binding for builtin functions written in C, with the
 * language's TypeError wording.  Stateless.
 */
#include <string.h>

#include "../runtime.h"

int args_no_kw(const char *fname, Tuple *kwnames) {
    if (kwnames && kwnames->len) {
        err_format(&TypeError_type, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int args_count(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max) {
        if (min == 0)
            err_format(&TypeError_type, "%s() takes no arguments (%zd given)", fname, nargs);
        else if (min == 1)
            err_format(&TypeError_type, "%s() takes exactly one argument (%zd given)", fname,
                       nargs);
        else
            err_format(&TypeError_type, "%s expected %zd arguments, got %zd", fname, min, nargs);
    } else if (nargs < min) {
        err_format(&TypeError_type, "%s expected at least %zd argument%s, got %zd", fname, min,
                   min == 1 ? "" : "s", nargs);
    } else {
        err_format(&TypeError_type, "%s expected at most %zd argument%s, got %zd", fname, max,
                   max == 1 ? "" : "s", nargs);
    }
    return -1;
}

static int find_name(const char *const *names, int nmax, Str *k) {
    for (int i = 0; i < nmax; i++)
        if (names[i][0] && str_eq_cstr(k, names[i]))
            return i;
    return -1;
}

int args_bind(const char *fname, Value *args, size_t nargs, Tuple *kwnames,
              const char *const *names, int nreq, int nmax, Value *out) {
    if (nargs > (size_t)nmax) {
        err_format(&TypeError_type, "%s() takes at most %d argument%s (%zd given)", fname, nmax,
                   nmax == 1 ? "" : "s", nargs);
        return -1;
    }
    for (int i = 0; i < nmax; i++)
        out[i] = i < (int)nargs ? args[i] : VNULL;
    int64_t nkw = kwnames ? kwnames->len : 0;
    for (int64_t j = 0; j < nkw; j++) {
        Str *k = AS(Str, kwnames->items[j]);
        int i = find_name(names, nmax, k);
        if (i < 0) {
            err_format(&TypeError_type, "%s() got an unexpected keyword argument '%U'", fname, k);
            return -1;
        }
        if (out[i]) {
            err_format(&TypeError_type, "argument for %s() given by name ('%U') and position (%d)",
                       fname, k, i + 1);
            return -1;
        }
        out[i] = args[nargs + j];
    }
    for (int i = 0; i < nreq; i++) {
        if (out[i])
            continue;
        if (names[i][0])
            err_format(&TypeError_type, "%s() missing required argument '%s' (pos %d)", fname,
                       names[i], i + 1);
        else
            err_format(&TypeError_type, "%s() takes at least %d positional argument%s (%zd given)",
                       fname, nreq, nreq == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}
