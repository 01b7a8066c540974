/* num_basic.c - unit tests for int (small and big), float repr/parse/format
 * and hashing, checked against values computed by CPython 3.11. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runtime.h"

static int failures;

#define CHECK(cond, ...)                                   \
    do {                                                   \
        if (!(cond)) {                                     \
            failures++;                                    \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);    \
            printf(__VA_ARGS__);                           \
            printf("\n");                                  \
        }                                                  \
    } while (0)

static Value I(const char *s) {
    Value v = int_from_string(str_from_cstr(s), 10);
    if (!v) {
        printf("parse failed: %s\n", s);
        err_clear();
    }
    return v;
}

static const char *S(Value v) {
    if (!v) {
        err_clear();
        return "<error>";
    }
    if (IS_FLOAT(v)) return STR_CSTR(float_repr(float_val(v)));
    if (IS_TUPLE(v)) {
        static char buf[4096];
        Tuple *t = AS(Tuple, v);
        snprintf(buf, sizeof buf, "(%s, ", S(tuple_get(t, 0)));
        strcat(buf, S(tuple_get(t, 1)));
        strcat(buf, ")");
        return buf;
    }
    Str *s = int_to_str(v, 10);
    if (!s) {
        err_clear();
        return "<error>";
    }
    return STR_CSTR(s);
}

#define EQ(expr, want)                                                       \
    do {                                                                     \
        const char *got_ = S(expr);                                          \
        CHECK(strcmp(got_, want) == 0, "%s = %s, want %s", #expr, got_, want); \
    } while (0)

static void test_int(void) {
    Value big = I("123456789012345678901234567890");
    Value m = I("-98765432109876543210");
    EQ(int_add(big, m), "123456788913580246791358024680");
    EQ(int_sub(m, big), "-123456789111111111011111111100");
    EQ(int_mul(big, m), "-12193263113702179522496570642237463801111263526900");
    EQ(int_floordiv(big, m), "-1249999989");
    EQ(int_mod(big, m), "-38580246902623456800");
    EQ(int_floordiv(MK_INT(-7), MK_INT(2)), "-4");
    EQ(int_mod(MK_INT(-7), MK_INT(2)), "1");
    EQ(int_mod(MK_INT(7), MK_INT(-2)), "-1");
    EQ(int_divmod(MK_INT(-7), MK_INT(2)), "(-4, 1)");
    EQ(int_pow(MK_INT(2), MK_INT(100), VNULL), "1267650600228229401496703205376");
    EQ(int_pow(MK_INT(-3), MK_INT(41), VNULL), "-36472996377170786403");
    EQ(int_pow(MK_INT(3), MK_INT(-1), MK_INT(7)), "5");
    EQ(int_pow(MK_INT(2), MK_INT(-1), VNULL), "0.5");
    EQ(int_pow(MK_INT(5), MK_INT(3), MK_INT(-7)), "-1");
    EQ(int_lshift(MK_INT(1), MK_INT(62)), "4611686018427387904");
    EQ(int_lshift(MK_INT(-1), MK_INT(62)), "-4611686018427387904");
    EQ(int_rshift(I("-4611686018427387905"), MK_INT(1)), "-2305843009213693953");
    EQ(int_rshift(MK_INT(-5), MK_INT(100)), "-1");
    EQ(int_and(I("-123456789012345678901234567890"), I("98765432109876543210")), "20213295392617428010");
    EQ(int_or(I("-123456789012345678901234567890"), MK_INT(-1000)), "-706");
    EQ(int_xor(I("-123456789012345678901234567890"), MK_INT(12345)), "-123456789012345678901234580201");
    EQ(int_invert(big), "-123456789012345678901234567891");
    /* small/big boundary: results that fit are small */
    Value edge = int_add(MK_INT(SMALL_INT_MAX), MK_INT(1));
    EQ(edge, "4611686018427387904");
    CHECK(!IS_INT(edge), "SMALL_INT_MAX+1 should be big");
    Value back = int_sub(edge, MK_INT(1));
    CHECK(IS_INT(back), "big-1 should be small again");
    CHECK(IS_INT(int_neg(MK_INT(SMALL_INT_MIN + 1))), "neg small");
    CHECK(!IS_INT(int_neg(MK_INT(SMALL_INT_MIN))), "-SMALL_INT_MIN is big");
    CHECK(IS_INT(int_neg(int_neg(MK_INT(SMALL_INT_MIN)))), "--SMALL_INT_MIN is small");
    /* true division, correctly rounded */
    EQ(int_true_divide(MK_INT(1), MK_INT(3)), "0.3333333333333333");
    EQ(int_true_divide(I("10000000000000000000000000001"), I("3")), "3.3333333333333336e+27");
    EQ(int_true_divide(MK_INT(1), int_pow(MK_INT(10), MK_INT(400), VNULL)), "0.0");
    EQ(int_true_divide(int_pow(MK_INT(10), MK_INT(400), VNULL), int_pow(MK_INT(10), MK_INT(399), VNULL)), "10.0");
    EQ(int_true_divide(I("9007199254740993"), MK_INT(1)), "9007199254740992.0");
    EQ(int_true_divide(I("9007199254740995"), MK_INT(1)), "9007199254740996.0");
    EQ(int_true_divide(MK_INT(1), int_pow(MK_INT(2), MK_INT(1074), VNULL)), "5e-324");
    EQ(int_true_divide(MK_INT(3), int_pow(MK_INT(2), MK_INT(1075), VNULL)), "1e-323");
    CHECK(!int_true_divide(int_pow(MK_INT(10), MK_INT(400), VNULL), MK_INT(1)), "overflow expected");
    err_clear();
    /* hashes */
    CHECK(int_hash(MK_INT(-1)) == -2, "hash(-1)");
    CHECK(int_hash(int_pow(MK_INT(2), MK_INT(61), VNULL)) == 1, "hash(2**61)");
    CHECK(int_hash(I("-2305843009213693951")) == 0, "hash(-(2**61-1))");
    CHECK(int_hash(big) == 248789772095949448LL, "hash(big) = %lld", (long long)int_hash(big));
    CHECK(float_hash(1.5) == 1152921504606846977LL, "hash(1.5)");
    CHECK(float_hash(0.1) == 230584300921369408LL, "hash(0.1) %lld", (long long)float_hash(0.1));
    CHECK(float_hash(1e300) == int_hash(int_from_double(1e300)), "hash(1e300)");
    CHECK(float_hash(-2.0) == -2, "hash(-2.0)");
    /* mixed comparisons */
    CHECK(int_compare_double(I("9007199254740993"), 9007199254740992.0) > 0, "cmp exact");
    CHECK(int_compare_double(int_pow(MK_INT(10), MK_INT(400), VNULL), 1e308) > 0, "cmp huge");
    CHECK(int_compare_double(MK_INT(3), 3.5) < 0, "cmp frac");
    CHECK(int_compare_double(MK_INT(-3), -3.5) > 0, "cmp neg frac");
    /* parsing */
    EQ(int_from_string(str_from_cstr(" -1_000 "), 10), "-1000");
    EQ(int_from_string(str_from_cstr("0x_ff"), 0), "255");
    EQ(int_from_string(str_from_cstr("0b101"), 0), "5");
    EQ(int_from_string(str_from_cstr("zz"), 36), "1295");
    EQ(int_from_string(str_from_cstr("0o777"), 8), "511");
    EQ(int_from_string(str_from_cstr("010"), 0), "<error>");
    EQ(int_from_string(str_from_cstr("1__0"), 10), "<error>");
    EQ(int_from_string(str_from_cstr("_1"), 10), "<error>");
    EQ(int_from_string(str_from_cstr("1_"), 10), "<error>");
    EQ(int_from_string(str_from_cstr("000"), 0), "0");
    EQ(int_from_digits("123_456", 7, 10), "123456");
    EQ(int_from_double(1e20), "100000000000000000000");
    EQ(int_from_double(-2.5), "-2");
    /* digits limit */
    EQ(int_pow(MK_INT(10), MK_INT(4300), VNULL), "<error>");
    Str *hex = int_to_str(int_pow(MK_INT(16), MK_INT(5000), VNULL), 16);
    CHECK(hex && hex->len == 5001, "hex conversion has no limit");
    double d;
    CHECK(int_as_double(I("9007199254740993"), &d) == 0 && d == 9007199254740992.0, "as_double even");
    CHECK(int_as_double(I("9007199254740995"), &d) == 0 && d == 9007199254740996.0, "as_double up");
    CHECK(int_bit_length(MK_INT(-256)) == 9, "bit_length");
    /* format */
    struct { Value v; const char *spec, *want; } fm[] = {
        {MK_INT(1234567), ",", "1,234,567"},
        {MK_INT(255), "#x", "0xff"},
        {MK_INT(255), "#010X", "0X000000FF"},
        {MK_INT(1234), "010,", "00,001,234"},
        {MK_INT(-1234), "010,", "-0,001,234"},
        {MK_INT(1234), "010_b", "100_1101_0010"},
        {MK_INT(5), "<05", "50000"},
        {MK_INT(5), "=+5", "+   5"},
        {MK_INT(-5), "^9", "   -5    "},
        {MK_INT(0xabcdef), "_x", "ab_cdef"},
        {MK_INT(65), "c", "A"},
        {MK_INT(3), "%", "300.000000%"},
        {MK_INT(3), ".2e", "3.00e+00"},
    };
    for (size_t i = 0; i < sizeof fm / sizeof fm[0]; i++) {
        Str *r = int_format(fm[i].v, str_from_cstr(fm[i].spec));
        const char *got = r ? STR_CSTR(r) : "<error>";
        if (!r) err_clear();
        CHECK(strcmp(got, fm[i].want) == 0, "format(%s, '%s') = '%s', want '%s'", S(fm[i].v),
              fm[i].spec, got, fm[i].want);
    }
}

static void test_float(void) {
    struct { double d; const char *want; } reprs[] = {
        {0.1, "0.1"}, {1.0 / 3, "0.3333333333333333"}, {1e16, "1e+16"}, {1e-5, "1e-05"},
        {5e-324, "5e-324"}, {1.7976931348623157e308, "1.7976931348623157e+308"},
        {123456789012345678.0, "1.2345678901234568e+17"}, {-0.0, "-0.0"}, {0.0, "0.0"},
        {1.0, "1.0"}, {1e15, "1000000000000000.0"}, {123.456, "123.456"}, {0.0001, "0.0001"},
        {1.5e300, "1.5e+300"}, {INFINITY, "inf"}, {-INFINITY, "-inf"}, {NAN, "nan"},
        {2.5e-5, "2.5e-05"}, {9007199254740993.0, "9007199254740992.0"},
    };
    for (size_t i = 0; i < sizeof reprs / sizeof reprs[0]; i++) {
        const char *got = STR_CSTR(float_repr(reprs[i].d));
        CHECK(strcmp(got, reprs[i].want) == 0, "repr = %s, want %s", got, reprs[i].want);
    }
    struct { const char *in, *want; } parses[] = {
        {"1_0.5", "10.5"}, {" -iNF ", "-inf"}, {"nan", "nan"}, {"1e500", "inf"},
        {"  .5", "0.5"}, {"5.", "5.0"}, {"abc", "<error>"}, {"1__0", "<error>"},
        {"0x10", "<error>"}, {"1e", "<error>"}, {"-Infinity", "-inf"}, {"1_e5", "<error>"},
    };
    for (size_t i = 0; i < sizeof parses / sizeof parses[0]; i++)
        EQ(float_from_string(str_from_cstr(parses[i].in)), parses[i].want);
    struct { double d; const char *spec, *want; } fm[] = {
        {1.0, ".3", "1.0"}, {1e20, ".3", "1e+20"}, {123.0, ".3", "1.23e+02"},
        {-0.0, "z.1f", "0.0"}, {12.0, ".2", "1.2e+01"}, {123.0, ".4", "123.0"},
        {1234.5, "012,.2f", "0,001,234.50"}, {1e-5, "", "1e-05"}, {NAN, "010", "0000000nan"},
        {INFINITY, "+", "+inf"}, {2.5, ".0f", "2"}, {12345.678, "e", "1.234568e+04"},
        {0.1, ".20f", "0.10000000000000000555"}, {1.0, "g", "1"}, {1.0, "#g", "1.00000"},
        {1e16, ".20", "10000000000000000.0"}, {1.5, "10", "       1.5"}, {0.5, ".0%", "50%"},
        {1234.5, "_g", "1_234.5"}, {INFINITY, "E", "INF"}, {1.0, "#.0e", "1.e+00"},
        {1e22, ",.0f", "10,000,000,000,000,000,000,000"},
    };
    for (size_t i = 0; i < sizeof fm / sizeof fm[0]; i++) {
        Str *r = float_format(fm[i].d, str_from_cstr(fm[i].spec));
        const char *got = r ? STR_CSTR(r) : "<error>";
        if (!r) err_clear();
        CHECK(strcmp(got, fm[i].want) == 0, "format(%g, '%s') = '%s', want '%s'", fm[i].d,
              fm[i].spec, got, fm[i].want);
    }
    EQ(float_round(2.675, MK_INT(2)), "2.67");
    EQ(float_round(2.5, VNULL), "2");
    EQ(float_round(3.5, VNULL), "4");
    EQ(float_round(1e300, MK_INT(-300)), "1e+300");
    EQ(float_round(123.456, MK_INT(-1)), "120.0");
    EQ(float_round(1.23456789e-300, MK_INT(305)), "1.23457e-300");
    EQ(float_round(0.5, MK_INT(0)), "0.0");
    EQ(float_round(-0.5, MK_INT(0)), "-0.0");
    EQ(float_pow_d(2.0, 0.5), "1.4142135623730951");
    EQ(float_pow_d(10.0, 400.0), "<error>");
}

int main(void) {
    int base;
    gc_init();
    thread_register(&base);
    extern void exceptions_init(void);
    Type *types[] = {&object_type, &type_type, &none_type, &str_type, &tuple_type,
                     &list_type, &dict_type, &int_type, &bool_type, &float_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) type_ready(types[i]);
    exceptions_init();
    test_int();
    test_float();
    if (failures) printf("%d failures\n", failures);
    else printf("num_basic: ok\n");
    return failures != 0;
}
