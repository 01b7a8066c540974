/* Unit test of the core type machinery: readying the builtin types, the
 * slot/dunder bridge, class creation with C3 MRO, exceptions and messages. */
#include <stdio.h>
#include <string.h>

#include "runtime.h"

static int failures;
#define CHECK(c)                                                         \
    do {                                                                 \
        if (!(c)) {                                                      \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c);          \
            failures++;                                                  \
        }                                                                \
    } while (0)

static bool str_is(Str *s, const char *want) {
    if (!s) {
        printf("  (NULL str; pending: %d)\n", err_occurred());
        return false;
    }
    if (!str_eq_cstr(s, want)) {
        printf("  got '%s' want '%s'\n", STR_CSTR(s), want);
        return false;
    }
    return true;
}

static Value make_class(const char *name, Tuple *bases, Dict *ns) {
    return type_new_class(&type_type, str_from_cstr(name), bases, ns, NULL, NULL);
}

static void test_builtin_types(void) {
    CHECK(type_lookup(&int_type, ID(__add__)) != VNULL);
    CHECK(type_lookup(&list_type, ID(__hash__)) == NONE);
    CHECK(type_is_subtype(&bool_type, &int_type));
    CHECK(type_is_subtype(&KeyError_type, &LookupError_type));
    CHECK(!type_is_subtype(&KeyError_type, &ValueError_type));
    CHECK(str_is(obj_repr(NONE), "None"));
    CHECK(str_is(obj_repr(OBJ_VAL(&int_type)), "<class 'int'>"));
    CHECK(obj_richcompare_bool(MK_INT(3), MK_INT(4), CMP_LT) == 1);
    Value r = obj_richcompare(MK_INT(3), OBJ_VAL(str_from_cstr("a")), CMP_LT);
    CHECK(r == VNULL && err_matches(&TypeError_type));
    Value e = err_fetch();
    CHECK(str_is(obj_str(e), "'<' not supported between instances of 'int' and 'str'"));
    CHECK(num_binop(MK_INT(2), MK_INT(40), NB_ADD) == MK_INT(42));
    CHECK(num_binop(MK_INT(2), NONE, NB_ADD) == VNULL);
    e = err_fetch();
    CHECK(str_is(obj_str(e), "unsupported operand type(s) for +: 'int' and 'NoneType'"));
    CHECK(obj_hash(OBJ_VAL(list_new(0))) == -1);
    e = err_fetch();
    CHECK(str_is(obj_str(e), "unhashable type: 'list'"));
}

static void test_exceptions(void) {
    Value args[1] = {OBJ_VAL(str_from_cstr("k"))};
    Value ke = exc_new(&KeyError_type, args, 1);
    CHECK(ke && obj_is_instance_of(ke, &LookupError_type));
    CHECK(str_is(obj_str(ke), "'k'"));
    CHECK(str_is(obj_repr(ke), "KeyError('k')"));
    err_format(&ValueError_type, "bad %s %d %R", "thing", 7, OBJ_VAL(str_from_cstr("x")));
    Value e = err_fetch();
    CHECK(str_is(obj_str(e), "bad thing 7 'x'"));
    Value si = exc_new(&StopIteration_type, (Value[]){MK_INT(5)}, 1);
    CHECK(obj_getattr_cstr(si, "value") == MK_INT(5));
}

static void test_classes(void) {
    /* class A: pass; class B(A): pass; class C(A): pass; class D(B, C): pass */
    Value A = make_class("A", tuple_empty, dict_new());
    Value B = make_class("B", tuple_pack(1, A), dict_new());
    Value C = make_class("C", tuple_pack(1, A), dict_new());
    Value D = make_class("D", tuple_pack(2, B, C), dict_new());
    CHECK(A && B && C && D);
    Tuple *mro = AS(Type, D)->mro;
    CHECK(mro->len == 5 && mro->items[0] == D && mro->items[1] == B && mro->items[2] == C &&
          mro->items[3] == A && mro->items[4] == OBJ_VAL(&object_type));
    /* inconsistent MRO */
    Value bad = make_class("X", tuple_pack(2, A, B), dict_new());
    CHECK(bad == VNULL && err_matches(&TypeError_type));
    err_clear();
    /* instances get a dict; attributes round-trip; class attrs visible */
    Value d = obj_call0(D);
    CHECK(d != VNULL);
    CHECK(obj_setattr(d, ID(x), MK_INT(9)) == 0);
    CHECK(obj_getattr(d, ID(x)) == MK_INT(9));
    CHECK(obj_setattr(A, ID(y), MK_INT(11)) == 0);
    CHECK(obj_getattr(d, ID(y)) == MK_INT(11));
    CHECK(obj_getattr(d, ID(zz)) == VNULL && err_matches(&AttributeError_type));
    Value e = err_fetch();
    CHECK(str_is(obj_str(e), "'D' object has no attribute 'zz'"));
    CHECK(obj_isinstance(d, A) == 1);
    CHECK(obj_isinstance(d, OBJ_VAL(tuple_pack(2, OBJ_VAL(&int_type), C))) == 1);
    /* subclass of a builtin keeps the C slots: class L(list) */
    Value L = make_class("L", tuple_pack(1, OBJ_VAL(&list_type)), dict_new());
    CHECK(AS(Type, L)->len == list_type.len);
    Value l = obj_call0(L);
    CHECK(l && IS_LIST(l) && list_append(AS(List, l), MK_INT(1)) == 0 && obj_len(l) == 1);
    CHECK(obj_setattr(l, ID(tag), MK_INT(3)) == 0 && obj_getattr(l, ID(tag)) == MK_INT(3));
    gc_collect();
    CHECK(obj_getattr(l, ID(tag)) == MK_INT(3) && obj_len(l) == 1);
    /* __slots__ */
    Dict *ns = dict_new();
    dict_set_str(ns, ID(__slots__), OBJ_VAL(tuple_pack(2, OBJ_VAL(str_from_cstr("a")),
                                                        OBJ_VAL(str_from_cstr("b")))));
    Value S = make_class("S", tuple_empty, ns);
    CHECK(S != VNULL);
    Value s = obj_call0(S);
    CHECK(obj_setattr(s, ID(a), MK_INT(1)) == 0 && obj_getattr(s, ID(a)) == MK_INT(1));
    CHECK(obj_setattr(s, ID(c), MK_INT(1)) == -1);
    err_clear();
    CHECK(obj_getattr(s, ID(b)) == VNULL);
    err_clear();
}

int main(void) {
    int base;
    gc_init();
    thread_register(&base);
    types_init();
    exceptions_init();
    err_init();
    test_builtin_types();
    test_exceptions();
    test_classes();
    if (failures)
        printf("core_types: %d failure(s)\n", failures);
    else
        printf("core_types: ok\n");
    return failures != 0;
}
