/* str_methods.c - the methods of str (split, join, strip, find, case
 * mapping, predicates, padding, translate ...).  str.format, format_map and
 * __format__ live in format.c.
 *
 * Thread-safety: str is immutable; no locking.
 */
#include <string.h>
#include <utf8proc.h>

#include "str_impl.h"
#include "str_unidata.h"

#define SELF AS(Str, self)
#define RET_STR(expr)                          \
    do {                                       \
        Str *r_ = (expr);                      \
        return r_ ? OBJ_VAL(r_) : VNULL;       \
    } while (0)

/* ---------------------------------------------------------------------
 * Argument checking in the exact wording CPython uses for each method.
 */
static int noargs(const char *name, size_t nargs, Tuple *kw) {
    if (kw && tuple_len(kw)) {
        err_format(&TypeError_type, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs) {
        err_format(&TypeError_type, "str.%s() takes no arguments (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}
static int onearg(const char *name, size_t nargs, Tuple *kw) {
    if (kw && tuple_len(kw)) {
        err_format(&TypeError_type, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        err_format(&TypeError_type, "str.%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}
/* "center expected at most 2 arguments, got 3" style */
static int expargs(const char *name, size_t nargs, Tuple *kw, size_t min, size_t max) {
    if (kw && tuple_len(kw)) {
        err_format(&TypeError_type, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < min) {
        err_format(&TypeError_type, "%s expected at least %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        err_format(&TypeError_type, "%s expected at most %zu argument%s, got %zu", name, max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}
/* Positional-or-keyword binding: "'x' is an invalid keyword argument for split()". */
int str_kwbind(const char *fname, Value *args, size_t nargs, Tuple *kw, const char *const *names, size_t max,
               Value *out) {
    for (size_t i = 0; i < max; i++) out[i] = VNULL;
    size_t total = nargs + (kw ? (size_t)tuple_len(kw) : 0);
    if (total > max) {
        err_format(&TypeError_type, "%s() takes at most %zu %sargument%s (%zu given)", fname, max,
                   nargs == 0 ? "keyword " : "", max == 1 ? "" : "s", total);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    if (!kw) return 0;
    for (int64_t k = 0; k < tuple_len(kw); k++) {
        Str *kn = AS(Str, tuple_get(kw, k));
        size_t j;
        for (j = 0; j < max; j++)
            if (str_eq_cstr(kn, names[j])) break;
        if (j == max) {
            err_format(&TypeError_type, "'%U' is an invalid keyword argument for %s()", kn, fname);
            return -1;
        }
        if (out[j]) {
            err_format(&TypeError_type, "argument for %s() given by name ('%s') and position (%zu)", fname, names[j],
                       j + 1);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    return 0;
}

static int int_arg(Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = INT_VAL(v);
        return 0;
    }
    if (IS_INTLIKE(v) || (IS_OBJ(v) && val_type(v)->nb_index)) return num_as_ssize(v, &OverflowError_type, out);
    if (IS_FLOAT(v)) {
        err_str(&TypeError_type, "integer argument expected, got float");
        return -1;
    }
    err_format(&TypeError_type, "'%s' object cannot be interpreted as an integer", val_type(v)->name);
    return -1;
}

/* ---------------------------------------------------------------------
 * Unicode character classes
 */
bool uni_isspace(uint32_t c) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    switch (c) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return true;
    }
    return c >= 0x2000 && c <= 0x200A;
}
static bool uni_islinebreak(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}
static bool in_ranges(const UniRange *r, size_t n, uint32_t c);
#define IN_TABLE(t, c) in_ranges((t), sizeof(t) / sizeof((t)[0]), (c))

/* General category as of Unicode 14 (CPython 3.11): utf8proc's, with the
 * code points Unicode 15 added reported as unassigned. */
int uni_category(uint32_t c) {
    if (c > 0x10FFFF) return UTF8PROC_CATEGORY_CN;
    if (c >= 0xCF3 && IN_TABLE(uni_new_in_15_ranges, c)) return UTF8PROC_CATEGORY_CN;
    return utf8proc_category((utf8proc_int32_t)c);
}
static utf8proc_category_t cat(uint32_t c) { return (utf8proc_category_t)uni_category(c); }
bool uni_isalpha(uint32_t c) {
    if (c < 128) return (c | 32) >= 'a' && (c | 32) <= 'z';
    utf8proc_category_t k = cat(c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL || k == UTF8PROC_CATEGORY_LT ||
           k == UTF8PROC_CATEGORY_LM || k == UTF8PROC_CATEGORY_LO;
}
static bool in_ranges(const UniRange *r, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r[mid].hi < c) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && r[lo].lo <= c;
}

bool uni_isdecimal(uint32_t c) {
    if (c < 128) return c >= '0' && c <= '9';
    return IN_TABLE(uni_decimal_ranges, c);
}
bool uni_isdigit(uint32_t c) {
    if (c < 128) return c >= '0' && c <= '9';
    return IN_TABLE(uni_digit_ranges, c);
}
bool uni_isnumeric(uint32_t c) {
    if (c < 128) return c >= '0' && c <= '9';
    return IN_TABLE(uni_numeric_ranges, c);
}
static bool uni_isalnum(uint32_t c) { return uni_isalpha(c) || uni_isdecimal(c) || uni_isdigit(c) || uni_isnumeric(c); }
static bool uni_islower(uint32_t c) {
    if (c < 128) return c >= 'a' && c <= 'z';
    utf8proc_category_t k = cat(c);
    if (k == UTF8PROC_CATEGORY_LL) return true;
    if (k == UTF8PROC_CATEGORY_CN) return false;
    /* Other_Lowercase additions of Unicode 15 */
    if (c == 0x10FC || (c >= 0xA7F2 && c <= 0xA7F4) || c == 0xAB69) return false;
    return utf8proc_islower((utf8proc_int32_t)c) || c == 0xAA || c == 0xBA || (c >= 0x2B0 && c <= 0x2B8) ||
           (c >= 0x2C0 && c <= 0x2C1) || (c >= 0x2E0 && c <= 0x2E4) || (c >= 0x1D2C && c <= 0x1D6A) ||
           (c >= 0x2170 && c <= 0x217F) || (c >= 0x24D0 && c <= 0x24E9);
}
static bool uni_isupper(uint32_t c) {
    if (c < 128) return c >= 'A' && c <= 'Z';
    if (cat(c) == UTF8PROC_CATEGORY_LU) return true;
    return utf8proc_isupper((utf8proc_int32_t)c) || (c >= 0x2160 && c <= 0x216F) || (c >= 0x24B6 && c <= 0x24CF);
}
static bool uni_istitle(uint32_t c) { return cat(c) == UTF8PROC_CATEGORY_LT; }
static bool uni_iscased(uint32_t c) { return uni_islower(c) || uni_isupper(c) || uni_istitle(c); }
static bool uni_iscaseignorable(uint32_t c) {
    if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xA8 || c == 0xAD || c == 0xAF ||
        c == 0xB4 || c == 0xB7 || c == 0xB8 || c == 0x2019)
        return true;
    utf8proc_category_t k = cat(c);
    return k == UTF8PROC_CATEGORY_MN || k == UTF8PROC_CATEGORY_ME || k == UTF8PROC_CATEGORY_CF ||
           k == UTF8PROC_CATEGORY_LM || k == UTF8PROC_CATEGORY_SK;
}
/* Characters that NFKC normalisation removes from XID_Start/XID_Continue. */
static bool xid_excluded(uint32_t c) {
    return c == 0x37A || c == 0x2E2F || (c >= 0xFC5E && c <= 0xFC63) || c == 0xFDFA || c == 0xFDFB ||
           (c >= 0xFE70 && c <= 0xFE7E && (c & 1) == 0);
}
static bool uni_isxidstart(uint32_t c) {
    if (c < 128) return c == '_' || (((c | 32) >= 'a') && ((c | 32) <= 'z'));
    if (c == 0x1885 || c == 0x1886 || c == 0x2118 || c == 0x212E) return true;
    if (xid_excluded(c) || c == 0xE33 || c == 0xEB3 || c == 0xFF9E || c == 0xFF9F) return false;
    utf8proc_category_t k = cat(c);
    return uni_isalpha(c) || k == UTF8PROC_CATEGORY_NL;
}
static bool uni_isxidcontinue(uint32_t c) {
    if (c < 128) return c == '_' || (c >= '0' && c <= '9') || (((c | 32) >= 'a') && ((c | 32) <= 'z'));
    if (xid_excluded(c)) return false;
    if (uni_isxidstart(c) || c == 0xE33 || c == 0xEB3 || c == 0xFF9E || c == 0xFF9F) return true;
    if (c == 0xB7 || c == 0x387 || (c >= 0x1369 && c <= 0x1371) || c == 0x19DA) return true;
    utf8proc_category_t k = cat(c);
    return k == UTF8PROC_CATEGORY_MN || k == UTF8PROC_CATEGORY_MC || k == UTF8PROC_CATEGORY_ND ||
           k == UTF8PROC_CATEGORY_PC;
}

/* ---------------------------------------------------------------------
 * Full case mappings: utf8proc gives the simple ones; the special
 * (one-to-many) mappings of SpecialCasing.txt are listed here.
 */
typedef struct {
    uint32_t c;
    uint32_t lower[3], title[3], upper[3];
} SpecialCase;
/* Every code point whose lower, title or upper case mapping is more than one
 * character (Unicode's SpecialCasing, unconditional part), sorted. */
static const SpecialCase special_cases[] = {
    {0xDF, {0xDF}, {0x53, 0x73}, {0x53, 0x53}},
    {0x130, {0x69, 0x307}, {0x130}, {0x130}},
    {0x149, {0x149}, {0x2BC, 0x4E}, {0x2BC, 0x4E}},
    {0x1F0, {0x1F0}, {0x4A, 0x30C}, {0x4A, 0x30C}},
    {0x390, {0x390}, {0x399, 0x308, 0x301}, {0x399, 0x308, 0x301}},
    {0x3B0, {0x3B0}, {0x3A5, 0x308, 0x301}, {0x3A5, 0x308, 0x301}},
    {0x587, {0x587}, {0x535, 0x582}, {0x535, 0x552}},
    {0x1E96, {0x1E96}, {0x48, 0x331}, {0x48, 0x331}},
    {0x1E97, {0x1E97}, {0x54, 0x308}, {0x54, 0x308}},
    {0x1E98, {0x1E98}, {0x57, 0x30A}, {0x57, 0x30A}},
    {0x1E99, {0x1E99}, {0x59, 0x30A}, {0x59, 0x30A}},
    {0x1E9A, {0x1E9A}, {0x41, 0x2BE}, {0x41, 0x2BE}},
    {0x1F50, {0x1F50}, {0x3A5, 0x313}, {0x3A5, 0x313}},
    {0x1F52, {0x1F52}, {0x3A5, 0x313, 0x300}, {0x3A5, 0x313, 0x300}},
    {0x1F54, {0x1F54}, {0x3A5, 0x313, 0x301}, {0x3A5, 0x313, 0x301}},
    {0x1F56, {0x1F56}, {0x3A5, 0x313, 0x342}, {0x3A5, 0x313, 0x342}},
    {0x1F80, {0x1F80}, {0x1F88}, {0x1F08, 0x399}},
    {0x1F81, {0x1F81}, {0x1F89}, {0x1F09, 0x399}},
    {0x1F82, {0x1F82}, {0x1F8A}, {0x1F0A, 0x399}},
    {0x1F83, {0x1F83}, {0x1F8B}, {0x1F0B, 0x399}},
    {0x1F84, {0x1F84}, {0x1F8C}, {0x1F0C, 0x399}},
    {0x1F85, {0x1F85}, {0x1F8D}, {0x1F0D, 0x399}},
    {0x1F86, {0x1F86}, {0x1F8E}, {0x1F0E, 0x399}},
    {0x1F87, {0x1F87}, {0x1F8F}, {0x1F0F, 0x399}},
    {0x1F88, {0x1F80}, {0x1F88}, {0x1F08, 0x399}},
    {0x1F89, {0x1F81}, {0x1F89}, {0x1F09, 0x399}},
    {0x1F8A, {0x1F82}, {0x1F8A}, {0x1F0A, 0x399}},
    {0x1F8B, {0x1F83}, {0x1F8B}, {0x1F0B, 0x399}},
    {0x1F8C, {0x1F84}, {0x1F8C}, {0x1F0C, 0x399}},
    {0x1F8D, {0x1F85}, {0x1F8D}, {0x1F0D, 0x399}},
    {0x1F8E, {0x1F86}, {0x1F8E}, {0x1F0E, 0x399}},
    {0x1F8F, {0x1F87}, {0x1F8F}, {0x1F0F, 0x399}},
    {0x1F90, {0x1F90}, {0x1F98}, {0x1F28, 0x399}},
    {0x1F91, {0x1F91}, {0x1F99}, {0x1F29, 0x399}},
    {0x1F92, {0x1F92}, {0x1F9A}, {0x1F2A, 0x399}},
    {0x1F93, {0x1F93}, {0x1F9B}, {0x1F2B, 0x399}},
    {0x1F94, {0x1F94}, {0x1F9C}, {0x1F2C, 0x399}},
    {0x1F95, {0x1F95}, {0x1F9D}, {0x1F2D, 0x399}},
    {0x1F96, {0x1F96}, {0x1F9E}, {0x1F2E, 0x399}},
    {0x1F97, {0x1F97}, {0x1F9F}, {0x1F2F, 0x399}},
    {0x1F98, {0x1F90}, {0x1F98}, {0x1F28, 0x399}},
    {0x1F99, {0x1F91}, {0x1F99}, {0x1F29, 0x399}},
    {0x1F9A, {0x1F92}, {0x1F9A}, {0x1F2A, 0x399}},
    {0x1F9B, {0x1F93}, {0x1F9B}, {0x1F2B, 0x399}},
    {0x1F9C, {0x1F94}, {0x1F9C}, {0x1F2C, 0x399}},
    {0x1F9D, {0x1F95}, {0x1F9D}, {0x1F2D, 0x399}},
    {0x1F9E, {0x1F96}, {0x1F9E}, {0x1F2E, 0x399}},
    {0x1F9F, {0x1F97}, {0x1F9F}, {0x1F2F, 0x399}},
    {0x1FA0, {0x1FA0}, {0x1FA8}, {0x1F68, 0x399}},
    {0x1FA1, {0x1FA1}, {0x1FA9}, {0x1F69, 0x399}},
    {0x1FA2, {0x1FA2}, {0x1FAA}, {0x1F6A, 0x399}},
    {0x1FA3, {0x1FA3}, {0x1FAB}, {0x1F6B, 0x399}},
    {0x1FA4, {0x1FA4}, {0x1FAC}, {0x1F6C, 0x399}},
    {0x1FA5, {0x1FA5}, {0x1FAD}, {0x1F6D, 0x399}},
    {0x1FA6, {0x1FA6}, {0x1FAE}, {0x1F6E, 0x399}},
    {0x1FA7, {0x1FA7}, {0x1FAF}, {0x1F6F, 0x399}},
    {0x1FA8, {0x1FA0}, {0x1FA8}, {0x1F68, 0x399}},
    {0x1FA9, {0x1FA1}, {0x1FA9}, {0x1F69, 0x399}},
    {0x1FAA, {0x1FA2}, {0x1FAA}, {0x1F6A, 0x399}},
    {0x1FAB, {0x1FA3}, {0x1FAB}, {0x1F6B, 0x399}},
    {0x1FAC, {0x1FA4}, {0x1FAC}, {0x1F6C, 0x399}},
    {0x1FAD, {0x1FA5}, {0x1FAD}, {0x1F6D, 0x399}},
    {0x1FAE, {0x1FA6}, {0x1FAE}, {0x1F6E, 0x399}},
    {0x1FAF, {0x1FA7}, {0x1FAF}, {0x1F6F, 0x399}},
    {0x1FB2, {0x1FB2}, {0x1FBA, 0x345}, {0x1FBA, 0x399}},
    {0x1FB3, {0x1FB3}, {0x1FBC}, {0x391, 0x399}},
    {0x1FB4, {0x1FB4}, {0x386, 0x345}, {0x386, 0x399}},
    {0x1FB6, {0x1FB6}, {0x391, 0x342}, {0x391, 0x342}},
    {0x1FB7, {0x1FB7}, {0x391, 0x342, 0x345}, {0x391, 0x342, 0x399}},
    {0x1FBC, {0x1FB3}, {0x1FBC}, {0x391, 0x399}},
    {0x1FC2, {0x1FC2}, {0x1FCA, 0x345}, {0x1FCA, 0x399}},
    {0x1FC3, {0x1FC3}, {0x1FCC}, {0x397, 0x399}},
    {0x1FC4, {0x1FC4}, {0x389, 0x345}, {0x389, 0x399}},
    {0x1FC6, {0x1FC6}, {0x397, 0x342}, {0x397, 0x342}},
    {0x1FC7, {0x1FC7}, {0x397, 0x342, 0x345}, {0x397, 0x342, 0x399}},
    {0x1FCC, {0x1FC3}, {0x1FCC}, {0x397, 0x399}},
    {0x1FD2, {0x1FD2}, {0x399, 0x308, 0x300}, {0x399, 0x308, 0x300}},
    {0x1FD3, {0x1FD3}, {0x399, 0x308, 0x301}, {0x399, 0x308, 0x301}},
    {0x1FD6, {0x1FD6}, {0x399, 0x342}, {0x399, 0x342}},
    {0x1FD7, {0x1FD7}, {0x399, 0x308, 0x342}, {0x399, 0x308, 0x342}},
    {0x1FE2, {0x1FE2}, {0x3A5, 0x308, 0x300}, {0x3A5, 0x308, 0x300}},
    {0x1FE3, {0x1FE3}, {0x3A5, 0x308, 0x301}, {0x3A5, 0x308, 0x301}},
    {0x1FE4, {0x1FE4}, {0x3A1, 0x313}, {0x3A1, 0x313}},
    {0x1FE6, {0x1FE6}, {0x3A5, 0x342}, {0x3A5, 0x342}},
    {0x1FE7, {0x1FE7}, {0x3A5, 0x308, 0x342}, {0x3A5, 0x308, 0x342}},
    {0x1FF2, {0x1FF2}, {0x1FFA, 0x345}, {0x1FFA, 0x399}},
    {0x1FF3, {0x1FF3}, {0x1FFC}, {0x3A9, 0x399}},
    {0x1FF4, {0x1FF4}, {0x38F, 0x345}, {0x38F, 0x399}},
    {0x1FF6, {0x1FF6}, {0x3A9, 0x342}, {0x3A9, 0x342}},
    {0x1FF7, {0x1FF7}, {0x3A9, 0x342, 0x345}, {0x3A9, 0x342, 0x399}},
    {0x1FFC, {0x1FF3}, {0x1FFC}, {0x3A9, 0x399}},
    {0xFB00, {0xFB00}, {0x46, 0x66}, {0x46, 0x46}},
    {0xFB01, {0xFB01}, {0x46, 0x69}, {0x46, 0x49}},
    {0xFB02, {0xFB02}, {0x46, 0x6C}, {0x46, 0x4C}},
    {0xFB03, {0xFB03}, {0x46, 0x66, 0x69}, {0x46, 0x46, 0x49}},
    {0xFB04, {0xFB04}, {0x46, 0x66, 0x6C}, {0x46, 0x46, 0x4C}},
    {0xFB05, {0xFB05}, {0x53, 0x74}, {0x53, 0x54}},
    {0xFB06, {0xFB06}, {0x53, 0x74}, {0x53, 0x54}},
    {0xFB13, {0xFB13}, {0x544, 0x576}, {0x544, 0x546}},
    {0xFB14, {0xFB14}, {0x544, 0x565}, {0x544, 0x535}},
    {0xFB15, {0xFB15}, {0x544, 0x56B}, {0x544, 0x53B}},
    {0xFB16, {0xFB16}, {0x54E, 0x576}, {0x54E, 0x546}},
    {0xFB17, {0xFB17}, {0x544, 0x56D}, {0x544, 0x53D}},
};

enum { CASE_LOWER, CASE_TITLE, CASE_UPPER, CASE_FOLD };

static int map_case(uint32_t c, int which, uint32_t out[3]) {
    if (c < 128) {
        if (which == CASE_UPPER || which == CASE_TITLE) out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
        else out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        return 1;
    }
    if (c >= 0xDF && which != CASE_FOLD) {
        size_t lo = 0, hi = sizeof special_cases / sizeof special_cases[0];
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (special_cases[mid].c < c) lo = mid + 1;
            else hi = mid;
        }
        if (lo < sizeof special_cases / sizeof special_cases[0] && special_cases[lo].c == c) {
            const uint32_t *m = which == CASE_LOWER ? special_cases[lo].lower
                              : which == CASE_TITLE ? special_cases[lo].title : special_cases[lo].upper;
            int n = 0;
            while (n < 3 && m[n]) { out[n] = m[n]; n++; }
            return n;
        }
    }
    if (which == CASE_FOLD) {
        utf8proc_int32_t buf[4];
        int last = 0;
        utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)c, buf, 4, UTF8PROC_CASEFOLD, &last);
        if (n >= 1 && n <= 3) {
            for (int i = 0; i < n; i++) out[i] = (uint32_t)buf[i];
            return (int)n;
        }
        out[0] = (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
        return 1;
    }
    if (c > 0x10FFFF) { out[0] = c; return 1; }
    out[0] = (uint32_t)(which == CASE_LOWER ? utf8proc_tolower((utf8proc_int32_t)c)
                      : which == CASE_UPPER ? utf8proc_toupper((utf8proc_int32_t)c)
                                            : utf8proc_totitle((utf8proc_int32_t)c));
    return 1;
}

/* Final sigma: Σ lowers to ς at the end of a word. */
static bool final_sigma(Str *s, int64_t i) {
    int64_t j = i - 1;
    while (j >= 0 && uni_iscaseignorable(str_char_at(s, j))) j--;
    if (j < 0 || !uni_iscased(str_char_at(s, j))) return false;
    j = i + 1;
    while (j < s->len && uni_iscaseignorable(str_char_at(s, j))) j++;
    return j == s->len || !uni_iscased(str_char_at(s, j));
}

static int append_case(StrBuilder *b, Str *s, int64_t i, int which) {
    uint32_t c = str_char_at(s, i), out[3];
    if (c == 0x3A3 && which == CASE_LOWER) return sb_append_char(b, final_sigma(s, i) ? 0x3C2 : 0x3C3);
    int n = map_case(c, which, out);
    for (int k = 0; k < n; k++)
        if (sb_append_char(b, out[k]) < 0) return -1;
    return 0;
}

static Value ascii_case(Str *s, int which) {
    Str *r = str_alloc(s->len, 1, true);
    if (!r) return VNULL;
    const uint8_t *p = STR_DATA1(s);
    for (int64_t i = 0; i < s->len; i++) {
        uint8_t c = p[i];
        if (which == CASE_UPPER) r->data[i] = (c >= 'a' && c <= 'z') ? c - 32 : c;
        else r->data[i] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    return OBJ_VAL(r);
}

static Value case_map(Value self, int which) {
    Str *s = SELF;
    if (s->ascii && (which == CASE_UPPER || which == CASE_LOWER || which == CASE_FOLD))
        return ascii_case(s, which == CASE_UPPER ? CASE_UPPER : CASE_LOWER);
    StrBuilder b;
    sb_init(&b);
    for (int64_t i = 0; i < s->len; i++)
        if (append_case(&b, s, i, which) < 0) { sb_free(&b); return VNULL; }
    RET_STR(sb_finish(&b));
}

static Value m_upper(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs("upper", nargs, kw) < 0) return VNULL;
    return case_map(self, CASE_UPPER);
}
static Value m_lower(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs("lower", nargs, kw) < 0) return VNULL;
    return case_map(self, CASE_LOWER);
}
static Value m_casefold(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs("casefold", nargs, kw) < 0) return VNULL;
    return case_map(self, CASE_FOLD);
}
static Value m_swapcase(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs("swapcase", nargs, kw) < 0) return VNULL;
    Str *s = SELF;
    StrBuilder b;
    sb_init(&b);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char_at(s, i);
        int r = 0;
        if (uni_isupper(c)) r = append_case(&b, s, i, CASE_LOWER);
        else if (uni_islower(c)) r = append_case(&b, s, i, CASE_UPPER);
        else r = sb_append_char(&b, c);
        if (r < 0) { sb_free(&b); return VNULL; }
    }
    RET_STR(sb_finish(&b));
}
static Value m_capitalize(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs("capitalize", nargs, kw) < 0) return VNULL;
    Str *s = SELF;
    StrBuilder b;
    sb_init(&b);
    for (int64_t i = 0; i < s->len; i++)
        if (append_case(&b, s, i, i == 0 ? CASE_TITLE : CASE_LOWER) < 0) { sb_free(&b); return VNULL; }
    RET_STR(sb_finish(&b));
}
static Value m_title(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs("title", nargs, kw) < 0) return VNULL;
    Str *s = SELF;
    StrBuilder b;
    sb_init(&b);
    bool prev_cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char_at(s, i);
        if (append_case(&b, s, i, prev_cased ? CASE_LOWER : CASE_TITLE) < 0) { sb_free(&b); return VNULL; }
        prev_cased = uni_iscased(c);
    }
    RET_STR(sb_finish(&b));
}

/* ---------------------------------------------------------------------
 * Predicates
 */
#define PREDICATE(NAME, TEST, EMPTY)                                        \
    static Value m_##NAME(Value self, Value *args, size_t nargs, Tuple *kw) { \
        if (noargs(#NAME, nargs, kw) < 0) return VNULL;                     \
        Str *s = SELF;                                                      \
        if (s->len == 0) return BOOL_V(EMPTY);                              \
        for (int64_t i = 0; i < s->len; i++)                                \
            if (!TEST(str_char_at(s, i))) return FALSE_V;                   \
        return TRUE_V;                                                      \
    }
PREDICATE(isalpha, uni_isalpha, false)
PREDICATE(isdigit, uni_isdigit, false)
PREDICATE(isdecimal, uni_isdecimal, false)
PREDICATE(isnumeric, uni_isnumeric, false)
PREDICATE(isalnum, uni_isalnum, false)
PREDICATE(isspace, uni_isspace, false)
PREDICATE(isprintable, uni_isprintable, true)

static Value m_isascii(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs("isascii", nargs, kw) < 0) return VNULL;
    return BOOL_V(SELF->ascii);
}
static Value m_isupper(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs("isupper", nargs, kw) < 0) return VNULL;
    Str *s = SELF;
    bool cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char_at(s, i);
        if (uni_islower(c) || uni_istitle(c)) return FALSE_V;
        if (uni_isupper(c)) cased = true;
    }
    return BOOL_V(cased);
}
static Value m_islower(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs("islower", nargs, kw) < 0) return VNULL;
    Str *s = SELF;
    bool cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char_at(s, i);
        if (uni_isupper(c) || uni_istitle(c)) return FALSE_V;
        if (uni_islower(c)) cased = true;
    }
    return BOOL_V(cased);
}
static Value m_istitle(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs("istitle", nargs, kw) < 0) return VNULL;
    Str *s = SELF;
    bool cased = false, prev_cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char_at(s, i);
        if (uni_isupper(c) || uni_istitle(c)) {
            if (prev_cased) return FALSE_V;
            prev_cased = cased = true;
        } else if (uni_islower(c)) {
            if (!prev_cased) return FALSE_V;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return BOOL_V(cased);
}
static Value m_isidentifier(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs("isidentifier", nargs, kw) < 0) return VNULL;
    Str *s = SELF;
    if (s->len == 0 || !uni_isxidstart(str_char_at(s, 0))) return FALSE_V;
    for (int64_t i = 1; i < s->len; i++)
        if (!uni_isxidcontinue(str_char_at(s, i))) return FALSE_V;
    return TRUE_V;
}

/* ---------------------------------------------------------------------
 * Searching
 */
static int64_t str_rfind(Str *h, Str *n, int64_t start, int64_t end) {
    if (start < 0) start = 0;
    if (end > h->len) end = h->len;
    if (end - start < n->len) return -1;
    if (n->len == 0) return end;
    if (n->kind > h->kind) return -1;
    if (h->kind == 1) return bytes_rfind_raw(h->data, h->len, n->data, n->len, start, end);
    for (int64_t i = end - n->len; i >= start; i--) {
        int64_t j = 0;
        while (j < n->len && str_char_at(h, i + j) == str_char_at(n, j)) j++;
        if (j == n->len) return i;
    }
    return -1;
}

static int64_t str_count(Str *h, Str *n, int64_t start, int64_t end, int64_t maxcount) {
    adjust_indices(&start, &end, h->len);
    if (end - start < n->len) return 0;
    if (n->len == 0) return end - start + 1 < maxcount ? end - start + 1 : maxcount;
    if (h->kind == 1 && n->kind == 1) return bytes_count_raw(h->data, h->len, n->data, n->len, start, end, maxcount);
    int64_t c = 0, i = start;
    while (c < maxcount) {
        int64_t f = str_find(h, n, i, end);
        if (f < 0) break;
        c++;
        i = f + n->len;
    }
    return c;
}

/* Parse (sub[, start[, end]]) for find/count/index. */
static int find_args(const char *name, Value *args, size_t nargs, Tuple *kw, Str **sub, int64_t *start,
                     int64_t *end, int64_t len) {
    if (str_args_check(name, nargs, kw, 1, 3) < 0) return -1;
    if (!IS_STR(args[0])) {
        err_format(&TypeError_type, "must be str, not %s", val_type(args[0])->name);
        return -1;
    }
    *sub = AS(Str, args[0]);
    *start = 0;
    *end = INT64_MAX;
    if (nargs > 1 && idx_arg(args[1], start) < 0) return -1;
    if (nargs > 2 && idx_arg(args[2], end) < 0) return -1;
    adjust_indices(start, end, len);
    return 0;
}

static Value find_impl(Value self, Value *args, size_t nargs, Tuple *kw, const char *name, bool rev, bool raise) {
    Str *sub;
    int64_t start, end;
    if (find_args(name, args, nargs, kw, &sub, &start, &end, SELF->len) < 0) return VNULL;
    int64_t r = -1;
    if (end - start >= sub->len) r = rev ? str_rfind(SELF, sub, start, end) : str_find(SELF, sub, start, end);
    if (r < 0 && raise) return err_str(&ValueError_type, "substring not found");
    return MK_INT(r);
}
static Value m_find(Value self, Value *a, size_t n, Tuple *k) { return find_impl(self, a, n, k, "find", false, false); }
static Value m_rfind(Value self, Value *a, size_t n, Tuple *k) { return find_impl(self, a, n, k, "rfind", true, false); }
static Value m_index(Value self, Value *a, size_t n, Tuple *k) { return find_impl(self, a, n, k, "index", false, true); }
static Value m_rindex(Value self, Value *a, size_t n, Tuple *k) { return find_impl(self, a, n, k, "rindex", true, true); }

static Value m_count(Value self, Value *args, size_t nargs, Tuple *kw) {
    Str *sub;
    int64_t start, end;
    if (str_args_check("count", nargs, kw, 1, 3) < 0) return VNULL;
    if (!IS_STR(args[0])) return err_format(&TypeError_type, "must be str, not %s", val_type(args[0])->name);
    sub = AS(Str, args[0]);
    start = 0;
    end = INT64_MAX;
    if (nargs > 1 && idx_arg(args[1], &start) < 0) return VNULL;
    if (nargs > 2 && idx_arg(args[2], &end) < 0) return VNULL;
    int64_t len = SELF->len;
    int64_t s2 = start, e2 = end;
    adjust_indices(&s2, &e2, len);
    if (s2 > len) return MK_INT(0);
    return MK_INT(str_count(SELF, sub, start, end, INT64_MAX));
}

static bool match_at(Str *s, Str *sub, int64_t start, int64_t end, bool suffix) {
    adjust_indices(&start, &end, s->len);
    if (start > s->len) return false;
    if (end - start < sub->len) return false;
    if (sub->len == 0) return true;
    int64_t pos = suffix ? end - sub->len : start;
    if (s->kind == sub->kind) return memcmp(s->data + pos * s->kind, sub->data, (size_t)sub->len * s->kind) == 0;
    for (int64_t i = 0; i < sub->len; i++)
        if (str_char_at(s, pos + i) != str_char_at(sub, i)) return false;
    return true;
}

static Value startsend(Value self, Value *args, size_t nargs, Tuple *kw, const char *name, bool suffix) {
    if (str_args_check(name, nargs, kw, 1, 3) < 0) return VNULL;
    int64_t start = 0, end = INT64_MAX;
    if (nargs > 1 && idx_arg(args[1], &start) < 0) return VNULL;
    if (nargs > 2 && idx_arg(args[2], &end) < 0) return VNULL;
    Value x = args[0];
    if (IS_TUPLE(x)) {
        Tuple *t = AS(Tuple, x);
        for (int64_t i = 0; i < tuple_len(t); i++) {
            Value e = tuple_get(t, i);
            if (!IS_STR(e))
                return err_format(&TypeError_type, "tuple for %s must only contain str, not %s", name,
                                  val_type(e)->name);
            if (match_at(SELF, AS(Str, e), start, end, suffix)) return TRUE_V;
        }
        return FALSE_V;
    }
    if (!IS_STR(x))
        return err_format(&TypeError_type, "%s first arg must be str or a tuple of str, not %s", name,
                          val_type(x)->name);
    return BOOL_V(match_at(SELF, AS(Str, x), start, end, suffix));
}
static Value m_startswith(Value self, Value *a, size_t n, Tuple *k) { return startsend(self, a, n, k, "startswith", false); }
static Value m_endswith(Value self, Value *a, size_t n, Tuple *k) { return startsend(self, a, n, k, "endswith", true); }

/* ---------------------------------------------------------------------
 * Splitting and joining
 */
static int list_push_sub(List *l, Str *s, int64_t a, int64_t b) {
    Str *p = (a == 0 && b == s->len) ? str_exact(s) : str_substr(s, a, b);
    if (!p) return -1;
    return list_append(l, OBJ_VAL(p));
}

static Value split_impl(Value self, Value *args, size_t nargs, Tuple *kw, bool rev) {
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    if (str_kwbind(rev ? "rsplit" : "split", args, nargs, kw, names, 2, a) < 0) return VNULL;
    Str *s = SELF, *sep = NULL;
    int64_t maxsplit = -1;
    if (a[0] && a[0] != NONE) {
        if (!IS_STR(a[0])) return err_format(&TypeError_type, "must be str or None, not %s", val_type(a[0])->name);
        sep = AS(Str, a[0]);
        if (sep->len == 0) return err_str(&ValueError_type, "empty separator");
    }
    if (a[1] && int_arg(a[1], &maxsplit) < 0) return VNULL;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    List *l = list_new(0);
    if (!l) return VNULL;
    int64_t n = s->len;
    if (!sep) {
        if (!rev) {
            int64_t i = 0;
            while (i < n) {
                while (i < n && uni_isspace(str_char_at(s, i))) i++;
                if (i == n) break;
                if (maxsplit-- == 0) {
                    if (list_push_sub(l, s, i, n) < 0) return VNULL;
                    break;
                }
                int64_t j = i;
                while (j < n && !uni_isspace(str_char_at(s, j))) j++;
                if (list_push_sub(l, s, i, j) < 0) return VNULL;
                i = j;
            }
        } else {
            int64_t i = n;
            while (i > 0) {
                while (i > 0 && uni_isspace(str_char_at(s, i - 1))) i--;
                if (i == 0) break;
                if (maxsplit-- == 0) {
                    if (list_push_sub(l, s, 0, i) < 0) return VNULL;
                    break;
                }
                int64_t j = i;
                while (j > 0 && !uni_isspace(str_char_at(s, j - 1))) j--;
                if (list_push_sub(l, s, j, i) < 0) return VNULL;
                i = j;
            }
            if (list_reverse(l) < 0) return VNULL;
        }
        return OBJ_VAL(l);
    }
    if (!rev) {
        int64_t i = 0;
        while (maxsplit-- > 0) {
            int64_t f = str_find(s, sep, i, n);
            if (f < 0) break;
            if (list_push_sub(l, s, i, f) < 0) return VNULL;
            i = f + sep->len;
        }
        if (list_push_sub(l, s, i, n) < 0) return VNULL;
    } else {
        int64_t j = n;
        while (maxsplit-- > 0) {
            int64_t f = str_rfind(s, sep, 0, j);
            if (f < 0) break;
            if (list_push_sub(l, s, f + sep->len, j) < 0) return VNULL;
            j = f;
        }
        if (list_push_sub(l, s, 0, j) < 0) return VNULL;
        if (list_reverse(l) < 0) return VNULL;
    }
    return OBJ_VAL(l);
}
static Value m_split(Value self, Value *a, size_t n, Tuple *k) { return split_impl(self, a, n, k, false); }
static Value m_rsplit(Value self, Value *a, size_t n, Tuple *k) { return split_impl(self, a, n, k, true); }

static Value m_splitlines(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (str_kwbind("splitlines", args, nargs, kw, names, 1, a) < 0) return VNULL;
    int keep = 0;
    if (a[0]) {
        if (IS_FLOAT(a[0])) return err_str(&TypeError_type, "integer argument expected, got float");
        keep = obj_truthy(a[0]);
        if (keep < 0) return VNULL;
    }
    Str *s = SELF;
    List *l = list_new(0);
    if (!l) return VNULL;
    int64_t i = 0, n = s->len;
    while (i < n) {
        int64_t j = i;
        while (j < n && !uni_islinebreak(str_char_at(s, j))) j++;
        int64_t eol = j;
        if (j < n) {
            if (str_char_at(s, j) == '\r' && j + 1 < n && str_char_at(s, j + 1) == '\n') j += 2;
            else j++;
            if (keep) eol = j;
        }
        if (list_push_sub(l, s, i, eol) < 0) return VNULL;
        i = j;
    }
    return OBJ_VAL(l);
}

/* Items of a sequence as a stable snapshot (list/tuple fast, else list()). */
Tuple *seq_snapshot(Value v, const char *notiter_msg) {
    if (tuple_iterates_plainly(v)) return AS(Tuple, v);
    if (list_iterates_plainly(v)) return list_to_tuple(AS(List, v));
    Type *t = val_type(v);
    if (!t->iter && !t->getitem) {
        err_str(&TypeError_type, notiter_msg);
        return NULL;
    }
    List *l = obj_to_list(v);
    if (!l) return NULL;
    return list_to_tuple(l);
}

Value str_join(Str *sep, Value iterable) {
    Tuple *t = seq_snapshot(iterable, "can only join an iterable");
    if (!t) return VNULL;
    int64_t n = tuple_len(t);
    if (n == 0) return OBJ_VAL(str_empty);
    if (n == 1 && IS_STR_EXACT(tuple_get(t, 0))) return tuple_get(t, 0);
    int64_t total = 0;
    int kind = sep->kind;
    bool ascii = sep->ascii;
    for (int64_t i = 0; i < n; i++) {
        Value v = tuple_get(t, i);
        if (!IS_STR(v))
            return err_format(&TypeError_type, "sequence item %lld: expected str instance, %s found", (long long)i,
                              val_type(v)->name);
        Str *e = AS(Str, v);
        total += e->len;
        if (e->kind > kind) kind = e->kind;
        ascii = ascii && e->ascii;
    }
    total += sep->len * (n - 1);
    Str *r = str_alloc(total, kind, ascii);
    if (!r) return VNULL;
    int64_t pos = 0;
    for (int64_t i = 0; i < n; i++) {
        if (i && sep->len) {
            if (sep->kind == kind) memcpy(r->data + pos * kind, sep->data, (size_t)sep->len * kind);
            else for (int64_t j = 0; j < sep->len; j++) str_set_char(r, pos + j, str_char_at(sep, j));
            pos += sep->len;
        }
        Str *e = AS(Str, tuple_get(t, i));
        if (e->kind == kind) memcpy(r->data + pos * kind, e->data, (size_t)e->len * kind);
        else for (int64_t j = 0; j < e->len; j++) str_set_char(r, pos + j, str_char_at(e, j));
        pos += e->len;
        if ((i & 1023) == 1023) SAFEPOINT();
    }
    return OBJ_VAL(r);
}

static Value m_join(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (onearg("join", nargs, kw) < 0) return VNULL;
    return str_join(SELF, args[0]);
}

static Value partition_impl(Value self, Value *args, size_t nargs, Tuple *kw, bool rev) {
    if (onearg(rev ? "rpartition" : "partition", nargs, kw) < 0) return VNULL;
    if (!IS_STR(args[0])) return err_format(&TypeError_type, "must be str, not %s", val_type(args[0])->name);
    Str *s = SELF, *sep = AS(Str, args[0]);
    if (sep->len == 0) return err_str(&ValueError_type, "empty separator");
    int64_t f = rev ? str_rfind(s, sep, 0, s->len) : str_find(s, sep, 0, s->len);
    Str *me = str_exact(s);
    if (!me) return VNULL;
    if (f < 0) {
        Tuple *t = rev ? tuple_pack(3, OBJ_VAL(str_empty), OBJ_VAL(str_empty), OBJ_VAL(me))
                       : tuple_pack(3, OBJ_VAL(me), OBJ_VAL(str_empty), OBJ_VAL(str_empty));
        return t ? OBJ_VAL(t) : VNULL;
    }
    Str *a = str_substr(s, 0, f);
    Str *c = a ? str_substr(s, f + sep->len, s->len) : NULL;
    Str *sp = c ? str_exact(sep) : NULL;
    if (!sp) return VNULL;
    Tuple *t = tuple_pack(3, OBJ_VAL(a), OBJ_VAL(sp), OBJ_VAL(c));
    return t ? OBJ_VAL(t) : VNULL;
}
static Value m_partition(Value self, Value *a, size_t n, Tuple *k) { return partition_impl(self, a, n, k, false); }
static Value m_rpartition(Value self, Value *a, size_t n, Tuple *k) { return partition_impl(self, a, n, k, true); }

/* ---------------------------------------------------------------------
 * strip / replace / padding
 */
static bool in_chars(Str *chars, uint32_t c) {
    for (int64_t i = 0; i < chars->len; i++)
        if (str_char_at(chars, i) == c) return true;
    return false;
}

static Value strip_impl(Value self, Value *args, size_t nargs, Tuple *kw, const char *name, int which) {
    if (expargs(name, nargs, kw, 0, 1) < 0) return VNULL;
    Str *s = SELF, *chars = NULL;
    if (nargs && args[0] != NONE) {
        if (!IS_STR(args[0]))
            return err_format(&TypeError_type, "%s arg must be None or str", name);
        chars = AS(Str, args[0]);
    }
    int64_t i = 0, j = s->len;
    if (which & 1)
        while (i < j && (chars ? in_chars(chars, str_char_at(s, i)) : uni_isspace(str_char_at(s, i)))) i++;
    if (which & 2)
        while (j > i && (chars ? in_chars(chars, str_char_at(s, j - 1)) : uni_isspace(str_char_at(s, j - 1)))) j--;
    RET_STR(str_substr(s, i, j));
}
static Value m_strip(Value self, Value *a, size_t n, Tuple *k) { return strip_impl(self, a, n, k, "strip", 3); }
static Value m_lstrip(Value self, Value *a, size_t n, Tuple *k) { return strip_impl(self, a, n, k, "lstrip", 1); }
static Value m_rstrip(Value self, Value *a, size_t n, Tuple *k) { return strip_impl(self, a, n, k, "rstrip", 2); }

static Value m_replace(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (expargs("replace", nargs, kw, 2, 3) < 0) return VNULL;
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "replace() argument 1 must be str, not %s", val_type(args[0])->name);
    if (!IS_STR(args[1]))
        return err_format(&TypeError_type, "replace() argument 2 must be str, not %s", val_type(args[1])->name);
    int64_t count = -1;
    if (nargs > 2 && int_arg(args[2], &count) < 0) return VNULL;
    Str *s = SELF, *old = AS(Str, args[0]), *new_ = AS(Str, args[1]);
    if (count < 0) count = INT64_MAX;
    if (count == 0 || s->len < old->len) RET_STR(str_exact(s));
    StrBuilder b;
    sb_init(&b);
    int64_t i = 0, done = 0;
    if (old->len == 0) {
        for (; i <= s->len; i++) {
            if (done < count) {
                if (sb_append_str(&b, new_) < 0) goto fail;
                done++;
            }
            if (i < s->len && sb_append_char(&b, str_char_at(s, i)) < 0) goto fail;
        }
        RET_STR(sb_finish(&b));
    }
    while (done < count) {
        int64_t f = str_find(s, old, i, s->len);
        if (f < 0) break;
        if (sb_append_substr(&b, s, i, f) < 0 || sb_append_str(&b, new_) < 0) goto fail;
        i = f + old->len;
        done++;
    }
    if (done == 0) {
        sb_free(&b);
        RET_STR(str_exact(s));
    }
    if (sb_append_substr(&b, s, i, s->len) < 0) goto fail;
    RET_STR(sb_finish(&b));
fail:
    sb_free(&b);
    return VNULL;
}

static int fill_arg(const char *name, Value v, uint32_t *fill) {
    if (!IS_STR(v) || AS(Str, v)->len != 1) {
        if (!IS_STR(v))
            err_format(&TypeError_type, "%s() argument 2 must be str of length 1, not %s", name, val_type(v)->name);
        else
            err_str(&TypeError_type, "The fill character must be exactly one character long");
        return -1;
    }
    *fill = str_char_at(AS(Str, v), 0);
    return 0;
}

static Value pad(Str *s, int64_t left, int64_t right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) RET_STR(str_exact(s));
    StrBuilder b;
    sb_init(&b);
    if (sb_append_repeat(&b, fill, (size_t)left) < 0 || sb_append_str(&b, s) < 0 ||
        sb_append_repeat(&b, fill, (size_t)right) < 0) {
        sb_free(&b);
        return VNULL;
    }
    RET_STR(sb_finish(&b));
}

static Value just_impl(Value self, Value *args, size_t nargs, Tuple *kw, const char *name, int how) {
    if (expargs(name, nargs, kw, 1, 2) < 0) return VNULL;
    int64_t width;
    uint32_t fill = ' ';
    if (int_arg(args[0], &width) < 0) return VNULL;
    if (nargs > 1 && fill_arg(name, args[1], &fill) < 0) return VNULL;
    Str *s = SELF;
    int64_t extra = width - s->len;
    if (extra <= 0) RET_STR(str_exact(s));
    if (how == 0) return pad(s, 0, extra, fill);
    if (how == 2) return pad(s, extra, 0, fill);
    int64_t left = extra / 2 + (extra & width & 1);
    return pad(s, left, extra - left, fill);
}
static Value m_ljust(Value self, Value *a, size_t n, Tuple *k) { return just_impl(self, a, n, k, "ljust", 0); }
static Value m_center(Value self, Value *a, size_t n, Tuple *k) { return just_impl(self, a, n, k, "center", 1); }
static Value m_rjust(Value self, Value *a, size_t n, Tuple *k) { return just_impl(self, a, n, k, "rjust", 2); }

static Value m_zfill(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (onearg("zfill", nargs, kw) < 0) return VNULL;
    int64_t width;
    if (int_arg(args[0], &width) < 0) return VNULL;
    Str *s = SELF;
    if (width <= s->len) RET_STR(str_exact(s));
    StrBuilder b;
    sb_init(&b);
    int64_t start = 0;
    if (s->len && (str_char_at(s, 0) == '+' || str_char_at(s, 0) == '-')) {
        sb_append_char(&b, str_char_at(s, 0));
        start = 1;
    }
    if (sb_append_repeat(&b, '0', (size_t)(width - s->len)) < 0 || sb_append_substr(&b, s, start, s->len) < 0) {
        sb_free(&b);
        return VNULL;
    }
    RET_STR(sb_finish(&b));
}

static Value m_expandtabs(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (str_kwbind("expandtabs", args, nargs, kw, names, 1, a) < 0) return VNULL;
    int64_t tab = 8;
    if (a[0] && int_arg(a[0], &tab) < 0) return VNULL;
    Str *s = SELF;
    StrBuilder b;
    sb_init(&b);
    int64_t col = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char_at(s, i);
        int r;
        if (c == '\t') {
            int64_t n = tab > 0 ? tab - col % tab : 0;
            r = sb_append_repeat(&b, ' ', (size_t)n);
            col += n;
        } else {
            r = sb_append_char(&b, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        if (r < 0) { sb_free(&b); return VNULL; }
    }
    RET_STR(sb_finish(&b));
}

static Value m_removeprefix(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (onearg("removeprefix", nargs, kw) < 0) return VNULL;
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "removeprefix() argument must be str, not %s", val_type(args[0])->name);
    Str *s = SELF, *p = AS(Str, args[0]);
    if (p->len && match_at(s, p, 0, s->len, false)) RET_STR(str_substr(s, p->len, s->len));
    RET_STR(str_exact(s));
}
static Value m_removesuffix(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (onearg("removesuffix", nargs, kw) < 0) return VNULL;
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "removesuffix() argument must be str, not %s", val_type(args[0])->name);
    Str *s = SELF, *p = AS(Str, args[0]);
    if (p->len && match_at(s, p, 0, s->len, true)) RET_STR(str_substr(s, 0, s->len - p->len));
    RET_STR(str_exact(s));
}

/* ---------------------------------------------------------------------
 * encode / translate / maketrans
 */
static Value m_encode(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (str_kwbind("encode", args, nargs, kw, names, 2, a) < 0) return VNULL;
    const char *enc = "utf-8", *errs = "strict";
    if (a[0]) {
        if (!IS_STR(a[0]))
            return err_format(&TypeError_type, "encode() argument 'encoding' must be str, not %s", val_type(a[0])->name);
        enc = STR_CSTR(AS(Str, a[0]));
    }
    if (a[1]) {
        if (!IS_STR(a[1]))
            return err_format(&TypeError_type, "encode() argument 'errors' must be str, not %s", val_type(a[1])->name);
        errs = STR_CSTR(AS(Str, a[1]));
    }
    return str_encode(SELF, enc, errs);
}

static Value m_translate(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (onearg("translate", nargs, kw) < 0) return VNULL;
    Value table = args[0];
    Str *s = SELF;
    StrBuilder b;
    sb_init(&b);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char_at(s, i);
        Value r = obj_getitem(table, MK_INT(c));
        if (!r) {
            if (err_matches(&LookupError_type)) {
                err_clear();
                if (sb_append_char(&b, c) < 0) goto fail;
                continue;
            }
            goto fail;
        }
        if (r == NONE) continue;
        if (IS_STR(r)) {
            if (sb_append_str(&b, AS(Str, r)) < 0) goto fail;
        } else if (IS_INTLIKE(r)) {
            int64_t v;
            if (int_as_i64(r, &v) < 0 || v < 0 || v > 0x10FFFF) {
                err_clear();
                err_str(&ValueError_type, "character mapping must be in range(0x110000)");
                goto fail;
            }
            if (sb_append_char(&b, (uint32_t)v) < 0) goto fail;
        } else {
            err_str(&TypeError_type, "character mapping must return integer, None or str");
            goto fail;
        }
    }
    RET_STR(sb_finish(&b));
fail:
    sb_free(&b);
    return VNULL;
}

static Value m_maketrans(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (kw && tuple_len(kw)) return err_str(&TypeError_type, "str.maketrans() takes no keyword arguments");
    if (nargs < 1) return err_format(&TypeError_type, "maketrans expected at least 1 argument, got %zu", nargs);
    if (nargs > 3) return err_format(&TypeError_type, "maketrans expected at most 3 arguments, got %zu", nargs);
    Dict *d = dict_new();
    if (!d) return VNULL;
    if (nargs == 1) {
        if (!IS_DICT(args[0]))
            return err_str(&TypeError_type, "if you give only one argument to maketrans it must be a dict");
        int64_t pos = 0;
        Value k, v;
        while (dict_next(AS(Dict, args[0]), &pos, &k, &v)) {
            if (IS_STR(k)) {
                if (AS(Str, k)->len != 1)
                    return err_str(&ValueError_type, "string keys in translate table must be of length 1");
                k = MK_INT(str_char_at(AS(Str, k), 0));
            } else if (!IS_INTLIKE(k)) {
                return err_str(&TypeError_type, "keys in translate table must be strings or integers");
            }
            if (dict_set(d, k, v) < 0) return VNULL;
        }
        return OBJ_VAL(d);
    }
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "maketrans() argument 1 must be str, not %s", val_type(args[0])->name);
    if (!IS_STR(args[1]))
        return err_format(&TypeError_type, "maketrans() argument 2 must be str, not %s", val_type(args[1])->name);
    Str *x = AS(Str, args[0]), *y = AS(Str, args[1]);
    if (x->len != y->len)
        return err_str(&ValueError_type, "the first two maketrans arguments must have equal length");
    for (int64_t i = 0; i < x->len; i++)
        if (dict_set(d, MK_INT(str_char_at(x, i)), MK_INT(str_char_at(y, i))) < 0) return VNULL;
    if (nargs == 3) {
        if (!IS_STR(args[2]))
            return err_format(&TypeError_type, "maketrans() argument 3 must be str, not %s", val_type(args[2])->name);
        Str *z = AS(Str, args[2]);
        for (int64_t i = 0; i < z->len; i++)
            if (dict_set(d, MK_INT(str_char_at(z, i)), NONE) < 0) return VNULL;
    }
    return OBJ_VAL(d);
}

static Value m_getnewargs(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs("__getnewargs__", nargs, kw) < 0) return VNULL;
    Str *s = str_exact(SELF);
    if (!s) return VNULL;
    Tuple *t = tuple_pack(1, OBJ_VAL(s));
    return t ? OBJ_VAL(t) : VNULL;
}
static Value m_sizeof(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs("__sizeof__", nargs, kw) < 0) return VNULL;
    Str *s = SELF;
    return MK_INT((int64_t)offsetof(Str, data) + (s->len + 1) * s->kind);
}

/* format.c */
Value str_m_format(Value self, Value *args, size_t nargs, Tuple *kw);
Value str_m_format_map(Value self, Value *args, size_t nargs, Tuple *kw);
Value str_m___format__(Value self, Value *args, size_t nargs, Tuple *kw);

const MethodDef str_methods[] = {
    {"upper", m_upper, 0, NULL},
    {"lower", m_lower, 0, NULL},
    {"casefold", m_casefold, 0, NULL},
    {"swapcase", m_swapcase, 0, NULL},
    {"capitalize", m_capitalize, 0, NULL},
    {"title", m_title, 0, NULL},
    {"isalpha", m_isalpha, 0, NULL},
    {"isdigit", m_isdigit, 0, NULL},
    {"isdecimal", m_isdecimal, 0, NULL},
    {"isnumeric", m_isnumeric, 0, NULL},
    {"isalnum", m_isalnum, 0, NULL},
    {"isspace", m_isspace, 0, NULL},
    {"isprintable", m_isprintable, 0, NULL},
    {"isascii", m_isascii, 0, NULL},
    {"isupper", m_isupper, 0, NULL},
    {"islower", m_islower, 0, NULL},
    {"istitle", m_istitle, 0, NULL},
    {"isidentifier", m_isidentifier, 0, NULL},
    {"find", m_find, 0, NULL},
    {"rfind", m_rfind, 0, NULL},
    {"index", m_index, 0, NULL},
    {"rindex", m_rindex, 0, NULL},
    {"count", m_count, 0, NULL},
    {"startswith", m_startswith, 0, NULL},
    {"endswith", m_endswith, 0, NULL},
    {"split", m_split, 0, NULL},
    {"rsplit", m_rsplit, 0, NULL},
    {"splitlines", m_splitlines, 0, NULL},
    {"join", m_join, 0, NULL},
    {"partition", m_partition, 0, NULL},
    {"rpartition", m_rpartition, 0, NULL},
    {"strip", m_strip, 0, NULL},
    {"lstrip", m_lstrip, 0, NULL},
    {"rstrip", m_rstrip, 0, NULL},
    {"replace", m_replace, 0, NULL},
    {"ljust", m_ljust, 0, NULL},
    {"rjust", m_rjust, 0, NULL},
    {"center", m_center, 0, NULL},
    {"zfill", m_zfill, 0, NULL},
    {"expandtabs", m_expandtabs, 0, NULL},
    {"removeprefix", m_removeprefix, 0, NULL},
    {"removesuffix", m_removesuffix, 0, NULL},
    {"encode", m_encode, 0, NULL},
    {"translate", m_translate, 0, NULL},
    {"maketrans", m_maketrans, METH_STATIC, NULL},
    {"format", str_m_format, 0, NULL},
    {"format_map", str_m_format_map, 0, NULL},
    {"__format__", str_m___format__, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};
