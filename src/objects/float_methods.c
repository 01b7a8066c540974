/* float_methods.c - float <-> text (repr, float(str), hex/fromhex),
 * __format__, round(), and the rest of float's methods and attributes.
 *
 * repr is the shortest digit string that strtod() reads back exactly
 * (binary search over "%.*e" precisions: round-tripping is monotonic in the
 * precision), laid out as CPython does: exponent form when the decimal
 * exponent is < -4 or >= 16, and always a ".0" on integral values.
 * round(x, n) is exact: x = M * 2**k is scaled by 10**n in integers,
 * rounded half-even and divided back with one correct rounding.
 *
 * Thread-safety: floats are immutable.
 */
#include <ctype.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime.h"

/* ---- repr ---- */

/* Shortest round-tripping digits of |d| (finite, nonzero allowed zero):
 * digits into dig (no dot, trailing zeros stripped), returns the decimal
 * exponent of the first digit (d = 0.DIGITS * 10**(exp+1)). */
static int shortest_digits(double d, char *dig, int *ndig) {
    char buf[40];
    int lo = 0, hi = 16;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        snprintf(buf, sizeof buf, "%.*e", mid, d);
        if (strtod(buf, NULL) == d) hi = mid;
        else lo = mid + 1;
    }
    snprintf(buf, sizeof buf, "%.*e", lo, d);
    /* buf: D[.DDDD]e[+-]XX */
    int n = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (isdigit((unsigned char)*p)) dig[n++] = *p;
    while (n > 1 && dig[n - 1] == '0') n--;
    dig[n] = 0;
    *ndig = n;
    return atoi(p + 1);
}

/* Layout repr-style into out (>= 32 bytes) for finite non-negative d. */
static void repr_layout(double d, char *out) {
    char dig[24];
    int n;
    int e = shortest_digits(d, dig, &n);
    char *o = out;
    if (e >= -4 && e < 16) {
        if (e >= 0) {
            for (int i = 0; i <= e; i++) *o++ = i < n ? dig[i] : '0';
            *o++ = '.';
            if (n > e + 1)
                for (int i = e + 1; i < n; i++) *o++ = dig[i];
            else
                *o++ = '0';
        } else {
            *o++ = '0';
            *o++ = '.';
            for (int i = 0; i < -e - 1; i++) *o++ = '0';
            for (int i = 0; i < n; i++) *o++ = dig[i];
        }
        *o = 0;
    } else {
        *o++ = dig[0];
        if (n > 1) {
            *o++ = '.';
            for (int i = 1; i < n; i++) *o++ = dig[i];
        }
        sprintf(o, "e%c%02d", e < 0 ? '-' : '+', abs(e));
    }
}

Str *float_repr(double d) {
    if (isnan(d)) return str_from_cstr("nan");
    if (isinf(d)) return str_from_cstr(d > 0 ? "inf" : "-inf");
    char buf[48];
    buf[0] = '-';
    repr_layout(fabs(d), buf + 1);
    return str_from_cstr(signbit(d) ? buf : buf + 1);
}

/* ---- float(str) ---- */

static bool is_space(uint32_t c) {
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c == 0x85 ||
           c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
           c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

static bool ci_eq(const char *a, size_t n, const char *b) {
    if (strlen(b) != n) return false;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)a[i]) != b[i]) return false;
    return true;
}

/* Parse an ASCII float literal with optional underscores between digits.
 * Returns false when s[0..n) is not valid. */
static bool parse_float_ascii(const char *s, size_t n, double *out) {
    size_t i = 0;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    const char *rest = s + i;
    size_t rn = n - i;
    if (ci_eq(rest, rn, "inf") || ci_eq(rest, rn, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (ci_eq(rest, rn, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    char small[128] = {0};
    char *buf = n + 1 <= sizeof small ? small : malloc(n + 1);
    if (!buf) return false;
    size_t k = 0;
    if (neg) buf[k++] = '-';
    /* state: digits with single underscores between digits */
    int ndig = 0;
    bool ok = true;
#define DIGITS(countvar)                                                    \
    do {                                                                    \
        while (i < n) {                                                     \
            if (isdigit((unsigned char)s[i])) {                             \
                buf[k++] = s[i++];                                          \
                countvar++;                                                 \
            } else if (s[i] == '_' && i > 0 && isdigit((unsigned char)s[i - 1]) && \
                       i + 1 < n && isdigit((unsigned char)s[i + 1])) {     \
                i++;                                                        \
            } else                                                          \
                break;                                                      \
        }                                                                   \
    } while (0)
    DIGITS(ndig);
    int fdig = 0;
    if (i < n && s[i] == '.') {
        buf[k++] = s[i++];
        DIGITS(fdig);
    }
    if (ndig + fdig == 0) ok = false;
    if (ok && i < n && (s[i] == 'e' || s[i] == 'E')) {
        buf[k++] = s[i++];
        if (i < n && (s[i] == '+' || s[i] == '-')) buf[k++] = s[i++];
        int edig = 0;
        DIGITS(edig);
        if (edig == 0) ok = false;
    }
#undef DIGITS
    if (i != n) ok = false;
    buf[k] = 0;
    if (ok) *out = strtod(buf, NULL);
    if (buf != small) free(buf);
    return ok;
}

static Value float_parse_cps(const uint32_t *cps, size_t n, Value orig) {
    size_t i = 0, end = n;
    while (i < end && is_space(cps[i])) i++;
    while (end > i && is_space(cps[end - 1])) end--;
    char small[128] = {0};
    size_t len = end - i;
    char *buf = len + 1 <= sizeof small ? small : malloc(len + 1);
    if (!buf) return err_no_memory();
    bool ok = true;
    for (size_t j = 0; j < len; j++) {
        uint32_t c = cps[i + j];
        if (c >= 128) {
            /* Unicode decimal digits (fullwidth and Arabic-Indic) */
            if (c >= 0xFF10 && c <= 0xFF19) c = '0' + (c - 0xFF10);
            else if (c >= 0x660 && c <= 0x669) c = '0' + (c - 0x660);
            else if (c >= 0x6F0 && c <= 0x6F9) c = '0' + (c - 0x6F0);
            else if (c >= 0x966 && c <= 0x96F) c = '0' + (c - 0x966);
            else { ok = false; break; }
        }
        buf[j] = (char)c;
    }
    double d = 0;
    if (ok) ok = parse_float_ascii(buf, len, &d);
    if (buf != small) free(buf);
    if (!ok) return err_format(&ValueError_type, "could not convert string to float: %R", orig);
    return float_new(d);
}

Value float_from_string(Str *s) {
    uint32_t small[64] = {0};
    size_t n = (size_t)s->len;
    uint32_t *cps = n <= 64 ? small : malloc(n * sizeof(uint32_t));
    if (!cps) return err_no_memory();
    for (size_t i = 0; i < n; i++) cps[i] = str_char_at(s, (int64_t)i);
    Value r = float_parse_cps(cps, n, OBJ_VAL(s));
    if (cps != small) free(cps);
    return r;
}

static Value float_from_bytes(Value x) {
    const uint8_t *p;
    int64_t n;
    if (bytes_view(x, &p, &n) < 0) return VNULL;
    uint32_t small[64] = {0};
    uint32_t *cps = n <= 64 ? small : malloc((size_t)n * sizeof(uint32_t));
    if (!cps) return err_no_memory();
    for (int64_t i = 0; i < n; i++) cps[i] = p[i] < 128 ? p[i] : 0xFFFF;
    Value r = float_parse_cps(cps, (size_t)n, x);
    if (cps != small) free(cps);
    return r;
}

/* ---- float() ---- */

static double float_from_object_d(Value x, bool *ok) {
    *ok = false;
    Type *t = val_type(x);
    if (IS_FLOAT(x) && (!(t->flags & TF_HEAPTYPE) || !t->nb_float)) {
        *ok = true;
        return float_val(x);
    }
    if (IS_STR(x) || IS_BYTES(x) || IS_BYTEARRAY(x)) {
        Value r = IS_STR(x) ? float_from_string(AS(Str, x)) : float_from_bytes(x);
        if (!r) return 0;
        *ok = true;
        return float_val(r);
    }
    if (t->nb_float) {
        Value r = t->nb_float(x);
        if (!r) return 0;
        if (!IS_FLOAT(r)) {
            err_format(&TypeError_type, "%s.__float__ returned non-float (type %T)", type_name(t), r);
            return 0;
        }
        *ok = true;
        return float_val(r);
    }
    if (IS_INTLIKE(x) || t->nb_index) {
        Value r = IS_INTLIKE(x) ? x : t->nb_index(x);
        if (!r) return 0;
        if (!IS_INTLIKE(r)) {
            err_format(&TypeError_type, "__index__ returned non-int (type %T)", r);
            return 0;
        }
        double d;
        if (int_as_double(r, &d) < 0) return 0;
        *ok = true;
        return d;
    }
    err_format(&TypeError_type, "float() argument must be a string or a real number, not '%T'", x);
    return 0;
}

Value float_new_(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && tuple_len(kwnames) > 0)
        return err_str(&TypeError_type, "float() takes no keyword arguments");
    if (args_count("float", nargs, 0, 1) < 0) return VNULL;
    double d = 0.0;
    if (nargs == 1) {
        if (t == &float_type && IS_FLOAT_EXACT(args[0])) return args[0];
        bool ok;
        d = float_from_object_d(args[0], &ok);
        if (!ok) return VNULL;
    }
    return float_subtype_new(t, d);
}

/* ---- __format__ ---- */

static void upper(char *s) {
    for (; *s; s++) *s = (char)toupper((unsigned char)*s);
}

/* Format |x| (finite) without sign into buf per type/precision. */
static void format_abs(double x, char type, int64_t prec, bool alt, char *buf, size_t cap) {
    switch (type) {
    case 0:
        if (prec < 0) {
            repr_layout(x, buf);
            return;
        } else {
            /* like 'g', but the switch to exponent form happens one digit
             * earlier and fixed form always has a digit after the point */
            int p = prec == 0 ? 1 : (int)prec;
            char tmp[64];
            snprintf(tmp, sizeof tmp, "%.*e", p - 1, x);
            int e = atoi(strchr(tmp, 'e') + 1);
            if (e < -4 || e >= p - 1) {
                snprintf(buf, cap, alt ? "%#.*e" : "%.*e", p - 1, x);
                if (!alt && strchr(buf, '.')) {
                    /* strip zeros from the mantissa's fraction */
                    char *ep = strchr(buf, 'e');
                    char *m = ep;
                    while (m > buf && m[-1] == '0') m--;
                    if (m > buf && m[-1] == '.') m--;
                    memmove(m, ep, strlen(ep) + 1);
                }
            } else {
                snprintf(buf, cap, alt ? "%#.*f" : "%.*f", p - 1 - e, x);
                if (!alt && strchr(buf, '.')) {
                    char *m = buf + strlen(buf);
                    while (m[-1] == '0') m--;
                    if (m[-1] == '.') m++; /* keep one zero */
                    *m = 0;
                }
                if (!strchr(buf, '.')) strcat(buf, ".0");
            }
            return;
        }
    case 'e': case 'E':
        snprintf(buf, cap, alt ? "%#.*e" : "%.*e", (int)(prec < 0 ? 6 : prec), x);
        break;
    case 'f': case 'F': case '%':
        snprintf(buf, cap, alt ? "%#.*f" : "%.*f", (int)(prec < 0 ? 6 : prec), x);
        break;
    default: /* g G n */
        snprintf(buf, cap, alt ? "%#.*g" : "%.*g", (int)(prec < 0 ? 6 : prec == 0 ? 1 : prec), x);
        break;
    }
    if (type == 'E' || type == 'F' || type == 'G') upper(buf);
}

Str *float_format(double d, Str *specstr) {
    if (specstr->len == 0) return float_repr(d);
    FormatSpec spec;
    if (format_spec_parse(specstr, &spec) < 0) return NULL;
    char type = spec.type;
    if (type && !strchr("eEfFgGn%", type)) {
        err_format(&ValueError_type, "Unknown format code '%c' for object of type 'float'", type);
        return NULL;
    }
    if (spec.grouping && type == 'n') {
        err_format(&ValueError_type, "Cannot specify '%c' with 'n'.", spec.grouping);
        return NULL;
    }
    bool neg = signbit(d) && !isnan(d);
    double x = fabs(d);
    if (type == '%') x *= 100.0;
    size_t cap = 64;
    if (isfinite(x) && (type == 'f' || type == 'F' || type == '%' || type == 0))
        cap += 320 + (size_t)(spec.precision > 0 ? spec.precision : 0);
    else
        cap += (size_t)(spec.precision > 0 ? spec.precision : 0);
    char *buf = malloc(cap + 2);
    if (!buf) return (Str *)err_no_memory();
    bool upcase = type == 'E' || type == 'F' || type == 'G';
    if (isnan(x)) strcpy(buf, upcase ? "NAN" : "nan");
    else if (isinf(x)) strcpy(buf, upcase ? "INF" : "inf");
    else format_abs(x, type, spec.precision, spec.alt, buf, cap);
    if (type == '%') strcat(buf, "%");
    if (neg && spec.no_neg_zero) {
        bool allzero = true;
        for (char *p = buf; *p && *p != 'e' && *p != 'E'; p++)
            if (*p >= '1' && *p <= '9') allzero = false;
        if (allzero && isfinite(x)) neg = false;
    }
    const char *sign = neg ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    size_t nint = 0;
    if (isfinite(x))
        while (isdigit((unsigned char)buf[nint])) nint++;
    Str *r;
    if (isfinite(x)) {
        r = num_format_layout(&spec, sign, "", buf, nint, buf + nint, '>');
    } else {
        FormatSpec s2 = spec;
        s2.grouping = 0;
        r = num_format_layout(&s2, sign, "", "", 0, buf, '>');
    }
    free(buf);
    return r;
}

/* ---- round ---- */

Value float_round(double d, Value ndigits) {
    if (!ndigits || ndigits == NONE) {
        double r = nearbyint(d);
        return int_from_double(r);
    }
    Value ni = num_index(ndigits);
    if (!ni) return VNULL;
    int64_t n;
    if (int_as_i64(ni, &n) < 0) {
        err_clear();
        n = int_sign(ni) > 0 ? INT64_MAX : INT64_MIN;
    }
    if (!isfinite(d) || d == 0.0) return float_new(d);
    if (n > 400) return float_new(d);
    if (n < -400) return float_new(copysign(0.0, d));
    /* |d| = M * 2**k exactly */
    int e;
    double m = frexp(fabs(d), &e);
    uint64_t M = (uint64_t)ldexp(m, 53);
    long k = e - 53;
    mpz_t num, den, q, r, ten;
    mpz_init_set_ui(num, M);
    mpz_init_set_ui(den, 1);
    mpz_init(q);
    mpz_init(r);
    mpz_init(ten);
    mpz_ui_pow_ui(ten, 10, (unsigned long)(n < 0 ? -n : n));
    if (k >= 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)k);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-k);
    if (n >= 0) mpz_mul(num, num, ten);
    else mpz_mul(den, den, ten);
    /* q = round_half_even(num / den) */
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    Value qv = int_from_mpz(q);
    Value res = VNULL;
    if (qv) {
        if (n >= 0) {
            Value tv = int_from_mpz(ten);
            if (tv) res = int_true_divide(qv, tv);
        } else {
            mpz_mul(q, q, ten);
            Value big = int_from_mpz(q);
            double out;
            if (big && int_as_double(big, &out) == 0) res = float_new(out);
        }
    }
    mpz_clear(num);
    mpz_clear(den);
    mpz_clear(q);
    mpz_clear(r);
    mpz_clear(ten);
    if (!res) {
        if (err_matches(&OverflowError_type)) {
            err_clear();
            return err_str(&OverflowError_type, "rounded value too large to represent");
        }
        return VNULL;
    }
    if (d < 0) return float_new(-float_val(res));
    return res;
}

/* ---- hex / fromhex ---- */

static Str *float_hex(double d) {
    if (isnan(d)) return str_from_cstr("nan");
    if (isinf(d)) return str_from_cstr(d > 0 ? "inf" : "-inf");
    char buf[64];
    const char *sign = signbit(d) ? "-" : "";
    double x = fabs(d);
    if (x == 0.0) {
        snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
        return str_from_cstr(buf);
    }
    int e;
    double m = frexp(x, &e); /* x = m * 2**e, m in [0.5, 1) */
    int lead = 1;
    int exp = e - 1;
    uint64_t bits;
    if (exp < -1022) {
        /* subnormal: 0.xxx p-1022 */
        lead = 0;
        bits = (uint64_t)ldexp(x, 1074); /* integer units of 2**-1074 */
        exp = -1022;
    } else {
        bits = (uint64_t)ldexp(m, 53) & ((1ULL << 52) - 1);
    }
    snprintf(buf, sizeof buf, "%s0x%d.%013llxp%c%d", sign, lead, (unsigned long long)bits,
             exp < 0 ? '-' : '+', abs(exp));
    return str_from_cstr(buf);
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = tolower(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static Value float_fromhex_str(Str *s) {
    const char *p = STR_CSTR(s);
    size_t n = strlen(p);
    size_t i = 0, end = n;
    while (i < end && isspace((unsigned char)p[i])) i++;
    while (end > i && isspace((unsigned char)p[end - 1])) end--;
    bool neg = false;
    if (i < end && (p[i] == '+' || p[i] == '-')) {
        neg = p[i] == '-';
        i++;
    }
    if (ci_eq(p + i, end - i, "inf") || ci_eq(p + i, end - i, "infinity"))
        return float_new(neg ? -HUGE_VAL : HUGE_VAL);
    if (ci_eq(p + i, end - i, "nan")) return float_new(neg ? -NAN : NAN);
    if (i + 1 < end && p[i] == '0' && (p[i + 1] == 'x' || p[i + 1] == 'X')) i += 2;
    mpz_t N;
    mpz_init(N);
    int nd = 0, fd = 0;
    while (i < end && hexval((unsigned char)p[i]) >= 0) {
        mpz_mul_2exp(N, N, 4);
        mpz_add_ui(N, N, (unsigned long)hexval((unsigned char)p[i++]));
        nd++;
    }
    if (i < end && p[i] == '.') {
        i++;
        while (i < end && hexval((unsigned char)p[i]) >= 0) {
            mpz_mul_2exp(N, N, 4);
            mpz_add_ui(N, N, (unsigned long)hexval((unsigned char)p[i++]));
            fd++;
        }
    }
    long exp = 0;
    bool ok = nd + fd > 0;
    if (ok && i < end && (p[i] == 'p' || p[i] == 'P')) {
        i++;
        bool eneg = false;
        if (i < end && (p[i] == '+' || p[i] == '-')) eneg = p[i++] == '-';
        int ed = 0;
        while (i < end && isdigit((unsigned char)p[i])) {
            if (exp < 100000000) exp = exp * 10 + (p[i] - '0');
            i++;
            ed++;
        }
        if (ed == 0) ok = false;
        if (eneg) exp = -exp;
    }
    if (i != end) ok = false;
    if (!ok) {
        mpz_clear(N);
        return err_str(&ValueError_type, "invalid hexadecimal floating-point string");
    }
    double result;
    if (mpz_sgn(N) == 0) {
        result = 0.0;
    } else {
        long s2 = exp - 4L * fd;                 /* value = N * 2**s2 */
        long bits = (long)mpz_sizeinbase(N, 2);
        long top = bits + s2;                     /* value in [2**(top-1), 2**top) */
        if (top > 1024) {
            mpz_clear(N);
            return err_str(&OverflowError_type, "hexadecimal value too large to represent as a float");
        }
        if (top < -1100) {
            result = 0.0;
        } else {
            long ulp = top - 53 < -1074 ? -1074 : top - 53;
            long sh = ulp - 2 - s2;               /* keep 2 bits below the last kept one */
            uint64_t q;
            if (sh > 0) {
                mpz_t t;
                mpz_init(t);
                mpz_tdiv_q_2exp(t, N, (mp_bitcnt_t)sh);
                q = mpz_getlimbn(t, 0);
                if (mpz_scan1(N, 0) < (mp_bitcnt_t)sh) q |= 1;
                mpz_clear(t);
            } else {
                q = mpz_getlimbn(N, 0) << -sh;
            }
            result = ldexp((double)q, (int)(sh + s2));
            if (isinf(result)) {
                mpz_clear(N);
                return err_str(&OverflowError_type, "hexadecimal value too large to represent as a float");
            }
        }
    }
    mpz_clear(N);
    return float_new(neg ? -result : result);
}

/* ---- methods ---- */

static Value m_format(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("__format__", nargs, 1, 1) < 0) return VNULL;
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "__format__() argument must be str, not %T", args[0]);
    Str *spec = AS(Str, args[0]);
    Str *r;
    if (spec->len == 0 && !IS_FLOAT_EXACT(self))
        r = obj_str(self); /* subclasses: str(self), which may be overridden */
    else
        r = float_format(float_val(self), spec);
    return r ? OBJ_VAL(r) : VNULL;
}

static Value m_is_integer(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("float.is_integer", nargs, 0, 0) < 0) return VNULL;
    double d = float_val(self);
    return BOOL_V(isfinite(d) && floor(d) == d);
}

static Value m_as_integer_ratio(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("float.as_integer_ratio", nargs, 0, 0) < 0) return VNULL;
    double d = float_val(self);
    if (isinf(d)) return err_str(&OverflowError_type, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return err_str(&ValueError_type, "cannot convert NaN to integer ratio");
    if (d == 0.0) return OBJ_VAL(tuple_pack(2, MK_INT(0), MK_INT(1)));
    int e;
    double m = frexp(fabs(d), &e);
    uint64_t M = (uint64_t)ldexp(m, 53);
    int k = e - 53;
    int tz = __builtin_ctzll(M);
    M >>= tz;
    k += tz;
    Value num = int_from_u64(M), den = MK_INT(1);
    if (k > 0) num = int_lshift(num, MK_INT(k));
    else if (k < 0) den = int_lshift(MK_INT(1), MK_INT(-k));
    if (!num || !den) return VNULL;
    if (d < 0) num = int_neg(num);
    if (!num) return VNULL;
    return OBJ_VAL(tuple_pack(2, num, den));
}

static Value m_hex(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("float.hex", nargs, 0, 0) < 0) return VNULL;
    Str *s = float_hex(float_val(self));
    return s ? OBJ_VAL(s) : VNULL;
}

static Value m_fromhex(Value cls, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("fromhex", nargs, 1, 1) < 0) return VNULL;
    if (!IS_STR(args[0]))
        return err_str(&TypeError_type, "bad argument type for built-in operation");
    Value r = float_fromhex_str(AS(Str, args[0]));
    if (!r || AS(Type, cls) == &float_type) return r;
    return obj_call1(cls, r);
}

static Value m_round(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("__round__", nargs, 0, 1) < 0) return VNULL;
    return float_round(float_val(self), nargs ? args[0] : VNULL);
}

static Value m_trunc(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return int_from_double(float_val(self));
}
static Value m_floor(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return int_from_double(floor(float_val(self)));
}
static Value m_ceil(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return int_from_double(ceil(float_val(self)));
}
static Value m_conjugate(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("float.conjugate", nargs, 0, 0) < 0) return VNULL;
    return IS_FLOAT_EXACT(self) ? self : float_new(float_val(self));
}
static Value m_getnewargs(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Value f = float_new(float_val(self));
    return f ? OBJ_VAL(tuple_pack(1, f)) : VNULL;
}

static Value g_real(Value self) { return IS_FLOAT_EXACT(self) ? self : float_new(float_val(self)); }
static Value g_imag(Value self) { return float_new(0.0); }

static Value fpow3(Value a, Value b, size_t nargs, Value *args) {
    if (nargs > 1 && args[1] != NONE)
        return err_str(&TypeError_type, "pow() 3rd argument not allowed unless all arguments are integers");
    double x, y;
    if (!(IS_FLOAT(a) || IS_INTLIKE(a)) || !(IS_FLOAT(b) || IS_INTLIKE(b))) return NOT_IMPLEMENTED;
    if (num_to_double(a, &x) < 0 || num_to_double(b, &y) < 0) return VNULL;
    return float_pow_d(x, y);
}

static Value m_pow(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("__pow__", nargs, 1, 2) < 0) return VNULL;
    return fpow3(self, args[0], nargs, args);
}

static Value m_rpow(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("__rpow__", nargs, 1, 2) < 0) return VNULL;
    return fpow3(args[0], self, nargs, args);
}

static Value m_getformat(Value cls, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("__getformat__", nargs, 1, 1) < 0) return VNULL;
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "__getformat__() argument must be str, not %T", args[0]);
    Str *s = AS(Str, args[0]);
    if (!str_eq_cstr(s, "double") && !str_eq_cstr(s, "float"))
        return err_str(&ValueError_type, "__getformat__() argument 1 must be 'double' or 'float'");
    return OBJ_VAL(str_from_cstr("IEEE, little-endian"));
}

static Value m_sizeof(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return MK_INT(24); /* CPython's figure, for programs that print it */
}

const MethodDef float_methods[] = {
    {"__sizeof__", m_sizeof, METH_NOKW, NULL},
    {"__getformat__", m_getformat, METH_CLASS | METH_NOKW, NULL},
    {"__pow__", m_pow, METH_NOKW, NULL},
    {"__rpow__", m_rpow, METH_NOKW, NULL},
    {"__format__", m_format, METH_NOKW, NULL},
    {"is_integer", m_is_integer, METH_NOKW, "Return True if the float is an integer."},
    {"as_integer_ratio", m_as_integer_ratio, METH_NOKW, NULL},
    {"hex", m_hex, METH_NOKW, NULL},
    {"fromhex", m_fromhex, METH_CLASS | METH_NOKW, NULL},
    {"__round__", m_round, METH_NOKW, NULL},
    {"__trunc__", m_trunc, METH_NOKW, NULL},
    {"__floor__", m_floor, METH_NOKW, NULL},
    {"__ceil__", m_ceil, METH_NOKW, NULL},
    {"__int__", m_trunc, METH_NOKW, NULL},
    {"conjugate", m_conjugate, METH_NOKW, NULL},
    {"__getnewargs__", m_getnewargs, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

const GetSetDef float_getsets[] = {
    {"real", g_real, NULL},
    {"imag", g_imag, NULL},
    {NULL, NULL, NULL},
};
