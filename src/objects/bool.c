/* bool.c - the bool type and the two singletons True and False.
 *
 * bool is a subclass of int that cannot be subclassed; its instances are
 * the static Bool objects true_obj and false_obj (layout: header + v), which
 * the int code reads as 1 and 0 (int_view special-cases bool_type).
 * & | ^ between two bools give a bool; everything else is int arithmetic
 * and returns plain ints.
 *
 * Thread-safety: immutable static objects.
 */
#include "../runtime.h"

Bool true_obj = {.hdr = {&bool_type}, .v = 1};
Bool false_obj = {.hdr = {&bool_type}, .v = 0};

static Str *bool_repr(Value v) {
    return str_from_cstr(AS(Bool, v)->v ? "True" : "False");
}

static inline bool is_bool(Value v) { return IS_OBJ(v) && AS_OBJ(v)->type == &bool_type; }

static Value bool_and(Value a, Value b) {
    if (is_bool(a) && is_bool(b)) return BOOL_V(AS(Bool, a)->v & AS(Bool, b)->v);
    if (!IS_INTLIKE(a) || !IS_INTLIKE(b)) return NOT_IMPLEMENTED;
    return int_and(a, b);
}

static Value bool_or(Value a, Value b) {
    if (is_bool(a) && is_bool(b)) return BOOL_V(AS(Bool, a)->v | AS(Bool, b)->v);
    if (!IS_INTLIKE(a) || !IS_INTLIKE(b)) return NOT_IMPLEMENTED;
    return int_or(a, b);
}

static Value bool_xor(Value a, Value b) {
    if (is_bool(a) && is_bool(b)) return BOOL_V(AS(Bool, a)->v ^ AS(Bool, b)->v);
    if (!IS_INTLIKE(a) || !IS_INTLIKE(b)) return NOT_IMPLEMENTED;
    return int_xor(a, b);
}

static Value bool_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("bool", kwnames) < 0) return VNULL;
    if (args_count("bool", nargs, 0, 1) < 0) return VNULL;
    if (nargs == 0) return FALSE_V;
    int r = obj_truthy(args[0]);
    if (r < 0) return VNULL;
    return BOOL_V(r);
}

static int bool_bool(Value a) { return AS(Bool, a)->v != 0; }
static int64_t bool_hash(Value a) { return AS(Bool, a)->v; }

static Str *bool_format_m(Value self, Str *spec);

static Value bool_format(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("__format__", nargs, 1, 1) < 0) return VNULL;
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "__format__() argument must be str, not %T", args[0]);
    Str *r = bool_format_m(self, AS(Str, args[0]));
    return r ? OBJ_VAL(r) : VNULL;
}

static Str *bool_format_m(Value self, Str *spec) {
    if (spec->len == 0) return bool_repr(self);
    return int_format(MK_INT(AS(Bool, self)->v), spec);
}

static const MethodDef bool_methods[] = {
    {"__format__", bool_format, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

static void bool_trace(Obj *o, Tracer *t) { (void)o; (void)t; }

Type bool_type = {
    .hdr = {&type_type},
    .name = "bool",
    .base = &int_type,
    .basicsize = sizeof(Bool),
    .flags = TF_INT_SUBCLASS,
    .trace = bool_trace,
    .new_ = bool_new,
    .repr = bool_repr,
    .hash = bool_hash,
    .nb = {[NB_AND] = bool_and, [NB_OR] = bool_or, [NB_XOR] = bool_xor},
    .nb_bool = bool_bool,
    .methods = bool_methods,
    .doc = "bool(x) -> bool",
};
