/* int_methods.c - int <-> text, int(), __format__, and int's methods and
 * attributes (bit_length, to_bytes, from_bytes, as_integer_ratio, ...).
 *
 * Decimal conversions in both directions honour int_max_str_digits
 * (CPython 3.11's limit, default 4300 digits; 0 means unlimited); bases that
 * are powers of two are exempt, as in CPython.
 *
 * Thread-safety: ints are immutable.  int_max_str_digits is one int read
 * and written with relaxed atomics (sys.set_int_max_str_digits).
 */
#include <ctype.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime.h"

int int_max_str_digits = 4300;

static int max_digits(void) { return __atomic_load_n(&int_max_str_digits, __ATOMIC_RELAXED); }

/* ---- int -> str ---- */

Str *int_to_str(Value v, int base) {
    char small[80];
    if (IS_INT(v) && base == 10) {
        int n = snprintf(small, sizeof small, "%lld", (long long)INT_VAL(v));
        return str_from_utf8(small, (size_t)n);
    }
    IntView iv;
    int_view(v, &iv);
    if (base == 10) {
        int lim = max_digits();
        if (lim > 0 && mpz_sizeinbase(iv.z, 10) > (size_t)lim + 1) goto too_many;
    }
    size_t need = mpz_sizeinbase(iv.z, base) + 2;
    char *buf = need <= sizeof small ? small : malloc(need);
    if (!buf) return (Str *)err_no_memory();
    mpz_get_str(buf, base, iv.z);
    size_t len = strlen(buf);
    if (base == 10) {
        int lim = max_digits();
        size_t nd = len - (buf[0] == '-');
        if (lim > 0 && nd > (size_t)lim) {
            if (buf != small) free(buf);
            goto too_many;
        }
    }
    Str *s = str_from_utf8(buf, len);
    if (buf != small) free(buf);
    return s;
too_many:
    err_format(&ValueError_type,
               "Exceeds the limit (%d digits) for integer string conversion; "
               "use sys.set_int_max_str_digits() to increase the limit",
               max_digits());
    return NULL;
}

/* ---- text -> int ---- */

static int digit_value(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'z') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'Z') return (int)(c - 'A' + 10);
    return 99;
}

/* Unicode decimal digits (Nd) other than ASCII: the common blocks where
 * digits are contiguous runs of ten starting at a multiple of 16 or at a
 * known zero.  Returns -1 when c is not one. */
static int unicode_decimal(uint32_t c) {
    static const uint32_t zeros[] = {
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66,
        0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0,
        0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40,
        0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
        0xFF10, 0x104A0, 0x11066, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
    };
    for (size_t i = 0; i < sizeof zeros / sizeof zeros[0]; i++)
        if (c >= zeros[i] && c < zeros[i] + 10) return (int)(c - zeros[i]);
    return -1;
}

static bool is_space(uint32_t c) {
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c == 0x85 ||
           c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
           c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

static Value digits_to_int(const char *digits, size_t n, int base, bool neg) {
    if (n <= 15 && base <= 16) {
        int64_t r = 0;
        for (size_t i = 0; i < n; i++) r = r * base + digit_value((unsigned char)digits[i]);
        return MK_INT(neg ? -r : r);
    }
    char *buf = malloc(n + 1);
    if (!buf) return err_no_memory();
    memcpy(buf, digits, n);
    buf[n] = 0;
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, buf, base);
    free(buf);
    if (neg) mpz_neg(z, z);
    Value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

Value int_from_digits(const char *digits, size_t n, int base) {
    /* the parser may leave underscores in */
    char tmp[64] = {0};
    char *buf = n < sizeof tmp ? tmp : malloc(n + 1);
    if (!buf) return err_no_memory();
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (digits[i] != '_') buf[k++] = digits[i];
    while (k > 1 && buf[0] == '0') { memmove(buf, buf + 1, --k); }
    Value r = digits_to_int(buf, k, base, false);
    if (buf != tmp) free(buf);
    return r;
}

static Value invalid_literal(Value orig, int base) {
    return err_format(&ValueError_type, "invalid literal for int() with base %d: %R", base, orig);
}

/* Parse code points cps[0..n) per int(str, base).  `orig` is the object
 * shown in the error message. */
static Value parse_int(const uint32_t *cps, size_t n, int base, Value orig) {
    size_t i = 0, end = n;
    int obase = base;
    while (i < end && is_space(cps[i])) i++;
    while (end > i && is_space(cps[end - 1])) end--;
    bool neg = false;
    if (i < end && (cps[i] == '+' || cps[i] == '-')) {
        neg = cps[i] == '-';
        i++;
    }
    bool prefixed = false;
    if (i + 1 < end && cps[i] == '0') {
        uint32_t c = cps[i + 1] | 0x20;
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            i += 2;
            prefixed = true;
        }
    }
    bool zero_only = false;
    if (base == 0) {
        base = 10;
        if (i < end && cps[i] == '0') zero_only = true; /* "010" is invalid */
    }
    char stackbuf[128];
    size_t cap = end - i + 1;
    char *buf = cap <= sizeof stackbuf ? stackbuf : malloc(cap);
    if (!buf) return err_no_memory();
    size_t nd = 0;
    bool prev_us = prefixed; /* an underscore may follow a prefix */
    bool ok = i < end;
    if (ok && cps[i] == '_' && !prefixed) ok = false;
    for (size_t j = i; ok && j < end; j++) {
        uint32_t c = cps[j];
        if (c == '_') {
            if (prev_us && !(prefixed && j == i)) { ok = false; break; }
            if (j + 1 == end) { ok = false; break; }
            prev_us = true;
            continue;
        }
        prev_us = false;
        int d = c < 128 ? digit_value(c) : unicode_decimal(c);
        if (d < 0 || d >= base) { ok = false; break; }
        if (zero_only && d != 0) { ok = false; break; }
        buf[nd++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
    }
    if (!ok || nd == 0) {
        if (buf != stackbuf) free(buf);
        return invalid_literal(orig, obase);
    }
    size_t skip = 0;
    while (skip + 1 < nd && buf[skip] == '0') skip++;
    int lim = max_digits();
    if (lim > 0 && (base & (base - 1)) != 0 && nd > (size_t)lim) {
        if (buf != stackbuf) free(buf);
        return err_format(&ValueError_type,
                          "Exceeds the limit (%d digits) for integer string conversion: "
                          "value has %zu digits; use sys.set_int_max_str_digits() "
                          "to increase the limit",
                          lim, nd);
    }
    Value r = digits_to_int(buf + skip, nd - skip, base, neg);
    if (buf != stackbuf) free(buf);
    return r;
}

static Value parse_int_str(Str *s, int base) {
    uint32_t small[64] = {0};
    size_t n = (size_t)s->len;
    uint32_t *cps = n <= 64 ? small : malloc(n * sizeof(uint32_t));
    if (!cps) return err_no_memory();
    for (size_t i = 0; i < n; i++) cps[i] = str_char_at(s, (int64_t)i);
    Value r = parse_int(cps, n, base, OBJ_VAL(s));
    if (cps != small) free(cps);
    return r;
}

Value int_from_string(Str *s, int base) { return parse_int_str(s, base); }

static Value parse_int_bytes(const uint8_t *p, int64_t n, int base, Value orig) {
    uint32_t small[64] = {0};
    uint32_t *cps = n <= 64 ? small : malloc((size_t)n * sizeof(uint32_t));
    if (!cps) return err_no_memory();
    for (int64_t i = 0; i < n; i++) cps[i] = p[i] < 128 ? p[i] : 0xFFFF; /* non-ASCII: invalid */
    Value r = parse_int(cps, (size_t)n, base, orig);
    if (cps != small) free(cps);
    return r;
}

/* ---- int() ---- */

static Value int_result_check(Value r, const char *what, Value x) {
    if (!r) return VNULL;
    if (!IS_INTLIKE(r))
        return err_format(&TypeError_type, "%s returned non-int (type %T)", what, r);
    return int_unwrap(r);
}

static Value int_from_object(Value x) {
    if (IS_INTLIKE(x)) {
        Type *t = val_type(x);
        if (t == &int_type || t == &bool_type || !(t->flags & TF_HEAPTYPE) || !t->nb_int)
            return int_unwrap(x);
        return int_result_check(t->nb_int(x), "__int__", x);
    }
    if (IS_FLOAT_EXACT(x)) return int_from_double(float_val(x));
    if (IS_STR(x)) return parse_int_str(AS(Str, x), 10);
    if (IS_BYTES(x) || IS_BYTEARRAY(x)) {
        const uint8_t *p;
        int64_t n;
        if (bytes_view(x, &p, &n) < 0) return VNULL;
        return parse_int_bytes(p, n, 10, x);
    }
    Type *t = val_type(x);
    if (t->nb_int) return int_result_check(t->nb_int(x), "__int__", x);
    if (t->nb_index) return int_result_check(t->nb_index(x), "__index__", x);
    bool found = false;
    Value r = obj_call_special(x, ID(__trunc__), NULL, 0, &found);
    if (found) {
        if (!r) return VNULL;
        if (IS_INTLIKE(r)) return int_unwrap(r);
        Type *rt = val_type(r);
        if (rt->nb_index) return int_result_check(rt->nb_index(r), "__index__", r);
        return err_format(&TypeError_type, "__trunc__ returned non-Integral (type %T)", r);
    }
    if (IS_FLOAT(x)) return int_from_double(float_val(x));
    return err_format(&TypeError_type,
                      "int() argument must be a string, a bytes-like object or a real number, not '%T'",
                      x);
}

Value int_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const names[] = {"", "base"};
    Value a[2] = {VNULL, VNULL};
    for (int64_t i = 0; kwnames && i < tuple_len(kwnames); i++) {
        Str *k = AS(Str, tuple_get(kwnames, i));
        if (!str_eq_cstr(k, "base"))
            return err_format(&TypeError_type, "'%U' is an invalid keyword argument for int()", k);
    }
    if (args_bind("int", args, nargs, kwnames, names, 0, 2, a) < 0) return VNULL;
    Value r;
    if (!a[1]) {
        r = a[0] ? int_from_object(a[0]) : MK_INT(0);
    } else {
        Value x = a[0];
        if (!x) return err_str(&TypeError_type, "int() missing string argument");
        int64_t base;
        Value bi = num_index(a[1]);
        if (!bi) return VNULL;
        if (int_as_i64(bi, &base) < 0) {
            err_clear();
            base = -1;
        }
        if (base != 0 && (base < 2 || base > 36))
            return err_str(&ValueError_type, "int() base must be >= 2 and <= 36, or 0");
        if (IS_STR(x)) {
            r = parse_int_str(AS(Str, x), (int)base);
        } else if (IS_BYTES(x) || IS_BYTEARRAY(x)) {
            const uint8_t *p;
            int64_t n;
            if (bytes_view(x, &p, &n) < 0) return VNULL;
            r = parse_int_bytes(p, n, (int)base, x);
        } else {
            return err_str(&TypeError_type, "int() can't convert non-string with explicit base");
        }
    }
    if (!r || t == &int_type) return r;
    return int_subtype_new(t, r);
}

/* ---- number layout shared with float's __format__ ---- */

Str *num_format_layout(const FormatSpec *spec, const char *sign, const char *prefix,
                       const char *intdigits, size_t nint, const char *rest,
                       char default_align) {
    uint32_t fill = spec->fill;
    char align = spec->align;
    if (spec->zero && !align) {
        align = '=';
        if (fill == ' ') fill = '0';
    }
    if (!align) align = default_align;
    size_t lsign = strlen(sign), lprefix = strlen(prefix), lrest = strlen(rest);
    int64_t width = spec->width;
    /* group the integer digits, right to left */
    char sep = spec->grouping;
    int group = 3;
    if (sep == '_' && spec->type && strchr("bBoxX", spec->type)) group = 4;
    size_t minlen = 0;
    if (sep && align == '=' && fill == '0' && width > 0) {
        int64_t m = width - (int64_t)(lsign + lprefix + lrest);
        if (m > 0) minlen = (size_t)m;
    }
    size_t cap = nint + nint / 3 + minlen + minlen / 3 + 8;
    char *g = malloc(cap);
    if (!g) return (Str *)err_no_memory();
    size_t gl = 0; /* built reversed */
    if (sep) {
        size_t cnt = 0;
        for (size_t i = nint; i > 0; i--) {
            if (cnt == (size_t)group) {
                g[gl++] = sep;
                cnt = 0;
            }
            g[gl++] = intdigits[i - 1];
            cnt++;
        }
        while (gl < minlen) {
            if (cnt == (size_t)group) {
                g[gl++] = sep;
                cnt = 0;
                if (gl >= minlen) { g[gl++] = '0'; break; }
            }
            g[gl++] = '0';
            cnt++;
        }
    } else {
        for (size_t i = nint; i > 0; i--) g[gl++] = intdigits[i - 1];
    }
    for (size_t i = 0; i < gl / 2; i++) {
        char c = g[i];
        g[i] = g[gl - 1 - i];
        g[gl - 1 - i] = c;
    }
    int64_t total = (int64_t)(lsign + lprefix + gl + lrest);
    int64_t pad = width > total ? width - total : 0;
    StrBuilder b;
    sb_init(&b);
    int rc = 0;
    int64_t left = 0, right = 0;
    if (align == '<') right = pad;
    else if (align == '>') left = pad;
    else if (align == '^') { left = pad / 2; right = pad - left; }
    rc |= sb_append_repeat(&b, fill, (size_t)left);
    rc |= sb_append_cstr(&b, sign);
    rc |= sb_append_cstr(&b, prefix);
    if (align == '=') rc |= sb_append_repeat(&b, fill, (size_t)pad);
    rc |= sb_append_utf8(&b, g, gl);
    rc |= sb_append_cstr(&b, rest);
    rc |= sb_append_repeat(&b, fill, (size_t)right);
    free(g);
    if (rc) {
        sb_free(&b);
        return NULL;
    }
    return sb_finish(&b);
}

/* ---- __format__ ---- */

Str *int_format(Value v, Str *specstr) {
    if (specstr->len == 0) return int_to_str(v, 10);
    FormatSpec spec;
    if (format_spec_parse(specstr, &spec) < 0) return NULL;
    char type = spec.type ? spec.type : 'd';
    if (strchr("eEfFgG%", type)) {
        double d;
        if (int_as_double(v, &d) < 0) return NULL;
        return float_format(d, specstr);
    }
    if (!strchr("bcdoxXn", type)) {
        err_format(&ValueError_type, "Unknown format code '%c' for object of type 'int'", type);
        return NULL;
    }
    if (spec.no_neg_zero) {
        err_str(&ValueError_type,
                "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    if (spec.precision >= 0) {
        err_str(&ValueError_type, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (spec.grouping && (type == 'n' || (spec.grouping == ',' && type != 'd'))) {
        err_format(&ValueError_type, "Cannot specify '%c' with '%c'.", spec.grouping, type);
        return NULL;
    }
    if (type == 'c') {
        if (spec.sign) {
            err_str(&ValueError_type, "Sign not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (spec.alt) {
            err_str(&ValueError_type,
                    "Alternate form (#) not allowed with integer format specifier 'c'");
            return NULL;
        }
        int64_t cp;
        if (int_as_i64(v, &cp) < 0) return NULL;
        if (cp < 0 || cp > 0x10FFFF) {
            err_str(&OverflowError_type, "%c arg not in range(0x110000)");
            return NULL;
        }
        Str *body = str_from_char((uint32_t)cp);
        if (!body) return NULL;
        StrBuilder b;
        sb_init(&b);
        if (format_pad(&b, &spec, body, '<') < 0) {
            sb_free(&b);
            return NULL;
        }
        return sb_finish(&b);
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    int sg = int_sign(v);
    Value av = int_abs(v);
    if (!av) return NULL;
    Str *digits = int_to_str(av, base);
    if (!digits) return NULL;
    const char *d = STR_CSTR(digits);
    size_t nd = (size_t)digits->len;
    char *up = NULL;
    if (type == 'X') {
        up = malloc(nd + 1);
        if (!up) return (Str *)err_no_memory();
        for (size_t i = 0; i <= nd; i++) up[i] = (char)toupper((unsigned char)d[i]);
        d = up;
    }
    const char *sign = sg < 0 ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    const char *prefix = "";
    if (spec.alt) {
        prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    }
    Str *r = num_format_layout(&spec, sign, prefix, d, nd, "", '>');
    free(up);
    return r;
}

/* ---- methods ---- */

static Value self_int(Value self) { return int_unwrap(self); }

static Value m_format(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("__format__", nargs, 1, 1) < 0) return VNULL;
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "__format__() argument must be str, not %T", args[0]);
    Str *spec = AS(Str, args[0]);
    Str *r;
    if (spec->len == 0 && !IS_INT(self) && AS_OBJ(self)->type != &int_type)
        r = obj_str(self); /* subclasses: str(self), which may be overridden */
    else
        r = int_format(self, spec);
    return r ? OBJ_VAL(r) : VNULL;
}

static Value m_bit_length(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("int.bit_length", nargs, 0, 0) < 0) return VNULL;
    return MK_INT(int_bit_length(self));
}

static Value m_bit_count(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("int.bit_count", nargs, 0, 0) < 0) return VNULL;
    if (IS_INT(self)) {
        int64_t i = INT_VAL(self);
        return MK_INT(__builtin_popcountll(i < 0 ? -(uint64_t)i : (uint64_t)i));
    }
    IntView iv;
    int_view(self, &iv);
    return MK_INT((int64_t)mpn_popcount(mpz_limbs_read(iv.z), (mp_size_t)mpz_size(iv.z)));
}

static Value m_conjugate(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("int.conjugate", nargs, 0, 0) < 0) return VNULL;
    return self_int(self);
}

static Value m_as_integer_ratio(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("int.as_integer_ratio", nargs, 0, 0) < 0) return VNULL;
    Value v = self_int(self);
    if (!v) return VNULL;
    return OBJ_VAL(tuple_pack(2, v, MK_INT(1)));
}

static Value m_index(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return self_int(self);
}

static Value m_float(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    double d;
    if (int_as_double(self, &d) < 0) return VNULL;
    return float_new(d);
}

static Value m_getnewargs(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Value v = self_int(self);
    return v ? OBJ_VAL(tuple_pack(1, v)) : VNULL;
}

static Value m_sizeof(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    IntView iv;
    int_view(self, &iv);
    size_t n = mpz_size(iv.z);
    /* CPython reports 28 bytes plus 4 per 30-bit digit beyond the first */
    size_t bits = mpz_sgn(iv.z) ? mpz_sizeinbase(iv.z, 2) : 0;
    size_t digits = (bits + 29) / 30;
    (void)n;
    return MK_INT(24 + 4 * (int64_t)(digits ? digits : 1));
}

static Value m_round(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("__round__", nargs, 0, 1) < 0) return VNULL;
    Value v = self_int(self);
    if (!v || nargs == 0) return v;
    Value nd = num_index(args[0]);
    if (!nd) return VNULL;
    if (int_sign(nd) >= 0) return v;
    /* round to a multiple of 10**-nd, half to even */
    Value negnd = int_neg(nd);
    if (!negnd) return VNULL;
    {
        /* |v| < 10**digits <= 0.5 * 10**-nd: rounds to 0 without computing
         * a huge power of ten */
        IntView vv;
        int_view(v, &vv);
        int64_t k;
        size_t digits = mpz_sizeinbase(vv.z, 10);
        if (int_as_i64(negnd, &k) < 0) {
            err_clear();
            return MK_INT(0);
        }
        if ((uint64_t)k > digits) return MK_INT(0);
    }
    Value p = int_pow(MK_INT(10), negnd, VNULL);
    if (!p) return VNULL;
    IntView vv, vp;
    int_view(v, &vv);
    int_view(p, &vp);
    mpz_t q, r, twice;
    mpz_init(q);
    mpz_init(r);
    mpz_init(twice);
    mpz_fdiv_qr(q, r, vv.z, vp.z); /* v = q*p + r, 0 <= r < p */
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, vp.z);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, vp.z);
    Value res = int_from_mpz(q);
    mpz_clear(q);
    mpz_clear(r);
    mpz_clear(twice);
    return res;
}

static int parse_byteorder(Value v, bool *little) {
    if (!v) {
        *little = false;
        return 0;
    }
    if (!IS_STR(v)) {
        err_format(&TypeError_type, "to_bytes() argument 'byteorder' must be str, not %T", v);
        return -1;
    }
    Str *s = AS(Str, v);
    if (str_eq_cstr(s, "big")) *little = false;
    else if (str_eq_cstr(s, "little")) *little = true;
    else {
        err_str(&ValueError_type, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static Value m_to_bytes(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed"};
    Value a[3] = {VNULL, VNULL, VNULL};
    if (nargs > 2)
        return err_format(&TypeError_type, "to_bytes() takes at most 2 positional arguments (%zu given)", nargs);
    if (args_bind("to_bytes", args, nargs, kwnames, names, 0, 3, a) < 0) return VNULL;
    int64_t length = 1;
    if (a[0]) {
        Value li = num_index(a[0]);
        if (!li || int_as_i64(li, &length) < 0) return VNULL;
        if (length < 0) return err_str(&ValueError_type, "length argument must be non-negative");
    }
    bool little, is_signed = false;
    if (parse_byteorder(a[1], &little) < 0) return VNULL;
    if (a[2]) {
        int t = obj_truthy(a[2]);
        if (t < 0) return VNULL;
        is_signed = t;
    }
    IntView iv;
    int_view(self, &iv);
    int sg = mpz_sgn(iv.z);
    if (sg < 0 && !is_signed)
        return err_str(&OverflowError_type, "can't convert negative int to unsigned");
    /* two's complement value in length bytes: v mod 256**length */
    size_t bits = sg == 0 ? 0 : mpz_sizeinbase(iv.z, 2);
    bool fits;
    if (!is_signed) {
        fits = bits <= (size_t)length * 8;
    } else if (sg >= 0) {
        fits = bits < (size_t)length * 8 || (sg == 0);
    } else {
        /* -2**(8L-1) <= v */
        mpz_t lim;
        mpz_init(lim);
        mpz_setbit(lim, length > 0 ? (mp_bitcnt_t)length * 8 - 1 : 0);
        mpz_neg(lim, lim);
        fits = length > 0 && mpz_cmp(iv.z, lim) >= 0;
        mpz_clear(lim);
    }
    if (!fits) return err_str(&OverflowError_type, "int too big to convert");
    Bytes *out = bytes_alloc(length);
    if (!out) return VNULL;
    int_view(self, &iv);
    mpz_t t;
    mpz_init(t);
    if (sg < 0) {
        mpz_set_ui(t, 0);
        mpz_setbit(t, (mp_bitcnt_t)length * 8);
        mpz_add(t, t, iv.z);
    } else {
        mpz_set(t, iv.z);
    }
    size_t cnt = 0;
    uint8_t *tmp = length > 0 ? calloc((size_t)length, 1) : NULL;
    if (length > 0 && !tmp) {
        mpz_clear(t);
        return err_no_memory();
    }
    if (mpz_sgn(t) != 0) mpz_export(tmp, &cnt, -1, 1, 0, 0, t); /* little-endian */
    for (int64_t i = 0; i < length; i++)
        out->data[little ? i : length - 1 - i] = tmp[i];
    free(tmp);
    mpz_clear(t);
    return OBJ_VAL(out);
}

static Value m_from_bytes(Value cls, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    Value a[3] = {VNULL, VNULL, VNULL};
    if (nargs > 2)
        return err_format(&TypeError_type, "from_bytes() takes at most 2 positional arguments (%zu given)", nargs);
    if (args_bind("from_bytes", args, nargs, kwnames, names, 1, 3, a) < 0) return VNULL;
    bool little, is_signed = false;
    if (parse_byteorder(a[1], &little) < 0) return VNULL;
    if (a[2]) {
        int t = obj_truthy(a[2]);
        if (t < 0) return VNULL;
        is_signed = t;
    }
    const uint8_t *p;
    int64_t n;
    Value src = a[0];
    if (IS_STR(src)) return err_str(&TypeError_type, "cannot convert 'str' object to bytes");
    if (!IS_BYTES(src) && !IS_BYTEARRAY(src)) {
        /* any iterable of ints: bytes(it) */
        src = obj_call1(OBJ_VAL(&bytes_type), src);
        if (!src) return VNULL;
    }
    if (bytes_view(src, &p, &n) < 0) return VNULL;
    mpz_t z;
    mpz_init(z);
    if (n > 0) mpz_import(z, (size_t)n, little ? -1 : 1, 1, 0, 0, p);
    if (is_signed && n > 0 && (p[little ? n - 1 : 0] & 0x80)) {
        mpz_t t;
        mpz_init(t);
        mpz_setbit(t, (mp_bitcnt_t)n * 8);
        mpz_sub(z, z, t);
        mpz_clear(t);
    }
    Value r = int_from_mpz(z);
    mpz_clear(z);
    if (!r) return VNULL;
    Type *t = AS(Type, cls);
    if (t == &int_type) return r;
    return obj_call1(cls, r);
}

static Value m_trunc(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return self_int(self);
}

static Value m_getnewargs_ex(Value self, Value *args, size_t nargs, Tuple *kwnames);

static Value g_self(Value self) { return int_unwrap(self); }
static Value g_zero(Value self) { return MK_INT(0); }
static Value g_one(Value self) { return MK_INT(1); }

static Value m_getnewargs_ex(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return m_getnewargs(self, args, nargs, kwnames);
}

static Value m_int(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return self_int(self);
}

static Value pow3(Value base, Value exp, size_t nargs, Value *args) {
    Value mod = nargs > 1 ? args[1] : VNULL;
    if (mod && mod != NONE && (IS_FLOAT(base) || IS_FLOAT(exp)))
        return err_str(&TypeError_type,
                       "pow() 3rd argument not allowed unless all arguments are integers");
    if (!IS_INTLIKE(base) || !IS_INTLIKE(exp)) return NOT_IMPLEMENTED;
    if (mod && mod != NONE && !IS_INTLIKE(mod)) {
        if (IS_FLOAT(mod))
            return err_str(&TypeError_type,
                           "pow() 3rd argument not allowed unless all arguments are integers");
        return NOT_IMPLEMENTED;
    }
    return int_pow(base, exp, mod);
}

/* __pow__/__rpow__ with the optional modulus that pow(a, b, m) passes. */
static Value m_pow(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("__pow__", nargs, 1, 2) < 0) return VNULL;
    return pow3(self, args[0], nargs, args);
}

static Value m_rpow(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("__rpow__", nargs, 1, 2) < 0) return VNULL;
    return pow3(args[0], self, nargs, args);
}

const MethodDef int_methods[] = {
    {"__pow__", m_pow, METH_NOKW, NULL},
    {"__rpow__", m_rpow, METH_NOKW, NULL},
    {"__format__", m_format, METH_NOKW, NULL},
    {"bit_length", m_bit_length, METH_NOKW, "Number of bits necessary to represent self in binary."},
    {"bit_count", m_bit_count, METH_NOKW, "Number of ones in the binary representation of the absolute value of self."},
    {"conjugate", m_conjugate, METH_NOKW, NULL},
    {"as_integer_ratio", m_as_integer_ratio, METH_NOKW, NULL},
    {"to_bytes", m_to_bytes, 0, NULL},
    {"from_bytes", m_from_bytes, METH_CLASS, NULL},
    {"__round__", m_round, METH_NOKW, NULL},
    {"__trunc__", m_trunc, METH_NOKW, NULL},
    {"__floor__", m_trunc, METH_NOKW, NULL},
    {"__ceil__", m_trunc, METH_NOKW, NULL},
    {"__index__", m_index, METH_NOKW, NULL},
    {"__int__", m_int, METH_NOKW, NULL},
    {"__float__", m_float, METH_NOKW, NULL},
    {"__getnewargs__", m_getnewargs_ex, METH_NOKW, NULL},
    {"__sizeof__", m_sizeof, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

const GetSetDef int_getsets[] = {
    {"real", g_self, NULL},
    {"imag", g_zero, NULL},
    {"numerator", g_self, NULL},
    {"denominator", g_one, NULL},
    {NULL, NULL, NULL},
};
