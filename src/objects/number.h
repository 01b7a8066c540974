/* number.h - int (small and big), bool, float.
 *
 * int: values in [SMALL_INT_MIN, SMALL_INT_MAX] are always tagged small ints
 * (never a BigInt), so two equal ints are either both small or both big.
 * Bigger magnitudes are BigInt objects: sign-magnitude GMP limbs stored
 * inline (size > 0 positive, < 0 negative), computed with mpn_* functions.
 * Instances of int subclasses are BigInt-layout objects even for small
 * values; int_unwrap() turns any int-like into a plain int Value.
 * Booleans are the two static Bool objects; arithmetic treats them as 0/1.
 *
 * All number objects are immutable: no locking.
 */
#ifndef WEFT_NUMBER_H
#define WEFT_NUMBER_H

#include <gmp.h>

#include "../object.h"
#include "str.h"

typedef struct BigInt {
    Obj hdr;
    int64_t size;          /* signed limb count: sign of the value */
    mp_limb_t limbs[];
} BigInt;

typedef struct Float {
    Obj hdr;
    double d;
} Float;

#define IS_INTLIKE(v) (IS_INT(v) || TYPE_FLAG(v, TF_INT_SUBCLASS)) /* incl. bool */
#define IS_FLOAT(v) (IS_OBJ(v) && TYPE_FLAG(v, TF_FLOAT_SUBCLASS))
#define IS_FLOAT_EXACT(v) IS_EXACT(v, float_type)

Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t u);
/* Digits only (no sign, no underscores, no prefix) in base 2..36, as the
 * compiler gets them from the parser. */
Value int_from_digits(const char *digits, size_t n, int base);
/* int(str, base) semantics: sign, whitespace, underscores, prefixes with
 * base 0; ValueError "invalid literal for int() with base 10: 'x'". */
Value int_from_string(Str *s, int base);
Value int_from_double(double d);                   /* truncates; OverflowError for inf/nan */
/* Any int-like (int, bool, int subclass) to a plain int Value. */
Value int_unwrap(Value v);
/* Exact value as int64: 0 ok; -1 with OverflowError if it does not fit. */
int int_as_i64(Value v, int64_t *out);
/* Nearest double; OverflowError "int too large to convert to float". */
int int_as_double(Value v, double *out);
int int_sign(Value v);                             /* -1, 0, 1 */
Str *int_to_str(Value v, int base);                /* no prefix, '-' for negatives */
int64_t int_hash(Value v);                          /* CPython's hash (mod 2**61-1) */
int int_compare(Value a, Value b);                  /* <0, 0, >0; both int-like */
/* Numeric mixed comparisons used by float: compare exactly. */
int int_compare_double(Value a, double d);          /* <0, 0, >0; d not nan */
Value int_add(Value a, Value b);
Value int_sub(Value a, Value b);
Value int_mul(Value a, Value b);
Value int_floordiv(Value a, Value b);
Value int_mod(Value a, Value b);
int64_t int_bit_length(Value v);
/* Create an instance of an int subclass holding `value`. */
Value int_subtype_new(Type *t, Value value);

Value float_new(double d);
static inline double float_val(Value v) { return AS(Float, v)->d; }
/* Any real number (int-like or float) to double; TypeError otherwise. */
int num_to_double(Value v, double *out);
/* repr(float): shortest string that round-trips, CPython's formatting. */
Str *float_repr(double d);
int64_t float_hash(double d);
/* float(str) parsing: whitespace, underscores, inf/nan; ValueError
 * "could not convert string to float: 'x'". */
Value float_from_string(Str *s);
Value float_subtype_new(Type *t, double d);

/* ---- helpers shared by the number files, math and the runtime ---- */
/* Read-only GMP view of any int-like v (bool, small int, BigInt, int
 * subclass instance).  No allocation: a big int's limbs are read in place,
 * so keep v alive (on the stack) while the view is used; never mpz_clear
 * it, and do not copy the struct (z points into buf for small values). */
typedef struct IntView {
    mpz_t z;
    mp_limb_t buf[1];
} IntView;
void int_view(Value v, IntView *iv);
/* A plain int Value for z: small when it fits, else a new BigInt. */
Value int_from_mpz(mpz_srcptr z);
/* sys.get_int_max_str_digits() (0: no limit); read/written by sys. */
extern int int_max_str_digits;
/* pow(a, b[, mod]) for int-likes; mod is VNULL or NONE for 2-arg pow.
 * Negative b without mod gives a float. */
Value int_pow(Value a, Value b, Value mod);
Value int_true_divide(Value a, Value b);           /* correctly rounded a / b */
Value int_divmod(Value a, Value b);                /* (a // b, a % b) */
Value int_neg(Value a);
Value int_abs(Value a);
Value int_invert(Value a);
Value int_lshift(Value a, Value b);
Value int_rshift(Value a, Value b);
Value int_and(Value a, Value b);
Value int_or(Value a, Value b);
Value int_xor(Value a, Value b);
Value int_gcd(Value a, Value b);                   /* non-negative */
/* format(int, spec) and format(float, spec). */
Str *int_format(Value v, Str *spec);
Str *float_format(double d, Str *spec);
/* float ** float with CPython's errors (ZeroDivisionError, OverflowError);
 * a negative base with a fractional exponent gives a complex, as CPython. */
Value float_pow_d(double a, double b);
/* round(x, ndigits) for a float, correctly rounded (ndigits VNULL/NONE:
 * round half to even to an int). */
Value float_round(double d, Value ndigits);
/* Method tables (defined in int_methods.c / float_methods.c). */
extern const MethodDef int_methods[];
extern const GetSetDef int_getsets[];
extern const MethodDef float_methods[];
extern const GetSetDef float_getsets[];
Value int_new(Type *t, Value *args, size_t nargs, Tuple *kwnames);
Value float_new_(Type *t, Value *args, size_t nargs, Tuple *kwnames);
Str *int_repr(Value v);
/* Shared number layout for __format__: sign, prefix, integer digits
 * (grouped per spec, zero-filled through the separators for '0=' padding),
 * then `rest` (fraction, exponent, '%', or 'nan'/'inf' with nint 0), padded
 * per spec's fill/align/width. */
Str *num_format_layout(const FormatSpec *spec, const char *sign, const char *prefix,
                       const char *intdigits, size_t nint, const char *rest,
                       char default_align);

#endif
