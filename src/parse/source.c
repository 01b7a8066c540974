/* source.c - from the bytes of a source file to the UTF-8 text that
 * parse_source() takes (PEP 263): a UTF-8 BOM, or a coding declaration in
 * a comment on line 1 or 2.  Weft stores all text as UTF-8, so only
 * encodings that can be converted with a table are supported: utf-8,
 * ascii, latin-1 (iso-8859-1) and cp1252.
 *
 * A str handed to exec()/compile() is already text; its cookie must be
 * ignored, so the caller uses this only for bytes read from files.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chartab.h"
#include "parser.h"

/* cp1252 code points for bytes 0x80-0x9F (0 = undefined, kept as C1). */
static const unsigned short cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0,
};

/* The coding name declared on the line [s, e), copied to name; 0 if the
 * line is not a coding comment (CPython's ^[ \t\f]*#.*?coding[:=]...). */
static int coding_on_line(const char *s, const char *e, char *name, size_t size)
{
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\f'))
        s++;
    if (s == e || *s != '#')
        return 0;
    for (const char *q = s; q + 7 <= e; q++) {
        if (memcmp(q, "coding", 6) != 0 || (q[6] != ':' && q[6] != '='))
            continue;
        q += 7;
        while (q < e && (*q == ' ' || *q == '\t'))
            q++;
        size_t n = 0;
        while (q < e && (isalnum((unsigned char)*q) || *q == '-' || *q == '_' || *q == '.') &&
               n + 1 < size)
            name[n++] = (char)tolower((unsigned char)*q++);
        name[n] = '\0';
        return n > 0;
    }
    return 0;
}

/* Is the line [s, e) blank or only a comment (so line 2 may declare)? */
static int blank_or_comment(const char *s, const char *e)
{
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\r'))
        s++;
    return s == e || *s == '#';
}

enum { ENC_UTF8, ENC_LATIN1, ENC_CP1252, ENC_UNKNOWN };

/* Python's codec lookup: lower case, runs of punctuation become one '_',
 * no leading or trailing '_'; then the aliases Weft can convert. */
static int classify(const char *name)
{
    char n[64];
    size_t k = 0;
    int pending = 0;
    for (size_t i = 0; name[i] && k + 2 < sizeof n; i++) {
        unsigned char c = (unsigned char)name[i];
        if (isalnum(c) || c == '.') {
            if (pending && k)
                n[k++] = '_';
            pending = 0;
            n[k++] = (char)tolower(c);
        } else {
            pending = 1;
        }
    }
    n[k] = '\0';
    static const char *const utf8[] = {"utf_8", "utf8", "u8", "utf", "utf8_ucs2",
                                       "utf8_ucs4", "cp65001", "ascii", "us_ascii",
                                       "646", "us", "ansi_x3.4_1968", "iso646_us"};
    static const char *const latin1[] = {"latin_1", "latin1", "l1", "iso_8859_1",
                                         "iso8859_1", "8859", "cp819", "latin",
                                         "iso_ir_100", "ibm819", "csisolatin1"};
    for (size_t i = 0; i < sizeof utf8 / sizeof utf8[0]; i++)
        if (strcmp(n, utf8[i]) == 0)
            return ENC_UTF8;
    for (size_t i = 0; i < sizeof latin1 / sizeof latin1[0]; i++)
        if (strcmp(n, latin1[i]) == 0)
            return ENC_LATIN1;
    if (strcmp(n, "cp1252") == 0 || strcmp(n, "windows_1252") == 0)
        return ENC_CP1252;
    /* CPython's get_normal_name maps "utf-8-xxx"/"latin-1-xxx" prefixes */
    if (strncmp(n, "utf_8_", 6) == 0)
        return ENC_UTF8;
    if (strncmp(n, "latin_1_", 8) == 0 || strncmp(n, "iso_8859_1_", 11) == 0 ||
        strncmp(n, "iso_latin_1_", 12) == 0)
        return ENC_LATIN1;
    return ENC_UNKNOWN;
}

/* CPython reports decoding problems at line 0, offset -1. */
static void fail(ParseError *err, const char *fmt, const char *arg)
{
    memset(err, 0, sizeof *err);
    err->kind = PERR_SYNTAX;
    snprintf(err->msg, sizeof err->msg, fmt, arg);
    err->offset = -1;
}

/* With a BOM, CPython accepts only a cookie that get_normal_name turns
 * into "utf-8": "utf-8" or "utf-8-..." in any case, '_' for '-'. */
static int is_utf8_name(const char *name)
{
    char n[16];
    size_t i;
    for (i = 0; name[i] && i + 1 < sizeof n; i++)
        n[i] = name[i] == '_' ? '-' : (char)tolower((unsigned char)name[i]);
    n[i] = '\0';
    return strcmp(n, "utf-8") == 0 || strncmp(n, "utf-8-", 6) == 0;
}

int parse_decode_source(const char *src, size_t len, char **out, size_t *outlen,
                        ParseError *err)
{
    int bom = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0;
    if (bom)
        src += 3, len -= 3;
    char name[64] = "";
    int line = 0;
    const char *e1 = memchr(src, '\n', len);
    const char *end1 = e1 ? e1 : src + len;
    if (coding_on_line(src, end1, name, sizeof name)) {
        line = 1;
    } else if (e1 && blank_or_comment(src, end1)) {
        const char *s2 = e1 + 1;
        const char *e2 = memchr(s2, '\n', (size_t)(src + len - s2));
        if (coding_on_line(s2, e2 ? e2 : src + len, name, sizeof name))
            line = 2;
    }
    int enc = line ? classify(name) : ENC_UTF8;
    if (enc == ENC_UNKNOWN) {
        fail(err, "unknown encoding: %s", name);
        return -1;
    }
    if (bom && line && !is_utf8_name(name)) {
        fail(err, "encoding problem: %s with BOM", name);
        return -1;
    }
    char *d = malloc(enc == ENC_UTF8 ? len + 1 : len * 3 + 1);
    if (!d) {
        memset(err, 0, sizeof *err);
        err->kind = PERR_MEMORY;
        return -1;
    }
    size_t n = 0;
    if (enc == ENC_UTF8) {
        memcpy(d, src, len);
        n = len;
    } else {
        for (size_t i = 0; i < len; i++) {
            unsigned c = (unsigned char)src[i];
            if (enc == ENC_CP1252 && c >= 0x80 && c < 0xA0 && cp1252_high[c - 0x80])
                c = cp1252_high[c - 0x80];
            n += (size_t)chartab_utf8_encode(c, d + n);
        }
    }
    d[n] = '\0';
    *out = d;
    *outlen = n;
    return 0;
}
