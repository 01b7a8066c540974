/* str_uniname.c - Unicode character names (Unicode 14.0, as CPython 3.11):
 * name -> code point for "\N{...}" escapes and unicodedata.lookup, and
 * code point -> name for unicodedata.name.
 *
 * The table (str_uniname.h) is a front-coded, name-sorted blob scanned
 * linearly: a lookup costs well under a millisecond, which is fine for
 * escapes in source text.  CJK unified ideographs and Hangul syllables have
 * algorithmic names and are handled in code.
 *
 * Thread-safety: read-only data; no state.
 */
#include <stdio.h>
#include <string.h>

#include "str_impl.h"
#include "str_uniname.h"

static const uint32_t cjk_ranges[][2] = {
    {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0x20000, 0x2A6DF}, {0x2A700, 0x2B738},
    {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A},
};
static const char *const jamo_l[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                     "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_v[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                     "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const jamo_t[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
                                     "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

static bool is_cjk(uint32_t c) {
    for (size_t i = 0; i < sizeof cjk_ranges / sizeof cjk_ranges[0]; i++)
        if (c >= cjk_ranges[i][0] && c <= cjk_ranges[i][1]) return true;
    return false;
}

/* Longest jamo name in `tab` that prefixes s (the empty name always does). */
static int match_jamo(const char *const *tab, int n, const char *s, size_t len, size_t *used) {
    int best = -1;
    size_t bestlen = 0;
    for (int i = 0; i < n; i++) {
        size_t l = strlen(tab[i]);
        if (l <= len && memcmp(tab[i], s, l) == 0 && (best < 0 || l > bestlen)) {
            best = i;
            bestlen = l;
        }
    }
    *used = bestlen;
    return best;
}

bool uni_lookup_name(const char *name, size_t n, uint32_t *out) {
    char up[128];
    if (n == 0 || n >= sizeof up) return false;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        up[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    up[n] = 0;
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (n > sizeof cjk - 1 && memcmp(up, cjk, sizeof cjk - 1) == 0) {
        size_t hn = n - (sizeof cjk - 1);
        if (hn != 4 && hn != 5) return false;
        uint32_t v = 0;
        for (size_t i = sizeof cjk - 1; i < n; i++) {
            char c = up[i];
            int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
            if (d < 0) return false;
            v = v * 16 + (uint32_t)d;
        }
        if (!is_cjk(v)) return false;
        *out = v;
        return true;
    }
    static const char hangul[] = "HANGUL SYLLABLE ";
    if (n > sizeof hangul - 1 && memcmp(up, hangul, sizeof hangul - 1) == 0) {
        const char *s = up + sizeof hangul - 1;
        size_t len = n - (sizeof hangul - 1), u;
        int l = match_jamo(jamo_l, 19, s, len, &u);
        s += u, len -= u;
        int v = match_jamo(jamo_v, 21, s, len, &u);
        if (l < 0 || v < 0) return false;
        s += u, len -= u;
        int t = match_jamo(jamo_t, 28, s, len, &u);
        if (t < 0 || u != len) return false;
        *out = 0xAC00 + (uint32_t)((l * 21 + v) * 28 + t);
        return true;
    }
    /* scan the front-coded table */
    char cur[128];
    const char *p = uni_name_blob;
    for (int e = 0; e < UNI_NAME_COUNT; e++) {
        const char *pos = strchr(uni_name_prefix_alphabet, *p++);
        if (!pos || !*pos) return false; /* corrupt table */
        size_t k = (size_t)(pos - uni_name_prefix_alphabet);
        uint32_t cp = 0;
        for (int i = 0; i < 5; i++, p++)
            cp = cp * 16 + (uint32_t)((*p >= '0' && *p <= '9') ? *p - '0' : *p - 'A' + 10);
        size_t len = k;
        while (*p && ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == ' ' || *p == '-')) {
            if (len + 1 >= sizeof cur) return false;
            cur[len++] = *p++;
        }
        if (len == n && memcmp(cur, up, n) == 0) {
            *out = cp;
            return true;
        }
    }
    return false;
}

Str *uni_char_name(uint32_t c) {
    if (is_cjk(c)) return str_format("CJK UNIFIED IDEOGRAPH-%X", c);
    if (c >= 0xAC00 && c <= 0xD7A3) {
        uint32_t i = c - 0xAC00;
        return str_format("HANGUL SYLLABLE %s%s%s", jamo_l[i / (21 * 28)], jamo_v[(i / 28) % 21], jamo_t[i % 28]);
    }
    char cur[128];
    const char *p = uni_name_blob;
    for (int e = 0; e < UNI_NAME_COUNT; e++) {
        const char *pos = strchr(uni_name_prefix_alphabet, *p++);
        if (!pos || !*pos) return NULL;
        size_t k = (size_t)(pos - uni_name_prefix_alphabet);
        uint32_t cp = 0;
        for (int i = 0; i < 5; i++, p++)
            cp = cp * 16 + (uint32_t)((*p >= '0' && *p <= '9') ? *p - '0' : *p - 'A' + 10);
        size_t len = k;
        while (*p && ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == ' ' || *p == '-')) {
            if (len + 1 >= sizeof cur) return NULL;
            cur[len++] = *p++;
        }
        if (cp == c) return str_from_utf8(cur, len);
    }
    return NULL;
}
