/* float.c - the float type: boxed IEEE doubles, arithmetic, comparison and
 * hashing.  Text conversion, __format__ and methods are in float_methods.c.
 *
 * Mixed int/float operations convert the int with correct rounding
 * (OverflowError when it is out of range); mixed comparisons are exact even
 * for huge ints (int_compare_double).  hash(x) equals hash(int(x)) whenever
 * x is integral, as in CPython: the value is reduced mod 2**61 - 1.
 *
 * Thread-safety: floats are immutable.
 */
#include <errno.h>
#include <math.h>

#include "../runtime.h"

Value float_new(double d) {
    Float *f = gc_alloc(&float_type, sizeof(Float));
    if (!f) return VNULL;
    f->d = d;
    return OBJ_VAL(f);
}

Value float_subtype_new(Type *t, double d) {
    if (t == &float_type) return float_new(d);
    Float *f = gc_alloc_instance(t, sizeof(Float));
    if (!f) return VNULL;
    f->d = d;
    return OBJ_VAL(f);
}

int num_to_double(Value v, double *out) {
    if (IS_FLOAT(v)) {
        *out = float_val(v);
        return 0;
    }
    if (IS_INTLIKE(v)) return int_as_double(v, out);
    Type *t = val_type(v);
    if (t->nb_float) {
        Value r = t->nb_float(v);
        if (!r) return -1;
        if (!IS_FLOAT(r)) {
            err_format(&TypeError_type, "%s.__float__ returned non-float (type %T)", type_name(t), r);
            return -1;
        }
        *out = float_val(r);
        return 0;
    }
    if (t->nb_index) {
        Value r = t->nb_index(v);
        if (!r) return -1;
        if (!IS_INTLIKE(r)) {
            err_format(&TypeError_type, "__index__ returned non-int (type %T)", r);
            return -1;
        }
        return int_as_double(r, out);
    }
    err_format(&TypeError_type, "must be real number, not %T", v);
    return -1;
}

/* ---- hash ---- */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t float_hash(double d) {
    if (isinf(d)) return d > 0 ? 314159 : -314159;
    if (isnan(d)) return 0;
    int e;
    double m = frexp(fabs(d), &e);  /* |d| = m * 2**e, 0.5 <= m < 1 */
    /* |d| = M * 2**(e-53) with M a 53-bit integer */
    uint64_t M = (uint64_t)ldexp(m, 53);
    int k = e - 53;
    uint64_t x = M % HASH_MODULUS;
    /* multiply by 2**k mod (2**61 - 1): a rotation of the 61-bit residue */
    int r = k % HASH_BITS;
    if (r < 0) r += HASH_BITS;
    x = ((x << r) & HASH_MODULUS) | (x >> (HASH_BITS - r));
    if (r == 0) x = M % HASH_MODULUS;
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    int64_t h = d < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

static int64_t float_hash_slot(Value v) {
    double d = float_val(v);
    if (isnan(d)) {
        /* 3.10+: identity-based, as object.__hash__ */
        uint64_t y = (uint64_t)v;
        y = (y >> 4) | (y << 60);
        int64_t h = (int64_t)y;
        return h == -1 ? -2 : h;
    }
    return float_hash(d);
}

/* ---- arithmetic ---- */

/* 1: converted; 0: not a number we handle; -1: error (int overflow). */
static inline int to_double(Value v, double *out) {
    if (IS_FLOAT(v)) {
        *out = float_val(v);
        return 1;
    }
    if (IS_INT(v)) {
        *out = (double)INT_VAL(v);
        return 1;
    }
    if (IS_INTLIKE(v)) return int_as_double(v, out) < 0 ? -1 : 1;
    return 0;
}

#define CONVERT(a, b, x, y)                         \
    double x, y;                                    \
    {                                               \
        int ca_ = to_double(a, &x);                 \
        if (ca_ <= 0) return ca_ < 0 ? VNULL : NOT_IMPLEMENTED; \
        int cb_ = to_double(b, &y);                 \
        if (cb_ <= 0) return cb_ < 0 ? VNULL : NOT_IMPLEMENTED; \
    }

static Value f_add(Value a, Value b) { CONVERT(a, b, x, y); return float_new(x + y); }
static Value f_sub(Value a, Value b) { CONVERT(a, b, x, y); return float_new(x - y); }
static Value f_mul(Value a, Value b) { CONVERT(a, b, x, y); return float_new(x * y); }

static Value f_truediv(Value a, Value b) {
    CONVERT(a, b, x, y);
    if (y == 0.0) return err_str(&ZeroDivisionError_type, "float division by zero");
    return float_new(x / y);
}

/* Python's divmod for doubles: the remainder takes the divisor's sign. */
static void float_divmod_d(double x, double y, double *qo, double *ro) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double fl;
    if (div) {
        fl = floor(div);
        if (div - fl > 0.5) fl += 1.0;
    } else {
        fl = copysign(0.0, x / y);
    }
    *qo = fl;
    *ro = mod;
}

static Value f_floordiv(Value a, Value b) {
    CONVERT(a, b, x, y);
    if (y == 0.0) return err_str(&ZeroDivisionError_type, "float floor division by zero");
    double q, r;
    float_divmod_d(x, y, &q, &r);
    return float_new(q);
}

static Value f_mod(Value a, Value b) {
    CONVERT(a, b, x, y);
    if (y == 0.0) return err_str(&ZeroDivisionError_type, "float modulo");
    double q, r;
    float_divmod_d(x, y, &q, &r);
    return float_new(r);
}

static Value f_divmod(Value a, Value b) {
    CONVERT(a, b, x, y);
    if (y == 0.0) return err_str(&ZeroDivisionError_type, "float divmod()");
    double q, r;
    float_divmod_d(x, y, &q, &r);
    Value qv = float_new(q);
    if (!qv) return VNULL;
    Value rv = float_new(r);
    if (!rv) return VNULL;
    return OBJ_VAL(tuple_pack(2, qv, rv));
}

static Value range_error(void) {
    Value args[2] = {MK_INT(ERANGE), OBJ_VAL(str_from_cstr("Numerical result out of range"))};
    Value e = exc_new(&OverflowError_type, args, 2);
    if (!e) return VNULL;
    return err_set_value(e);
}

Value float_pow_d(double x, double y) {
    if (y == 0.0) return float_new(1.0);
    if (isnan(x)) return float_new(y == 0.0 ? 1.0 : x);
    if (isnan(y)) return float_new(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) return float_new(1.0);
        if ((y > 0) == (ax > 1.0)) return float_new(HUGE_VAL);
        return float_new(0.0);
    }
    if (isinf(x)) {
        bool odd = fmod(fabs(y), 2.0) == 1.0;
        if (y > 0) return float_new(odd ? x : fabs(x));
        return float_new(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0)
            return err_str(&ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
        bool odd = fmod(fabs(y), 2.0) == 1.0;
        return float_new(odd ? x : 0.0);
    }
    if (x < 0 && y != floor(y)) {
        /* a complex result, as CPython: complex(x) ** y */
        Value xf = float_new(x), yf = float_new(y);
        if (!xf || !yf) return VNULL;
        Value cx = obj_call1(OBJ_VAL(&complex_type), xf);
        if (!cx) return VNULL;
        return num_binop(cx, yf, NB_POW);
    }
    errno = 0;
    double r = pow(x, y);
    if (isinf(r)) return range_error();
    return float_new(r);
}

static Value f_pow(Value a, Value b) {
    CONVERT(a, b, x, y);
    return float_pow_d(x, y);
}

static Value f_neg(Value a) { return float_new(-float_val(a)); }
static Value f_pos(Value a) { return IS_FLOAT_EXACT(a) ? a : float_new(float_val(a)); }
static Value f_abs(Value a) { return float_new(fabs(float_val(a))); }
static Value f_int(Value a) { return int_from_double(float_val(a)); }
static int f_bool(Value a) { return float_val(a) != 0.0; }

static Value cmp_result(int c, int op) {
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return BOOL_V(r);
}

static Value float_richcompare(Value a, Value b, int op) {
    if (!IS_FLOAT(a)) return NOT_IMPLEMENTED;
    double x = float_val(a);
    if (IS_FLOAT(b)) {
        double y = float_val(b);
        switch (op) {
        case CMP_LT: return BOOL_V(x < y);
        case CMP_LE: return BOOL_V(x <= y);
        case CMP_EQ: return BOOL_V(x == y);
        case CMP_NE: return BOOL_V(x != y);
        case CMP_GT: return BOOL_V(x > y);
        default: return BOOL_V(x >= y);
        }
    }
    if (IS_INTLIKE(b)) {
        if (isnan(x)) return BOOL_V(op == CMP_NE);
        return cmp_result(-int_compare_double(b, x), op);
    }
    return NOT_IMPLEMENTED;
}

static Str *float_repr_slot(Value v) { return float_repr(float_val(v)); }

static Value float_float_slot(Value a) { return f_pos(a); }

static void float_trace(Obj *o, Tracer *t) { (void)o; (void)t; }

Type float_type = {
    .hdr = {&type_type},
    .name = "float",
    .basicsize = sizeof(Float),
    .flags = TF_BASETYPE | TF_FLOAT_SUBCLASS,
    .trace = float_trace,
    .new_ = float_new_,
    .repr = float_repr_slot,
    .hash = float_hash_slot,
    .richcompare = float_richcompare,
    .nb = {
        [NB_ADD] = f_add, [NB_SUB] = f_sub, [NB_MUL] = f_mul,
        [NB_TRUEDIV] = f_truediv, [NB_FLOORDIV] = f_floordiv, [NB_MOD] = f_mod,
        [NB_POW] = f_pow, [NB_DIVMOD] = f_divmod,
    },
    .nb_neg = f_neg,
    .nb_pos = f_pos,
    .nb_abs = f_abs,
    .nb_int = f_int,
    .nb_float = float_float_slot,
    .nb_bool = f_bool,
    .methods = float_methods,
    .getsets = float_getsets,
    .doc = "Convert a string or number to a floating point number, if possible.",
};
