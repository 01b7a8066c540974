/* complex.c - complex numbers: two doubles, immutable (no locking).
 * Arithmetic mixes with int and float as the language defines; repr
 * prints each part as the shortest round-tripping float without a
 * trailing ".0", as CPython does.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime.h"

typedef struct Complex {
    Obj hdr;
    double re, im;
} Complex;

static Value complex_make(Type *t, double re, double im) {
    Complex *c = t == &complex_type ? gc_alloc(t, sizeof(Complex))
                                    : gc_alloc_instance(t, sizeof(Complex));
    if (!c)
        return VNULL;
    c->re = re;
    c->im = im;
    return OBJ_VAL(c);
}

#define IS_COMPLEX(v) (IS_OBJ(v) && obj_is_instance_of(v, &complex_type))

/* Convert an operand to (re, im): 1 ok, 0 not a number we mix with, -1 error. */
static int as_complex(Value v, double *re, double *im) {
    if (IS_COMPLEX(v)) {
        *re = AS(Complex, v)->re;
        *im = AS(Complex, v)->im;
        return 1;
    }
    if (IS_INTLIKE(v)) {
        *im = 0;
        return int_as_double(int_unwrap(v), re) < 0 ? -1 : 1;
    }
    if (IS_FLOAT(v)) {
        *re = float_val(v);
        *im = 0;
        return 1;
    }
    return 0;
}

#define OPERANDS(a, b)                                           \
    double ar, ai, br, bi;                                       \
    int ka_ = as_complex(a, &ar, &ai), kb_ = as_complex(b, &br, &bi); \
    if (ka_ < 0 || kb_ < 0)                                      \
        return VNULL;                                            \
    if (!ka_ || !kb_)                                            \
        return NOT_IMPLEMENTED;

static Value c_add(Value a, Value b) { OPERANDS(a, b) return complex_make(&complex_type, ar + br, ai + bi); }
static Value c_sub(Value a, Value b) { OPERANDS(a, b) return complex_make(&complex_type, ar - br, ai - bi); }
static Value c_mul(Value a, Value b) {
    OPERANDS(a, b)
    return complex_make(&complex_type, ar * br - ai * bi, ar * bi + ai * br);
}

static int c_div_raw(double ar, double ai, double br, double bi, double *r, double *i) {
    if (br == 0 && bi == 0) {
        err_str(&ZeroDivisionError_type, "complex division by zero");
        return -1;
    }
    /* Smith's algorithm: avoids overflow for large denominators */
    if (fabs(br) >= fabs(bi)) {
        double ratio = bi / br, den = br + bi * ratio;
        *r = (ar + ai * ratio) / den;
        *i = (ai - ar * ratio) / den;
    } else {
        double ratio = br / bi, den = br * ratio + bi;
        *r = (ar * ratio + ai) / den;
        *i = (ai * ratio - ar) / den;
    }
    return 0;
}

static Value c_truediv(Value a, Value b) {
    OPERANDS(a, b)
    double r, i;
    if (c_div_raw(ar, ai, br, bi, &r, &i) < 0)
        return VNULL;
    return complex_make(&complex_type, r, i);
}

static Value c_pow(Value a, Value b) {
    OPERANDS(a, b)
    if (br == 0 && bi == 0)
        return complex_make(&complex_type, 1, 0);
    if (ar == 0 && ai == 0) {
        if (bi != 0 || br < 0)
            return err_str(&ZeroDivisionError_type, "0.0 to a negative or complex power");
        return complex_make(&complex_type, 0, 0);
    }
    if (bi == 0 && br == floor(br) && fabs(br) <= 100) {
        /* integer exponent: repeated squaring, as CPython does */
        long n = (long)fabs(br);
        double rr = 1, ri = 0, xr = ar, xi = ai;
        while (n) {
            if (n & 1) {
                double t = rr * xr - ri * xi;
                ri = rr * xi + ri * xr;
                rr = t;
            }
            double t = xr * xr - xi * xi;
            xi = 2 * xr * xi;
            xr = t;
            n >>= 1;
        }
        if (br < 0) {
            double r, i;
            if (c_div_raw(1, 0, rr, ri, &r, &i) < 0)
                return VNULL;
            rr = r;
            ri = i;
        }
        return complex_make(&complex_type, rr, ri);
    }
    double vabs = hypot(ar, ai), len = pow(vabs, br), at = atan2(ai, ar), phase = at * br;
    if (bi != 0) {
        len /= exp(at * bi);
        phase += bi * log(vabs);
    }
    double rr = len * cos(phase), ri = len * sin(phase);
    if ((!isfinite(rr) || !isfinite(ri)) && isfinite(ar) && isfinite(ai) && isfinite(br) &&
        isfinite(bi))
        return err_str(&OverflowError_type, "complex exponentiation");
    return complex_make(&complex_type, rr, ri);
}

static Value c_neg(Value a) { return complex_make(&complex_type, -AS(Complex, a)->re, -AS(Complex, a)->im); }
static Value c_pos(Value a) { return complex_make(&complex_type, AS(Complex, a)->re, AS(Complex, a)->im); }
static Value c_abs(Value a) {
    double r = hypot(AS(Complex, a)->re, AS(Complex, a)->im);
    if (isinf(r) && isfinite(AS(Complex, a)->re) && isfinite(AS(Complex, a)->im))
        return err_str(&OverflowError_type, "absolute value too large");
    return float_new(r);
}
static int c_bool(Value a) { return AS(Complex, a)->re != 0 || AS(Complex, a)->im != 0; }

static Value c_richcompare(Value a, Value b, int op) {
    if (op != CMP_EQ && op != CMP_NE)
        return NOT_IMPLEMENTED;
    double ar = AS(Complex, a)->re, ai = AS(Complex, a)->im;
    bool eq;
    if (IS_COMPLEX(b)) {
        eq = ar == AS(Complex, b)->re && ai == AS(Complex, b)->im;
    } else if (IS_INTLIKE(b)) {
        /* exact comparison with huge ints goes through float's rules */
        eq = ai == 0 && !isnan(ar) && isfinite(ar) && int_compare_double(int_unwrap(b), ar) == 0;
    } else if (IS_FLOAT(b)) {
        eq = ai == 0 && ar == float_val(b);
    } else {
        return NOT_IMPLEMENTED;
    }
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static int64_t c_hash(Value a) {
    uint64_t hr = (uint64_t)float_hash(AS(Complex, a)->re);
    uint64_t hi = (uint64_t)float_hash(AS(Complex, a)->im);
    int64_t h = (int64_t)(hr + 1000003u * hi);
    return h == -1 ? -2 : h;
}

/* One part of the repr: shortest float repr without a trailing ".0". */
static int append_part(StrBuilder *b, double d) {
    if (isnan(d))
        return sb_append_cstr(b, "nan");
    if (isinf(d))
        return sb_append_cstr(b, d > 0 ? "inf" : "-inf");
    Str *s = float_repr(d);
    if (!s)
        return -1;
    int64_t n = s->len;
    if (n >= 2 && str_char_at(s, n - 1) == '0' && str_char_at(s, n - 2) == '.')
        n -= 2;
    return sb_append_substr(b, s, 0, n);
}

static Str *c_repr(Value a) {
    double re = AS(Complex, a)->re, im = AS(Complex, a)->im;
    StrBuilder b;
    sb_init(&b);
    if (re == 0 && !signbit(re)) {
        append_part(&b, im);
        sb_append_char(&b, 'j');
        return sb_finish(&b);
    }
    sb_append_char(&b, '(');
    append_part(&b, re);
    if (!(im < 0 || signbit(im)) || isnan(im))
        sb_append_char(&b, '+');
    append_part(&b, im);
    sb_append_cstr(&b, "j)");
    return sb_finish(&b);
}

/* complex('1+2j') and friends */
static Value parse_complex(Type *t, Str *s) {
    const char *p = STR_CSTR(s);
    while (*p == ' ' || *p == '\t' || *p == '\n')
        p++;
    size_t n = strlen(p);
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\n'))
        n--;
    char buf[256];
    if (n >= sizeof buf || n == 0)
        goto bad;
    memcpy(buf, p, n);
    buf[n] = 0;
    char *q = buf;
    if (*q == '(' && buf[n - 1] == ')') {
        buf[n - 1] = 0;
        q++;
    }
    char *end;
    double re = 0, im = 0;
    double first = strtod(q, &end);
    if (end == q) {
        if ((*q == '+' || *q == '-') && (q[1] == 'j' || q[1] == 'J') && !q[2])
            return complex_make(t, 0, *q == '-' ? -1 : 1);
        if ((*q == 'j' || *q == 'J') && !q[1])
            return complex_make(t, 0, 1);
        goto bad;
    }
    if (*end == 'j' || *end == 'J') {
        if (end[1])
            goto bad;
        return complex_make(t, 0, first);
    }
    if (!*end)
        return complex_make(t, first, 0);
    re = first;
    q = end;
    if (*q != '+' && *q != '-')
        goto bad;
    im = strtod(q, &end);
    if (end == q || (end == q + 1)) {
        im = *q == '-' ? -1 : 1;
        end = q + 1;
    }
    if ((*end != 'j' && *end != 'J') || end[1])
        goto bad;
    return complex_make(t, re, im);
bad:
    return err_str(&ValueError_type, "complex() arg is a malformed string");
}

static Value complex_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const names[] = {"real", "imag"};
    Value a[2];
    if (args_bind("complex", args, nargs, kwnames, names, 0, 2, a) < 0)
        return VNULL;
    if (!a[0])
        return complex_make(t, 0, 0);
    if (IS_STR(a[0])) {
        if (a[1])
            return err_str(&TypeError_type,
                           "complex() can't take second arg if first is a string");
        return parse_complex(t, AS(Str, a[0]));
    }
    double rr, ri, ir = 0, ii = 0;
    int k = as_complex(a[0], &rr, &ri);
    if (k == 0) {
        bool found;
        Value c = obj_call_special(a[0], ID(__complex__), NULL, 0, &found);
        if (found) {
            if (!c)
                return VNULL;
            k = as_complex(c, &rr, &ri);
        } else {
            Value f = obj_call_special(a[0], ID(__float__), NULL, 0, &found);
            if (found && !f)
                return VNULL;
            k = found ? as_complex(f, &rr, &ri) : 0;
        }
    }
    if (k <= 0)
        return k < 0 ? VNULL
                     : err_format(&TypeError_type,
                                  "complex() first argument must be a string or a number, not '%T'",
                                  a[0]);
    if (a[1]) {
        if (IS_STR(a[1]))
            return err_str(&TypeError_type, "complex() second arg can't be a string");
        k = as_complex(a[1], &ir, &ii);
        if (k <= 0)
            return k < 0 ? VNULL
                         : err_format(&TypeError_type,
                                      "complex() second argument must be a number, not '%T'", a[1]);
    }
    if (!a[1] && t == &complex_type && IS_EXACT(a[0], complex_type))
        return a[0];
    return complex_make(t, rr - ii, ri + ir);
}

static Value get_real(Value s) { return float_new(AS(Complex, s)->re); }
static Value get_imag(Value s) { return float_new(AS(Complex, s)->im); }
static const GetSetDef complex_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL},
};

static Value c_conjugate(Value s, Value *a, size_t n, Tuple *k) {
    return complex_make(&complex_type, AS(Complex, s)->re, -AS(Complex, s)->im);
}
static Value c_getnewargs(Value s, Value *a, size_t n, Tuple *k) {
    return OBJ_VAL(tuple_pack(2, float_new(AS(Complex, s)->re), float_new(AS(Complex, s)->im)));
}
static const MethodDef complex_methods[] = {
    {"conjugate", c_conjugate, METH_NOKW},
    {"__getnewargs__", c_getnewargs, METH_NOKW},
    {NULL},
};

Type complex_type = {
    .hdr = {&type_type},
    .name = "complex",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(Complex),
    .new_ = complex_new,
    .repr = c_repr,
    .hash = c_hash,
    .richcompare = c_richcompare,
    .nb = {[NB_ADD] = c_add, [NB_SUB] = c_sub, [NB_MUL] = c_mul, [NB_TRUEDIV] = c_truediv,
           [NB_POW] = c_pow},
    .nb_neg = c_neg,
    .nb_pos = c_pos,
    .nb_abs = c_abs,
    .nb_bool = c_bool,
    .getsets = complex_getsets,
    .methods = complex_methods,
};
