/* num_math.c - unit tests for the math module, called through its
 * builtin-function objects; expected values from CPython 3.11. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runtime.h"

Module *mathmodule_init(void);
extern void exceptions_init(void);

static int failures;
static Module *mm;

static const char *S(Value v) {
    static char buf[8][512];
    static int k;
    char *b = buf[k++ & 7];
    if (!v) {
        Value e = err_fetch();
        Str *s = obj_str(e);
        snprintf(b, 512, "%s: %s", val_type(e)->name, s ? STR_CSTR(s) : "?");
        return b;
    }
    Str *r = obj_repr(v);
    snprintf(b, 512, "%s", r ? STR_CSTR(r) : "<repr failed>");
    return b;
}

static Value call(const char *name, size_t n, Value *args) {
    Value f = dict_get_cstr(mm->dict, name);
    if (!f) {
        printf("no math.%s\n", name);
        return VNULL;
    }
    return obj_call(f, args, n, NULL);
}

#define T1(name, a, want) check(#name, 1, (Value[]){a}, want, __LINE__)
#define T2(name, a, b, want) check(#name, 2, (Value[]){a, b}, want, __LINE__)

static void check(const char *name, size_t n, Value *args, const char *want, int line) {
    const char *got = S(call(name, n, args));
    if (strcmp(got, want) != 0) {
        failures++;
        printf("FAIL line %d: math.%s -> %s, want %s\n", line, name, got, want);
    }
}

static Value F(double d) { return float_new(d); }
static Value I(const char *s) { return int_from_string(str_from_cstr(s), 10); }

int main(void) {
    int base;
    gc_init();
    thread_register(&base);
    Type *types[] = {&object_type, &type_type, &none_type, &str_type, &tuple_type, &list_type,
                     &dict_type, &int_type, &bool_type, &float_type, &module_type,
                     &cfunction_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) type_ready(types[i]);
    exceptions_init();
    mm = mathmodule_init();
    if (!mm) {
        printf("mathmodule_init failed: %s\n", S(VNULL));
        return 1;
    }
    T1(sqrt, F(2.0), "1.4142135623730951");
    T1(sqrt, MK_INT(-1), "ValueError: math domain error");
    T1(sqrt, OBJ_VAL(str_from_cstr("a")), "TypeError: must be real number, not str");
    T1(exp, MK_INT(1000), "OverflowError: math range error");
    T1(exp, F(1.0), "2.718281828459045");
    T1(log, MK_INT(0), "ValueError: math domain error");
    T1(log, I("1" "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), "782.8789316179755");
    T2(log, MK_INT(8), MK_INT(2), "3.0");
    T2(log, MK_INT(8), MK_INT(1), "ZeroDivisionError: float division by zero");
    T1(log2, MK_INT(1024), "10.0");
    T1(log10, F(1000.0), "3.0");
    T1(factorial, MK_INT(25), "15511210043330985984000000");
    T1(factorial, MK_INT(-1), "ValueError: factorial() not defined for negative values");
    T1(factorial, F(1.5), "TypeError: 'float' object cannot be interpreted as an integer");
    T2(gcd, MK_INT(12), MK_INT(-18), "6");
    T2(lcm, MK_INT(4), MK_INT(6), "12");
    T2(comb, MK_INT(50), MK_INT(25), "126410606437752");
    T2(perm, MK_INT(10), MK_INT(3), "720");
    T2(comb, MK_INT(5), MK_INT(-1), "ValueError: k must be a non-negative integer");
    T1(isqrt, I("100000000000000000000000000000000000000"), "10000000000000000000");
    T1(isqrt, MK_INT(-1), "ValueError: isqrt() argument must be nonnegative");
    T1(floor, F(-2.5), "-3");
    T1(ceil, F(-2.5), "-2");
    T1(trunc, F(-2.5), "-2");
    T1(floor, F(NAN), "ValueError: cannot convert float NaN to integer");
    T1(floor, F(INFINITY), "OverflowError: cannot convert float infinity to integer");
    T1(fsum, OBJ_VAL(tuple_pack(3, F(0.1), F(0.2), F(0.3))), "0.6");
    T1(fsum, OBJ_VAL(tuple_pack(3, F(1e100), F(1.0), F(-1e100))), "1.0");
    T1(fsum, OBJ_VAL(tuple_pack(2, F(INFINITY), F(-INFINITY))), "ValueError: -inf + inf in fsum");
    T2(hypot, MK_INT(3), MK_INT(4), "5.0");
    T2(pow, MK_INT(0), MK_INT(-1), "ValueError: math domain error");
    T2(pow, F(2.0), F(0.5), "1.4142135623730951");
    T2(fmod, MK_INT(1), MK_INT(0), "ValueError: math domain error");
    T2(fmod, F(-7.0), F(2.0), "-1.0");
    T2(ldexp, F(1.0), MK_INT(10000), "OverflowError: math range error");
    T2(ldexp, F(1.0), MK_INT(10), "1024.0");
    T1(frexp, F(8.0), "(0.5, 4)");
    T1(modf, F(-2.5), "(-0.5, -2.0)");
    T2(copysign, F(1.0), F(-0.0), "-1.0");
    T1(gamma, F(5.0), "24.0");
    T1(gamma, F(0.0), "ValueError: math domain error");
    T1(lgamma, F(1.0), "0.0");
    T1(erf, F(1.0), "0.8427007929497149");
    T1(ulp, F(1.0), "2.220446049250313e-16");
    T2(nextafter, F(1.0), F(2.0), "1.0000000000000002");
    T2(remainder, F(7.0), F(2.0), "-1.0");
    T1(cbrt, F(27.0), "3.0000000000000004");
    T1(exp2, F(10.0), "1024.0");
    T1(degrees, F(M_PI), "180.0");
    T1(isnan, F(NAN), "True");
    T1(atanh, F(1.0), "ValueError: math domain error");
    T1(sinh, F(1000.0), "OverflowError: math range error");
    if (failures) printf("%d failures\n", failures);
    else printf("num_math: ok\n");
    return failures != 0;
}
