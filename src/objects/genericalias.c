/* genericalias.c - `list[int]` and friends (types.GenericAlias): the
 * object a subscripted builtin class returns in annotations.  It records
 * the origin class and the argument tuple, prints as written, and calling
 * it makes an instance of the origin.  Immutable: no locking.
 */
#include "../runtime.h"
#include "slots.h"

Value type_or(Value a, Value b);

typedef struct GenericAlias {
    Obj hdr;
    Value origin;
    Tuple *args;
} GenericAlias;

static void ga_trace(Obj *o, Tracer *t) {
    gc_mark(t, ((GenericAlias *)o)->origin);
    GC_MARK(t, ((GenericAlias *)o)->args);
}

Value generic_alias_new(Value origin, Value args) {
    GenericAlias *g = gc_alloc(&generic_alias_type, sizeof(GenericAlias));
    if (!g)
        return VNULL;
    Tuple *a = IS_TUPLE(args) ? AS(Tuple, args) : tuple_pack(1, args);
    if (!a)
        return VNULL;
    SET_FIELD(g, g->origin, origin);
    SET_FIELD(g, g->args, a);
    return OBJ_VAL(g);
}

static Value ga_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("GenericAlias", kwnames) < 0 || args_count("GenericAlias", nargs, 2, 2) < 0)
        return VNULL;
    return generic_alias_new(args[0], args[1]);
}

/* One argument as the language prints it inside the brackets. */
static int append_arg(StrBuilder *b, Value v) {
    if (v == ELLIPSIS)
        return sb_append_cstr(b, "...");
    if (IS_TYPE(v)) {
        Type *t = AS(Type, v);
        Value mod = t->dict ? dict_get_str(t->dict, ID(__module__)) : VNULL;
        if (mod && IS_STR(mod) && !str_eq_cstr(AS(Str, mod), "builtins")) {
            sb_append_str(b, AS(Str, mod));
            sb_append_char(b, '.');
        }
        return sb_append_str(b, t->qualname);
    }
    Str *r = obj_repr(v);
    return r ? sb_append_str(b, r) : -1;
}

static Str *ga_repr(Value self) {
    GenericAlias *g = AS(GenericAlias, self);
    StrBuilder b;
    sb_init(&b);
    if (append_arg(&b, g->origin) < 0) {
        sb_free(&b);
        return NULL;
    }
    sb_append_char(&b, '[');
    if (g->args->len == 0)
        sb_append_cstr(&b, "()");
    for (int64_t i = 0; i < g->args->len; i++) {
        if (i)
            sb_append_cstr(&b, ", ");
        Value a = g->args->items[i];
        if (IS_LIST(a)) {   /* Callable[[int, str], R] */
            sb_append_char(&b, '[');
            for (int64_t j = 0; j < list_len(AS(List, a)); j++) {
                if (j)
                    sb_append_cstr(&b, ", ");
                append_arg(&b, list_get(AS(List, a), j));
            }
            sb_append_char(&b, ']');
        } else if (append_arg(&b, a) < 0) {
            sb_free(&b);
            return NULL;
        }
    }
    sb_append_char(&b, ']');
    return sb_finish(&b);
}

static Value ga_call(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return obj_call(AS(GenericAlias, self)->origin, args, nargs, kwnames);
}

static Value ga_getattr(Value self, Str *name) {
    GenericAlias *g = AS(GenericAlias, self);
    if (str_eq_cstr(name, "__origin__"))
        return g->origin;
    if (str_eq_cstr(name, "__args__"))
        return OBJ_VAL(g->args);
    if (str_eq_cstr(name, "__parameters__"))
        return OBJ_VAL(tuple_empty);
    if (str_eq_cstr(name, "__class__") || str_eq_cstr(name, "__mro_entries__"))
        return obj_generic_getattr(self, name);
    /* everything else (__name__, __module__, methods) comes from the origin */
    return obj_getattr(g->origin, name);
}

static Value ga_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_EXACT(b, generic_alias_type))
        return NOT_IMPLEMENTED;
    GenericAlias *x = AS(GenericAlias, a), *y = AS(GenericAlias, b);
    int eq = obj_eq(x->origin, y->origin);
    if (eq > 0)
        eq = obj_eq(OBJ_VAL(x->args), OBJ_VAL(y->args));
    if (eq < 0)
        return VNULL;
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static int64_t ga_hash(Value self) {
    GenericAlias *g = AS(GenericAlias, self);
    int64_t h1 = obj_hash(g->origin), h2;
    if (h1 == -1 || (h2 = obj_hash(OBJ_VAL(g->args))) == -1)
        return -1;
    int64_t h = h1 ^ h2;
    return h == -1 ? -2 : h;
}

static Value ga_getitem(Value self, Value key) {
    return err_format(&TypeError_type, "%R is not a generic class", self);
}

/* class C(list[int]) subclasses the origin */
static Value ga_mro_entries(Value self, Value *args, size_t nargs, Tuple *kw) {
    return OBJ_VAL(tuple_pack(1, AS(GenericAlias, self)->origin));
}

static const MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, METH_NOKW},
    {NULL},
};

Type generic_alias_type = {
    .hdr = {&type_type},
    .name = "types.GenericAlias",
    .basicsize = sizeof(GenericAlias),
    .trace = ga_trace,
    .new_ = ga_new,
    .repr = ga_repr,
    .call = ga_call,
    .getattr = ga_getattr,
    .richcompare = ga_richcompare,
    .hash = ga_hash,
    .getitem = ga_getitem,
    .nb = {[NB_OR] = type_or},
    .methods = ga_methods,
};

/* __class_getitem__ for the builtin generic classes */
static Value class_getitem(Value cls, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("__class_getitem__", nargs, 1, 1) < 0)
        return VNULL;
    return generic_alias_new(cls, args[0]);
}
static const MethodDef class_getitem_def = {"__class_getitem__", class_getitem, METH_NOKW | METH_CLASS};

void generic_alias_init(void) {
    type_ready(&generic_alias_type);
    type_ready(&union_type);
    Type *generic[] = {&list_type, &dict_type, &tuple_type, &set_type, &frozenset_type,
                       &type_type, &enumerate_type, &reversed_type};
    for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
        dict_set_str(generic[i]->dict, ID(__class_getitem__),
                     classmethod_descr_new(&class_getitem_def, generic[i]));
}

/* ---- X | Y (types.UnionType) ----
 * `int | None` in annotations and isinstance().  The arguments are kept
 * flattened and without duplicates, in first-seen order.  Immutable. */

typedef struct UnionType {
    Obj hdr;
    Tuple *args;
} UnionType;

static void union_trace(Obj *o, Tracer *t) {
    GC_MARK(t, ((UnionType *)o)->args);
}

static bool unionable(Value v) {
    return v == NONE || IS_TYPE(v) || IS_EXACT(v, generic_alias_type) ||
           IS_EXACT(v, union_type);
}

static int union_add(List *out, Value v) {
    if (IS_EXACT(v, union_type)) {
        Tuple *a = AS(UnionType, v)->args;
        for (int64_t i = 0; i < a->len; i++)
            if (union_add(out, a->items[i]) < 0)
                return -1;
        return 0;
    }
    if (v == NONE)
        v = OBJ_VAL(&none_type);
    for (int64_t i = 0; i < list_len(out); i++) {
        int eq = obj_eq(list_get(out, i), v);
        if (eq)
            return eq < 0 ? -1 : 0;
    }
    return list_append(out, v);
}

Value type_or(Value a, Value b) {
    if (!unionable(a) || !unionable(b))
        return NOT_IMPLEMENTED;
    List *args = list_new(4);
    if (!args || union_add(args, a) < 0 || union_add(args, b) < 0)
        return VNULL;
    if (list_len(args) == 1)
        return list_get(args, 0);
    UnionType *u = gc_alloc(&union_type, sizeof(UnionType));
    Tuple *t = u ? list_to_tuple(args) : NULL;
    if (!t)
        return VNULL;
    SET_FIELD(u, u->args, t);
    return OBJ_VAL(u);
}

static Str *union_repr(Value self) {
    Tuple *a = AS(UnionType, self)->args;
    StrBuilder b;
    sb_init(&b);
    for (int64_t i = 0; i < a->len; i++) {
        if (i)
            sb_append_cstr(&b, " | ");
        Value v = a->items[i];
        if (v == OBJ_VAL(&none_type))
            sb_append_cstr(&b, "None");
        else if (append_arg(&b, v) < 0) {
            sb_free(&b);
            return NULL;
        }
    }
    return sb_finish(&b);
}

static Value union_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_EXACT(b, union_type))
        return NOT_IMPLEMENTED;
    Set *x = set_from_iterable(&frozenset_type, OBJ_VAL(AS(UnionType, a)->args));
    Set *y = x ? set_from_iterable(&frozenset_type, OBJ_VAL(AS(UnionType, b)->args)) : NULL;
    if (!y)
        return VNULL;
    return obj_richcompare(OBJ_VAL(x), OBJ_VAL(y), op);
}

static int64_t union_hash(Value self) {
    Set *x = set_from_iterable(&frozenset_type, OBJ_VAL(AS(UnionType, self)->args));
    return x ? obj_hash(OBJ_VAL(x)) : -1;
}

static Value union_get_args(Value self) { return OBJ_VAL(AS(UnionType, self)->args); }
static Value union_get_params(Value self) { return OBJ_VAL(tuple_empty); }
static const GetSetDef union_getsets[] = {
    {"__args__", union_get_args, NULL},
    {"__parameters__", union_get_params, NULL},
    {NULL},
};

Type union_type = {
    .hdr = {&type_type},
    .name = "types.UnionType",
    .basicsize = sizeof(UnionType),
    .trace = union_trace,
    .repr = union_repr,
    .richcompare = union_richcompare,
    .hash = union_hash,
    .nb = {[NB_OR] = type_or},
    .getsets = union_getsets,
};

/* isinstance/issubclass against a union: any of its members. */
int union_check(Value u, Value v, bool subclass) {
    Tuple *a = AS(UnionType, u)->args;
    for (int64_t i = 0; i < a->len; i++) {
        int r = subclass ? obj_issubclass(v, a->items[i]) : obj_isinstance(v, a->items[i]);
        if (r)
            return r;
    }
    return 0;
}
