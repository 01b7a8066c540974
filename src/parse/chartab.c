/* chartab.c - Unicode class lookups by binary search over generated ranges
 * (see chartab.h).  ASCII is decided inline without touching the tables.
 */
#include "chartab.h"

#include "chartab_data.h"

static int in_ranges(const uint32_t (*r)[2], int n, uint32_t cp)
{
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < r[mid][0])
            hi = mid - 1;
        else if (cp > r[mid][1])
            lo = mid + 1;
        else
            return 1;
    }
    return 0;
}

#define COUNT(t) ((int)(sizeof(t) / sizeof((t)[0])))

int chartab_is_id_start(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
               cp == '_';
    return in_ranges(id_start, COUNT(id_start), cp);
}

int chartab_is_id_continue(uint32_t cp)
{
    if (cp < 0x80)
        return chartab_is_id_start(cp) || (cp >= '0' && cp <= '9');
    return in_ranges(id_continue, COUNT(id_continue), cp);
}

int chartab_is_printable(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 0x20 && cp < 0x7f;
    return !in_ranges(non_printable, COUNT(non_printable), cp);
}

int chartab_nfkc(uint32_t cp, const char **text)
{
    int lo = 0, hi = COUNT(nfkc_map) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < nfkc_map[mid].cp) {
            hi = mid - 1;
        } else if (cp > nfkc_map[mid].cp) {
            lo = mid + 1;
        } else {
            *text = (const char *)nfkc_pool + nfkc_map[mid].off;
            return nfkc_map[mid].len;
        }
    }
    return 0;
}

int chartab_utf8_decode(const unsigned char *s, long n, uint32_t *cp)
{
    if (n <= 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

int chartab_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}
