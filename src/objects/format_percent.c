/* format_percent.c - printf-style formatting: `str % args` and
 * `bytes % args` (one engine over code points; bytes output is built from
 * code points < 256).
 *
 * Thread-safety: pure function of its arguments.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "str_impl.h"

typedef struct PctSrc {
    Str *s;              /* str format */
    const uint8_t *b;    /* bytes format */
    int64_t len;
} PctSrc;

static inline uint32_t src_at(const PctSrc *p, int64_t i) { return p->s ? str_char_at(p->s, i) : p->b[i]; }

/* Append an integer formatted per %-flags. */
static int pct_int(StrBuilder *out, Value v, char conv, bool left, bool plus, bool space, bool alt, bool zero,
                   int64_t width, int64_t prec) {
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    Value iv = int_unwrap(v);
    if (!iv) return -1;
    int sign = int_sign(iv);
    Str *ds = int_to_str(iv, base);
    if (!ds) return -1;
    const char *d = STR_CSTR(ds);
    int64_t n = ds->len;
    if (d[0] == '-') { d++; n--; }
    const char *prefix = "";
    if (alt) prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : conv == 'X' ? "0X" : "";
    char signc = sign < 0 ? '-' : plus ? '+' : space ? ' ' : 0;
    int64_t ndig = prec > n ? prec : n;
    int64_t body = ndig + (signc ? 1 : 0) + (int64_t)strlen(prefix);
    int64_t pad = width > body ? width - body : 0;
    if (!left && !zero && sb_append_repeat(out, ' ', (size_t)pad) < 0) return -1;
    if (signc && sb_append_char(out, (uint32_t)signc) < 0) return -1;
    if (sb_append_cstr(out, prefix) < 0) return -1;
    if (!left && zero && sb_append_repeat(out, '0', (size_t)pad) < 0) return -1;
    if (sb_append_repeat(out, '0', (size_t)(ndig - n)) < 0) return -1;
    for (int64_t i = 0; i < n; i++)
        if (sb_append_char(out, (uint32_t)(conv == 'X' && d[i] >= 'a' ? d[i] - 32 : d[i])) < 0) return -1;
    if (left && sb_append_repeat(out, ' ', (size_t)pad) < 0) return -1;
    return 0;
}

static int pct_float(StrBuilder *out, double d, char conv, bool left, bool plus, bool space, bool alt, bool zero,
                     int64_t width, int64_t prec) {
    if (prec < 0) prec = 6;
    if (prec > 10000) prec = 10000;
    char f[16], *p = f;
    *p++ = '%';
    if (plus) *p++ = '+';
    else if (space) *p++ = ' ';
    if (alt) *p++ = '#';
    *p++ = '.';
    *p++ = '*';
    *p++ = conv;
    *p = 0;
    int need = snprintf(NULL, 0, f, (int)prec, d);
    char *buf = malloc((size_t)need + 1);
    if (!buf) {
        err_no_memory();
        return -1;
    }
    snprintf(buf, (size_t)need + 1, f, (int)prec, d);
    if (isnan(d) && buf[0] == '-') memmove(buf, buf + 1, strlen(buf)); /* never "-nan" */
    int64_t n = (int64_t)strlen(buf);
    int64_t pad = width > n ? width - n : 0;
    bool numeric = isfinite(d);
    int r = 0;
    if (!left && zero && numeric) {
        int64_t k = 0;
        if (buf[0] == '-' || buf[0] == '+' || buf[0] == ' ') {
            r |= sb_append_char(out, (uint32_t)buf[0]);
            k = 1;
        }
        r |= sb_append_repeat(out, '0', (size_t)pad);
        r |= sb_append_cstr(out, buf + k);
    } else {
        if (!left) r |= sb_append_repeat(out, ' ', (size_t)pad);
        r |= sb_append_cstr(out, buf);
        if (left) r |= sb_append_repeat(out, ' ', (size_t)pad);
    }
    free(buf);
    return r ? -1 : 0;
}

static int pct_text(StrBuilder *out, Str *s, bool left, int64_t width, int64_t prec) {
    int64_t n = s->len;
    if (prec >= 0 && prec < n) n = prec;
    int64_t pad = width > n ? width - n : 0;
    if (!left && sb_append_repeat(out, ' ', (size_t)pad) < 0) return -1;
    if (sb_append_substr(out, s, 0, n) < 0) return -1;
    if (left && sb_append_repeat(out, ' ', (size_t)pad) < 0) return -1;
    return 0;
}

static int pct_bytes(StrBuilder *out, const uint8_t *p, int64_t n, bool left, int64_t width, int64_t prec) {
    if (prec >= 0 && prec < n) n = prec;
    int64_t pad = width > n ? width - n : 0;
    if (!left && sb_append_repeat(out, ' ', (size_t)pad) < 0) return -1;
    for (int64_t i = 0; i < n; i++)
        if (sb_append_char(out, p[i]) < 0) return -1;
    if (left && sb_append_repeat(out, ' ', (size_t)pad) < 0) return -1;
    return 0;
}

/* Encode repr/ascii text to ASCII bytes for bytes %r/%a. */
static Str *ascii_of(Value v) { return obj_ascii(v); }

Value percent_format(Value fmtv, Value args, bool is_bytes) {
    PctSrc src = {0};
    if (is_bytes) {
        if (bytes_view(fmtv, &src.b, &src.len) < 0) return VNULL;
    } else {
        src.s = AS(Str, fmtv);
        src.len = src.s->len;
    }
    Value *items;
    int64_t nitems, argi = 0;
    Value single = args;
    bool tuple_args = IS_TUPLE(args);
    if (tuple_args) {
        items = AS(Tuple, args)->items;
        nitems = tuple_len(AS(Tuple, args));
    } else {
        items = &single;
        nitems = 1;
    }
    Value dict = VNULL;
    if (!tuple_args && val_type(args)->getitem && !IS_STR(args) && !IS_BYTES(args) &&
        !(is_bytes && IS_BYTEARRAY(args)))
        dict = args;
    StrBuilder out;
    sb_init(&out);
    int64_t i = 0;
    const char *what = is_bytes ? "bytes" : "string";
    while (i < src.len) {
        uint32_t c = src_at(&src, i);
        if (c != '%') {
            int64_t j = i;
            while (j < src.len && src_at(&src, j) != '%') j++;
            if (src.s) {
                if (sb_append_substr(&out, src.s, i, j) < 0) goto fail;
            } else {
                for (int64_t k = i; k < j; k++)
                    if (sb_append_char(&out, src.b[k]) < 0) goto fail;
            }
            i = j;
            continue;
        }
        int64_t spec_start = i;
        (void)spec_start;
        i++;
        Value arg = VNULL;
        bool have_key = false;
        if (i < src.len && src_at(&src, i) == '(') {
            if (!dict) {
                err_str(&TypeError_type, "format requires a mapping");
                goto fail;
            }
            int depth = 1;
            int64_t ks = ++i;
            while (i < src.len && depth > 0) {
                uint32_t d = src_at(&src, i);
                if (d == '(') depth++;
                else if (d == ')') depth--;
                i++;
            }
            if (depth > 0) {
                err_str(&ValueError_type, "incomplete format key");
                goto fail;
            }
            Value key;
            if (src.s) {
                Str *k = str_substr(src.s, ks, i - 1);
                if (!k) goto fail;
                key = OBJ_VAL(k);
            } else {
                Bytes *k = bytes_new(src.b + ks, (size_t)(i - 1 - ks));
                if (!k) goto fail;
                key = OBJ_VAL(k);
            }
            arg = obj_getitem(dict, key);
            if (!arg) goto fail;
            have_key = true;
        }
        bool left = false, plus = false, space = false, alt = false, zero = false;
        for (; i < src.len; i++) {
            uint32_t d = src_at(&src, i);
            if (d == '-') left = true;
            else if (d == '+') plus = true;
            else if (d == ' ') space = true;
            else if (d == '#') alt = true;
            else if (d == '0') zero = true;
            else break;
        }
        int64_t width = -1, prec = -1;
        if (i < src.len && src_at(&src, i) == '*') {
            i++;
            if (argi >= nitems) {
                err_str(&TypeError_type, "not enough arguments for format string");
                goto fail;
            }
            Value w = items[argi++];
            if (!IS_INTLIKE(w)) {
                err_str(&TypeError_type, "* wants int");
                goto fail;
            }
            if (int_as_i64(w, &width) < 0) goto fail;
            if (width < 0) {
                left = true;
                width = -width;
            }
        } else {
            while (i < src.len && src_at(&src, i) >= '0' && src_at(&src, i) <= '9') {
                if (width < 0) width = 0;
                width = width * 10 + (src_at(&src, i) - '0');
                if (width > INT32_MAX) {
                    err_str(&ValueError_type, "width too big");
                    goto fail;
                }
                i++;
            }
        }
        if (i < src.len && src_at(&src, i) == '.') {
            i++;
            prec = 0;
            if (i < src.len && src_at(&src, i) == '*') {
                i++;
                if (argi >= nitems) {
                    err_str(&TypeError_type, "not enough arguments for format string");
                    goto fail;
                }
                Value w = items[argi++];
                if (!IS_INTLIKE(w)) {
                    err_str(&TypeError_type, "* wants int");
                    goto fail;
                }
                if (int_as_i64(w, &prec) < 0) goto fail;
                if (prec < 0) prec = 0;
            } else {
                while (i < src.len && src_at(&src, i) >= '0' && src_at(&src, i) <= '9') {
                    prec = prec * 10 + (src_at(&src, i) - '0');
                    if (prec > INT32_MAX) {
                        err_str(&ValueError_type, "precision too big");
                        goto fail;
                    }
                    i++;
                }
            }
        }
        while (i < src.len && (src_at(&src, i) == 'h' || src_at(&src, i) == 'l' || src_at(&src, i) == 'L')) i++;
        if (i >= src.len) {
            err_str(&ValueError_type, "incomplete format");
            goto fail;
        }
        uint32_t conv = src_at(&src, i++);
        if (conv == '%') {
            if (sb_append_char(&out, '%') < 0) goto fail;
            continue;
        }
        if (!have_key) {
            if (argi >= nitems) {
                err_str(&TypeError_type, "not enough arguments for format string");
                goto fail;
            }
            arg = items[argi++];
        }
        int r = 0;
        switch (conv) {
        case 's': case 'r': case 'a': case 'b': {
            if (is_bytes) {
                if (conv == 'r' || conv == 'a') {
                    Str *t = ascii_of(arg);
                    if (!t) goto fail;
                    r = pct_text(&out, t, left, width, prec);
                    break;
                }
                const uint8_t *p;
                int64_t n;
                if (IS_BYTES(arg) || IS_BYTEARRAY(arg)) {
                    if (bytes_view(arg, &p, &n) < 0) goto fail;
                } else {
                    bool found = true;
                    Value bv = obj_call_special(arg, ID(__bytes__), NULL, 0, &found);
                    if (!bv) {
                        if (!found && !err_occurred())
                            err_format(&TypeError_type,
                                       "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                                       val_type(arg)->name);
                        goto fail;
                    }
                    if (!IS_BYTES(bv)) {
                        err_format(&TypeError_type, "__bytes__ returned non-bytes (type %s)", val_type(bv)->name);
                        goto fail;
                    }
                    p = AS(Bytes, bv)->data;
                    n = AS(Bytes, bv)->len;
                }
                r = pct_bytes(&out, p, n, left, width, prec);
                break;
            }
            if (conv == 'b') goto unsupported;
            Str *t = conv == 's' ? obj_str(arg) : conv == 'r' ? obj_repr(arg) : obj_ascii(arg);
            if (!t) goto fail;
            r = pct_text(&out, t, left, width, prec);
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
            Value iv = arg;
            if (!IS_INTLIKE(arg)) {
                bool dec = conv == 'd' || conv == 'i' || conv == 'u';
                if (dec && IS_FLOAT(arg)) {
                    iv = int_from_double(float_val(arg));
                } else if (IS_OBJ(arg) && val_type(arg)->nb_index) {
                    iv = num_index(arg);
                } else if (dec && IS_OBJ(arg) && val_type(arg)->nb_int) {
                    iv = val_type(arg)->nb_int(arg);
                } else {
                    if (dec)
                        err_format(&TypeError_type, "%%%c format: a real number is required, not %s", (int)conv,
                                   val_type(arg)->name);
                    else
                        err_format(&TypeError_type, "%%%c format: an integer is required, not %s", (int)conv,
                                   val_type(arg)->name);
                    goto fail;
                }
                if (!iv) goto fail;
            }
            r = pct_int(&out, iv, (char)conv, left, plus, space, alt, zero, width, prec);
            break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double d;
            if (IS_FLOAT(arg)) d = float_val(arg);
            else if (num_to_double(arg, &d) < 0) {
                if (err_matches(&TypeError_type)) {
                    err_clear();
                    err_format(&TypeError_type, "must be real number, not %s", val_type(arg)->name);
                }
                goto fail;
            }
            r = pct_float(&out, d, (char)conv, left, plus, space, alt, zero, width, prec);
            break;
        }
        case 'c': {
            uint32_t ch;
            if (is_bytes) {
                if (IS_INTLIKE(arg)) {
                    int64_t v;
                    if (int_as_i64(arg, &v) < 0 || v < 0 || v > 255) {
                        err_clear();
                        err_str(&OverflowError_type, "%c arg not in range(256)");
                        goto fail;
                    }
                    ch = (uint32_t)v;
                } else if ((IS_BYTES(arg) || IS_BYTEARRAY(arg))) {
                    const uint8_t *p;
                    int64_t n;
                    if (bytes_view(arg, &p, &n) < 0) goto fail;
                    if (n != 1) goto badc_bytes;
                    ch = p[0];
                } else {
                badc_bytes:
                    err_str(&TypeError_type, "%c requires an integer in range(256) or a single byte");
                    goto fail;
                }
            } else if (IS_STR(arg)) {
                if (AS(Str, arg)->len != 1) {
                    err_str(&TypeError_type, "%c requires int or char");
                    goto fail;
                }
                ch = str_char_at(AS(Str, arg), 0);
            } else if (IS_INTLIKE(arg)) {
                int64_t v;
                if (int_as_i64(arg, &v) < 0 || v < 0 || v > 0x10FFFF) {
                    err_clear();
                    err_str(&OverflowError_type, "%c arg not in range(0x110000)");
                    goto fail;
                }
                ch = (uint32_t)v;
            } else {
                err_str(&TypeError_type, "%c requires int or char");
                goto fail;
            }
            Str *t = str_from_char(ch);
            if (!t) goto fail;
            r = pct_text(&out, t, left, width, -1);
            break;
        }
        default:
        unsupported:
            if (conv >= 32 && conv < 127)
                err_format(&ValueError_type, "unsupported format character '%c' (0x%x) at index %lld", (int)conv,
                           conv, (long long)(i - 1));
            else
                err_format(&ValueError_type, "unsupported format character '\\x%x' (0x%x) at index %lld", conv, conv,
                           (long long)(i - 1));
            goto fail;
        }
        if (r < 0) goto fail;
    }
    if (argi < nitems && !dict) {
        err_format(&TypeError_type, "not all arguments converted during %s formatting", is_bytes ? "bytes" : "string");
        goto fail;
    }
    (void)what;
    if (is_bytes) {
        Bytes *b = bytes_alloc((int64_t)out.len);
        if (!b) goto fail;
        for (size_t k = 0; k < out.len; k++) b->data[k] = (uint8_t)out.buf[k];
        sb_free(&out);
        return OBJ_VAL(b);
    }
    Str *s = sb_finish(&out);
    return s ? OBJ_VAL(s) : VNULL;
fail:
    sb_free(&out);
    return VNULL;
}

Value str_percent_format(Str *fmt, Value args) { return percent_format(OBJ_VAL(fmt), args, false); }
