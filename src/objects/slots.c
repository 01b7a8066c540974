/* slots.c - the bridge between C slots and dunder methods.
 *
 * One table (slotdefs) names, for each dunder, the Type field it feeds and
 * how to call that field.  Static types publish their slots as SlotWrapper
 * objects (`int.__add__`); heap types get slot_* functions that look the
 * dunder up on the type and call it, unless the dunder found along the MRO
 * is itself a wrapper of the same slot, in which case the wrapped C function
 * is installed directly (a list subclass keeps list's C len()).
 *
 * Thread-safety: readers load slot words plainly, without locks.
 * slots_fixup writes them on a private (unpublished) type; class attribute
 * assignment (slots_update_for_name) computes the new values first, then
 * stores them with the world stopped (gc_run_stopped), which orders every
 * reader's loads before or after the stores.  Assigning an instance's
 * __dict__ is stopped-world too; its lazy creation is a CAS, and readers
 * load that pointer with acquire.
 */
#include <string.h>

#include "../runtime.h"
#include "slots.h"

typedef enum {
    W_REPR, W_HASH, W_UNARY, W_BINARY, W_RBINARY, W_RICHCMP, W_LEN, W_BOOL, W_CALL,
    W_GETATTR, W_SETATTR, W_DELATTR, W_SETITEM, W_DELITEM, W_CONTAINS, W_ITERNEXT,
    W_DESCR_GET, W_DESCR_SET, W_DESCR_DEL, W_INIT, W_GETATTR_HOOK, W_NEW,
} WrapKind;

typedef struct SlotDef {
    const char *name;
    uint16_t offset;     /* offsetof(Type, slot) */
    uint8_t kind;        /* WrapKind */
    int8_t op;           /* CMP_* for W_RICHCMP */
    void *heap_fn;       /* installed in heap types that define the dunder in Python */
} SlotDef;

typedef struct SlotWrapper {
    Obj hdr;
    const SlotDef *def;
    void *fn;            /* the wrapped C slot function */
    Type *owner;
} SlotWrapper;

/* ---- calling a dunder found on a type ---- */

/* Call descriptor `f` (found on type(self)) as a method of self. */
static Value call_found(Value f, Value self, Value *args, size_t nargs) {
    Type *ft = val_type(f);
    if (ft == &function_type || ft == &method_descr_type || ft == &slot_wrapper_type) {
        Value buf[nargs + 1];
        buf[0] = self;
        if (args)
            memcpy(buf + 1, args, nargs * sizeof(Value));
        return obj_call(f, buf, nargs + 1, NULL);
    }
    if (ft->descr_get) {
        Value bound = ft->descr_get(f, self, OBJ_VAL(val_type(self)));
        if (!bound)
            return VNULL;
        return obj_call(bound, args, nargs, NULL);
    }
    return obj_call(f, args, nargs, NULL);
}

static Value call_dunder(Value self, Str *name, Value *args, size_t nargs) {
    Value f = type_lookup(val_type(self), name);
    if (!f)
        return err_format(&AttributeError_type, "'%T' object has no attribute '%U'", self, name);
    return call_found(f, self, args, nargs);
}

/* ---- heap-type slot functions ---- */

static Str *slot_repr(Value self) {
    Value r = call_dunder(self, ID(__repr__), NULL, 0);
    if (r && !IS_STR(r)) {
        err_format(&TypeError_type, "__repr__ returned non-string (type %T)", r);
        return NULL;
    }
    return r ? AS(Str, r) : NULL;
}

static Str *slot_str(Value self) {
    Value r = call_dunder(self, ID(__str__), NULL, 0);
    if (r && !IS_STR(r)) {
        err_format(&TypeError_type, "__str__ returned non-string (type %T)", r);
        return NULL;
    }
    return r ? AS(Str, r) : NULL;
}

static int64_t slot_hash(Value self) {
    Value r = call_dunder(self, ID(__hash__), NULL, 0);
    if (!r)
        return -1;
    if (!IS_INTLIKE(r)) {
        err_str(&TypeError_type, "__hash__ method should return an integer");
        return -1;
    }
    int64_t h = IS_INT(r) ? INT_VAL(r) : int_hash(int_unwrap(r));
    return h == -1 ? -2 : h;
}

static Value slot_call(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Value f = type_lookup(val_type(self), ID(__call__));
    if (!f)
        return err_format(&TypeError_type, "'%T' object is not callable", self);
    size_t nkw = kwnames ? (size_t)kwnames->len : 0;
    Value buf[nargs + nkw + 1];
    buf[0] = self;
    if (args)
        memcpy(buf + 1, args, (nargs + nkw) * sizeof(Value));
    Type *ft = val_type(f);
    if (ft == &function_type || ft == &method_descr_type)
        return obj_call(f, buf, nargs + 1, kwnames);
    Value bound = ft->descr_get ? ft->descr_get(f, self, OBJ_VAL(val_type(self))) : f;
    return bound ? obj_call(bound, args, nargs, kwnames) : VNULL;
}

static Value slot_getattr(Value self, Str *name) {
    Type *t = val_type(self);
    Value ga = type_lookup(t, ID(__getattribute__));
    Value r;
    if (ga && IS_EXACT(ga, slot_wrapper_type) &&
        AS(SlotWrapper, ga)->fn == (void *)obj_generic_getattr)
        r = obj_generic_getattr(self, name);
    else if (ga) {
        Value n = OBJ_VAL(name);
        r = call_found(ga, self, &n, 1);
    } else
        r = obj_generic_getattr(self, name);
    if (r || !err_matches(&AttributeError_type))
        return r;
    Value hook = type_lookup(t, ID(__getattr__));
    if (!hook)
        return VNULL;
    err_clear();
    Value n = OBJ_VAL(name);
    return call_found(hook, self, &n, 1);
}

static int slot_setattr(Value self, Str *name, Value v) {
    Value args[2] = {OBJ_VAL(name), v};
    Value r = v ? call_dunder(self, ID(__setattr__), args, 2)
                : call_dunder(self, ID(__delattr__), args, 1);
    return r ? 0 : -1;
}

static Str *cmp_name(int op) {
    switch (op) {
    case CMP_LT: return ID(__lt__);
    case CMP_LE: return ID(__le__);
    case CMP_EQ: return ID(__eq__);
    case CMP_NE: return ID(__ne__);
    case CMP_GT: return ID(__gt__);
    default: return ID(__ge__);
    }
}

static Value slot_richcompare(Value a, Value b, int op) {
    Value f = type_lookup(val_type(a), cmp_name(op));
    if (!f)
        return NOT_IMPLEMENTED;
    return call_found(f, a, &b, 1);
}

static Value slot_iter(Value self) {
    Value r = call_dunder(self, ID(__iter__), NULL, 0);
    if (r && !val_type(r)->iternext)
        return err_format(&TypeError_type, "iter() returned non-iterator of type '%T'", r);
    return r;
}

static Value slot_iternext(Value self) {
    Value r = call_dunder(self, ID(__next__), NULL, 0);
    if (!r && err_matches(&StopIteration_type))
        err_clear();
    return r;
}

static Value slot_descr_get(Value descr, Value obj, Value type) {
    Value args[2] = {obj ? obj : NONE, type ? type : NONE};
    return call_dunder(descr, ID(__get__), args, 2);
}

static int slot_descr_set(Value descr, Value obj, Value v) {
    Value args[2] = {obj, v};
    Value r = v ? call_dunder(descr, ID(__set__), args, 2)
                : call_dunder(descr, ID(__delete__), args, 1);
    return r ? 0 : -1;
}

static Value slot_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Value f = type_lookup(val_type(self), ID(__init__));
    if (!f)
        return NONE;
    size_t nkw = kwnames ? (size_t)kwnames->len : 0;
    Value buf[nargs + nkw + 1];
    buf[0] = self;
    if (args)
        memcpy(buf + 1, args, (nargs + nkw) * sizeof(Value));
    Type *ft = val_type(f);
    if (ft == &function_type || ft == &method_descr_type || ft == &slot_wrapper_type)
        return obj_call(f, buf, nargs + 1, kwnames);
    Value bound = ft->descr_get ? ft->descr_get(f, self, OBJ_VAL(val_type(self))) : f;
    return bound ? obj_call(bound, args, nargs, kwnames) : VNULL;
}

static Value slot_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    Value f = type_lookup(t, ID(__new__));
    if (!f)
        return err_format(&TypeError_type, "cannot create '%s' instances", t->name);
    if (val_type(f)->descr_get) {
        f = val_type(f)->descr_get(f, VNULL, OBJ_VAL(t));
        if (!f)
            return VNULL;
    }
    size_t nkw = kwnames ? (size_t)kwnames->len : 0;
    Value buf[nargs + nkw + 1];
    buf[0] = OBJ_VAL(t);
    if (args)
        memcpy(buf + 1, args, (nargs + nkw) * sizeof(Value));
    return obj_call(f, buf, nargs + 1, kwnames);
}

static int64_t slot_len(Value self) {
    Value r = call_dunder(self, ID(__len__), NULL, 0);
    if (!r)
        return -1;
    if (!IS_INTLIKE(r)) {
        err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer", r);
        return -1;
    }
    int64_t n;
    if (int_as_i64(int_unwrap(r), &n) < 0) {
        err_clear();
        err_str(&OverflowError_type, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (n < 0) {
        err_str(&ValueError_type, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static Value slot_getitem(Value self, Value key) {
    return call_dunder(self, ID(__getitem__), &key, 1);
}

static int slot_setitem(Value self, Value key, Value v) {
    Value args[2] = {key, v};
    Value r = v ? call_dunder(self, ID(__setitem__), args, 2)
                : call_dunder(self, ID(__delitem__), args, 1);
    return r ? 0 : -1;
}

static int slot_contains(Value self, Value item) {
    Value r = call_dunder(self, ID(__contains__), &item, 1);
    return r ? obj_truthy(r) : -1;
}

static int slot_bool(Value self) {
    Value r = call_dunder(self, ID(__bool__), NULL, 0);
    if (!r)
        return -1;
    if (r == TRUE_V)
        return 1;
    if (r == FALSE_V)
        return 0;
    err_format(&TypeError_type, "__bool__ should return bool, returned %T", r);
    return -1;
}

#define SLOT_UNARY(fn, dunder)                                   \
    static Value fn(Value self) {                                \
        return call_dunder(self, ID(dunder), NULL, 0);           \
    }
SLOT_UNARY(slot_neg, __neg__)
SLOT_UNARY(slot_pos, __pos__)
SLOT_UNARY(slot_invert, __invert__)
SLOT_UNARY(slot_abs, __abs__)
SLOT_UNARY(slot_int, __int__)
SLOT_UNARY(slot_float, __float__)
SLOT_UNARY(slot_index, __index__)

/* Binary operator slot of a heap type: a.__op__(b), else b.__rop__(a), with
 * the reflected method tried first when b's type is a subclass of a's that
 * overrides it (the language's rule). */
static Value binop_dunders(Value a, Value b, int op, BinaryFn self_fn, Str *name, Str *rname) {
    Type *ta = val_type(a), *tb = val_type(b);
    Value rf = VNULL;
    if (ta != tb && tb->nb[op] == self_fn)
        rf = type_lookup(tb, rname);
    if (ta->nb[op] == self_fn) {
        Value f = type_lookup(ta, name);
        if (rf && type_is_subtype(tb, ta) && rf != type_lookup(ta, rname)) {
            Value r = call_found(rf, b, &a, 1);
            if (r != NOT_IMPLEMENTED)
                return r;
            rf = VNULL;
        }
        if (f) {
            Value r = call_found(f, a, &b, 1);
            if (r != NOT_IMPLEMENTED)
                return r;
        }
        if (ta == tb)
            return NOT_IMPLEMENTED;
    }
    if (rf)
        return call_found(rf, b, &a, 1);
    return NOT_IMPLEMENTED;
}

#define SLOT_BINOP(op, lname, rname)                                           \
    static Value slot_nb_##lname(Value a, Value b) {                           \
        return binop_dunders(a, b, op, slot_nb_##lname, ID(__##lname##__),     \
                             ID(__##rname##__));                               \
    }                                                                          \
    static Value slot_inplace_##lname(Value a, Value b) {                      \
        Value f = type_lookup(val_type(a), ID(__i##lname##__));                \
        return f ? call_found(f, a, &b, 1) : NOT_IMPLEMENTED;                  \
    }
SLOT_BINOP(NB_ADD, add, radd)
SLOT_BINOP(NB_SUB, sub, rsub)
SLOT_BINOP(NB_MUL, mul, rmul)
SLOT_BINOP(NB_MATMUL, matmul, rmatmul)
SLOT_BINOP(NB_TRUEDIV, truediv, rtruediv)
SLOT_BINOP(NB_FLOORDIV, floordiv, rfloordiv)
SLOT_BINOP(NB_MOD, mod, rmod)
SLOT_BINOP(NB_POW, pow, rpow)
SLOT_BINOP(NB_LSHIFT, lshift, rlshift)
SLOT_BINOP(NB_RSHIFT, rshift, rrshift)
SLOT_BINOP(NB_AND, and, rand)
SLOT_BINOP(NB_OR, or, ror)
SLOT_BINOP(NB_XOR, xor, rxor)
SLOT_BINOP(NB_DIVMOD, divmod, rdivmod)

/* ---- the table ---- */

#define OFF(f) ((uint16_t)offsetof(Type, f))
#define NBOFF(i) ((uint16_t)(offsetof(Type, nb) + (i) * sizeof(BinaryFn)))
#define NBIOFF(i) ((uint16_t)(offsetof(Type, nb_inplace) + (i) * sizeof(BinaryFn)))
#define BIN(op, l, r)                                                        \
    {"__" #l "__", NBOFF(op), W_BINARY, 0, (void *)slot_nb_##l},            \
    {"__" #r "__", NBOFF(op), W_RBINARY, 0, (void *)slot_nb_##l},           \
    {"__i" #l "__", NBIOFF(op), W_BINARY, 0, (void *)slot_inplace_##l},

static const SlotDef slotdefs[] = {
    {"__repr__", OFF(repr), W_REPR, 0, (void *)slot_repr},
    {"__str__", OFF(str), W_REPR, 0, (void *)slot_str},
    {"__hash__", OFF(hash), W_HASH, 0, (void *)slot_hash},
    {"__call__", OFF(call), W_CALL, 0, (void *)slot_call},
    {"__getattribute__", OFF(getattr), W_GETATTR, 0, (void *)slot_getattr},
    {"__getattr__", OFF(getattr), W_GETATTR_HOOK, 0, (void *)slot_getattr},
    {"__setattr__", OFF(setattr), W_SETATTR, 0, (void *)slot_setattr},
    {"__delattr__", OFF(setattr), W_DELATTR, 0, (void *)slot_setattr},
    {"__lt__", OFF(richcompare), W_RICHCMP, CMP_LT, (void *)slot_richcompare},
    {"__le__", OFF(richcompare), W_RICHCMP, CMP_LE, (void *)slot_richcompare},
    {"__eq__", OFF(richcompare), W_RICHCMP, CMP_EQ, (void *)slot_richcompare},
    {"__ne__", OFF(richcompare), W_RICHCMP, CMP_NE, (void *)slot_richcompare},
    {"__gt__", OFF(richcompare), W_RICHCMP, CMP_GT, (void *)slot_richcompare},
    {"__ge__", OFF(richcompare), W_RICHCMP, CMP_GE, (void *)slot_richcompare},
    {"__iter__", OFF(iter), W_UNARY, 0, (void *)slot_iter},
    {"__next__", OFF(iternext), W_ITERNEXT, 0, (void *)slot_iternext},
    {"__get__", OFF(descr_get), W_DESCR_GET, 0, (void *)slot_descr_get},
    {"__set__", OFF(descr_set), W_DESCR_SET, 0, (void *)slot_descr_set},
    {"__delete__", OFF(descr_set), W_DESCR_DEL, 0, (void *)slot_descr_set},
    {"__init__", OFF(init), W_INIT, 0, (void *)slot_init},
    {"__new__", OFF(new_), W_NEW, 0, (void *)slot_new},
    {"__len__", OFF(len), W_LEN, 0, (void *)slot_len},
    {"__getitem__", OFF(getitem), W_BINARY, 0, (void *)slot_getitem},
    {"__setitem__", OFF(setitem), W_SETITEM, 0, (void *)slot_setitem},
    {"__delitem__", OFF(setitem), W_DELITEM, 0, (void *)slot_setitem},
    {"__contains__", OFF(contains), W_CONTAINS, 0, (void *)slot_contains},
    {"__neg__", OFF(nb_neg), W_UNARY, 0, (void *)slot_neg},
    {"__pos__", OFF(nb_pos), W_UNARY, 0, (void *)slot_pos},
    {"__invert__", OFF(nb_invert), W_UNARY, 0, (void *)slot_invert},
    {"__abs__", OFF(nb_abs), W_UNARY, 0, (void *)slot_abs},
    {"__int__", OFF(nb_int), W_UNARY, 0, (void *)slot_int},
    {"__float__", OFF(nb_float), W_UNARY, 0, (void *)slot_float},
    {"__index__", OFF(nb_index), W_UNARY, 0, (void *)slot_index},
    {"__bool__", OFF(nb_bool), W_BOOL, 0, (void *)slot_bool},
    BIN(NB_ADD, add, radd)
    BIN(NB_SUB, sub, rsub)
    BIN(NB_MUL, mul, rmul)
    BIN(NB_MATMUL, matmul, rmatmul)
    BIN(NB_TRUEDIV, truediv, rtruediv)
    BIN(NB_FLOORDIV, floordiv, rfloordiv)
    BIN(NB_MOD, mod, rmod)
    BIN(NB_POW, pow, rpow)
    BIN(NB_LSHIFT, lshift, rlshift)
    BIN(NB_RSHIFT, rshift, rrshift)
    BIN(NB_AND, and, rand)
    BIN(NB_OR, or, ror)
    BIN(NB_XOR, xor, rxor)
    BIN(NB_DIVMOD, divmod, rdivmod)
    {NULL},
};

static void **slot_ptr(Type *t, uint16_t off) {
    return (void **)((char *)t + off);
}

/* ---- slot wrappers (static types' slots, seen from Python) ---- */

static Value wrapper_dispatch(const SlotDef *d, void *fn, Value self, Value *args, size_t nargs,
                              Tuple *kwnames) {
    size_t need = 0;
    switch (d->kind) {
    case W_BINARY: case W_RBINARY: case W_RICHCMP: case W_GETATTR: case W_DELATTR:
    case W_DELITEM: case W_CONTAINS: case W_DESCR_DEL:
        need = 1;
        break;
    case W_SETATTR: case W_SETITEM: case W_DESCR_SET:
        need = 2;
        break;
    case W_DESCR_GET:
        if (nargs < 1 || nargs > 2)
            return err_format(&TypeError_type, "expected 1 or 2 arguments, got %zd", nargs);
        break;
    default:
        break;
    }
    if (d->kind != W_CALL && d->kind != W_INIT && d->kind != W_DESCR_GET) {
        if (kwnames && kwnames->len)
            return err_format(&TypeError_type, "wrapper %s() takes no keyword arguments",
                              d->name);
        if (nargs != need)
            return err_format(&TypeError_type, "expected %zd argument%s, got %zd", need,
                              need == 1 ? "" : "s", nargs);
    }
    switch (d->kind) {
    case W_REPR: { Str *s = ((ReprFn)fn)(self); return s ? OBJ_VAL(s) : VNULL; }
    case W_HASH: {
        int64_t h = ((HashFn)fn)(self);
        return h == -1 ? VNULL : int_from_i64(h);
    }
    case W_UNARY: return ((UnaryFn)fn)(self);
    case W_BINARY: return ((BinaryFn)fn)(self, args[0]);
    case W_RBINARY: return ((BinaryFn)fn)(args[0], self);
    case W_RICHCMP: return ((RichCmpFn)fn)(self, args[0], d->op);
    case W_LEN: { int64_t n = ((LenFn)fn)(self); return n < 0 ? VNULL : int_from_i64(n); }
    case W_BOOL: { int b = ((BoolFn)fn)(self); return b < 0 ? VNULL : BOOL_V(b); }
    case W_CALL: return ((CallFn)fn)(self, args, nargs, kwnames);
    case W_GETATTR:
        if (!IS_STR(args[0]))
            return err_format(&TypeError_type, "attribute name must be string, not '%T'", args[0]);
        return ((GetAttrFn)fn)(self, AS(Str, args[0]));
    case W_SETATTR: case W_DELATTR:
        if (!IS_STR(args[0]))
            return err_format(&TypeError_type, "attribute name must be string, not '%T'", args[0]);
        return ((SetAttrFn)fn)(self, AS(Str, args[0]), d->kind == W_SETATTR ? args[1] : VNULL) < 0
                   ? VNULL : NONE;
    case W_SETITEM: return ((SetItemFn)fn)(self, args[0], args[1]) < 0 ? VNULL : NONE;
    case W_DELITEM: return ((SetItemFn)fn)(self, args[0], VNULL) < 0 ? VNULL : NONE;
    case W_CONTAINS: {
        int r = ((ContainsFn)fn)(self, args[0]);
        return r < 0 ? VNULL : BOOL_V(r);
    }
    case W_ITERNEXT: {
        Value r = ((UnaryFn)fn)(self);
        if (!r && !err_occurred())
            return err_set_value(OBJ_VAL(&StopIteration_type));
        return r;
    }
    case W_DESCR_GET: {
        Value obj = args[0] == NONE ? VNULL : args[0];
        Value type = nargs > 1 && args[1] != NONE ? args[1] : VNULL;
        if (!obj && !type)
            return err_str(&TypeError_type, "__get__(None, None) is invalid");
        return ((DescrGetFn)fn)(self, obj, type ? type : OBJ_VAL(val_type(obj)));
    }
    case W_DESCR_SET: return ((DescrSetFn)fn)(self, args[0], args[1]) < 0 ? VNULL : NONE;
    case W_DESCR_DEL: return ((DescrSetFn)fn)(self, args[0], VNULL) < 0 ? VNULL : NONE;
    case W_INIT: return ((CMethod)fn)(self, args, nargs, kwnames);
    default: return err_str(&SystemError_type, "bad slot wrapper");
    }
}

static Value wrapper_call(Value callable, Value *args, size_t nargs, Tuple *kwnames) {
    SlotWrapper *w = AS(SlotWrapper, callable);
    if (nargs < 1)
        return err_format(&TypeError_type, "descriptor '%s' of '%s' object needs an argument",
                          w->def->name, w->owner->name);
    if (!obj_is_instance_of(args[0], w->owner))
        return err_format(&TypeError_type,
                          "descriptor '%s' requires a '%s' object but received a '%T'",
                          w->def->name, w->owner->name, args[0]);
    return wrapper_dispatch(w->def, w->fn, args[0], args + 1, nargs - 1, kwnames);
}

static Value wrapper_get(Value descr, Value obj, Value type) {
    if (!obj)
        return descr;
    return method_new(descr, obj);
}

static Str *wrapper_repr(Value self) {
    SlotWrapper *w = AS(SlotWrapper, self);
    return str_format("<slot wrapper '%s' of '%s' objects>", w->def->name, w->owner->name);
}

static void wrapper_trace(Obj *o, Tracer *t) {
    GC_MARK(t, ((SlotWrapper *)o)->owner);
}

static Value wrapper_get_name(Value self) {
    return OBJ_VAL(str_intern_cstr(AS(SlotWrapper, self)->def->name));
}
static Value wrapper_get_objclass(Value self) {
    return OBJ_VAL(AS(SlotWrapper, self)->owner);
}
static const GetSetDef wrapper_getsets[] = {
    {"__name__", wrapper_get_name, NULL},
    {"__qualname__", wrapper_get_name, NULL},
    {"__objclass__", wrapper_get_objclass, NULL},
    {NULL},
};

Type slot_wrapper_type = {
    .hdr = {&type_type},
    .name = "wrapper_descriptor",
    .basicsize = sizeof(SlotWrapper),
    .trace = wrapper_trace,
    .call = wrapper_call,
    .descr_get = wrapper_get,
    .repr = wrapper_repr,
    .getsets = wrapper_getsets,
};

static Value wrapper_new(const SlotDef *d, void *fn, Type *owner) {
    SlotWrapper *w = gc_alloc(&slot_wrapper_type, sizeof(SlotWrapper));
    if (!w)
        return VNULL;
    w->def = d;
    w->fn = fn;
    SET_FIELD(w, w->owner, owner);
    return OBJ_VAL(w);
}

/* T.__new__(cls, *args): a builtin function bound to its owner type. */
static Value tp_new_wrapper(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Type *owner = AS(Type, self);
    if (nargs < 1)
        return err_format(&TypeError_type, "%s.__new__(): not enough arguments", owner->name);
    if (!IS_TYPE(args[0]))
        return err_format(&TypeError_type, "%s.__new__(X): X is not a type object (%T)",
                          owner->name, args[0]);
    Type *cls = AS(Type, args[0]);
    if (!type_is_subtype(cls, owner))
        return err_format(&TypeError_type, "%s.__new__(%s): %s is not a subtype of %s",
                          owner->name, cls->name, cls->name, owner->name);
    return owner->new_(cls, args + 1, nargs - 1, kwnames);
}
static const MethodDef tp_new_def = {"__new__", tp_new_wrapper, 0, NULL};

void slots_add_wrappers(Type *t) {
    Type *b = t->base;
    for (const SlotDef *d = slotdefs; d->name; d++) {
        if (d->kind == W_GETATTR_HOOK)
            continue;
        void *fn = *slot_ptr(t, d->offset);
        void *bfn = b ? *slot_ptr(b, d->offset) : NULL;
        Str *name = str_intern_cstr(d->name);
        if (dict_get_str(t->dict, name))
            continue;
        if (d->kind == W_HASH && !fn && bfn) {
            dict_set_str(t->dict, name, NONE);
            continue;
        }
        if (!fn || fn == bfn)
            continue;
        /* Number slots of the form a+b apply to both operands; publish the
         * reflected name too. */
        Value w = d->kind == W_NEW ? cfunction_new(&tp_new_def, OBJ_VAL(t), VNULL)
                                   : wrapper_new(d, fn, t);
        dict_set_str(t->dict, name, w);
    }
}

/* ---- heap types: choose each slot's function ---- */

/* The function for the slot at `off` given the dunders visible on t. */
static void *resolve_slot(Type *t, uint16_t off) {
    void *chosen = NULL;
    bool generic = false, any = false, hash_none = false;
    for (const SlotDef *d = slotdefs; d->name; d++) {
        if (d->offset != off)
            continue;
        Value f = type_lookup(t, str_intern_cstr(d->name));
        if (!f)
            continue;
        if (d->kind == W_GETATTR_HOOK) {
            generic = true;
            chosen = d->heap_fn;
            continue;
        }
        if ((d->kind == W_HASH || (d->kind == W_UNARY && d->offset == offsetof(Type, iter))) &&
            f == NONE) {
            /* __hash__ = None / __iter__ = None: explicitly unsupported */
            hash_none = true;
            continue;
        }
        if (d->kind == W_NEW) {
            if (IS_EXACT(f, cfunction_type) && AS(CFunction, f)->def == &tp_new_def)
                return (void *)AS(Type, AS(CFunction, f)->self)->new_;
            return d->heap_fn;
        }
        any = true;
        if (IS_EXACT(f, slot_wrapper_type) && AS(SlotWrapper, f)->def->offset == off) {
            void *wfn = AS(SlotWrapper, f)->fn;
            if (!generic && (!chosen || chosen == wfn)) {
                chosen = wfn;
                continue;
            }
        }
        for (const SlotDef *e = slotdefs; e->name; e++)
            if (e->offset == off && e->kind != W_GETATTR_HOOK) {
                chosen = e->heap_fn;
                break;
            }
        generic = true;
    }
    if (hash_none && !any)
        return NULL;
    return chosen;
}

void slots_fixup(Type *t) {
    uint16_t done[128];
    int ndone = 0;
    for (const SlotDef *d = slotdefs; d->name; d++) {
        bool seen = false;
        for (int i = 0; i < ndone; i++)
            if (done[i] == d->offset)
                seen = true;
        if (seen)
            continue;
        done[ndone++] = d->offset;
        __atomic_store_n(slot_ptr(t, d->offset), resolve_slot(t, d->offset), __ATOMIC_RELEASE);
    }
}

/* Slot updates on published types.  The VM and object.c read slot words
 * plainly, so new values are stored with the world stopped.  They are
 * computed first (resolve_slot may allocate), each with the version its
 * type had before the computation, into a fixed buffer flushed whenever it
 * fills.  A flush stores its entries, world stopped, only if no version
 * moved since (a version is never reused, and every class dict write bumps
 * the versions of the class and its subclasses after the write): a
 * computation that may have missed a concurrent dict write is redone, and
 * the last slot store of any word therefore agrees with the dicts.  Values
 * that do not change are not stored, so reassigning a dunder whose slot
 * stays the same (`C.__add__ = f` after `C.__add__ = g`) stops nothing. */
typedef struct SlotStore {
    Type *t;
    void **slot;
    void *fn;
    uint32_t version;
} SlotStore;

#define PLAN_CAP 32
typedef struct SlotPlan {
    SlotStore e[PLAN_CAP];
    int n;
    bool changed;        /* some entry differs from the current slot */
    bool ok;             /* validated (set by the stopped-world function) */
    bool retry;          /* some flush found a version moved */
} SlotPlan;

/* World stopped: no allocation. */
static void plan_store(void *arg) {
    SlotPlan *p = arg;
    for (int i = 0; i < p->n; i++)
        if (__atomic_load_n(&p->e[i].t->version, __ATOMIC_RELAXED) != p->e[i].version) {
            p->ok = false;
            return;
        }
    for (int i = 0; i < p->n; i++)
        __atomic_store_n(p->e[i].slot, p->e[i].fn, __ATOMIC_RELEASE);
    p->ok = true;
}

static void plan_flush(SlotPlan *p) {
    if (p->changed) {
        gc_run_stopped(plan_store, p);
        if (!p->ok)
            p->retry = true;
    } else {
        /* Nothing to store; a moved version still means the values were
         * computed from a stale dict. */
        for (int i = 0; i < p->n; i++)
            if (__atomic_load_n(&p->e[i].t->version, __ATOMIC_ACQUIRE) != p->e[i].version)
                p->retry = true;
    }
    p->n = 0;
    p->changed = false;
}

static void plan_slot(SlotPlan *p, Type *t, uint16_t off) {
    if (p->n == PLAN_CAP)
        plan_flush(p);
    SlotStore *e = &p->e[p->n++];
    e->t = t;
    e->slot = slot_ptr(t, off);
    /* acquire: the dict writes before this version are seen by the lookup */
    e->version = __atomic_load_n(&t->version, __ATOMIC_ACQUIRE);
    e->fn = resolve_slot(t, off);
    if (__atomic_load_n(e->slot, __ATOMIC_RELAXED) != e->fn)
        p->changed = true;
    List *subs = LOAD_FIELD(t->subclasses);
    if (subs)
        for (int64_t i = 0; i < list_len(subs); i++) {
            Value s = list_get(subs, i);
            if (s)
                plan_slot(p, AS(Type, s), off);
        }
}

void slots_update_for_name(Type *t, Str *name) {
    for (const SlotDef *d = slotdefs; d->name; d++) {
        if (!str_eq_cstr(name, d->name))
            continue;
        SlotPlan p;
        do {
            p.n = 0;
            p.changed = p.retry = false;
            plan_slot(&p, t, d->offset);
            plan_flush(&p);
        } while (p.retry);
        return;
    }
}

/* ---- instance __dict__ ---- */

static Value dict_get_attr(Value self) {
    Dict **dp = obj_dict_ptr(self);
    if (!dp)
        return err_format(&AttributeError_type, "'%T' object has no attribute '__dict__'", self);
    if (!*dp) {
        Dict *d = dict_new();
        if (!d)
            return VNULL;
        Dict *expect = NULL;
        /* Two threads may create the dict at once: first CAS wins. */
        if (__atomic_compare_exchange_n(dp, &expect, d, false, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE))
            gc_barrier_bulk(AS_OBJ(self));
    }
    return OBJ_VAL(__atomic_load_n(dp, __ATOMIC_ACQUIRE));
}

typedef struct DictStore {
    Obj *obj;
    Dict **slot;
    Dict *dict;
} DictStore;

/* World stopped: no allocation. */
static void store_dict(void *arg) {
    DictStore *ds = arg;
    SET_FIELD(ds->obj, *ds->slot, ds->dict);
}

static int dict_set_attr(Value self, Value v) {
    Dict **dp = obj_dict_ptr(self);
    if (!dp || !v || !IS_DICT(v)) {
        err_format(&TypeError_type, "__dict__ must be set to a dictionary, not a '%T'",
                   v ? v : NONE);
        return -1;
    }
    DictStore ds = {AS_OBJ(self), dp, AS(Dict, v)};
    /* Readers may load the pointer plainly: store it with the world
     * stopped (see gc_run_stopped). */
    gc_run_stopped(store_dict, &ds);
    return 0;
}

const GetSetDef slots_dict_getset = {"__dict__", dict_get_attr, dict_set_attr};

void slots_init_extra_types(void) {
    type_ready(&slot_wrapper_type);
    type_ready(&classmethod_descr_type);
    type_ready(&member_descr_type);
    type_ready(&mappingproxy_type);
}
