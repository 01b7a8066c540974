/* str.h - immutable Unicode strings, the string builder, interning.
 *
 * Layout (PEP 393 style): code points stored in the narrowest of 1, 2 or 4
 * bytes per character, chosen by the largest code point, so len() and
 * indexing are O(1) on any text.  Kind-1 data is Latin-1; `ascii` says all
 * code points are < 128, in which case the data is also valid UTF-8.  The
 * data always has a trailing zero code unit (handy for C calls).  A UTF-8
 * copy of non-ASCII strings is made on demand and cached in `utf8`.
 *
 * Strings are immutable once published; `hash` and `utf8` are caches that
 * racing threads may fill concurrently with identical values (relaxed
 * atomic stores; a reader sees either "not computed" or the final value).
 */
#ifndef WEFT_STR_H
#define WEFT_STR_H

#include "../object.h"

typedef struct Bytes Bytes;

struct Str {
    Obj hdr;
    int64_t len;        /* code points */
    int64_t hash;       /* -1: not yet computed */
    uint8_t kind;       /* 1, 2 or 4 bytes per code point */
    uint8_t ascii;      /* all code points < 128 */
    uint8_t interned;
    Bytes *utf8;        /* cached UTF-8 for non-ASCII strings, or NULL */
    _Alignas(8) uint8_t data[]; /* len+1 code units of `kind` bytes */
};

#define STR_KIND(s) ((s)->kind)
#define STR_DATA1(s) ((const uint8_t *)(s)->data)
#define STR_DATA2(s) ((const uint16_t *)(s)->data)
#define STR_DATA4(s) ((const uint32_t *)(s)->data)
static inline uint32_t str_char_at(const Str *s, int64_t i) {
    switch (s->kind) {
    case 1: return ((const uint8_t *)s->data)[i];
    case 2: return ((const uint16_t *)s->data)[i];
    default: return ((const uint32_t *)s->data)[i];
    }
}
#define IS_STR(v) (IS_OBJ(v) && TYPE_FLAG(v, TF_STR_SUBCLASS))
#define IS_STR_EXACT(v) IS_EXACT(v, str_type)

/* Construction.  Input UTF-8 must be valid unless the function validates. */
Str *str_from_utf8(const char *s, size_t n);          /* trusted UTF-8 */
Str *str_decode_utf8(const char *s, size_t n, const char *errors); /* validates: UnicodeDecodeError */
Str *str_from_cstr(const char *s);
Str *str_from_latin1(const uint8_t *s, size_t n);
Str *str_from_ucs4(const uint32_t *s, size_t n);
Str *str_from_char(uint32_t cp);                        /* chr(cp) */
/* A zeroed string of `len` code points of `kind`, to be filled by the caller
 * before it is published (the one exception to "strings are immutable"). */
Str *str_alloc(int64_t len, int kind, bool ascii);
/* Allocate a str of a subclass type (str.__new__(MyStr, ...)). */
Str *str_subtype_new(Type *t, Str *value);
extern Str *str_empty;                                  /* '' (interned) */
extern Type str_iter_type;                              /* iter(str) */

/* UTF-8 view: valid until the string dies; *len_out may be NULL. */
const char *str_utf8(Str *s, size_t *len_out);
/* Same as str_utf8 but ASCII/UTF-8 C string; for messages and C APIs. */
#define STR_CSTR(s) str_utf8((s), NULL)

int64_t str_hash(Str *s);
bool str_eq(Str *a, Str *b);                 /* content equality */
bool str_eq_cstr(Str *a, const char *s);     /* compare with ASCII/UTF-8 C string */
int str_compare(Str *a, Str *b);             /* <0, 0, >0 by code point */
Str *str_concat(Str *a, Str *b);
Str *str_slice(Str *s, int64_t start, int64_t stop); /* clamped, step 1 */
int64_t str_find(Str *hay, Str *needle, int64_t start, int64_t end); /* -1 if absent */

/* Interning: one canonical Str per content.  Interned strings live forever
 * (the table is a GC root).  Identifiers are always interned, so attribute
 * and global lookups compare pointers first. */
Str *str_intern(Str *s);
Str *str_intern_cstr(const char *s);
/* The `interned` flag, set (relaxed) on strings other threads may hold. */
static inline bool str_is_interned(Str *s) { return __atomic_load_n(&s->interned, __ATOMIC_RELAXED); }
/* ID(name): the interned Str for the identifier `name`, cached per call site.
 * Racing first uses store the same pointer; acquire/release so that a
 * thread that sees the pointer also sees the string it points to. */
#define ID(name)                                                            \
    ({                                                                      \
        static Str *id_cache_;                                              \
        Str *id_s_ = __atomic_load_n(&id_cache_, __ATOMIC_ACQUIRE);         \
        if (__builtin_expect(!id_s_, 0)) {                                  \
            id_s_ = str_intern_cstr(#name);                                 \
            __atomic_store_n(&id_cache_, id_s_, __ATOMIC_RELEASE);          \
        }                                                                   \
        id_s_;                                                              \
    })

/* Unicode character names (str_uniname.c, Unicode 14.0 as CPython 3.11):
 * uni_lookup_name resolves a name, case-insensitively, as "\N{name}" does
 * (false if unknown; no exception); uni_char_name gives a code point's name
 * or NULL (no exception) if it has none. */
bool uni_lookup_name(const char *name, size_t n, uint32_t *out);
Str *uni_char_name(uint32_t cp);

/* printf-like formatting into a Str; see error.h for the conversions. */
Str *str_format(const char *fmt, ...);
Str *str_vformat(const char *fmt, __builtin_va_list ap);

/* repr() of a str: quotes and escapes as CPython. */
Str *str_repr(Str *s);

/* ---- StrBuilder: accumulates text in malloc()ed memory (holds no GC
 * pointers, so it is safe across collections), then makes one Str. ---- */
typedef struct StrBuilder {
    uint32_t *buf;       /* code points */
    size_t len, cap;
    uint32_t maxchar;
    uint32_t inline_buf[64];
} StrBuilder;
void sb_init(StrBuilder *b);
void sb_free(StrBuilder *b);           /* discard without making a Str */
int sb_append_char(StrBuilder *b, uint32_t cp);   /* -1: MemoryError set */
int sb_append_cstr(StrBuilder *b, const char *utf8);
int sb_append_utf8(StrBuilder *b, const char *utf8, size_t n);
int sb_append_str(StrBuilder *b, Str *s);
int sb_append_substr(StrBuilder *b, Str *s, int64_t start, int64_t end);
int sb_append_repeat(StrBuilder *b, uint32_t cp, size_t n);
Str *sb_finish(StrBuilder *b);         /* makes the Str and frees the buffer */

/* ---- the format mini-language (format.c) ---- */
typedef struct FormatSpec {
    uint32_t fill;       /* default ' ' */
    char align;          /* '<' '>' '^' '=' or 0 for default */
    char sign;           /* '+' '-' ' ' or 0 */
    bool alt;            /* '#' */
    bool zero;           /* '0' given before width */
    int64_t width;       /* -1 if absent */
    char grouping;       /* ',' '_' or 0 */
    int64_t precision;   /* -1 if absent */
    char type;           /* presentation type or 0 */
    bool no_neg_zero;    /* 'z' */
} FormatSpec;
/* Parse a format spec; ValueError with CPython's wording on bad input. */
int format_spec_parse(Str *spec, FormatSpec *out);
/* The same, naming the formatted type in "Invalid format specifier ... for
 * object of type 'X'" (format_spec_parse uses the type format() is
 * formatting, from a thread-local, or "object"). */
int format_spec_parse_typed(Str *spec, FormatSpec *out, const char *type_name);
/* Helpers for numeric __format__ implementations: append value formatted
 * per spec (padding, sign, grouping, '#', '=' alignment, 'z'), or -1. */
int format_int_spec(StrBuilder *b, Value v, const FormatSpec *spec);
int format_float_spec(StrBuilder *b, double d, const FormatSpec *spec, const char *type_name);
/* str.__format__(spec). */
Str *str_format_spec(Str *s, Str *spec);
/* Pad `body` per spec (fill/align/width) into b; default_align for when
 * spec->align is 0. */
int format_pad(StrBuilder *b, const FormatSpec *spec, Str *body, char default_align);
/* format(value, spec): calls type(value).__format__. */
Str *format_value(Value v, Str *spec);
/* str.format machinery shared by str.format and format_map. */
Str *str_format_method(Str *fmt, Value *args, size_t nargs, Tuple *kwnames, Value mapping);
/* printf-style `fmt % args` for str. */
Value str_percent_format(Str *fmt, Value args);
/* sep.join(iterable) */
Value str_join(Str *sep, Value iterable);
/* Encode/decode by codec name: utf-8, ascii, latin-1 (and aliases). */
Value str_encode(Str *s, const char *encoding, const char *errors);
Value str_decode(const uint8_t *p, int64_t n, const char *encoding, const char *errors);

#endif
