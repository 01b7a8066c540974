/* int.c - the int type: small tagged ints, BigInts, arithmetic and slots.
 *
 * Invariants: a value in [SMALL_INT_MIN, SMALL_INT_MAX] is always a tagged
 * small int; an exact-int BigInt always holds a bigger magnitude, with
 * normalised limbs (top limb nonzero) and the sign in `size`.  Instances of
 * int subclasses use the BigInt layout for every value (size 0 for zero).
 * Booleans are the static Bool objects and read as 0/1.
 *
 * Small-int paths use __builtin_*_overflow and never allocate.  Anything
 * bigger goes through GMP: operands are read in place through IntView
 * (mpz_roinit_n over the object's limbs, no copy), results land in mpz
 * temporaries in GMP's malloc()ed memory (they hold no GC pointers) and are
 * copied into a fresh BigInt by int_from_mpz().
 *
 * Thread-safety: ints are immutable; nothing here locks.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime.h"

/* ---- views and construction ---- */

void int_view(Value v, IntView *iv) {
    if (IS_INT(v)) {
        int64_t i = INT_VAL(v);
        if (i == 0) {
            mpz_roinit_n(iv->z, iv->buf, 0);
        } else {
            iv->buf[0] = i < 0 ? (mp_limb_t)(-(uint64_t)i) : (mp_limb_t)i;
            mpz_roinit_n(iv->z, iv->buf, i < 0 ? -1 : 1);
        }
        return;
    }
    Obj *o = AS_OBJ(v);
    if (o->type == &bool_type) {
        iv->buf[0] = 1;
        mpz_roinit_n(iv->z, iv->buf, ((Bool *)o)->v ? 1 : 0);
        return;
    }
    BigInt *b = (BigInt *)o;
    mpz_roinit_n(iv->z, b->limbs, b->size);
}

static BigInt *bigint_alloc(Type *t, int64_t nlimbs) {
    size_t sz = sizeof(BigInt) + (size_t)nlimbs * sizeof(mp_limb_t);
    return t == &int_type ? gc_alloc(t, sz) : gc_alloc_instance(t, sz);
}

Value int_from_mpz(mpz_srcptr z) {
    size_t n = mpz_size(z);
    int sg = mpz_sgn(z);
    if (n == 0) return MK_INT(0);
    if (n == 1) {
        mp_limb_t l = mpz_getlimbn(z, 0);
        if (sg > 0 && l <= (mp_limb_t)SMALL_INT_MAX) return MK_INT((int64_t)l);
        if (sg < 0 && l <= (mp_limb_t)SMALL_INT_MAX + 1) return MK_INT(-(int64_t)(l - 1) - 1);
    }
    BigInt *b = bigint_alloc(&int_type, (int64_t)n);
    if (!b) return VNULL;
    memcpy(b->limbs, mpz_limbs_read(z), n * sizeof(mp_limb_t));
    b->size = sg < 0 ? -(int64_t)n : (int64_t)n;
    return OBJ_VAL(b);
}

Value int_from_i64(int64_t i) {
    if (FITS_SMALL(i)) return MK_INT(i);
    BigInt *b = bigint_alloc(&int_type, 1);
    if (!b) return VNULL;
    b->limbs[0] = i < 0 ? (mp_limb_t)(-(uint64_t)i) : (mp_limb_t)i;
    b->size = i < 0 ? -1 : 1;
    return OBJ_VAL(b);
}

Value int_from_u64(uint64_t u) {
    if (u <= (uint64_t)SMALL_INT_MAX) return MK_INT((int64_t)u);
    BigInt *b = bigint_alloc(&int_type, 1);
    if (!b) return VNULL;
    b->limbs[0] = u;
    b->size = 1;
    return OBJ_VAL(b);
}

Value int_subtype_new(Type *t, Value value) {
    IntView iv;
    int_view(value, &iv);
    int64_t n = (int64_t)mpz_size(iv.z);
    BigInt *b = bigint_alloc(t, n);
    if (!b) return VNULL;
    int_view(value, &iv); /* value is still alive on our stack */
    memcpy(b->limbs, mpz_limbs_read(iv.z), (size_t)n * sizeof(mp_limb_t));
    b->size = mpz_sgn(iv.z) < 0 ? -n : n;
    return OBJ_VAL(b);
}

Value int_unwrap(Value v) {
    if (IS_INT(v)) return v;
    Obj *o = AS_OBJ(v);
    if (o->type == &int_type) return v;
    if (o->type == &bool_type) return MK_INT(((Bool *)o)->v ? 1 : 0);
    IntView iv;
    int_view(v, &iv);
    return int_from_mpz(iv.z);
}

int int_as_i64(Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = INT_VAL(v);
        return 0;
    }
    IntView iv;
    int_view(v, &iv);
    if (!mpz_fits_slong_p(iv.z)) {
        err_str(&OverflowError_type, "Python int too large to convert to C long");
        return -1;
    }
    *out = mpz_get_si(iv.z);
    return 0;
}

int int_sign(Value v) {
    if (IS_INT(v)) {
        int64_t i = INT_VAL(v);
        return (i > 0) - (i < 0);
    }
    IntView iv;
    int_view(v, &iv);
    return mpz_sgn(iv.z);
}

/* Correctly rounded |z| -> double via 55 significant bits plus a sticky
 * bit; returns inf when it overflows. */
static double mpz_abs_to_double(mpz_srcptr z) {
    size_t nbits = mpz_sizeinbase(z, 2);
    mpz_t a;
    mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
    if (nbits <= 64) return (double)mpz_getlimbn(a, 0);
    if (nbits > 1100) return HUGE_VAL;
    mp_bitcnt_t shift = nbits - 55;
    mpz_t q;
    mpz_init(q);
    mpz_tdiv_q_2exp(q, a, shift);
    uint64_t top = mpz_getlimbn(q, 0);
    if (mpz_scan1(a, 0) < shift) top |= 1;
    mpz_clear(q);
    return ldexp((double)top, (int)shift);
}

int int_as_double(Value v, double *out) {
    if (IS_INT(v)) {
        *out = (double)INT_VAL(v);
        return 0;
    }
    IntView iv;
    int_view(v, &iv);
    double d = mpz_abs_to_double(iv.z);
    if (isinf(d)) {
        err_str(&OverflowError_type, "int too large to convert to float");
        return -1;
    }
    *out = mpz_sgn(iv.z) < 0 ? -d : d;
    return 0;
}

Value int_from_double(double d) {
    if (isnan(d)) return err_str(&ValueError_type, "cannot convert float NaN to integer");
    if (isinf(d)) return err_str(&OverflowError_type, "cannot convert float infinity to integer");
    if (fabs(d) < 4611686018427387904.0) return MK_INT((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    Value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* ---- hashing and comparison ---- */

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

int64_t int_hash(Value v) {
    int64_t h;
    if (IS_INT(v)) {
        int64_t i = INT_VAL(v);
        uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
        if (__builtin_expect(m >= HASH_MODULUS, 0)) m %= HASH_MODULUS;
        h = i < 0 ? -(int64_t)m : (int64_t)m;
    } else {
        IntView iv;
        int_view(v, &iv);
        uint64_t m = mpz_tdiv_ui(iv.z, HASH_MODULUS);
        h = mpz_sgn(iv.z) < 0 ? -(int64_t)m : (int64_t)m;
    }
    return h == -1 ? -2 : h;
}

int int_compare(Value a, Value b) {
    if (IS_INT(a) && IS_INT(b)) {
        int64_t x = INT_VAL(a), y = INT_VAL(b);
        return (x > y) - (x < y);
    }
    IntView va, vb;
    int_view(a, &va);
    int_view(b, &vb);
    int c = mpz_cmp(va.z, vb.z);
    return (c > 0) - (c < 0);
}

int int_compare_double(Value a, double d) {
    if (isinf(d)) return d > 0 ? -1 : 1;
    if (IS_INT(a)) {
        int64_t i = INT_VAL(a);
        if (i >= -(1LL << 53) && i <= (1LL << 53)) {
            double x = (double)i;
            return (x > d) - (x < d);
        }
    }
    IntView va;
    int_view(a, &va);
    int sa = mpz_sgn(va.z), sd = (d > 0) - (d < 0);
    if (sa != sd) return sa < sd ? -1 : 1;
    double t = trunc(d);
    mpz_t z;
    mpz_init_set_d(z, t);
    int c = mpz_cmp(va.z, z);
    mpz_clear(z);
    if (c != 0) return c > 0 ? 1 : -1;
    double frac = d - t;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

/* ---- generic big path ---- */

typedef void (*MpzBin)(mpz_ptr, mpz_srcptr, mpz_srcptr);

/* Operand size (limbs) above which GMP work runs detached. */
#define BIG_DETACH_LIMBS 4096

static Value big_binop(Value a, Value b, MpzBin fn) {
    IntView va, vb;
    int_view(a, &va);
    int_view(b, &vb);
    mpz_t r;
    mpz_init(r);
    /* Long GMP work detaches, so a collection elsewhere need not wait for
     * it.  The operands stay alive (va/vb point into them from this
     * stack, which detaching publishes) and are immutable; only malloc()ed
     * GMP memory is written. */
    bool detach = mpz_size(va.z) + mpz_size(vb.z) > BIG_DETACH_LIMBS;
    if (detach) thread_detach();
    fn(r, va.z, vb.z);
    if (detach) thread_attach();
    Value res = int_from_mpz(r);
    mpz_clear(r);
    return res;
}

static inline bool both_small(Value a, Value b) { return (a & b & 1) != 0; }

Value int_add(Value a, Value b) {
    if (both_small(a, b)) return int_from_i64(INT_VAL(a) + INT_VAL(b));
    return big_binop(a, b, mpz_add);
}

Value int_sub(Value a, Value b) {
    if (both_small(a, b)) return int_from_i64(INT_VAL(a) - INT_VAL(b));
    return big_binop(a, b, mpz_sub);
}

Value int_mul(Value a, Value b) {
    if (both_small(a, b)) {
        int64_t r;
        if (!__builtin_mul_overflow(INT_VAL(a), INT_VAL(b), &r)) return int_from_i64(r);
    }
    return big_binop(a, b, mpz_mul);
}

static Value zero_div(void) {
    return err_str(&ZeroDivisionError_type, "integer division or modulo by zero");
}

Value int_floordiv(Value a, Value b) {
    if (both_small(a, b)) {
        int64_t x = INT_VAL(a), y = INT_VAL(b);
        if (y == 0) return zero_div();
        int64_t q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return int_from_i64(q);
    }
    if (int_sign(b) == 0) return zero_div();
    return big_binop(a, b, mpz_fdiv_q);
}

Value int_mod(Value a, Value b) {
    if (both_small(a, b)) {
        int64_t x = INT_VAL(a), y = INT_VAL(b);
        if (y == 0) return err_str(&ZeroDivisionError_type, "integer modulo by zero");
        int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return MK_INT(r);
    }
    if (int_sign(b) == 0) return err_str(&ZeroDivisionError_type, "integer modulo by zero");
    return big_binop(a, b, mpz_fdiv_r);
}

Value int_divmod(Value a, Value b) {
    Value q, r;
    if (both_small(a, b)) {
        int64_t x = INT_VAL(a), y = INT_VAL(b);
        if (y == 0) return zero_div();
        int64_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            qq--;
            rr += y;
        }
        q = int_from_i64(qq);
        if (!q) return VNULL;
        r = MK_INT(rr);
    } else {
        if (int_sign(b) == 0) return zero_div();
        IntView va, vb;
        int_view(a, &va);
        int_view(b, &vb);
        mpz_t zq, zr;
        mpz_init(zq);
        mpz_init(zr);
        mpz_fdiv_qr(zq, zr, va.z, vb.z);
        q = int_from_mpz(zq);
        r = q ? int_from_mpz(zr) : VNULL;
        mpz_clear(zq);
        mpz_clear(zr);
        if (!r) return VNULL;
    }
    return OBJ_VAL(tuple_pack(2, q, r));
}

Value int_true_divide(Value a, Value b) {
    if (both_small(a, b)) {
        int64_t x = INT_VAL(a), y = INT_VAL(b);
        if (y == 0) return err_str(&ZeroDivisionError_type, "division by zero");
        const int64_t lim = 1LL << 53;
        if (x >= -lim && x <= lim && y >= -lim && y <= lim)
            return float_new((double)x / (double)y);
    }
    IntView va, vb;
    int_view(a, &va);
    int_view(b, &vb);
    if (mpz_sgn(vb.z) == 0) return err_str(&ZeroDivisionError_type, "division by zero");
    if (mpz_sgn(va.z) == 0) return float_new(mpz_sgn(vb.z) < 0 ? -0.0 : 0.0);
    bool neg = (mpz_sgn(va.z) < 0) != (mpz_sgn(vb.z) < 0);
    mpz_t aa, bb;
    mpz_roinit_n(aa, mpz_limbs_read(va.z), (mp_size_t)mpz_size(va.z));
    mpz_roinit_n(bb, mpz_limbs_read(vb.z), (mp_size_t)mpz_size(vb.z));
    long la = (long)mpz_sizeinbase(aa, 2), lb = (long)mpz_sizeinbase(bb, 2);
    long diff = la - lb; /* quotient in [2**(diff-1), 2**(diff+1)) */
    if (diff > 1025)
        return err_str(&OverflowError_type, "integer division result too large for a float");
    if (diff < -1080) return float_new(neg ? -0.0 : 0.0);
    /* Scale so the quotient has 55-56 bits and fold the remainder into a
     * sticky bit; in the subnormal range drop more bits (keeping the
     * sticky) so that exactly two lie below the last representable one:
     * one correct rounding at the end. */
    long shift = diff - 55;
    mpz_t n, d, q, r;
    mpz_init(n);
    mpz_init(d);
    mpz_init(q);
    mpz_init(r);
    if (shift < 0) {
        mpz_mul_2exp(n, aa, (mp_bitcnt_t)-shift);
        mpz_set(d, bb);
    } else {
        mpz_set(n, aa);
        mpz_mul_2exp(d, bb, (mp_bitcnt_t)shift);
    }
    mpz_tdiv_qr(q, r, n, d);
    uint64_t top = mpz_getlimbn(q, 0);
    if (mpz_sgn(r) != 0) top |= 1;
    mpz_clear(n);
    mpz_clear(d);
    mpz_clear(q);
    mpz_clear(r);
    long qtop = shift + (64 - __builtin_clzll(top));
    long ulp = qtop - 53 < -1074 ? -1074 : qtop - 53;
    long k = ulp - 2 - shift;
    if (k > 0) {
        bool lost = k >= 64 ? top != 0 : (top & ((1ULL << k) - 1)) != 0;
        top = k >= 64 ? 0 : top >> k;
        if (lost) top |= 1;
        shift += k;
    }
    double res = ldexp((double)top, (int)shift);
    if (isinf(res))
        return err_str(&OverflowError_type, "integer division result too large for a float");
    return float_new(neg ? -res : res);
}

Value int_neg(Value a) {
    if (IS_INT(a)) return int_from_i64(-INT_VAL(a));
    IntView va;
    int_view(a, &va);
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, va.z);
    Value res = int_from_mpz(r);
    mpz_clear(r);
    return res;
}

Value int_abs(Value a) {
    if (IS_INT(a)) {
        int64_t i = INT_VAL(a);
        return i < 0 ? int_from_i64(-i) : a;
    }
    return int_sign(a) < 0 ? int_neg(a) : int_unwrap(a);
}

Value int_invert(Value a) {
    if (IS_INT(a)) return MK_INT(~INT_VAL(a));
    IntView va;
    int_view(a, &va);
    mpz_t r;
    mpz_init(r);
    mpz_com(r, va.z);
    Value res = int_from_mpz(r);
    mpz_clear(r);
    return res;
}

Value int_and(Value a, Value b) {
    if (both_small(a, b)) return a & b;  /* tag bits and to 1 */
    return big_binop(a, b, mpz_and);
}

Value int_or(Value a, Value b) {
    if (both_small(a, b)) return a | b;
    return big_binop(a, b, mpz_ior);
}

Value int_xor(Value a, Value b) {
    if (both_small(a, b)) return MK_INT(INT_VAL(a) ^ INT_VAL(b));
    return big_binop(a, b, mpz_xor);
}

/* Shift count: -1 error; 1 when it is too big for an int64 (*out set to
 * INT64_MAX). */
static int shift_count(Value b, int64_t *out) {
    if (int_sign(b) < 0) {
        err_str(&ValueError_type, "negative shift count");
        return -1;
    }
    if (IS_INT(b)) {
        *out = INT_VAL(b);
        return 0;
    }
    IntView vb;
    int_view(b, &vb);
    if (mpz_fits_slong_p(vb.z)) {
        *out = mpz_get_si(vb.z);
        return 0;
    }
    *out = INT64_MAX;
    return 1;
}

Value int_lshift(Value a, Value b) {
    int64_t n;
    int rc = shift_count(b, &n);
    if (rc < 0) return VNULL;
    int sa = int_sign(a);
    if (sa == 0) return MK_INT(0);
    if (rc > 0) return err_str(&OverflowError_type, "too many digits in integer");
    if (IS_INT(a) && n < 62) {
        int64_t x = INT_VAL(a);
        int64_t r = (int64_t)((uint64_t)x << n);
        if ((r >> n) == x && FITS_SMALL(r)) return MK_INT(r);
    }
    if (n > ((int64_t)1 << 40)) return err_no_memory();
    IntView va;
    int_view(a, &va);
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, va.z, (mp_bitcnt_t)n);
    Value res = int_from_mpz(r);
    mpz_clear(r);
    return res;
}

Value int_rshift(Value a, Value b) {
    int64_t n;
    int rc = shift_count(b, &n);
    if (rc < 0) return VNULL;
    if (IS_INT(a)) {
        int64_t x = INT_VAL(a);
        return MK_INT(n >= 63 ? (x < 0 ? -1 : 0) : (x >> n));
    }
    IntView va;
    int_view(a, &va);
    if ((uint64_t)n >= mpz_sizeinbase(va.z, 2)) return MK_INT(mpz_sgn(va.z) < 0 ? -1 : 0);
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, va.z, (mp_bitcnt_t)n);
    Value res = int_from_mpz(r);
    mpz_clear(r);
    return res;
}

Value int_gcd(Value a, Value b) {
    if (both_small(a, b)) {
        uint64_t x = (uint64_t)llabs(INT_VAL(a)), y = (uint64_t)llabs(INT_VAL(b));
        while (y) {
            uint64_t t = x % y;
            x = y;
            y = t;
        }
        return int_from_u64(x);
    }
    return big_binop(a, b, mpz_gcd);
}

/* ---- pow ---- */

static Value int_pow_mod(Value a, Value b, Value m) {
    IntView va, vb, vm;
    int_view(a, &va);
    int_view(b, &vb);
    int_view(m, &vm);
    if (mpz_sgn(vm.z) == 0) return err_str(&ValueError_type, "pow() 3rd argument cannot be 0");
    mpz_t mabs, base, r;
    mpz_roinit_n(mabs, mpz_limbs_read(vm.z), (mp_size_t)mpz_size(vm.z));
    if (mpz_cmp_ui(mabs, 1) == 0) return MK_INT(0);
    mpz_init(base);
    mpz_init(r);
    mpz_mod(base, va.z, mabs);
    Value res = VNULL;
    if (mpz_sgn(vb.z) < 0) {
        if (!mpz_invert(base, base, mabs)) {
            err_str(&ValueError_type, "base is not invertible for the given modulus");
            goto done;
        }
        mpz_t e;
        mpz_init(e);
        mpz_neg(e, vb.z);
        mpz_powm(r, base, e, mabs);
        mpz_clear(e);
    } else {
        mpz_powm(r, base, vb.z, mabs);
    }
    if (mpz_sgn(vm.z) < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, mabs);
    res = int_from_mpz(r);
done:
    mpz_clear(base);
    mpz_clear(r);
    return res;
}

Value int_pow(Value a, Value b, Value mod) {
    if (mod && mod != NONE) return int_pow_mod(a, b, mod);
    if (int_sign(b) < 0) {
        double x, y;
        if (int_as_double(a, &x) < 0 || int_as_double(b, &y) < 0) return VNULL;
        if (x == 0.0)
            return err_str(&ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
        return float_pow_d(x, y);
    }
    if (both_small(a, b)) {
        int64_t base = INT_VAL(a), e = INT_VAL(b), r = 1;
        bool ok = true;
        while (e > 0) {
            if (e & 1) {
                if (__builtin_mul_overflow(r, base, &r)) { ok = false; break; }
            }
            e >>= 1;
            if (e && __builtin_mul_overflow(base, base, &base)) { ok = false; break; }
        }
        if (ok) return int_from_i64(r);
    }
    IntView va, vb;
    int_view(a, &va);
    int_view(b, &vb);
    /* 0, 1 and -1 raise to anything */
    if (mpz_cmpabs_ui(va.z, 1) <= 0) {
        if (mpz_sgn(va.z) == 0) return MK_INT(mpz_sgn(vb.z) == 0 ? 1 : 0);
        if (mpz_sgn(va.z) > 0) return MK_INT(1);
        return MK_INT(mpz_odd_p(vb.z) ? -1 : 1);
    }
    if (!mpz_fits_ulong_p(vb.z)) return err_no_memory();
    unsigned long e = mpz_get_ui(vb.z);
    double bits = (double)mpz_sizeinbase(va.z, 2) * (double)e;
    if (bits > 1e12) return err_no_memory();
    mpz_t r;
    mpz_init(r);
    bool detach = bits > 64.0 * BIG_DETACH_LIMBS;
    if (detach) thread_detach();
    mpz_pow_ui(r, va.z, e);
    if (detach) thread_attach();
    Value res = int_from_mpz(r);
    mpz_clear(r);
    return res;
}

int64_t int_bit_length(Value v) {
    if (IS_INT(v)) {
        int64_t i = INT_VAL(v);
        uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
        return m == 0 ? 0 : 64 - __builtin_clzll(m);
    }
    IntView iv;
    int_view(v, &iv);
    return mpz_sgn(iv.z) == 0 ? 0 : (int64_t)mpz_sizeinbase(iv.z, 2);
}

/* ---- slots ---- */

#define BOTH_INT(a, b) (IS_INTLIKE(a) && IS_INTLIKE(b))

#define NB_WRAP(name, fn)                                        \
    static Value name(Value a, Value b) {                        \
        if (!BOTH_INT(a, b)) return NOT_IMPLEMENTED;             \
        return fn(a, b);                                         \
    }
NB_WRAP(nb_add, int_add)
NB_WRAP(nb_sub, int_sub)
NB_WRAP(nb_mul, int_mul)
NB_WRAP(nb_truediv, int_true_divide)
NB_WRAP(nb_floordiv, int_floordiv)
NB_WRAP(nb_mod, int_mod)
NB_WRAP(nb_divmod, int_divmod)
NB_WRAP(nb_lshift, int_lshift)
NB_WRAP(nb_rshift, int_rshift)
NB_WRAP(nb_and, int_and)
NB_WRAP(nb_or, int_or)
NB_WRAP(nb_xor, int_xor)

static Value nb_pow(Value a, Value b) {
    if (!BOTH_INT(a, b)) return NOT_IMPLEMENTED;
    return int_pow(a, b, VNULL);
}

static Value nb_neg(Value a) { return int_neg(a); }
static Value nb_pos(Value a) { return int_unwrap(a); }
static Value nb_int(Value a) { return int_unwrap(a); }
static Value nb_float(Value a) {
    double d;
    if (int_as_double(a, &d) < 0) return VNULL;
    return float_new(d);
}
static int nb_bool(Value a) { return int_sign(a) != 0; }
static int64_t int_hash_slot(Value a) { return int_hash(a); }

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

static Value int_richcompare(Value a, Value b, int op) {
    if (!IS_INTLIKE(a)) return NOT_IMPLEMENTED;
    if (IS_INTLIKE(b)) return cmp_result(int_compare(a, b), op);
    /* int vs float: float's reflected comparison decides, as in CPython
     * ((5).__eq__(5.0) is NotImplemented) */
    return NOT_IMPLEMENTED;
}

Str *int_repr(Value v) { return int_to_str(v, 10); }

static void int_trace(Obj *o, Tracer *t) { (void)o; (void)t; }

Type int_type = {
    .hdr = {&type_type},
    .name = "int",
    .basicsize = sizeof(BigInt),
    .itemsize = sizeof(mp_limb_t), /* variable size: subclasses keep __dict__ last */
    .flags = TF_BASETYPE | TF_INT_SUBCLASS,
    .trace = int_trace,
    .new_ = int_new,
    .repr = int_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .nb = {
        [NB_ADD] = nb_add, [NB_SUB] = nb_sub, [NB_MUL] = nb_mul,
        [NB_TRUEDIV] = nb_truediv, [NB_FLOORDIV] = nb_floordiv, [NB_MOD] = nb_mod,
        [NB_POW] = nb_pow, [NB_LSHIFT] = nb_lshift, [NB_RSHIFT] = nb_rshift,
        [NB_AND] = nb_and, [NB_OR] = nb_or, [NB_XOR] = nb_xor, [NB_DIVMOD] = nb_divmod,
    },
    .nb_neg = nb_neg,
    .nb_pos = nb_pos,
    .nb_invert = int_invert,
    .nb_abs = int_abs,
    .nb_int = nb_int,
    .nb_float = nb_float,
    .nb_index = nb_int,
    .nb_bool = nb_bool,
    .methods = int_methods,
    .getsets = int_getsets,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
};
