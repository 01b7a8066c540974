/* math.c - the math module (CPython 3.11's function set and errors).
 *
 * Real functions convert their arguments with num_to_double ("must be real
 * number, not str") and map libm results to CPython's exceptions: a NaN
 * from a non-NaN argument is ValueError("math domain error"); an infinity
 * from a finite argument is OverflowError("math range error") for functions
 * that can overflow, ValueError otherwise.  Integer functions (factorial,
 * gcd, lcm, comb, perm, isqrt) work on arbitrary ints with GMP, and log()
 * accepts ints too large for a double.
 *
 * Thread-safety: no mutable state.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime.h"


static Value domain_error(void) { return err_str(&ValueError_type, "math domain error"); }
static Value range_error(void) { return err_str(&OverflowError_type, "math range error"); }

static int no_kw(const char *name, Tuple *kw) {
    if (!kw || tuple_len(kw) == 0) return 0;
    err_format(&TypeError_type, "math.%s() takes no keyword arguments", name);
    return -1;
}

static int want_args_kw(const char *name, size_t nargs, size_t n, Tuple *kw) {
    if (no_kw(name, kw) < 0) return -1;
    if (nargs == n) return 0;
    if (n == 1)
        err_format(&TypeError_type, "math.%s() takes exactly one argument (%zu given)", name, nargs);
    else
        err_format(&TypeError_type, "%s expected %zu arguments, got %zu", name, n, nargs);
    return -1;
}

/* One-argument real function.  can_overflow: an infinite result from a
 * finite argument is a range error (else a domain error). */
static Value math_1(const char *name, Value *args, size_t nargs, Tuple *kw,
                    double (*f)(double), bool can_overflow) {
    if (want_args_kw(name, nargs, 1, kw) < 0) return VNULL;
    double x;
    if (num_to_double(args[0], &x) < 0) return VNULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    if (errno == ERANGE && isfinite(r) && fabs(r) >= 1.0) return range_error();
    return float_new(r);
}

#define MATH1(name, fn, ovf)                                                      \
    static Value m_##name(Value self, Value *args, size_t nargs, Tuple *kw) {     \
        return math_1(#name, args, nargs, kw, fn, ovf);                               \
    }

static double d_sqrt(double x) { return x < 0 ? NAN : sqrt(x); }
static double d_log1p(double x) { return x <= -1.0 ? (x == -1.0 ? -HUGE_VAL : NAN) : log1p(x); }
static double d_acosh(double x) { return x < 1.0 ? NAN : acosh(x); }
static double d_atanh(double x) { return fabs(x) >= 1.0 ? (fabs(x) == 1.0 ? HUGE_VAL : NAN) : atanh(x); }
static double d_sin(double x) { return isinf(x) ? NAN : sin(x); }
static double d_cos(double x) { return isinf(x) ? NAN : cos(x); }
static double d_tan(double x) { return isinf(x) ? NAN : tan(x); }
static double d_asin(double x) { return fabs(x) > 1.0 ? NAN : asin(x); }
static double d_acos(double x) { return fabs(x) > 1.0 ? NAN : acos(x); }
static double d_degrees(double x) { return x * (180.0 / M_PI); }
static double d_radians(double x) { return x * (M_PI / 180.0); }

/* gamma and lgamma: the Lanczos approximation (g = 6.0246..., 13 terms,
 * the coefficients published with Boost's lanczos13m53), evaluated as a
 * rational function so that results agree with CPython to the last bit. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* coefficients of x(x+1)...(x+11): unsigned Stirling numbers s(12, k) */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        /* in 1/x, to avoid overflow for large x */
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x), accurate near the integers */
static double sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double d_gamma(double x) {
    if (isnan(x)) return x;
    if (isinf(x)) return x > 0 ? x : NAN;
    if (x == 0.0) return NAN;
    if (x == floor(x)) {
        if (x < 0) return NAN;
        if (x <= 23) {
            double f = 1.0;
            /* (x-1)! exactly, rounded once: exact in 64-bit ints up to 20! */
            uint64_t u = 1;
            for (int i = 2; i < (int)x && i <= 20; i++) u *= (uint64_t)i;
            f = (double)u;
            if (x > 21) {
                mpz_t z;
                mpz_init(z);
                mpz_fac_ui(z, (unsigned long)x - 1);
                Value v = int_from_mpz(z);
                mpz_clear(z);
                if (!v || int_as_double(v, &f) < 0) err_clear();
            }
            return f;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) return 1.0 / x;
    if (ax > 200.0) return x < 0 ? 0.0 / sinpi(x) : HUGE_VAL;
    double y = ax + lanczos_g_minus_half, z, r;
    /* the rounding error in y, folded in as a relative correction */
    if (ax > lanczos_g_minus_half) z = (y - ax) - lanczos_g_minus_half;
    else z = (y - lanczos_g_minus_half) - ax;
    z = z * lanczos_g / y;
    if (x < 0) {
        r = -M_PI / sinpi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double sp = pow(y, ax / 2.0 - 0.25);
            r /= sp;
            r /= sp;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double sp = pow(y, ax / 2.0 - 0.25);
            r *= sp;
            r *= sp;
        }
    }
    return r;
}

static double d_lgamma(double x) {
    if (isnan(x)) return x;
    if (isinf(x)) return HUGE_VAL;
    if (x == floor(x) && x <= 2.0) return x <= 0.0 ? NAN : 0.0;
    double ax = fabs(x);
    if (ax < 1e-20) return -log(ax);
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0) r = log(M_PI) - log(fabs(sinpi(ax))) - log(ax) - r;
    return r;
}

MATH1(sqrt, d_sqrt, false)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(cbrt, cbrt, false)
MATH1(log1p, d_log1p, false)
MATH1(sin, d_sin, false)
MATH1(cos, d_cos, false)
MATH1(tan, d_tan, false)
MATH1(asin, d_asin, false)
MATH1(acos, d_acos, false)
MATH1(atan, atan, false)
MATH1(sinh, sinh, true)
MATH1(cosh, cosh, true)
MATH1(tanh, tanh, false)
MATH1(asinh, asinh, false)
MATH1(acosh, d_acosh, false)
MATH1(atanh, d_atanh, false)
MATH1(fabs, fabs, false)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
MATH1(gamma, d_gamma, true)
MATH1(lgamma, d_lgamma, true)
MATH1(degrees, d_degrees, true)
MATH1(radians, d_radians, false)

/* ---- logarithms (ints of any size) ---- */

/* log of x in the given libm function; ints too big for a double are
 * reduced by a power of two first. */
static int log_of(Value x, double (*f)(double), double *out) {
    if (IS_INTLIKE(x)) {
        if (int_sign(x) <= 0) {
            domain_error();
            return -1;
        }
        double d;
        if (int_as_double(x, &d) == 0) {
            *out = f(d);
            return 0;
        }
        err_clear();
        IntView iv;
        int_view(x, &iv);
        size_t bits = mpz_sizeinbase(iv.z, 2);
        mp_bitcnt_t sh = bits - 60;
        mpz_t t;
        mpz_init(t);
        mpz_tdiv_q_2exp(t, iv.z, sh);
        double m = mpz_get_d(t);
        mpz_clear(t);
        /* log(m * 2**sh) = f(m) + sh * f(2) */
        *out = f(m) + (double)sh * f(2.0);
        return 0;
    }
    double d;
    if (num_to_double(x, &d) < 0) return -1;
    if (isnan(d)) {
        *out = d;
        return 0;
    }
    if (d <= 0) {
        domain_error();
        return -1;
    }
    *out = f(d);
    return 0;
}

static Value m_log(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (kw && tuple_len(kw) > 0) return err_str(&TypeError_type, "log() takes no keyword arguments");
    if (nargs < 1 || nargs > 2) return err_str(&TypeError_type, "math.log requires 1 to 2 arguments");
    double num;
    if (log_of(args[0], log, &num) < 0) return VNULL;
    if (nargs == 2) {
        double den;
        if (log_of(args[1], log, &den) < 0) return VNULL;
        if (den == 0.0) return err_str(&ZeroDivisionError_type, "float division by zero");
        return float_new(num / den);
    }
    return float_new(num);
}

static Value m_log2(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("log2", nargs, 1, kw) < 0) return VNULL;
    double r;
    if (log_of(args[0], log2, &r) < 0) return VNULL;
    return float_new(r);
}

static Value m_log10(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("log10", nargs, 1, kw) < 0) return VNULL;
    double r;
    if (log_of(args[0], log10, &r) < 0) return VNULL;
    return float_new(r);
}

/* ---- two-argument real functions ---- */

static int two_doubles(const char *name, Value *args, size_t nargs, Tuple *kw, double *x, double *y) {
    if (want_args_kw(name, nargs, 2, kw) < 0) return -1;
    if (num_to_double(args[0], x) < 0 || num_to_double(args[1], y) < 0) return -1;
    return 0;
}

static Value m_pow(Value self, Value *args, size_t nargs, Tuple *kw) {
    double x, y;
    if (two_doubles("pow", args, nargs, kw, &x, &y) < 0) return VNULL;
    double r;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0) r = odd ? x : fabs(x);
            else if (y == 0) r = 1.0;
            else r = odd ? copysign(0.0, x) : 0.0;
        } else {
            if (fabs(x) == 1.0) r = 1.0;
            else if ((y > 0) == (fabs(x) > 1.0)) r = HUGE_VAL;
            else r = 0.0;
        }
        return float_new(r);
    }
    if (x == 0.0 && y < 0) return domain_error();
    if (x < 0 && floor(y) != y) return domain_error();
    r = pow(x, y);
    if (isinf(r)) return range_error();
    return float_new(r);
}

static Value m_atan2(Value self, Value *args, size_t nargs, Tuple *kw) {
    double x, y;
    if (two_doubles("atan2", args, nargs, kw, &y, &x) < 0) return VNULL;
    return float_new(atan2(y, x));
}

static Value m_copysign(Value self, Value *args, size_t nargs, Tuple *kw) {
    double x, y;
    if (two_doubles("copysign", args, nargs, kw, &x, &y) < 0) return VNULL;
    return float_new(copysign(x, y));
}

static Value m_fmod(Value self, Value *args, size_t nargs, Tuple *kw) {
    double x, y;
    if (two_doubles("fmod", args, nargs, kw, &x, &y) < 0) return VNULL;
    if (isinf(y) && isfinite(x)) return float_new(x);
    if (isnan(x) || isnan(y)) return float_new(NAN);
    if (isinf(x) || y == 0.0) return domain_error();
    return float_new(fmod(x, y));
}

static Value m_remainder(Value self, Value *args, size_t nargs, Tuple *kw) {
    double x, y;
    if (two_doubles("remainder", args, nargs, kw, &x, &y) < 0) return VNULL;
    if (isnan(x) || isnan(y)) return float_new(NAN);
    if (isinf(x) || y == 0.0) return domain_error();
    if (isinf(y)) return float_new(x);
    return float_new(remainder(x, y));
}

static Value m_nextafter(Value self, Value *args, size_t nargs, Tuple *kw) {
    double x, y;
    if (two_doubles("nextafter", args, nargs, kw, &x, &y) < 0) return VNULL;
    return float_new(nextafter(x, y));
}

static Value m_ulp(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("ulp", nargs, 1, kw) < 0) return VNULL;
    double x;
    if (num_to_double(args[0], &x) < 0) return VNULL;
    if (isnan(x)) return float_new(x);
    x = fabs(x);
    if (isinf(x)) return float_new(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return float_new(x - x2);
    }
    return float_new(x2 - x);
}

static Value m_ldexp(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("ldexp", nargs, 2, kw) < 0) return VNULL;
    double x;
    if (num_to_double(args[0], &x) < 0) return VNULL;
    if (!IS_INTLIKE(args[1]))
        return err_str(&TypeError_type, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (int_as_i64(args[1], &e) < 0) {
        err_clear();
        e = int_sign(args[1]) > 0 ? 100000 : -100000;
    }
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    if (x == 0.0 || !isfinite(x)) return float_new(x);
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error();
    return float_new(r);
}

static Value m_frexp(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("frexp", nargs, 1, kw) < 0) return VNULL;
    double x;
    if (num_to_double(args[0], &x) < 0) return VNULL;
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0) m = frexp(x, &e);
    Value mv = float_new(m);
    if (!mv) return VNULL;
    return OBJ_VAL(tuple_pack(2, mv, MK_INT(e)));
}

static Value m_modf(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("modf", nargs, 1, kw) < 0) return VNULL;
    double x;
    if (num_to_double(args[0], &x) < 0) return VNULL;
    double ip, fp;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    Value a = float_new(fp);
    if (!a) return VNULL;
    Value b = float_new(ip);
    if (!b) return VNULL;
    return OBJ_VAL(tuple_pack(2, a, b));
}

static Value m_isfinite(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("isfinite", nargs, 1, kw) < 0) return VNULL;
    double x;
    if (num_to_double(args[0], &x) < 0) return VNULL;
    return BOOL_V(isfinite(x));
}

static Value m_isinf(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("isinf", nargs, 1, kw) < 0) return VNULL;
    double x;
    if (num_to_double(args[0], &x) < 0) return VNULL;
    return BOOL_V(isinf(x));
}

static Value m_isnan(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("isnan", nargs, 1, kw) < 0) return VNULL;
    double x;
    if (num_to_double(args[0], &x) < 0) return VNULL;
    return BOOL_V(isnan(x));
}

static Value m_isclose(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    Value a[4] = {VNULL, VNULL, VNULL, VNULL};
    if (nargs > 2)
        return err_format(&TypeError_type, "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
    if (args_bind("isclose", args, nargs, kw, names, 2, 4, a) < 0) return VNULL;
    double x, y, rel = 1e-9, abst = 0.0;
    if (num_to_double(a[0], &x) < 0 || num_to_double(a[1], &y) < 0) return VNULL;
    if (a[2] && num_to_double(a[2], &rel) < 0) return VNULL;
    if (a[3] && num_to_double(a[3], &abst) < 0) return VNULL;
    if (rel < 0.0 || abst < 0.0) return err_str(&ValueError_type, "tolerances must be non-negative");
    if (x == y) return TRUE_V;
    if (isinf(x) || isinf(y)) return FALSE_V;
    double diff = fabs(y - x);
    return BOOL_V(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abst);
}

/* ---- rounding to int ---- */

static Value round_to_int(const char *name, Value x, Str *dunder, double (*f)(double)) {
    if (IS_FLOAT_EXACT(x)) return int_from_double(f(float_val(x)));
    if (IS_INTLIKE(x) && !(val_type(x)->flags & TF_HEAPTYPE)) return int_unwrap(x);
    bool found = false;
    Value r = obj_call_special(x, dunder, NULL, 0, &found);
    if (found) return r;
    if (err_occurred()) return VNULL;
    double d;
    if (num_to_double(x, &d) < 0) return VNULL;
    return int_from_double(f(d));
}

static Value m_floor(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("floor", nargs, 1, kw) < 0) return VNULL;
    return round_to_int("floor", args[0], ID(__floor__), floor);
}

static Value m_ceil(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("ceil", nargs, 1, kw) < 0) return VNULL;
    return round_to_int("ceil", args[0], ID(__ceil__), ceil);
}

static Value m_trunc(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("trunc", nargs, 1, kw) < 0) return VNULL;
    Value x = args[0];
    if (IS_FLOAT_EXACT(x)) return int_from_double(float_val(x));
    if (IS_INTLIKE(x) && !(val_type(x)->flags & TF_HEAPTYPE)) return int_unwrap(x);
    bool found = false;
    Value r = obj_call_special(x, ID(__trunc__), NULL, 0, &found);
    if (found || err_occurred()) return r;
    return err_format(&TypeError_type, "type %T doesn't define __trunc__ method", x);
}

/* ---- integer functions ---- */

static Value index_arg(Value v) {
    if (IS_INTLIKE(v)) return int_unwrap(v);
    return num_index(v);
}

static Value m_factorial(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("factorial", nargs, 1, kw) < 0) return VNULL;
    Value n = index_arg(args[0]);
    if (!n) return VNULL;
    if (int_sign(n) < 0)
        return err_str(&ValueError_type, "factorial() not defined for negative values");
    int64_t k;
    if (int_as_i64(n, &k) < 0) {
        err_clear();
        return err_str(&OverflowError_type,
                       "factorial() argument should not exceed 9223372036854775807");
    }
    if (k > 100000000) return err_no_memory();
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, (unsigned long)k);
    Value res = int_from_mpz(r);
    mpz_clear(r);
    return res;
}

static Value m_gcd(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (no_kw("gcd", kw) < 0) return VNULL;
    Value g = MK_INT(0);
    for (size_t i = 0; i < nargs; i++) {
        Value v = index_arg(args[i]);
        if (!v) return VNULL;
        g = int_gcd(g, v);
        if (!g) return VNULL;
    }
    return int_abs(g);
}

static Value m_lcm(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (no_kw("lcm", kw) < 0) return VNULL;
    Value l = MK_INT(1);
    for (size_t i = 0; i < nargs; i++) {
        Value v = index_arg(args[i]);
        if (!v) return VNULL;
        IntView a, b;
        int_view(l, &a);
        int_view(v, &b);
        mpz_t r;
        mpz_init(r);
        mpz_lcm(r, a.z, b.z);
        l = int_from_mpz(r);
        mpz_clear(r);
        if (!l) return VNULL;
    }
    return l;
}

static Value m_isqrt(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("isqrt", nargs, 1, kw) < 0) return VNULL;
    Value n = index_arg(args[0]);
    if (!n) return VNULL;
    if (int_sign(n) < 0) return err_str(&ValueError_type, "isqrt() argument must be nonnegative");
    IntView iv;
    int_view(n, &iv);
    mpz_t r;
    mpz_init(r);
    mpz_sqrt(r, iv.z);
    Value res = int_from_mpz(r);
    mpz_clear(r);
    return res;
}

/* comb/perm argument checks; *k_small gets min(k, n-k) style bound. */
static int comb_args(const char *name, Value *args, Value *n, Value *k) {
    *n = index_arg(args[0]);
    if (!*n) return -1;
    *k = index_arg(args[1]);
    if (!*k) return -1;
    if (int_sign(*n) < 0) {
        err_str(&ValueError_type, "n must be a non-negative integer");
        return -1;
    }
    if (int_sign(*k) < 0) {
        err_str(&ValueError_type, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

static Value m_comb(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("comb", nargs, 2, kw) < 0) return VNULL;
    Value n, k;
    if (comb_args("comb", args, &n, &k) < 0) return VNULL;
    if (int_compare(k, n) > 0) return MK_INT(0);
    Value nk = int_sub(n, k);
    if (!nk) return VNULL;
    Value kk = int_compare(nk, k) < 0 ? nk : k;
    int64_t ks;
    if (int_as_i64(kk, &ks) < 0) {
        err_clear();
        return err_str(&OverflowError_type, "min(n - k, k) must not exceed 9223372036854775807");
    }
    IntView vn;
    int_view(n, &vn);
    mpz_t r;
    mpz_init(r);
    mpz_bin_ui(r, vn.z, (unsigned long)ks);
    Value res = int_from_mpz(r);
    mpz_clear(r);
    return res;
}

static Value m_perm(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (no_kw("perm", kw) < 0) return VNULL;
    if (nargs == 1 || (nargs == 2 && args[1] == NONE)) return m_factorial(self, args, 1, kw);
    if (nargs == 0)
        return err_str(&TypeError_type, "perm expected at least 1 argument, got 0");
    if (nargs != 2)
        return err_format(&TypeError_type, "perm expected at most 2 arguments, got %zu", nargs);
    Value n, k;
    if (comb_args("perm", args, &n, &k) < 0) return VNULL;
    if (int_compare(k, n) > 0) return MK_INT(0);
    int64_t ks;
    if (int_as_i64(k, &ks) < 0) {
        err_clear();
        return err_str(&OverflowError_type, "k must not exceed 9223372036854775807");
    }
    IntView vn;
    int_view(n, &vn);
    mpz_t r, f;
    mpz_init(r);
    mpz_init(f);
    mpz_bin_ui(r, vn.z, (unsigned long)ks);
    mpz_fac_ui(f, (unsigned long)ks);
    mpz_mul(r, r, f);
    Value res = int_from_mpz(r);
    mpz_clear(r);
    mpz_clear(f);
    return res;
}

static Value m_prod(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"", "start"};
    Value a[2] = {VNULL, VNULL};
    if (nargs != 1)
        return err_format(&TypeError_type, "prod() takes exactly 1 positional argument (%zu given)", nargs);
    if (args_bind("prod", args, nargs, kw, names, 1, 2, a) < 0) return VNULL;
    Value acc = a[1] ? a[1] : MK_INT(1);
    Value it = obj_getiter(a[0]);
    if (!it) return VNULL;
    for (;;) {
        Value x = obj_iternext(it);
        if (!x) {
            if (err_occurred()) return VNULL;
            break;
        }
        if (IS_INT(acc) && IS_INT(x)) acc = int_mul(acc, x);
        else acc = num_binop(acc, x, NB_MUL);
        if (!acc) return VNULL;
    }
    return acc;
}

/* ---- fsum: Shewchuk's exact partial sums, rounded half-even once ---- */

static Value m_fsum(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("fsum", nargs, 1, kw) < 0) return VNULL;
    Value it = obj_getiter(args[0]);
    if (!it) return VNULL;
    size_t cap = 32, n = 0;
    double stackp[32];
    double *p = stackp;
    double special = 0.0, inf_sum = 0.0;
    Value res = VNULL;
    for (;;) {
        Value item = obj_iternext(it);
        if (!item) {
            if (err_occurred()) goto done;
            break;
        }
        double x;
        if (num_to_double(item, &x) < 0) goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* a non-finite input, or an intermediate overflow */
                if (isfinite(xsave)) {
                    err_str(&OverflowError_type, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    size_t ncap = cap * 2;
                    double *np = malloc(ncap * sizeof(double));
                    if (!np) {
                        err_no_memory();
                        goto done;
                    }
                    memcpy(np, p, n * sizeof(double));
                    if (p != stackp) free(p);
                    p = np;
                    cap = ncap;
                }
                p[n++] = x;
            }
        }
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) err_str(&ValueError_type, "-inf + inf in fsum");
        else res = float_new(special);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* half-even correction when the rest of the partials push the
         * rounding the same way as lo */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    res = float_new(hi);
done:
    if (p != stackp) free(p);
    return res;
}

/* ---- hypot / dist: scaled, compensated sum of squares ---- */

static double vector_norm(size_t n, double *v, double maxv, bool found_nan) {
    if (isinf(maxv)) return maxv;
    if (found_nan) return NAN;
    if (maxv == 0.0 || n <= 1) return maxv;
    int max_e;
    frexp(maxv, &max_e);
    if (max_e < -1023) {
        for (size_t i = 0; i < n; i++) v[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, v, maxv / DBL_MIN, false);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        double phi = x * x, plo = fma(x, x, -phi);
        double shi = csum + phi, slo = (csum - shi) + phi;
        csum = shi;
        frac1 += plo;
        frac2 += slo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    double phi = -h * h, plo = fma(-h, h, -phi);
    double shi = csum + phi, slo = (csum - shi) + phi;
    csum = shi;
    frac1 += plo;
    frac2 += slo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static Value m_hypot(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (no_kw("hypot", kw) < 0) return VNULL;
    double stackv[16];
    double *v = nargs <= 16 ? stackv : malloc(nargs * sizeof(double));
    if (!v) return err_no_memory();
    double maxv = 0.0;
    bool nan_seen = false;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (num_to_double(args[i], &x) < 0) {
            if (v != stackv) free(v);
            return VNULL;
        }
        x = fabs(x);
        v[i] = x;
        nan_seen |= isnan(x);
        if (x > maxv) maxv = x;
    }
    double r = vector_norm(nargs, v, maxv, nan_seen);
    if (v != stackv) free(v);
    return float_new(r);
}

static Value m_dist(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (want_args_kw("dist", nargs, 2, kw) < 0) return VNULL;
    Tuple *p = obj_to_tuple(args[0]);
    if (!p) return VNULL;
    Tuple *q = obj_to_tuple(args[1]);
    if (!q) return VNULL;
    int64_t n = tuple_len(p);
    if (tuple_len(q) != n)
        return err_str(&ValueError_type, "both points must have the same number of dimensions");
    double stackv[16];
    double *v = n <= 16 ? stackv : malloc((size_t)n * sizeof(double));
    if (!v) return err_no_memory();
    double maxv = 0.0;
    bool nan_seen = false;
    for (int64_t i = 0; i < n; i++) {
        double a, b;
        if (num_to_double(tuple_get(p, i), &a) < 0 || num_to_double(tuple_get(q, i), &b) < 0) {
            if (v != stackv) free(v);
            return VNULL;
        }
        double x = fabs(a - b);
        v[i] = x;
        nan_seen |= isnan(x);
        if (x > maxv) maxv = x;
    }
    double r = vector_norm((size_t)n, v, maxv, nan_seen);
    if (v != stackv) free(v);
    return float_new(r);
}

static const MethodDef math_functions[] = {
    {"sqrt", m_sqrt, 0, "Return the square root of x."},
    {"exp", m_exp, 0, NULL},
    {"exp2", m_exp2, 0, NULL},
    {"expm1", m_expm1, 0, NULL},
    {"cbrt", m_cbrt, 0, NULL},
    {"log", m_log, 0, NULL},
    {"log2", m_log2, 0, NULL},
    {"log10", m_log10, 0, NULL},
    {"log1p", m_log1p, 0, NULL},
    {"sin", m_sin, 0, NULL},
    {"cos", m_cos, 0, NULL},
    {"tan", m_tan, 0, NULL},
    {"asin", m_asin, 0, NULL},
    {"acos", m_acos, 0, NULL},
    {"atan", m_atan, 0, NULL},
    {"atan2", m_atan2, 0, NULL},
    {"sinh", m_sinh, 0, NULL},
    {"cosh", m_cosh, 0, NULL},
    {"tanh", m_tanh, 0, NULL},
    {"asinh", m_asinh, 0, NULL},
    {"acosh", m_acosh, 0, NULL},
    {"atanh", m_atanh, 0, NULL},
    {"fabs", m_fabs, 0, NULL},
    {"erf", m_erf, 0, NULL},
    {"erfc", m_erfc, 0, NULL},
    {"gamma", m_gamma, 0, NULL},
    {"lgamma", m_lgamma, 0, NULL},
    {"degrees", m_degrees, 0, NULL},
    {"radians", m_radians, 0, NULL},
    {"pow", m_pow, 0, NULL},
    {"copysign", m_copysign, 0, NULL},
    {"fmod", m_fmod, 0, NULL},
    {"remainder", m_remainder, 0, NULL},
    {"nextafter", m_nextafter, 0, NULL},
    {"ulp", m_ulp, 0, NULL},
    {"ldexp", m_ldexp, 0, NULL},
    {"frexp", m_frexp, 0, NULL},
    {"modf", m_modf, 0, NULL},
    {"isfinite", m_isfinite, 0, NULL},
    {"isinf", m_isinf, 0, NULL},
    {"isnan", m_isnan, 0, NULL},
    {"isclose", m_isclose, 0, NULL},
    {"floor", m_floor, 0, NULL},
    {"ceil", m_ceil, 0, NULL},
    {"trunc", m_trunc, 0, NULL},
    {"factorial", m_factorial, 0, NULL},
    {"gcd", m_gcd, 0, NULL},
    {"lcm", m_lcm, 0, NULL},
    {"isqrt", m_isqrt, 0, NULL},
    {"comb", m_comb, 0, NULL},
    {"perm", m_perm, 0, NULL},
    {"prod", m_prod, 0, NULL},
    {"fsum", m_fsum, 0, NULL},
    {"hypot", m_hypot, 0, NULL},
    {"dist", m_dist, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Module *mathmodule_init(void) {
    Module *m = module_new(str_from_cstr("math"));
    if (!m) return NULL;
    if (module_add_functions(m, math_functions) < 0) return NULL;
    if (module_add_value(m, "pi", float_new(M_PI)) < 0 ||
        module_add_value(m, "e", float_new(M_E)) < 0 ||
        module_add_value(m, "tau", float_new(2 * M_PI)) < 0 ||
        module_add_value(m, "inf", float_new(HUGE_VAL)) < 0 ||
        module_add_value(m, "nan", float_new(NAN)) < 0)
        return NULL;
    return m;
}
