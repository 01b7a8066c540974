/* str_impl.h - helpers shared by the str, format and bytes files (private to
 * src/objects/str*.c, format*.c, bytes*.c, bytearray*.c). */
#ifndef WEFT_STR_IMPL_H
#define WEFT_STR_IMPL_H

#include <stdlib.h>

#include "../runtime.h"

/* Width in bytes needed for code point `maxchar`. */
static inline int str_kind_for(uint32_t maxchar) {
    return maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4;
}
static inline void str_set_char(Str *s, int64_t i, uint32_t cp) {
    switch (s->kind) {
    case 1: ((uint8_t *)s->data)[i] = (uint8_t)cp; break;
    case 2: ((uint16_t *)s->data)[i] = (uint16_t)cp; break;
    default: ((uint32_t *)s->data)[i] = cp; break;
    }
}
/* Largest code point of s[start:end]. */
uint32_t str_max_char(Str *s, int64_t start, int64_t end);
/* A new exact str from code points of s (or of a subclass instance). */
Str *str_exact(Str *s);
/* Substring with the narrowest kind. */
Str *str_substr(Str *s, int64_t start, int64_t end);
/* chr() for cp < 256 without allocating. */
Str *str_latin1_char(uint32_t cp);
/* Value -> Str check with CPython-like "must be str, not X" error. */
Str *str_arg(Value v, const char *fname, const char *argname);
/* Hash raw bytes (also used by bytes); never -1. */
int64_t hash_bytes(const void *p, size_t n);
/* Unicode printability as repr() and str.isprintable() see it. */
bool uni_isprintable(uint32_t cp);
/* Encode s as UTF-8 into a new Bytes. errors: strict, surrogatepass,
 * surrogateescape, ignore, replace, backslashreplace. */
Bytes *str_encode_utf8(Str *s, const char *errors);
Bytes *str_encode_8bit(Str *s, const char *encoding, uint32_t limit, const char *errors);
/* Decode latin-1/ascii bytes. */
Str *str_decode_8bit(const uint8_t *p, size_t n, const char *encoding, uint32_t limit, const char *errors);
/* Generic encode/decode by encoding name (utf-8, ascii, latin-1 ...). */
/* Raise UnicodeDecodeError/UnicodeEncodeError. */
void raise_decode_error(const char *enc, const uint8_t *data, int64_t n, int64_t start, int64_t end, const char *reason);
void raise_encode_error(const char *enc, Str *s, int64_t start, int64_t end, const char *reason);

/* Index argument for slices/methods: None -> default; __index__ otherwise.
 * Returns -1 with TypeError set. */
int idx_arg(Value v, int64_t *out);
/* Normalise start/end like CPython's ADJUST_INDICES. */
static inline void adjust_indices(int64_t *start, int64_t *end, int64_t len) {
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}
/* Argument-count checks with CPython's "f() takes at most N arguments (M
 * given)" wording (the old getargs style that str methods use). */
int str_args_check(const char *fname, size_t nargs, Tuple *kwnames, size_t min, size_t max);

/* Generic byte search used by bytes, bytearray and kind-1 str. */
int64_t bytes_find_raw(const uint8_t *h, int64_t hn, const uint8_t *n, int64_t nn, int64_t start, int64_t end);
int64_t bytes_rfind_raw(const uint8_t *h, int64_t hn, const uint8_t *n, int64_t nn, int64_t start, int64_t end);
int64_t bytes_count_raw(const uint8_t *h, int64_t hn, const uint8_t *n, int64_t nn, int64_t start, int64_t end, int64_t maxcount);

/* Shared %-format engine over code points; for bytes when is_bytes (then
 * returns Bytes). */
Value percent_format(Value fmt, Value args, bool is_bytes);
/* Unicode classes (str_methods.c). */
bool uni_isspace(uint32_t c);
int uni_category(uint32_t c); /* utf8proc_category_t, Unicode 14 assignments */
bool uni_isalpha(uint32_t c);
bool uni_isdecimal(uint32_t c);
bool uni_isdigit(uint32_t c);
bool uni_isnumeric(uint32_t c);
/* Keyword binding with the old getargs wording. */
int str_kwbind(const char *fname, Value *args, size_t nargs, Tuple *kw, const char *const *names, size_t max,
               Value *out);
/* A stable tuple of a sequence's items; TypeError notiter_msg if not iterable. */
Tuple *seq_snapshot(Value v, const char *notiter_msg);


#endif
