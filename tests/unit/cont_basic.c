/* cont_basic.c - unit tests for tuple, list, dict, range and slice: the C
 * API, reprs, ordering of dicts after deletes and reinserts, slice
 * assignment, and sort stability (expected values from CPython 3.11). */
#include <stdio.h>
#include <string.h>

#include "runtime.h"

static int failures;
#define CHECK(cond, ...)                                \
    do {                                                \
        if (!(cond)) {                                  \
            failures++;                                 \
            printf("FAIL %s:%d: ", __FILE__, __LINE__); \
            printf(__VA_ARGS__);                        \
            printf("\n");                               \
        }                                               \
    } while (0)

static const char *R(Value v) {
    if (!v) {
        Value e = err_fetch();
        return e ? STR_CSTR(str_format("<error %T: %S>", e, e)) : "<null>";
    }
    Str *s = obj_repr(v);
    if (!s) {
        err_clear();
        return "<repr error>";
    }
    return STR_CSTR(s);
}

#define REPR(v, want)                                                      \
    do {                                                                   \
        const char *got_ = R(v);                                           \
        CHECK(strcmp(got_, want) == 0, "%s: got %s, want %s", #v, got_, want); \
    } while (0)

static Value S(const char *s) { return OBJ_VAL(str_from_cstr(s)); }

static void test_tuple(void) {
    REPR(OBJ_VAL(tuple_empty), "()");
    REPR(OBJ_VAL(tuple_pack(1, MK_INT(1))), "(1,)");
    Tuple *t = tuple_pack(3, MK_INT(1), S("a"), NONE);
    REPR(OBJ_VAL(t), "(1, 'a', None)");
    REPR(OBJ_VAL(tuple_slice(t, 1, 3)), "('a', None)");
    REPR(num_binop(OBJ_VAL(t), MK_INT(2), NB_MUL), "(1, 'a', None, 1, 'a', None)");
    REPR(num_binop(OBJ_VAL(t), OBJ_VAL(tuple_pack(1, MK_INT(5))), NB_ADD), "(1, 'a', None, 5)");
    REPR(obj_getitem(OBJ_VAL(t), MK_INT(-1)), "None");
    REPR(obj_getitem(OBJ_VAL(t), MK_INT(3)), "<error IndexError: tuple index out of range>");
    REPR(obj_getitem(OBJ_VAL(t), slice_new(NONE, NONE, MK_INT(-1))), "(None, 'a', 1)");
    Value lt = obj_richcompare(OBJ_VAL(tuple_pack(2, MK_INT(1), MK_INT(2))),
                               OBJ_VAL(tuple_pack(2, MK_INT(1), MK_INT(3))), CMP_LT);
    REPR(lt, "True");
    Value le = obj_richcompare(OBJ_VAL(tuple_pack(2, MK_INT(1), MK_INT(2))),
                               OBJ_VAL(tuple_pack(1, MK_INT(1))), CMP_LE);
    REPR(le, "False");
}

static void test_list(void) {
    List *l = list_new(0);
    for (int i = 0; i < 100; i++) list_append(l, MK_INT(i));
    CHECK(list_len(l) == 100, "len");
    CHECK(list_get(l, 99) == MK_INT(99) && list_get(l, 100) == VNULL, "get");
    CHECK(list_pop(l, -1) == MK_INT(99) && list_pop(l, 0) == MK_INT(0), "pop");
    list_insert(l, 0, MK_INT(-1));
    list_insert(l, -1, MK_INT(-2));
    CHECK(list_get(l, 0) == MK_INT(-1) && list_get(l, 98) == MK_INT(-2) && list_get(l, 99) == MK_INT(98),
          "insert");
    List *m = list_from_array((Value[]){MK_INT(0), MK_INT(1), MK_INT(2), MK_INT(3), MK_INT(4)}, 5);
    Value sl = slice_new(MK_INT(1), MK_INT(3), NONE);
    obj_setitem(OBJ_VAL(m), sl, OBJ_VAL(tuple_pack(3, S("a"), S("b"), S("c"))));
    REPR(OBJ_VAL(m), "[0, 'a', 'b', 'c', 3, 4]");
    obj_delitem(OBJ_VAL(m), slice_new(NONE, NONE, MK_INT(2)));
    REPR(OBJ_VAL(m), "['a', 'c', 4]");
    int r = obj_setitem(OBJ_VAL(m), slice_new(NONE, NONE, MK_INT(2)), OBJ_VAL(tuple_pack(1, MK_INT(9))));
    CHECK(r < 0, "extended slice size check");
    REPR(VNULL, "<error ValueError: attempt to assign sequence of size 1 to extended slice of size 2>");
    obj_setitem(OBJ_VAL(m), slice_new(NONE, NONE, MK_INT(-2)), OBJ_VAL(tuple_pack(2, MK_INT(7), MK_INT(8))));
    REPR(OBJ_VAL(m), "[8, 'c', 7]");
    obj_setitem(OBJ_VAL(m), slice_new(NONE, NONE, NONE), OBJ_VAL(tuple_empty));
    REPR(OBJ_VAL(m), "[]");
    list_append(m, OBJ_VAL(m));
    REPR(OBJ_VAL(m), "[[...]]");
    REPR(num_binop(MK_INT(2), OBJ_VAL(list_from_array((Value[]){MK_INT(1)}, 1)), NB_MUL), "[1, 1]");
    REPR(obj_getitem(OBJ_VAL(l), MK_INT(1000)), "<error IndexError: list index out of range>");
    REPR(obj_getitem(OBJ_VAL(l), S("x")), "<error TypeError: list indices must be integers or slices, not str>");

    /* sort: ints descending input, stability with keys */
    List *s = list_new(0);
    for (int i = 0; i < 1000; i++) list_append(s, MK_INT((i * 7919) % 1000));
    CHECK(list_sort(s, VNULL, false) == 0, "sort");
    bool ok = true;
    for (int i = 0; i < 1000; i++) ok &= list_get(s, i) == MK_INT(i);
    CHECK(ok, "sorted order");
    CHECK(list_sort(s, VNULL, true) == 0, "sort reverse");
    ok = true;
    for (int i = 0; i < 1000; i++) ok &= list_get(s, i) == MK_INT(999 - i);
    CHECK(ok, "reverse sorted order");
    /* stability: keys i % 10, values i */
    Value keys[500], vals[500];
    for (int i = 0; i < 500; i++) {
        keys[i] = MK_INT((i * 37) % 10);
        vals[i] = MK_INT(i);
    }
    CHECK(timsort_values(keys, vals, 500) == 0, "timsort");
    ok = true;
    for (int i = 1; i < 500; i++) {
        if (INT_VAL(keys[i - 1]) > INT_VAL(keys[i])) ok = false;
        if (keys[i - 1] == keys[i] && INT_VAL(vals[i - 1]) > INT_VAL(vals[i])) ok = false;
    }
    CHECK(ok, "stable");
    List *strs = list_from_array((Value[]){S("pear"), S("apple"), S("fig"), S("banana")}, 4);
    list_sort(strs, VNULL, false);
    REPR(OBJ_VAL(strs), "['apple', 'banana', 'fig', 'pear']");
    List *mixed = list_from_array((Value[]){MK_INT(1), S("a")}, 2);
    CHECK(list_sort(mixed, VNULL, false) < 0, "mixed sort fails");
    REPR(VNULL, "<error TypeError: '<' not supported between instances of 'str' and 'int'>");
    CHECK(list_len(mixed) == 2, "list intact after failed sort");
}

static void test_dict(void) {
    Dict *d = dict_new();
    for (int i = 0; i < 1000; i++) dict_set(d, MK_INT(i), MK_INT(i * 2));
    CHECK(dict_len(d) == 1000, "dict len");
    bool ok = true;
    for (int i = 0; i < 1000; i++) ok &= dict_get(d, MK_INT(i)) == MK_INT(i * 2);
    CHECK(ok, "dict get");
    for (int i = 0; i < 1000; i += 2) dict_del(d, MK_INT(i));
    CHECK(dict_len(d) == 500 && dict_get(d, MK_INT(2)) == VNULL && dict_get(d, MK_INT(3)) == MK_INT(6),
          "dict del");
    dict_set(d, MK_INT(0), S("zero"));
    dict_set(d, MK_INT(1), S("one"));
    int64_t pos = 0;
    Value k, v, last = VNULL, first = VNULL;
    while (dict_next(d, &pos, &k, &v)) {
        if (!first) first = k;
        last = k;
    }
    CHECK(first == MK_INT(1) && last == MK_INT(0), "order after reinsert");

    Dict *e = dict_new();
    dict_set(e, S("b"), MK_INT(1));
    dict_set(e, S("a"), MK_INT(2));
    dict_set(e, MK_INT(3), OBJ_VAL(tuple_pack(2, NONE, TRUE_V)));
    REPR(OBJ_VAL(e), "{'b': 1, 'a': 2, 3: (None, True)}");
    dict_del(e, S("b"));
    dict_set(e, S("b"), MK_INT(9));
    REPR(OBJ_VAL(e), "{'a': 2, 3: (None, True), 'b': 9}");
    CHECK(dict_get_str(e, str_intern_cstr("a")) == MK_INT(2), "get_str");
    CHECK(dict_get_cstr(e, "zz") == VNULL && !err_occurred(), "get_cstr absent");
    dict_set_cstr(e, "x", MK_INT(5));
    CHECK(dict_get_str(e, str_from_cstr("x")) == MK_INT(5), "set_cstr");
    Dict *c = dict_copy(e);
    REPR(OBJ_VAL(c), "{'a': 2, 3: (None, True), 'b': 9, 'x': 5}");
    REPR(obj_richcompare(OBJ_VAL(c), OBJ_VAL(e), CMP_EQ), "True");
    dict_set(c, OBJ_VAL(c), MK_INT(1));
    REPR(VNULL, "<error TypeError: unhashable type: 'dict'>");
    dict_set(c, MK_INT(1), OBJ_VAL(c));
    REPR(OBJ_VAL(c), "{'a': 2, 3: (None, True), 'b': 9, 'x': 5, 1: {...}}");
    /* 1 and 1.0 and True are the same key */
    Dict *n = dict_new();
    dict_set(n, MK_INT(1), S("int"));
    dict_set(n, float_new(1.0), S("float"));
    dict_set(n, TRUE_V, S("bool"));
    REPR(OBJ_VAL(n), "{1: 'bool'}");
    /* tuple keys */
    dict_set(n, OBJ_VAL(tuple_pack(2, MK_INT(1), S("x"))), MK_INT(7));
    CHECK(dict_get(n, OBJ_VAL(tuple_pack(2, MK_INT(1), S("x")))) == MK_INT(7), "tuple key");
    REPR(obj_getitem(OBJ_VAL(n), S("nope")), "<error KeyError: 'nope'>");
    dict_clear(n);
    REPR(OBJ_VAL(n), "{}");
    /* big churn */
    Dict *b = dict_new();
    for (int round = 0; round < 20; round++) {
        for (int i = 0; i < 200; i++) dict_set(b, MK_INT(round * 1000 + i), MK_INT(i));
        for (int i = 0; i < 190; i++) dict_del(b, MK_INT(round * 1000 + i));
    }
    CHECK(dict_len(b) == 200, "churn len %lld", (long long)dict_len(b));
    pos = 0;
    int64_t cnt = 0, prev = -1;
    ok = true;
    while (dict_next(b, &pos, &k, &v)) {
        if (INT_VAL(k) <= prev) ok = false;
        prev = INT_VAL(k);
        cnt++;
    }
    CHECK(ok && cnt == 200, "churn order");
}

static void test_range_slice(void) {
    Value r = range_new(MK_INT(0), MK_INT(10), MK_INT(1));
    REPR(r, "range(0, 10)");
    REPR(obj_getitem(r, slice_new(NONE, NONE, MK_INT(2))), "range(0, 10, 2)");
    REPR(obj_getitem(r, slice_new(NONE, NONE, MK_INT(-1))), "range(9, -1, -1)");
    REPR(obj_getitem(r, MK_INT(-3)), "7");
    CHECK(obj_len(r) == 10, "range len");
    Value r2 = range_new(MK_INT(10), MK_INT(0), MK_INT(-3));
    CHECK(obj_len(r2) == 4, "range len neg");
    CHECK(obj_contains(r2, MK_INT(4)) == 1 && obj_contains(r2, MK_INT(5)) == 0, "range contains");
    REPR(OBJ_VAL(obj_to_list(r2)), "[10, 7, 4, 1]");
    Value big = int_from_string(str_from_cstr("100000000000000000000"), 10);
    Value rb = range_new(MK_INT(0), big, MK_INT(7));
    CHECK(obj_contains(rb, int_from_string(str_from_cstr("99999999999999999998"), 10)) == 1, "big contains");
    REPR(obj_getitem(rb, MK_INT(-1)), "99999999999999999998");
    Value sl = slice_new(MK_INT(1), NONE, MK_INT(-2));
    REPR(sl, "slice(1, None, -2)");
    int64_t a, b, c, n;
    slice_indices(AS(Slice, sl), 10, &a, &b, &c, &n);
    CHECK(a == 1 && b == -1 && c == -2 && n == 1, "indices %lld %lld %lld %lld", (long long)a,
          (long long)b, (long long)c, (long long)n);
    CHECK(obj_hash(sl) == -1, "slice unhashable");
    err_clear();
}

int main(void) {
    int base;
    gc_init();
    thread_register(&base);
    extern void exceptions_init(void);
    Type *types[] = {&object_type, &type_type, &none_type, &str_type, &int_type, &bool_type,
                     &float_type, &tuple_type, &list_type, &dict_type, &set_type,
                     &frozenset_type, &range_type, &slice_type, &valarray_type,
                     &dicttable_type, &settable_type, &range_iter_type, &longrange_iter_type,
                     &set_iter_type, &tuple_iter_type, &list_iter_type, &dict_keyiter_type,
                     &dict_keys_type, &dict_values_type, &dict_items_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) type_ready(types[i]);
    exceptions_init();
    test_tuple();
    test_list();
    test_dict();
    test_range_slice();
    if (failures) printf("cont_basic: %d failures\n", failures);
    else printf("cont_basic: ok\n");
    return failures != 0;
}
