/* str.c - the str object core: allocation, constructors, the UTF-8 codec,
 * hashing, comparison, interning, StrBuilder, str_format and repr.
 *
 * Invariants: a Str always uses the narrowest kind for its largest code
 * point (so equal strings have equal kinds and equal bytes), `ascii` is exact,
 * and the data has a trailing zero code unit.  The empty string and the 256
 * Latin-1 single-character strings are static objects (never collected).
 *
 * Thread-safety: strings are immutable once published.  The `hash` and
 * `utf8` caches are filled racily with identical values (relaxed stores for
 * hash; SET_FIELD, a release store, for utf8 so the Bytes is seen
 * initialised).  The intern table is read lock-free (acquire loads of the
 * table and of each slot) and written under intern_lock; a resize builds a
 * new table and publishes it with a release store, so a reader holding the
 * old table still sees a consistent (if stale) set of entries.  The
 * `interned` flag is set on a string others may already hold: it is read
 * and written with relaxed atomics (str_is_interned).
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

#include "str_impl.h"

/* ---------------------------------------------------------------------
 * Static strings: '' and the Latin-1 single characters.
 */
typedef struct {
    Str s;
    uint64_t pad; /* room for the data (one char + trailing zero) */
} StaticStr;

static StaticStr empty_store = {
    .s = {.hdr = {&str_type}, .len = 0, .hash = -1, .kind = 1, .ascii = 1, .interned = 1}};
Str *str_empty = &empty_store.s;
static StaticStr latin1_chars[256];
/* UTF-8 of the static non-ASCII Latin-1 characters: static strings have no
 * heap `utf8` cache (a static object's fields are not traced). */
static char latin1_utf8[128][3];

__attribute__((constructor)) static void init_static_strs(void) {
    for (int i = 0; i < 256; i++) {
        Str *s = &latin1_chars[i].s;
        s->hdr.type = &str_type;
        s->len = 1;
        s->hash = -1;
        s->kind = 1;
        s->ascii = i < 128;
        s->interned = 1;
        s->data[0] = (uint8_t)i;
        s->data[1] = 0;
        if (i >= 128) {
            latin1_utf8[i - 128][0] = (char)(0xC0 | (i >> 6));
            latin1_utf8[i - 128][1] = (char)(0x80 | (i & 0x3F));
            latin1_utf8[i - 128][2] = 0;
        }
    }
}

Str *str_latin1_char(uint32_t cp) { return &latin1_chars[cp].s; }

/* ---------------------------------------------------------------------
 * Allocation and constructors
 */
Str *str_alloc(int64_t len, int kind, bool ascii) {
    if (len < 0 || len > (INT64_MAX / 8)) {
        err_no_memory();
        return NULL;
    }
    Str *s = gc_alloc(&str_type, offsetof(Str, data) + (size_t)(len + 1) * kind);
    if (!s) return NULL;
    s->len = len;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = ascii;
    return s;
}

Str *str_subtype_new(Type *t, Str *value) {
    size_t sz = offsetof(Str, data) + (size_t)(value->len + 1) * value->kind;
    Str *s = gc_alloc_instance(t, sz);
    if (!s) return NULL;
    s->len = value->len;
    s->hash = -1;
    s->kind = value->kind;
    s->ascii = value->ascii;
    memcpy(s->data, value->data, (size_t)value->len * value->kind);
    return s;
}

uint32_t str_max_char(Str *s, int64_t start, int64_t end) {
    uint32_t m = 0;
    if (s->kind == 1) {
        if (s->ascii) return end > start ? 127 : 0; /* an upper bound suffices for ascii */
        const uint8_t *p = STR_DATA1(s);
        for (int64_t i = start; i < end; i++)
            if (p[i] > m) m = p[i];
    } else if (s->kind == 2) {
        const uint16_t *p = STR_DATA2(s);
        for (int64_t i = start; i < end; i++)
            if (p[i] > m) m = p[i];
    } else {
        const uint32_t *p = STR_DATA4(s);
        for (int64_t i = start; i < end; i++)
            if (p[i] > m) m = p[i];
    }
    return m;
}

/* Copy code points src[start:end] into dst at dpos (dst's kind >= needed). */
static void copy_chars(Str *dst, int64_t dpos, Str *src, int64_t start, int64_t end) {
    int64_t n = end - start;
    if (n <= 0) return;
    if (dst->kind == src->kind) {
        memcpy(dst->data + dpos * dst->kind, src->data + start * src->kind, (size_t)n * src->kind);
        return;
    }
    for (int64_t i = 0; i < n; i++) str_set_char(dst, dpos + i, str_char_at(src, start + i));
}

Str *str_substr(Str *s, int64_t start, int64_t end) {
    if (start < 0) start = 0;
    if (end > s->len) end = s->len;
    if (end <= start) return str_empty;
    if (start == 0 && end == s->len && IS_STR_EXACT(OBJ_VAL(s))) return s;
    int64_t n = end - start;
    if (n == 1) {
        uint32_t c = str_char_at(s, start);
        if (c < 256) return str_latin1_char(c);
    }
    uint32_t m = s->kind == 1 ? (s->ascii ? 127 : str_max_char(s, start, end)) : str_max_char(s, start, end);
    int kind = str_kind_for(m);
    Str *r = str_alloc(n, kind, m < 128);
    if (!r) return NULL;
    copy_chars(r, 0, s, start, end);
    return r;
}

Str *str_slice(Str *s, int64_t start, int64_t stop) {
    if (start < 0) start = 0;
    if (stop > s->len) stop = s->len;
    return str_substr(s, start, stop);
}

Str *str_exact(Str *s) {
    if (IS_STR_EXACT(OBJ_VAL(s))) return s;
    Str *r = str_alloc(s->len, s->kind, s->ascii);
    if (!r) return NULL;
    memcpy(r->data, s->data, (size_t)s->len * s->kind);
    return r;
}

Str *str_from_latin1(const uint8_t *p, size_t n) {
    if (n == 0) return str_empty;
    if (n == 1) return str_latin1_char(p[0]);
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
        if (p[i] >= 128) { ascii = false; break; }
    Str *s = str_alloc((int64_t)n, 1, ascii);
    if (!s) return NULL;
    memcpy(s->data, p, n);
    return s;
}

Str *str_from_ucs4(const uint32_t *p, size_t n) {
    if (n == 0) return str_empty;
    uint32_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (p[i] > m) m = p[i];
    if (n == 1 && m < 256) return str_latin1_char(m);
    int kind = str_kind_for(m);
    Str *s = str_alloc((int64_t)n, kind, m < 128);
    if (!s) return NULL;
    if (kind == 4) memcpy(s->data, p, n * 4);
    else
        for (size_t i = 0; i < n; i++) str_set_char(s, (int64_t)i, p[i]);
    return s;
}

Str *str_from_char(uint32_t cp) {
    if (cp < 256) return str_latin1_char(cp);
    return str_from_ucs4(&cp, 1);
}

/* ---------------------------------------------------------------------
 * UTF-8
 */

/* Length of a valid UTF-8 sequence starting at p[i] (CPython's rules:
 * no overlongs, no surrogates, max U+10FFFF), or 0 if invalid; *bad_end
 * receives the index one past the last byte that still formed a valid
 * prefix, *reason the error. */
static int utf8_seq(const uint8_t *p, size_t n, size_t i, uint32_t *cp, size_t *bad_end,
                    const char **reason) {
    uint8_t c = p[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int need;
    uint32_t v;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; v = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2; v = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3; v = c & 0x07;
        if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
    } else {
        *bad_end = i + 1;
        *reason = "invalid start byte";
        return 0;
    }
    size_t j = i + 1;
    for (int k = 0; k < need; k++, j++) {
        if (j >= n) {
            *bad_end = j;
            *reason = "unexpected end of data";
            return 0;
        }
        uint8_t d = p[j];
        uint8_t l = k == 0 ? lo : 0x80, h = k == 0 ? hi : 0xBF;
        if (d < l || d > h) {
            *bad_end = j;
            *reason = "invalid continuation byte";
            return 0;
        }
        v = (v << 6) | (d & 0x3F);
    }
    *cp = v;
    return need + 1;
}

void raise_decode_error(const char *enc, const uint8_t *data, int64_t n, int64_t start, int64_t end,
                        const char *reason) {
    Str *e = str_from_cstr(enc);
    Bytes *obj = bytes_new(data, (size_t)n);
    Str *r = str_from_cstr(reason);
    if (!e || !obj || !r) return;
    Value args[5] = {OBJ_VAL(e), OBJ_VAL(obj), MK_INT(start), MK_INT(end), OBJ_VAL(r)};
    Value exc = exc_new(&UnicodeDecodeError_type, args, 5);
    if (exc) err_set_value(exc);
}

void raise_encode_error(const char *enc, Str *s, int64_t start, int64_t end, const char *reason) {
    Str *e = str_from_cstr(enc);
    Str *r = str_from_cstr(reason);
    if (!e || !r) return;
    Value args[5] = {OBJ_VAL(e), OBJ_VAL(s), MK_INT(start), MK_INT(end), OBJ_VAL(r)};
    Value exc = exc_new(&UnicodeEncodeError_type, args, 5);
    if (exc) err_set_value(exc);
}

Str *str_decode_utf8(const char *src, size_t n, const char *errors) {
    const uint8_t *p = (const uint8_t *)src;
    /* ASCII fast path */
    size_t i = 0;
    while (i < n && p[i] < 0x80) i++;
    if (i == n) {
        if (n == 0) return str_empty;
        if (n == 1) return str_latin1_char(p[0]);
        Str *s = str_alloc((int64_t)n, 1, true);
        if (s) memcpy(s->data, p, n);
        return s;
    }
    StrBuilder b;
    sb_init(&b);
    if (sb_append_utf8(&b, src, i) < 0) goto fail; /* ascii prefix */
    while (i < n) {
        uint32_t cp;
        size_t bad_end;
        const char *reason;
        int k = utf8_seq(p, n, i, &cp, &bad_end, &reason);
        if (k > 0) {
            if (sb_append_char(&b, cp) < 0) goto fail;
            i += k;
            continue;
        }
        if (bad_end <= i) bad_end = i + 1;
        if (errors && !strcmp(errors, "surrogatepass") && p[i] == 0xED &&
            i + 2 < n && p[i + 1] >= 0xA0 && p[i + 1] <= 0xBF && (p[i + 2] & 0xC0) == 0x80) {
            if (sb_append_char(&b, 0xD000 | ((uint32_t)(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F)) < 0) goto fail;
            i += 3;
            continue;
        }
        if (!errors || !strcmp(errors, "strict") || !strcmp(errors, "surrogatepass")) {
            sb_free(&b);
            raise_decode_error("utf-8", p, (int64_t)n, (int64_t)i, (int64_t)bad_end, reason);
            return NULL;
        } else if (!strcmp(errors, "ignore")) {
        } else if (!strcmp(errors, "replace")) {
            if (sb_append_char(&b, 0xFFFD) < 0) goto fail;
        } else if (!strcmp(errors, "surrogateescape")) {
            for (size_t j = i; j < bad_end; j++)
                if (sb_append_char(&b, 0xDC00 + p[j]) < 0) goto fail;
        } else if (!strcmp(errors, "backslashreplace")) {
            for (size_t j = i; j < bad_end; j++) {
                char tmp[8];
                snprintf(tmp, sizeof tmp, "\\x%02x", p[j]);
                if (sb_append_cstr(&b, tmp) < 0) goto fail;
            }
        } else {
            sb_free(&b);
            err_format(&LookupError_type, "unknown error handler name '%s'", errors);
            return NULL;
        }
        i = bad_end;
    }
    return sb_finish(&b);
fail:
    sb_free(&b);
    return NULL;
}

Str *str_from_utf8(const char *src, size_t n) {
    const uint8_t *p = (const uint8_t *)src;
    size_t i = 0;
    while (i < n && p[i] < 0x80) i++;
    if (i == n) {
        if (n == 0) return str_empty;
        if (n == 1) return str_latin1_char(p[0]);
        Str *s = str_alloc((int64_t)n, 1, true);
        if (s) memcpy(s->data, p, n);
        return s;
    }
    /* Count code points and the maximum, tolerating any byte sequence
     * (trusted input; a stray byte becomes U+FFFD rather than crashing). */
    int64_t len = (int64_t)i;
    uint32_t m = 127;
    size_t j = i;
    while (j < n) {
        uint32_t cp;
        size_t be;
        const char *r;
        int k = utf8_seq(p, n, j, &cp, &be, &r);
        if (k == 0) {
            /* accept surrogates encoded WTF-8 style (ED A0..BF xx) */
            if (p[j] == 0xED && j + 2 < n && (p[j + 1] & 0xC0) == 0x80 && (p[j + 2] & 0xC0) == 0x80) {
                cp = 0xD000 | ((uint32_t)(p[j + 1] & 0x3F) << 6) | (p[j + 2] & 0x3F);
                k = 3;
            } else {
                cp = 0xFFFD;
                k = 1;
            }
        }
        if (cp > m) m = cp;
        len++;
        j += k;
    }
    int kind = str_kind_for(m);
    Str *s = str_alloc(len, kind, false);
    if (!s) return NULL;
    int64_t o = 0;
    for (size_t q = 0; q < i; q++) str_set_char(s, o++, p[q]);
    j = i;
    while (j < n) {
        uint32_t cp;
        size_t be;
        const char *r;
        int k = utf8_seq(p, n, j, &cp, &be, &r);
        if (k == 0) {
            if (p[j] == 0xED && j + 2 < n && (p[j + 1] & 0xC0) == 0x80 && (p[j + 2] & 0xC0) == 0x80) {
                cp = 0xD000 | ((uint32_t)(p[j + 1] & 0x3F) << 6) | (p[j + 2] & 0x3F);
                k = 3;
            } else {
                cp = 0xFFFD;
                k = 1;
            }
        }
        str_set_char(s, o++, cp);
        j += k;
    }
    return s;
}

Str *str_from_cstr(const char *s) { return str_from_utf8(s, strlen(s)); }

static size_t utf8_put(uint8_t *o, uint32_t c) {
    if (c < 0x80) { o[0] = (uint8_t)c; return 1; }
    if (c < 0x800) {
        o[0] = (uint8_t)(0xC0 | (c >> 6));
        o[1] = (uint8_t)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (uint8_t)(0xE0 | (c >> 12));
        o[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (uint8_t)(0xF0 | (c >> 18));
    o[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

/* UTF-8 of s with lone surrogates encoded as 3 bytes (surrogatepass). */
static Bytes *encode_utf8_pass(Str *s) {
    size_t n = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char_at(s, i);
        n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    Bytes *b = bytes_alloc((int64_t)n);
    if (!b) return NULL;
    uint8_t *o = b->data;
    for (int64_t i = 0; i < s->len; i++) o += utf8_put(o, str_char_at(s, i));
    return b;
}

const char *str_utf8(Str *s, size_t *len_out) {
    if (s->ascii) {
        if (len_out) *len_out = (size_t)s->len;
        return (const char *)s->data;
    }
    if (s >= &latin1_chars[0].s && s <= &latin1_chars[255].s) {
        if (len_out) *len_out = 2;
        return latin1_utf8[s->data[0] - 128];
    }
    Bytes *u = __atomic_load_n(&s->utf8, __ATOMIC_ACQUIRE);
    if (!u) {
        u = encode_utf8_pass(s);
        if (!u) {
            /* out of memory: give an empty string rather than crash */
            err_clear();
            if (len_out) *len_out = 0;
            return "";
        }
        SET_FIELD(s, s->utf8, u);
    }
    if (len_out) *len_out = (size_t)u->len;
    return (const char *)u->data;
}

Bytes *str_encode_utf8(Str *s, const char *errors) {
    if (s->ascii) return bytes_new(s->data, (size_t)s->len);
    bool has_sur = false;
    if (s->kind >= 2)
        for (int64_t i = 0; i < s->len; i++) {
            uint32_t c = str_char_at(s, i);
            if (c >= 0xD800 && c <= 0xDFFF) { has_sur = true; break; }
        }
    if (!has_sur || (errors && !strcmp(errors, "surrogatepass"))) return encode_utf8_pass(s);
    /* slow path with an error handler */
    size_t cap = (size_t)s->len * 4 + 1, n = 0;
    uint8_t *buf = malloc(cap * 3 + 16);
    if (!buf) { err_no_memory(); return NULL; }
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char_at(s, i);
        if (c < 0xD800 || c > 0xDFFF) { n += utf8_put(buf + n, c); continue; }
        if (!errors || !strcmp(errors, "strict")) {
            int64_t j = i + 1;
            while (j < s->len && str_char_at(s, j) >= 0xD800 && str_char_at(s, j) <= 0xDFFF) j++;
            free(buf);
            raise_encode_error("utf-8", s, i, j, "surrogates not allowed");
            return NULL;
        } else if (!strcmp(errors, "ignore")) {
        } else if (!strcmp(errors, "replace")) {
            buf[n++] = '?';
        } else if (!strcmp(errors, "surrogateescape") && c >= 0xDC80 && c <= 0xDCFF) {
            buf[n++] = (uint8_t)(c - 0xDC00);
        } else if (!strcmp(errors, "backslashreplace")) {
            n += (size_t)sprintf((char *)buf + n, "\\u%04x", c);
        } else if (!strcmp(errors, "xmlcharrefreplace")) {
            n += (size_t)sprintf((char *)buf + n, "&#%u;", c);
        } else {
            free(buf);
            if (!strcmp(errors, "surrogateescape")) {
                raise_encode_error("utf-8", s, i, i + 1, "surrogates not allowed");
                return NULL;
            }
            err_format(&LookupError_type, "unknown error handler name '%s'", errors);
            return NULL;
        }
    }
    Bytes *b = bytes_new(buf, n);
    free(buf);
    return b;
}

Bytes *str_encode_8bit(Str *s, const char *encoding, uint32_t limit, const char *errors) {
    if (s->kind == 1 && (s->ascii || limit == 256)) return bytes_new(s->data, (size_t)s->len);
    size_t cap = (size_t)s->len * 10 + 1, n = 0;
    uint8_t *buf = malloc(cap);
    if (!buf) { err_no_memory(); return NULL; }
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char_at(s, i);
        if (c < limit) { buf[n++] = (uint8_t)c; continue; }
        if (!errors || !strcmp(errors, "strict")) {
            int64_t j = i + 1;
            while (j < s->len && str_char_at(s, j) >= limit) j++;
            free(buf);
            raise_encode_error(encoding, s, i, j, limit == 128 ? "ordinal not in range(128)" : "ordinal not in range(256)");
            return NULL;
        } else if (!strcmp(errors, "ignore")) {
        } else if (!strcmp(errors, "replace")) {
            buf[n++] = '?';
        } else if (!strcmp(errors, "surrogateescape") && c >= 0xDC80 && c <= 0xDCFF) {
            buf[n++] = (uint8_t)(c - 0xDC00);
        } else if (!strcmp(errors, "backslashreplace")) {
            if (c < 256) n += (size_t)sprintf((char *)buf + n, "\\x%02x", c);
            else if (c < 65536) n += (size_t)sprintf((char *)buf + n, "\\u%04x", c);
            else n += (size_t)sprintf((char *)buf + n, "\\U%08x", c);
        } else if (!strcmp(errors, "xmlcharrefreplace")) {
            n += (size_t)sprintf((char *)buf + n, "&#%u;", c);
        } else {
            free(buf);
            if (!strcmp(errors, "surrogateescape")) {
                raise_encode_error(encoding, s, i, i + 1, limit == 128 ? "ordinal not in range(128)" : "ordinal not in range(256)");
                return NULL;
            }
            err_format(&LookupError_type, "unknown error handler name '%s'", errors);
            return NULL;
        }
    }
    Bytes *b = bytes_new(buf, n);
    free(buf);
    return b;
}

Str *str_decode_8bit(const uint8_t *p, size_t n, const char *encoding, uint32_t limit, const char *errors) {
    if (limit == 256) return str_from_latin1(p, n);
    size_t i = 0;
    while (i < n && p[i] < 128) i++;
    if (i == n) return str_from_latin1(p, n);
    StrBuilder b;
    sb_init(&b);
    for (i = 0; i < n; i++) {
        if (p[i] < 128) {
            if (sb_append_char(&b, p[i]) < 0) goto fail;
            continue;
        }
        if (!errors || !strcmp(errors, "strict")) {
            sb_free(&b);
            raise_decode_error(encoding, p, (int64_t)n, (int64_t)i, (int64_t)i + 1, "ordinal not in range(128)");
            return NULL;
        } else if (!strcmp(errors, "ignore")) {
        } else if (!strcmp(errors, "replace")) {
            if (sb_append_char(&b, 0xFFFD) < 0) goto fail;
        } else if (!strcmp(errors, "surrogateescape")) {
            if (sb_append_char(&b, 0xDC00 + p[i]) < 0) goto fail;
        } else if (!strcmp(errors, "backslashreplace")) {
            char tmp[8];
            snprintf(tmp, sizeof tmp, "\\x%02x", p[i]);
            if (sb_append_cstr(&b, tmp) < 0) goto fail;
        } else {
            sb_free(&b);
            err_format(&LookupError_type, "unknown error handler name '%s'", errors);
            return NULL;
        }
    }
    return sb_finish(&b);
fail:
    sb_free(&b);
    return NULL;
}

/* Normalise an encoding name: lower case, '_' and ' ' to '-'. */
static int norm_encoding(const char *enc, char *out, size_t cap) {
    size_t i = 0;
    for (; enc[i] && i + 1 < cap; i++) {
        char c = enc[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c == '_' || c == ' ') c = '-';
        out[i] = c;
    }
    out[i] = 0;
    if (!strcmp(out, "utf-8") || !strcmp(out, "utf8") || !strcmp(out, "u8") || !strcmp(out, "utf"))
        return 1;
    if (!strcmp(out, "ascii") || !strcmp(out, "us-ascii") || !strcmp(out, "646")) return 2;
    if (!strcmp(out, "utf-16") || !strcmp(out, "utf16")) return 4;
    if (!strcmp(out, "utf-16-le") || !strcmp(out, "utf-16le")) return 5;
    if (!strcmp(out, "utf-16-be") || !strcmp(out, "utf-16be")) return 6;
    if (!strcmp(out, "utf-32") || !strcmp(out, "utf32")) return 7;
    if (!strcmp(out, "utf-32-le") || !strcmp(out, "utf-32le")) return 8;
    if (!strcmp(out, "utf-32-be") || !strcmp(out, "utf-32be")) return 9;
    if (!strcmp(out, "utf-8-sig") || !strcmp(out, "utf8-sig")) return 10;
    if (!strcmp(out, "latin-1") || !strcmp(out, "latin1") || !strcmp(out, "iso-8859-1") ||
        !strcmp(out, "iso8859-1") || !strcmp(out, "l1") || !strcmp(out, "8859") || !strcmp(out, "cp819") ||
        !strcmp(out, "latin"))
        return 3;
    return 0;
}

/* ---- UTF-16 / UTF-32 (little or big endian; bom: write FF FE first) ---- */
static Value encode_wide(Str *s, const char *enc, int width, bool big, bool bom, const char *errors) {
    bool pass = errors && !strcmp(errors, "surrogatepass");
    bool ignore = errors && !strcmp(errors, "ignore");
    bool replace = errors && !strcmp(errors, "replace");
    size_t cap = (size_t)s->len * 4 + 4, n = 0;
    uint8_t *buf = malloc(cap);
    if (!buf) return err_no_memory();
    uint32_t units[2];
#define PUT(u)                                                                        \
    do {                                                                              \
        for (int k_ = 0; k_ < width; k_++)                                            \
            buf[n + (big ? width - 1 - k_ : k_)] = (uint8_t)((u) >> (8 * k_));       \
        n += (size_t)width;                                                           \
    } while (0)
    if (bom) PUT(0xFEFFu);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char_at(s, i);
        if (c >= 0xD800 && c <= 0xDFFF && !pass) {
            if (ignore) continue;
            if (replace) {
                PUT((uint32_t)'?');
                continue;
            }
            free(buf);
            raise_encode_error(enc, s, i, i + 1, "surrogates not allowed");
            return VNULL;
        }
        int nu = 1;
        units[0] = c;
        if (width == 2 && c >= 0x10000) {
            units[0] = 0xD800 + ((c - 0x10000) >> 10);
            units[1] = 0xDC00 + ((c - 0x10000) & 0x3FF);
            nu = 2;
        }
        for (int k = 0; k < nu; k++) PUT(units[k]);
    }
#undef PUT
    Bytes *b = bytes_new(buf, n);
    free(buf);
    return b ? OBJ_VAL(b) : VNULL;
}

static Value decode_wide(const uint8_t *p, int64_t n, const char *enc, int width, int big, const char *errors) {
    /* big < 0: detect from a BOM (default little endian) */
    int64_t i = 0;
    if (big < 0) {
        big = 0;
        if (width == 2 && n >= 2 && p[0] == 0xFE && p[1] == 0xFF) { big = 1; i = 2; }
        else if (width == 2 && n >= 2 && p[0] == 0xFF && p[1] == 0xFE) i = 2;
        else if (width == 4 && n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) { big = 1; i = 4; }
        else if (width == 4 && n >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) i = 4;
    }
    bool ignore = errors && !strcmp(errors, "ignore");
    bool replace = errors && !strcmp(errors, "replace");
    bool pass = errors && !strcmp(errors, "surrogatepass");
    StrBuilder b;
    sb_init(&b);
#define UNIT(at) (width == 2 ? (big ? (uint32_t)p[at] << 8 | p[(at) + 1] : (uint32_t)p[(at) + 1] << 8 | p[at]) \
                             : (big ? (uint32_t)p[at] << 24 | (uint32_t)p[(at) + 1] << 16 | (uint32_t)p[(at) + 2] << 8 | p[(at) + 3] \
                                    : (uint32_t)p[(at) + 3] << 24 | (uint32_t)p[(at) + 2] << 16 | (uint32_t)p[(at) + 1] << 8 | p[at]))
    while (i < n) {
        const char *reason = NULL;
        int64_t bad_end = n;
        uint32_t cp = 0;
        int64_t step = width;
        if (n - i < width) {
            reason = "truncated data";
        } else {
            cp = UNIT(i);
            if (width == 4) {
                if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF && !pass)) {
                    reason = cp > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)";
                    bad_end = i + 4;
                }
            } else if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (n - i < 4) {
                    if (!pass) { reason = "unexpected end of data"; bad_end = n; }
                } else {
                    uint32_t lo = UNIT(i + 2);
                    if (lo >= 0xDC00 && lo <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        step = 4;
                    } else if (!pass) {
                        reason = "illegal UTF-16 surrogate";
                        bad_end = i + 2;
                    }
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF && !pass) {
                reason = "illegal encoding";
                bad_end = i + 2;
            }
        }
        if (!reason) {
            if (sb_append_char(&b, cp) < 0) goto fail;
            i += step;
            continue;
        }
        if (!ignore && !replace) {
            sb_free(&b);
            raise_decode_error(enc, p, n, i, bad_end, reason);
            return VNULL;
        }
        if (replace && sb_append_char(&b, 0xFFFD) < 0) goto fail;
        i = bad_end > i ? bad_end : i + 1;
    }
#undef UNIT
    {
        Str *r = sb_finish(&b);
        return r ? OBJ_VAL(r) : VNULL;
    }
fail:
    sb_free(&b);
    return VNULL;
}

Value str_encode(Str *s, const char *encoding, const char *errors) {
    char norm[64];
    int e = norm_encoding(encoding ? encoding : "utf-8", norm, sizeof norm);
    Bytes *b;
    switch (e) {
    case 1: b = str_encode_utf8(s, errors); break;
    case 2: b = str_encode_8bit(s, "ascii", 128, errors); break;
    case 3: b = str_encode_8bit(s, "latin-1", 256, errors); break;
    case 4: return encode_wide(s, "utf-16", 2, false, true, errors);
    case 5: return encode_wide(s, "utf-16-le", 2, false, false, errors);
    case 6: return encode_wide(s, "utf-16-be", 2, true, false, errors);
    case 7: return encode_wide(s, "utf-32", 4, false, true, errors);
    case 8: return encode_wide(s, "utf-32-le", 4, false, false, errors);
    case 9: return encode_wide(s, "utf-32-be", 4, true, false, errors);
    case 10: {
        Bytes *u = str_encode_utf8(s, errors);
        if (!u) return VNULL;
        Bytes *r = bytes_alloc(u->len + 3);
        if (!r) return VNULL;
        memcpy(r->data, "\xef\xbb\xbf", 3);
        memcpy(r->data + 3, u->data, (size_t)u->len);
        return OBJ_VAL(r);
    }
    default: return err_format(&LookupError_type, "unknown encoding: %s", encoding);
    }
    return b ? OBJ_VAL(b) : VNULL;
}

Value str_decode(const uint8_t *p, int64_t n, const char *encoding, const char *errors) {
    char norm[64];
    int e = norm_encoding(encoding ? encoding : "utf-8", norm, sizeof norm);
    Str *s;
    switch (e) {
    case 1: s = str_decode_utf8((const char *)p, (size_t)n, errors); break;
    case 2: s = str_decode_8bit(p, (size_t)n, "ascii", 128, errors); break;
    case 3: s = str_decode_8bit(p, (size_t)n, "latin-1", 256, errors); break;
    case 4: return decode_wide(p, n, "utf-16", 2, -1, errors);
    case 5: return decode_wide(p, n, "utf-16-le", 2, 0, errors);
    case 6: return decode_wide(p, n, "utf-16-be", 2, 1, errors);
    case 7: return decode_wide(p, n, "utf-32", 4, -1, errors);
    case 8: return decode_wide(p, n, "utf-32-le", 4, 0, errors);
    case 9: return decode_wide(p, n, "utf-32-be", 4, 1, errors);
    case 10:
        if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
            p += 3;
            n -= 3;
        }
        s = str_decode_utf8((const char *)p, (size_t)n, errors);
        break;
    default: return err_format(&LookupError_type, "unknown encoding: %s", encoding);
    }
    return s ? OBJ_VAL(s) : VNULL;
}

/* ---------------------------------------------------------------------
 * Hashing, equality, comparison
 */
static inline uint64_t rd64(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

/* A multiply-xorshift hash over 8-byte words (wyhash-like mixing). */
int64_t hash_bytes(const void *data, size_t n) {
    const uint8_t *p = data;
    const uint64_t k0 = 0x9E3779B97F4A7C15ull, k1 = 0xC2B2AE3D27D4EB4Full;
    uint64_t h = k1 ^ ((uint64_t)n * k0);
    size_t i = 0;
    while (i + 8 <= n) {
        __uint128_t m = (__uint128_t)(rd64(p + i) ^ h ^ k0) * (k1 ^ (i + 1));
        h = (uint64_t)m ^ (uint64_t)(m >> 64);
        i += 8;
        if ((i & 0xFFFF) == 0) SAFEPOINT();
    }
    uint64_t tail = 0;
    if (i < n) memcpy(&tail, p + i, n - i);
    __uint128_t m = (__uint128_t)(tail ^ h ^ k1) * (k0 ^ n);
    h = (uint64_t)m ^ (uint64_t)(m >> 64);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    int64_t r = (int64_t)h;
    if (r == -1) r = -2;
    return r;
}

int64_t str_hash(Str *s) {
    int64_t h = __atomic_load_n(&s->hash, __ATOMIC_RELAXED);
    if (h != -1) return h;
    h = hash_bytes(s->data, (size_t)s->len * s->kind);
    __atomic_store_n(&s->hash, h, __ATOMIC_RELAXED);
    return h;
}

bool str_eq(Str *a, Str *b) {
    if (a == b) return true;
    if (a->len != b->len || a->kind != b->kind) return false;
    if (str_is_interned(a) && str_is_interned(b) && IS_STR_EXACT(OBJ_VAL(a)) &&
        IS_STR_EXACT(OBJ_VAL(b)))
        return false;
    int64_t ha = __atomic_load_n(&a->hash, __ATOMIC_RELAXED), hb = __atomic_load_n(&b->hash, __ATOMIC_RELAXED);
    if (ha != -1 && hb != -1 && ha != hb) return false;
    return memcmp(a->data, b->data, (size_t)a->len * a->kind) == 0;
}

bool str_eq_cstr(Str *a, const char *s) {
    size_t n;
    const char *u = str_utf8(a, &n);
    return strlen(s) == n && memcmp(u, s, n) == 0;
}

int str_compare(Str *a, Str *b) {
    if (a == b) return 0;
    int64_t n = a->len < b->len ? a->len : b->len;
    if (a->kind == 1 && b->kind == 1) {
        int c = memcmp(a->data, b->data, (size_t)n);
        if (c) return c;
    } else {
        for (int64_t i = 0; i < n; i++) {
            uint32_t x = str_char_at(a, i), y = str_char_at(b, i);
            if (x != y) return x < y ? -1 : 1;
        }
    }
    return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

Str *str_concat(Str *a, Str *b) {
    if (a->len == 0) return str_exact(b);
    if (b->len == 0) return str_exact(a);
    int kind = a->kind > b->kind ? a->kind : b->kind;
    if (a->len > INT64_MAX / 4 - b->len) {
        err_str(&OverflowError_type, "strings are too large to concat");
        return NULL;
    }
    Str *r = str_alloc(a->len + b->len, kind, a->ascii && b->ascii);
    if (!r) return NULL;
    copy_chars(r, 0, a, 0, a->len);
    copy_chars(r, a->len, b, 0, b->len);
    return r;
}

/* Code-point search; kind-1 text uses memchr/memmem. */
int64_t str_find(Str *h, Str *n, int64_t start, int64_t end) {
    if (start < 0) start = 0;
    if (end > h->len) end = h->len;
    if (end - start < n->len) return -1;
    if (n->len == 0) return start;
    if (n->kind > h->kind) return -1;
    if (h->kind == 1)
        return bytes_find_raw(h->data, h->len, n->data, n->len, start, end);
    uint32_t first = str_char_at(n, 0);
    for (int64_t i = start; i + n->len <= end; i++) {
        if (str_char_at(h, i) != first) continue;
        int64_t j = 1;
        while (j < n->len && str_char_at(h, i + j) == str_char_at(n, j)) j++;
        if (j == n->len) return i;
    }
    return -1;
}

int64_t bytes_find_raw(const uint8_t *h, int64_t hn, const uint8_t *n, int64_t nn, int64_t start,
                       int64_t end) {
    if (start < 0) start = 0;
    if (end > hn) end = hn;
    if (end - start < nn) return -1;
    if (nn == 0) return start;
    if (nn == 1) {
        const uint8_t *r = memchr(h + start, n[0], (size_t)(end - start));
        return r ? r - h : -1;
    }
    const uint8_t *r = memmem(h + start, (size_t)(end - start), n, (size_t)nn);
    return r ? r - h : -1;
}

int64_t bytes_rfind_raw(const uint8_t *h, int64_t hn, const uint8_t *n, int64_t nn, int64_t start,
                        int64_t end) {
    if (start < 0) start = 0;
    if (end > hn) end = hn;
    if (end - start < nn) return -1;
    if (nn == 0) return end;
    if (nn == 1) {
        const uint8_t *r = memrchr(h + start, n[0], (size_t)(end - start));
        return r ? r - h : -1;
    }
    for (int64_t i = end - nn; i >= start; i--)
        if (h[i] == n[0] && memcmp(h + i, n, (size_t)nn) == 0) return i;
    return -1;
}

int64_t bytes_count_raw(const uint8_t *h, int64_t hn, const uint8_t *n, int64_t nn, int64_t start,
                        int64_t end, int64_t maxcount) {
    if (start < 0) start = 0;
    if (end > hn) end = hn;
    if (end - start < nn) return 0;
    if (nn == 0) return end - start + 1 < maxcount ? end - start + 1 : maxcount;
    int64_t c = 0, i = start;
    while (c < maxcount) {
        int64_t f = bytes_find_raw(h, hn, n, nn, i, end);
        if (f < 0) break;
        c++;
        i = f + nn;
    }
    return c;
}

/* ---------------------------------------------------------------------
 * Interning
 */
typedef struct InternTable {
    Obj hdr;
    int64_t cap;   /* power of two */
    Str *slots[];
} InternTable;

static void intern_table_trace(Obj *o, Tracer *t) {
    InternTable *it = (InternTable *)o;
    for (int64_t i = 0; i < it->cap; i++)
        if (it->slots[i]) GC_MARK(t, it->slots[i]);
}

static Type intern_table_type = {
    .hdr = {&type_type},
    .name = "intern_table",
    .basicsize = sizeof(InternTable),
    .itemsize = sizeof(Str *),
    .trace = intern_table_trace,
};

static InternTable *intern_tab; /* GC root; replaced on growth (release store) */
static int64_t intern_used;     /* guarded by intern_lock */
static WLock intern_lock;
static bool intern_root_done;   /* guarded by intern_lock */

static Str *intern_lookup(InternTable *it, Str *s, int64_t h) {
    if (!it) return NULL;
    uint64_t mask = (uint64_t)it->cap - 1;
    for (uint64_t i = (uint64_t)h & mask;; i = (i + 1) & mask) {
        Str *e = __atomic_load_n(&it->slots[i], __ATOMIC_ACQUIRE);
        if (!e) return NULL;
        if (e == s || (e->len == s->len && e->kind == s->kind &&
                       __atomic_load_n(&e->hash, __ATOMIC_RELAXED) == h &&
                       memcmp(e->data, s->data, (size_t)s->len * s->kind) == 0))
            return e;
    }
}

static void intern_put(InternTable *it, Str *s) {
    uint64_t mask = (uint64_t)it->cap - 1;
    uint64_t i = (uint64_t)str_hash(s) & mask;
    while (it->slots[i]) i = (i + 1) & mask;
    SET_FIELD(it, it->slots[i], s);
}

Str *str_intern(Str *s) {
    if (s->len <= 1) {
        if (s->len == 0) return str_empty;
        uint32_t c = str_char_at(s, 0);
        if (c < 256) return str_latin1_char(c);
    }
    if (str_is_interned(s) && IS_STR_EXACT(OBJ_VAL(s))) return s;
    int64_t h = str_hash(s);
    Str *e = intern_lookup(__atomic_load_n(&intern_tab, __ATOMIC_ACQUIRE), s, h);
    if (e) return e;
    if (!IS_STR_EXACT(OBJ_VAL(s))) {
        s = str_exact(s);
        if (!s) return NULL;
        str_hash(s);
    }
    wlock_acquire(&intern_lock);
    if (!intern_root_done) {
        gc_register_root(&intern_tab);
        intern_root_done = true;
    }
    InternTable *it = intern_tab;
    e = intern_lookup(it, s, h);
    if (e) {
        wlock_release(&intern_lock);
        return e;
    }
    if (!it || (intern_used + 1) * 3 >= it->cap * 2) {
        int64_t ncap = it ? it->cap * 2 : 1024;
        InternTable *nt = gc_alloc(&intern_table_type, sizeof(InternTable) + (size_t)ncap * sizeof(Str *));
        if (!nt) {
            wlock_release(&intern_lock);
            return NULL;
        }
        nt->cap = ncap;
        if (it)
            for (int64_t i = 0; i < it->cap; i++)
                if (it->slots[i]) intern_put(nt, it->slots[i]);
        /* release: the filled table is visible before the pointer to it */
        __atomic_store_n(&intern_tab, nt, __ATOMIC_RELEASE);
        it = nt;
    }
    /* relaxed: s may already be shared; the flag needs no ordering, because
     * only the one canonical string of a content ever gets it (decided
     * under intern_lock), so "both interned and not identical" means
     * "different" whatever else a reader has seen */
    __atomic_store_n(&s->interned, 1, __ATOMIC_RELAXED);
    intern_put(it, s);
    intern_used++;
    wlock_release(&intern_lock);
    return s;
}

Str *str_intern_cstr(const char *cs) {
    size_t n = strlen(cs);
    /* lookup without allocating when the table already has it */
    InternTable *it = __atomic_load_n(&intern_tab, __ATOMIC_ACQUIRE);
    if (it && n > 1) {
        bool ascii = true;
        for (size_t i = 0; i < n; i++)
            if ((uint8_t)cs[i] >= 128) { ascii = false; break; }
        if (ascii) {
            int64_t h = hash_bytes(cs, n);
            uint64_t mask = (uint64_t)it->cap - 1;
            for (uint64_t i = (uint64_t)h & mask;; i = (i + 1) & mask) {
                Str *e = __atomic_load_n(&it->slots[i], __ATOMIC_ACQUIRE);
                if (!e) break;
                if (e->kind == 1 && e->len == (int64_t)n && memcmp(e->data, cs, n) == 0) return e;
            }
        }
    }
    Str *s = str_from_utf8(cs, n);
    if (!s) return NULL;
    return str_intern(s);
}

/* ---------------------------------------------------------------------
 * StrBuilder
 */
void sb_init(StrBuilder *b) {
    b->buf = b->inline_buf;
    b->len = 0;
    b->cap = sizeof b->inline_buf / sizeof b->inline_buf[0];
    b->maxchar = 0;
}

void sb_free(StrBuilder *b) {
    if (b->buf != b->inline_buf) free(b->buf);
    b->buf = b->inline_buf;
    b->len = 0;
    b->maxchar = 0;
    b->cap = sizeof b->inline_buf / sizeof b->inline_buf[0];
}

static int sb_grow(StrBuilder *b, size_t need) {
    if (b->len + need <= b->cap) return 0;
    size_t ncap = b->cap * 2;
    while (ncap < b->len + need) ncap *= 2;
    if (ncap > ((size_t)1 << 34)) { /* 64 GiB of code points: treat as out of memory */
        err_no_memory();
        return -1;
    }
    uint32_t *nb;
    if (b->buf == b->inline_buf) {
        nb = malloc(ncap * 4);
        if (nb) memcpy(nb, b->buf, b->len * 4);
    } else {
        nb = realloc(b->buf, ncap * 4);
    }
    if (!nb) {
        err_no_memory();
        return -1;
    }
    b->buf = nb;
    b->cap = ncap;
    return 0;
}

int sb_append_char(StrBuilder *b, uint32_t cp) {
    if (b->len == b->cap && sb_grow(b, 1) < 0) return -1;
    b->buf[b->len++] = cp;
    if (cp > b->maxchar) b->maxchar = cp;
    return 0;
}

int sb_append_utf8(StrBuilder *b, const char *s, size_t n) {
    if (sb_grow(b, n) < 0) return -1;
    const uint8_t *p = (const uint8_t *)s;
    size_t i = 0;
    uint32_t m = b->maxchar;
    while (i < n) {
        uint32_t cp;
        size_t be;
        const char *r;
        int k = utf8_seq(p, n, i, &cp, &be, &r);
        if (k == 0) {
            if (p[i] == 0xED && i + 2 < n) {
                cp = 0xD000 | ((uint32_t)(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
                k = 3;
            } else {
                cp = 0xFFFD;
                k = 1;
            }
        }
        b->buf[b->len++] = cp;
        if (cp > m) m = cp;
        i += k;
    }
    b->maxchar = m;
    return 0;
}

int sb_append_cstr(StrBuilder *b, const char *s) { return sb_append_utf8(b, s, strlen(s)); }

int sb_append_substr(StrBuilder *b, Str *s, int64_t start, int64_t end) {
    if (start < 0) start = 0;
    if (end > s->len) end = s->len;
    if (end <= start) return 0;
    size_t n = (size_t)(end - start);
    if (sb_grow(b, n) < 0) return -1;
    uint32_t *o = b->buf + b->len;
    uint32_t m = b->maxchar;
    if (s->kind == 1) {
        const uint8_t *p = STR_DATA1(s) + start;
        for (size_t i = 0; i < n; i++) o[i] = p[i];
        if (!s->ascii) {
            for (size_t i = 0; i < n; i++)
                if (p[i] > m) m = p[i];
        } else if (m < 127) m = 127;
    } else if (s->kind == 2) {
        const uint16_t *p = STR_DATA2(s) + start;
        for (size_t i = 0; i < n; i++) {
            o[i] = p[i];
            if (p[i] > m) m = p[i];
        }
    } else {
        const uint32_t *p = STR_DATA4(s) + start;
        for (size_t i = 0; i < n; i++) {
            o[i] = p[i];
            if (p[i] > m) m = p[i];
        }
    }
    b->maxchar = m;
    b->len += n;
    return 0;
}

int sb_append_str(StrBuilder *b, Str *s) { return sb_append_substr(b, s, 0, s->len); }

int sb_append_repeat(StrBuilder *b, uint32_t cp, size_t n) {
    if (sb_grow(b, n) < 0) return -1;
    for (size_t i = 0; i < n; i++) b->buf[b->len + i] = cp;
    b->len += n;
    if (n && cp > b->maxchar) b->maxchar = cp;
    return 0;
}

Str *sb_finish(StrBuilder *b) {
    Str *s;
    if (b->len == 0) {
        s = str_empty;
    } else if (b->len == 1 && b->buf[0] < 256) {
        s = str_latin1_char(b->buf[0]);
    } else {
        /* maxchar is exact except that ASCII runs may record 127, which
         * gives the same (canonical) kind and ascii flag. */
        uint32_t m = b->maxchar;
        int kind = str_kind_for(m);
        s = str_alloc((int64_t)b->len, kind, m < 128);
        if (s) {
            if (kind == 1) {
                for (size_t i = 0; i < b->len; i++) s->data[i] = (uint8_t)b->buf[i];
            } else if (kind == 2) {
                uint16_t *d = (uint16_t *)s->data;
                for (size_t i = 0; i < b->len; i++) d[i] = (uint16_t)b->buf[i];
            } else {
                memcpy(s->data, b->buf, b->len * 4);
            }
        }
    }
    sb_free(b);
    return s;
}

/* ---------------------------------------------------------------------
 * str_format: printf subset plus %R %S %T %U %N %A
 */
Str *str_vformat(const char *fmt, va_list ap) {
    StrBuilder b;
    sb_init(&b);
    const char *p = fmt;
    while (*p) {
        const char *q = p;
        while (*q && *q != '%') q++;
        if (q > p && sb_append_utf8(&b, p, (size_t)(q - p)) < 0) goto fail;
        if (!*q) break;
        p = q + 1;
        /* flags, width, precision */
        bool left = false, zero = false;
        while (*p == '-' || *p == '0') {
            if (*p == '-') left = true;
            else zero = true;
            p++;
        }
        long width = -1, prec = -1;
        if (*p == '*') {
            width = va_arg(ap, int);
            p++;
        } else if (*p >= '1' && *p <= '9') {
            width = 0;
            while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        }
        if (*p == '.') {
            p++;
            if (*p == '*') {
                prec = va_arg(ap, int);
                p++;
            } else {
                prec = 0;
                while (*p >= '0' && *p <= '9') prec = prec * 10 + (*p++ - '0');
            }
        }
        int lmod = 0; /* 1 l, 2 ll, 3 z */
        if (*p == 'l') {
            lmod = 1;
            p++;
            if (*p == 'l') { lmod = 2; p++; }
        } else if (*p == 'z') {
            lmod = 3;
            p++;
        } else if (*p == 'h') {
            p++;
        }
        char conv = *p ? *p++ : 0;
        char num[64];
        Str *piece = NULL;
        const char *cpiece = NULL;
        switch (conv) {
        case '%': cpiece = "%"; break;
        case 'd': case 'i': {
            long long v = lmod == 0 ? va_arg(ap, int) : lmod == 1 ? va_arg(ap, long)
                        : lmod == 2 ? va_arg(ap, long long) : (long long)va_arg(ap, ssize_t);
            snprintf(num, sizeof num, "%lld", v);
            cpiece = num;
            break;
        }
        case 'u': case 'x': case 'X': {
            unsigned long long v = lmod == 0 ? va_arg(ap, unsigned) : lmod == 1 ? va_arg(ap, unsigned long)
                                 : lmod == 2 ? va_arg(ap, unsigned long long) : va_arg(ap, size_t);
            snprintf(num, sizeof num, conv == 'u' ? "%llu" : conv == 'x' ? "%llx" : "%llX", v);
            cpiece = num;
            break;
        }
        case 'p': snprintf(num, sizeof num, "%p", va_arg(ap, void *)); cpiece = num; break;
        case 'c': {
            int c = va_arg(ap, int);
            if (sb_append_char(&b, (uint32_t)c) < 0) goto fail;
            continue;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            cpiece = s ? s : "(null)";
            break;
        }
        case 'U': piece = va_arg(ap, Str *); if (!piece) piece = str_from_cstr("(null)"); break;
        case 'R': case 'S': case 'A': {
            Value v = va_arg(ap, Value);
            piece = conv == 'R' ? obj_repr(v) : conv == 'S' ? obj_str(v) : obj_ascii(v);
            if (!piece) goto fail;
            break;
        }
        case 'T': {
            Value v = va_arg(ap, Value);
            cpiece = v ? val_type(v)->name : "NULL";
            break;
        }
        case 'N': {
            Type *t = va_arg(ap, Type *);
            cpiece = t ? t->name : "NULL";
            break;
        }
        default:
            /* unknown conversion: copy it literally */
            if (sb_append_char(&b, '%') < 0) goto fail;
            if (conv && sb_append_char(&b, (uint32_t)conv) < 0) goto fail;
            continue;
        }
        if (cpiece) {
            piece = str_from_cstr(cpiece);
            if (!piece) goto fail;
        }
        int64_t n = piece->len;
        if (prec >= 0 && (conv == 's' || conv == 'U' || conv == 'R' || conv == 'S' || conv == 'A' ||
                          conv == 'T' || conv == 'N') && n > prec)
            n = prec;
        if (width > n && !left && sb_append_repeat(&b, zero ? '0' : ' ', (size_t)(width - n)) < 0) goto fail;
        if (sb_append_substr(&b, piece, 0, n) < 0) goto fail;
        if (width > n && left && sb_append_repeat(&b, ' ', (size_t)(width - n)) < 0) goto fail;
    }
    return sb_finish(&b);
fail:
    sb_free(&b);
    return NULL;
}

Str *str_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Str *s = str_vformat(fmt, ap);
    va_end(ap);
    return s;
}

/* ---------------------------------------------------------------------
 * repr
 */
bool uni_isprintable(uint32_t cp) {
    if (cp < 0x7F) return cp >= 0x20;
    if (cp < 0xA0) return false;
    if (cp > 0x10FFFF) return false;
    utf8proc_category_t c = (utf8proc_category_t)uni_category(cp);
    switch (c) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

static const char hexdig[] = "0123456789abcdef";

Str *str_repr(Str *s) {
    bool has_sq = false, has_dq = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char_at(s, i);
        if (c == '\'') has_sq = true;
        else if (c == '"') has_dq = true;
    }
    uint32_t q = has_sq && !has_dq ? '"' : '\'';
    StrBuilder b;
    sb_init(&b);
    if (sb_grow(&b, (size_t)s->len + 2) < 0) return NULL;
    sb_append_char(&b, q);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char_at(s, i);
        int r = 0;
        if (c == q || c == '\\') {
            r = sb_append_char(&b, '\\');
            if (r == 0) r = sb_append_char(&b, c);
        } else if (c == '\n') r = sb_append_cstr(&b, "\\n");
        else if (c == '\r') r = sb_append_cstr(&b, "\\r");
        else if (c == '\t') r = sb_append_cstr(&b, "\\t");
        else if (c >= 0x20 && c < 0x7F) r = sb_append_char(&b, c);
        else if (c >= 0x7F && uni_isprintable(c)) r = sb_append_char(&b, c);
        else {
            char tmp[12];
            if (c <= 0xFF) {
                tmp[0] = '\\'; tmp[1] = 'x';
                tmp[2] = hexdig[c >> 4]; tmp[3] = hexdig[c & 15]; tmp[4] = 0;
            } else if (c <= 0xFFFF) {
                snprintf(tmp, sizeof tmp, "\\u%04x", c);
            } else {
                snprintf(tmp, sizeof tmp, "\\U%08x", c);
            }
            r = sb_append_cstr(&b, tmp);
        }
        if (r < 0) {
            sb_free(&b);
            return NULL;
        }
    }
    if (sb_append_char(&b, q) < 0) {
        sb_free(&b);
        return NULL;
    }
    return sb_finish(&b);
}
