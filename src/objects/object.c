/* object.c - `object`, the singletons (None, NotImplemented, Ellipsis) and
 * the generic object protocol: repr/str/hash, comparison, truth,
 * attributes, calls, iteration, items, isinstance.
 *
 * These functions are the only way the rest of the interpreter touches an
 * object's behaviour: each one dispatches through a Type slot, and falls
 * back to the behaviour the language defines when the slot is empty.
 *
 * Thread-safety: stateless, except instance attribute dicts, which are
 * created lazily with a CAS (two racing first writers agree on one dict;
 * readers load the pointer with acquire) and then follow the dict rules.
 * `obj.__class__ = C` stores the type word with the world stopped
 * (gc_run_stopped), since every operation reads it plainly.
 */
#include <stdio.h>
#include <string.h>

#include "../runtime.h"
#include "slots.h"

/* ---- object ---- */

static Value object_init(Value self, Value *args, size_t nargs, Tuple *kwnames);

static Value object_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    bool has_args = nargs || (kwnames && kwnames->len);
    if (has_args) {
        if (t->new_ != object_new)
            return err_str(&TypeError_type,
                           "object.__new__() takes exactly one argument (the type to instantiate)");
        if (t->init == object_init)
            return err_format(&TypeError_type, "%s() takes no arguments", t->name);
    }
    if (t->flags & TF_ABSTRACT) {
        Value am = type_lookup(t, ID(__abstractmethods__));
        List *names = am ? obj_to_list(am) : list_new(0);
        if (!names || list_sort(names, VNULL, false) < 0)
            return VNULL;
        StrBuilder b;
        sb_init(&b);
        for (int64_t i = 0; i < list_len(names); i++) {
            Str *n = obj_str(list_get(names, i));
            if (!n) {
                sb_free(&b);
                return VNULL;
            }
            if (i)
                sb_append_cstr(&b, ", ");
            sb_append_str(&b, n);
        }
        Str *joined = sb_finish(&b);
        return joined ? err_format(&TypeError_type,
                                   "Can't instantiate abstract class %s with abstract method%s %U",
                                   t->name, list_len(names) == 1 ? "" : "s", joined)
                      : VNULL;
    }
    Obj *o = gc_alloc_instance(t, t->basicsize);
    return o ? OBJ_VAL(o) : VNULL;
}

static Value object_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Type *t = val_type(self);
    bool has_args = nargs || (kwnames && kwnames->len);
    if (has_args && t->init != object_init)
        return err_str(&TypeError_type,
                       "object.__init__() takes exactly one argument (the instance to initialize)");
    if (has_args && t->new_ == object_new)
        return err_format(&TypeError_type, "%s() takes no arguments", t->name);
    return NONE;
}

static Str *object_repr(Value self) {
    Type *t = val_type(self);
    Value mod = t->dict ? dict_get_str(t->dict, ID(__module__)) : VNULL;
    if (mod && IS_STR(mod) && !str_eq_cstr(AS(Str, mod), "builtins"))
        return str_format("<%U.%U object at %p>", AS(Str, mod), t->qualname, (void *)self);
    return str_format("<%s object at %p>", t->name, (void *)self);
}

/* object.__str__: str() of an object without its own __str__ is its repr. */
static Str *object_str(Value self) {
    return obj_repr(self);
}

static int64_t object_hash(Value self) {
    /* Addresses are 16-byte granular: rotate the low zero bits away. */
    uint64_t a = (uint64_t)self;
    int64_t h = (int64_t)((a >> 4) | (a << 60));
    return h == -1 ? -2 : h;
}

static Value object_richcompare(Value a, Value b, int op) {
    if (op == CMP_EQ)
        return a == b ? TRUE_V : NOT_IMPLEMENTED;
    if (op == CMP_NE) {
        /* object.__ne__ inverts __eq__ unless that is NotImplemented */
        RichCmpFn eq = val_type(a)->richcompare;
        Value r = eq ? eq(a, b, CMP_EQ) : NOT_IMPLEMENTED;
        if (!r || r == NOT_IMPLEMENTED)
            return r;
        int t = obj_truthy(r);
        return t < 0 ? VNULL : BOOL_V(!t);
    }
    return NOT_IMPLEMENTED;
}

static Value object_format(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("__format__", nargs, 1, 1) < 0)
        return VNULL;
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "__format__() argument must be str, not %T", args[0]);
    if (AS(Str, args[0])->len)
        return err_format(&TypeError_type, "unsupported format string passed to %s.__format__",
                          val_type(self)->name);
    Str *s = obj_str(self);
    return s ? OBJ_VAL(s) : VNULL;
}

static Value object_dir(Value self, Value *args, size_t nargs, Tuple *kw) {
    Dict *names = dict_new();
    Dict **dp = obj_dict_ptr(self);
    int64_t pos = 0;
    Value k, v;
    Dict *own = dp ? LOAD_FIELD(*dp) : NULL;
    if (own)
        while (dict_next(own, &pos, &k, &v))
            dict_set(names, k, NONE);
    Tuple *mro = val_type(self)->mro;
    for (int64_t i = 0; i < mro->len; i++) {
        pos = 0;
        while (dict_next(AS(Type, mro->items[i])->dict, &pos, &k, &v))
            dict_set(names, k, NONE);
    }
    return OBJ_VAL(dict_keys_list(names));
}

static Value object_init_subclass(Value cls, Value *args, size_t nargs, Tuple *kw) {
    if (nargs || (kw && kw->len))
        return err_format(&TypeError_type, "%s.__init_subclass__() takes no keyword arguments",
                          AS(Type, cls)->name);
    return NONE;
}

static Value object_subclasshook(Value cls, Value *args, size_t nargs, Tuple *kw) {
    return NOT_IMPLEMENTED;
}

static Value object_sizeof(Value self, Value *args, size_t nargs, Tuple *kw) {
    return int_from_i64(IS_OBJ(self) ? (int64_t)gc_usable_size(AS_OBJ(self)) : 28);
}

static Value object_reduce_ex(Value self, Value *args, size_t nargs, Tuple *kw) {
    return err_format(&TypeError_type, "cannot pickle '%T' object", self);
}

static Value object_get_class(Value self) {
    return OBJ_VAL(val_type(self));
}

typedef struct ClassStore {
    Obj *obj;
    Type *type;
} ClassStore;

/* World stopped: no allocation. */
static void store_class(void *arg) {
    ClassStore *cs = arg;
    SET_FIELD(cs->obj, cs->obj->type, cs->type);
}

static int object_set_class(Value self, Value v) {
    Type *old = val_type(self);
    if (!v || !IS_TYPE(v)) {
        err_format(&TypeError_type, "__class__ must be set to a class, not '%T' object",
                   v ? v : NONE);
        return -1;
    }
    Type *nt = AS(Type, v);
    if (!(old->flags & TF_HEAPTYPE) || !(nt->flags & TF_HEAPTYPE)) {
        err_str(&TypeError_type,
                "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (old->basicsize != nt->basicsize || old->dict_offset != nt->dict_offset) {
        err_format(&TypeError_type, "__class__ assignment: '%s' object layout differs from '%s'",
                   nt->name, old->name);
        return -1;
    }
    ClassStore cs = {AS_OBJ(self), nt};
    /* Every operation reads the type word plainly (val_type): store it
     * with the world stopped (see gc_run_stopped). */
    gc_run_stopped(store_class, &cs);
    return 0;
}

static const MethodDef object_methods[] = {
    {"__format__", object_format, METH_NOKW},
    {"__dir__", object_dir, METH_NOKW},
    {"__init_subclass__", object_init_subclass, METH_CLASS},
    {"__subclasshook__", object_subclasshook, METH_CLASS},
    {"__sizeof__", object_sizeof, METH_NOKW},
    {"__reduce_ex__", object_reduce_ex, METH_NOKW},
    {NULL},
};

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL},
};

Type object_type = {
    .hdr = {&type_type},
    .name = "object",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(Obj),
    .new_ = object_new,
    .init = object_init,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .methods = object_methods,
    .getsets = object_getsets,
    .doc = "The base class of the class hierarchy.",
};

/* ---- singletons ---- */

static Str *none_repr(Value v) { return str_intern_cstr("None"); }
static int none_bool(Value v) { return 0; }
static Value none_new(Type *t, Value *a, size_t n, Tuple *kw) {
    if (n || (kw && kw->len))
        return err_str(&TypeError_type, "NoneType takes no arguments");
    return NONE;
}
Type none_type = {
    .hdr = {&type_type}, .name = "NoneType", .basicsize = sizeof(Obj),
    .repr = none_repr, .nb_bool = none_bool, .new_ = none_new,
};
Obj none_obj = {&none_type};

static Str *notimpl_repr(Value v) { return str_intern_cstr("NotImplemented"); }
static Value notimpl_new(Type *t, Value *a, size_t n, Tuple *kw) {
    if (n || (kw && kw->len))
        return err_str(&TypeError_type, "NotImplementedType takes no arguments");
    return NOT_IMPLEMENTED;
}
Type notimpl_type = {
    .hdr = {&type_type}, .name = "NotImplementedType", .basicsize = sizeof(Obj),
    .repr = notimpl_repr, .new_ = notimpl_new,
};
Obj notimpl_obj = {&notimpl_type};

static Str *ellipsis_repr(Value v) { return str_intern_cstr("Ellipsis"); }
static Value ellipsis_new(Type *t, Value *a, size_t n, Tuple *kw) {
    if (n || (kw && kw->len))
        return err_str(&TypeError_type, "ellipsis takes no arguments");
    return ELLIPSIS;
}
Type ellipsis_type = {
    .hdr = {&type_type}, .name = "ellipsis", .basicsize = sizeof(Obj),
    .repr = ellipsis_repr, .new_ = ellipsis_new,
};
Obj ellipsis_obj = {&ellipsis_type};

/* ---- repr / str / hash ---- */

Str *obj_repr(Value v) {
    Type *t = val_type(v);
    if (!t->repr)
        return object_repr(v);
    if (thread_enter_recursive(" while getting the repr of an object") < 0)
        return NULL;
    Str *s = t->repr(v);
    thread_leave_recursive();
    return s;
}

Str *obj_str(Value v) {
    if (IS_STR_EXACT(v))
        return AS(Str, v);
    Type *t = val_type(v);
    if (!t->str)
        return obj_repr(v);
    if (thread_enter_recursive(" while getting the str of an object") < 0)
        return NULL;
    Str *s = t->str(v);
    thread_leave_recursive();
    return s;
}

Str *obj_ascii(Value v) {
    Str *r = obj_repr(v);
    if (!r || r->ascii)
        return r;
    StrBuilder b;
    sb_init(&b);
    for (int64_t i = 0; i < r->len; i++) {
        uint32_t c = str_char_at(r, i);
        char buf[16];
        if (c < 128) {
            sb_append_char(&b, c);
            continue;
        }
        if (c < 0x100)
            snprintf(buf, sizeof buf, "\\x%02x", c);
        else if (c < 0x10000)
            snprintf(buf, sizeof buf, "\\u%04x", c);
        else
            snprintf(buf, sizeof buf, "\\U%08x", c);
        sb_append_cstr(&b, buf);
    }
    return sb_finish(&b);
}

int64_t obj_hash(Value v) {
    Type *t = val_type(v);
    if (!t->hash) {
        err_format(&TypeError_type, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(v);
}

/* ---- comparison ---- */

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

Value obj_richcompare(Value a, Value b, int op) {
    Type *ta = val_type(a), *tb = val_type(b);
    bool checked_reverse = false;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        Value r = tb->richcompare(b, a, swapped_op[op]);
        if (r != NOT_IMPLEMENTED)
            return r;
    }
    if (ta->richcompare) {
        Value r = ta->richcompare(a, b, op);
        if (r != NOT_IMPLEMENTED)
            return r;
    }
    if (!checked_reverse && tb->richcompare) {
        Value r = tb->richcompare(b, a, swapped_op[op]);
        if (r != NOT_IMPLEMENTED)
            return r;
    }
    if (op == CMP_EQ)
        return BOOL_V(a == b);
    if (op == CMP_NE)
        return BOOL_V(a != b);
    return err_format(&TypeError_type,
                      "'%s' not supported between instances of '%s' and '%s'",
                      cmp_symbols[op], ta->name, tb->name);
}

int obj_richcompare_bool(Value a, Value b, int op) {
    if (a == b) {
        if (op == CMP_EQ)
            return 1;
        if (op == CMP_NE)
            return 0;
    }
    if (IS_INT(a) && IS_INT(b)) {
        int64_t x = INT_VAL(a), y = INT_VAL(b);
        switch (op) {
        case CMP_LT: return x < y;
        case CMP_LE: return x <= y;
        case CMP_EQ: return x == y;
        case CMP_NE: return x != y;
        case CMP_GT: return x > y;
        default: return x >= y;
        }
    }
    if (thread_enter_recursive(" in comparison") < 0)
        return -1;
    Value r = obj_richcompare(a, b, op);
    thread_leave_recursive();
    if (!r)
        return -1;
    if (r == TRUE_V)
        return 1;
    if (r == FALSE_V)
        return 0;
    return obj_truthy(r);
}

int obj_eq(Value a, Value b) {
    if (a == b)
        return 1;
    if (IS_INT(a) && IS_INT(b))
        return 0;
    if (IS_STR_EXACT(a) && IS_STR_EXACT(b))
        return str_eq(AS(Str, a), AS(Str, b));
    return obj_richcompare_bool(a, b, CMP_EQ);
}

int obj_truthy(Value v) {
    if (v == TRUE_V)
        return 1;
    if (v == FALSE_V || v == NONE)
        return 0;
    if (IS_INT(v))
        return INT_VAL(v) != 0;
    Type *t = val_type(v);
    if (t->nb_bool)
        return t->nb_bool(v);
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- attributes ---- */

/* AttributeError carrying .name and .obj, as the language sets them. */
static Value attribute_error(Value obj, Str *name) {
    if (IS_TYPE(obj))
        err_format(&AttributeError_type, "type object '%s' has no attribute '%U'",
                   AS(Type, obj)->name, name);
    else
        err_format(&AttributeError_type, "'%s' object has no attribute '%U'",
                   val_type(obj)->name, name);
    Value e = ts_current->exc;
    Dict **dp = e ? obj_dict_ptr(e) : NULL;
    if (dp) {
        if (!*dp) {
            Dict *d = dict_new();
            if (d)
                SET_FIELD(AS_OBJ(e), *dp, d);
        }
        if (*dp) {
            dict_set_str(*dp, ID(name), OBJ_VAL(name));
            dict_set_str(*dp, ID(obj), obj);
        }
    }
    return VNULL;
}

/* The attribute lookup the language defines: data descriptors on the type
 * win over the instance dict, which wins over other class attributes.
 * With `quiet`, a missing attribute returns VNULL without an exception. */
/* Attribute lookup with `d` standing for the instance dict (NULL: none). */
static Value generic_getattr_in(Value self, Str *name, Dict *d, bool quiet) {
    Type *t = val_type(self);
    Value descr = type_lookup(t, name);
    DescrGetFn get = NULL;
    if (descr) {
        Type *dt = val_type(descr);
        get = dt->descr_get;
        if (get && dt->descr_set)
            return get(descr, self, OBJ_VAL(t));
    }
    if (d) {
        Value v = dict_get_str(d, name);
        if (v)
            return v;
    }
    if (descr)
        return get ? get(descr, self, OBJ_VAL(t)) : descr;
    if (quiet)
        return VNULL;
    return attribute_error(self, name);
}

Value obj_generic_getattr_dict(Value self, Str *name, Dict *d) {
    return generic_getattr_in(self, name, d, false);
}

static Value generic_getattr(Value self, Str *name, bool quiet) {
    Dict **dp = obj_dict_ptr(self);
    Dict *d = dp ? __atomic_load_n(dp, __ATOMIC_ACQUIRE) : NULL;
    return generic_getattr_in(self, name, d, quiet);
}

Value obj_generic_getattr(Value self, Str *name) {
    return generic_getattr(self, name, false);
}

static Dict *instance_dict(Value self, Dict **dp) {
    Dict *d = __atomic_load_n(dp, __ATOMIC_ACQUIRE);
    if (d)
        return d;
    d = dict_new();
    if (!d)
        return NULL;
    Dict *expect = NULL;
    /* acq_rel: publish the new dict / see a racing winner's dict */
    if (__atomic_compare_exchange_n(dp, &expect, d, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        gc_barrier_bulk(AS_OBJ(self));
        return d;
    }
    return expect;
}

int obj_generic_setattr(Value self, Str *name, Value v) {
    Type *t = val_type(self);
    Value descr = type_lookup(t, name);
    if (descr) {
        DescrSetFn set = val_type(descr)->descr_set;
        if (set)
            return set(descr, self, v);
    }
    Dict **dp = obj_dict_ptr(self);
    if (!dp) {
        if (descr && val_type(descr)->descr_get)
            err_format(&AttributeError_type, "'%s' object attribute '%U' is read-only", t->name,
                       name);
        else
            attribute_error(self, name);
        return -1;
    }
    Dict *d = instance_dict(self, dp);
    if (!d)
        return -1;
    if (v)
        return dict_set_str(d, str_intern(name), v);
    int r = dict_del_str(d, name);
    if (r == 0)
        attribute_error(self, name);
    return r > 0 ? 0 : -1;
}

int obj_generic_setattr_dict(Value self, Str *name, Value v, Dict *d) {
    Value descr = type_lookup(val_type(self), name);
    if (descr) {
        DescrSetFn set = val_type(descr)->descr_set;
        if (set)
            return set(descr, self, v);
    }
    if (v)
        return dict_set_str(d, str_intern(name), v);
    int r = dict_del_str(d, name);
    if (r == 0)
        attribute_error(self, name);
    return r > 0 ? 0 : -1;
}

Value obj_getattr(Value v, Str *name) {
    Type *t = val_type(v);
    if (t->getattr)
        return t->getattr(v, name);
    return generic_getattr(v, name, false);
}

Value obj_getattr_opt(Value v, Str *name) {
    Type *t = val_type(v);
    if (!t->getattr || t->getattr == obj_generic_getattr)
        return generic_getattr(v, name, true);
    Value r = t->getattr(v, name);
    if (!r && err_matches(&AttributeError_type))
        err_clear();
    return r;
}

Value obj_getattr_cstr(Value v, const char *name) {
    Str *s = str_intern_cstr(name);
    return s ? obj_getattr(v, s) : VNULL;
}

int obj_setattr(Value v, Str *name, Value val) {
    Type *t = val_type(v);
    if (!t->setattr) {
        err_format(&AttributeError_type, "'%s' object has no attribute '%U'", t->name, name);
        return -1;
    }
    return t->setattr(v, name, val);
}

int obj_hasattr(Value v, Str *name) {
    Value r = obj_getattr_opt(v, name);
    if (r)
        return 1;
    return err_occurred() ? -1 : 0;
}

/* ---- calls ---- */

Value obj_call(Value f, Value *args, size_t nargs, Tuple *kwnames) {
    Type *t = val_type(f);
    if (!t->call)
        return err_format(&TypeError_type, "'%s' object is not callable", t->name);
    if (thread_enter_recursive(" while calling a Python object") < 0)
        return VNULL;
    Value r = t->call(f, args, nargs, kwnames);
    thread_leave_recursive();
    return r;
}

Value obj_call0(Value f) { return obj_call(f, NULL, 0, NULL); }
Value obj_call1(Value f, Value a) { return obj_call(f, &a, 1, NULL); }
Value obj_call2(Value f, Value a, Value b) {
    Value args[2] = {a, b};
    return obj_call(f, args, 2, NULL);
}

/* Call attribute `f` found on type(self) as a method. */
static Value call_method_found(Value f, Value self, Value *args, size_t nargs) {
    Type *ft = val_type(f);
    if (ft == &function_type || ft == &method_descr_type) {
        Value buf[nargs + 1];
        buf[0] = self;
        if (args)
            memcpy(buf + 1, args, nargs * sizeof(Value));
        return obj_call(f, buf, nargs + 1, NULL);
    }
    if (ft->descr_get) {
        Value bound = ft->descr_get(f, self, OBJ_VAL(val_type(self)));
        return bound ? obj_call(bound, args, nargs, NULL) : VNULL;
    }
    return obj_call(f, args, nargs, NULL);
}

Value obj_call_method(Value self, Str *name, Value *args, size_t nargs) {
    Type *t = val_type(self);
    if (!t->getattr || t->getattr == obj_generic_getattr) {
        Value f = type_lookup(t, name);
        if (f && (IS_EXACT(f, function_type) || IS_EXACT(f, method_descr_type))) {
            Dict **dp = obj_dict_ptr(self);
            Dict *d = dp ? LOAD_FIELD(*dp) : NULL;
            if (!d || !dict_get_str(d, name))
                return call_method_found(f, self, args, nargs);
        }
    }
    Value m = obj_getattr(self, name);
    return m ? obj_call(m, args, nargs, NULL) : VNULL;
}

Value obj_call_special(Value self, Str *name, Value *args, size_t nargs, bool *found) {
    Value f = type_lookup(val_type(self), name);
    *found = f != VNULL;
    if (!f)
        return VNULL;
    return call_method_found(f, self, args, nargs);
}

bool obj_callable(Value v) {
    return val_type(v)->call != NULL;
}

/* ---- iteration and items ---- */

Value obj_getiter(Value v) {
    Type *t = val_type(v);
    if (t->iter)
        return t->iter(v);
    if ((t->flags & TF_HEAPTYPE) && type_lookup(t, ID(__iter__)) == NONE)
        return err_format(&TypeError_type, "'%s' object is not iterable", t->name);
    if (t->getitem)
        return seqiter_new(v);
    return err_format(&TypeError_type, "'%s' object is not iterable", t->name);
}

Value obj_iternext(Value it) {
    Type *t = val_type(it);
    if (!t->iternext)
        return err_format(&TypeError_type, "'%s' object is not an iterator", t->name);
    return t->iternext(it);
}

Value obj_getitem(Value o, Value key) {
    Type *t = val_type(o);
    if (t->getitem)
        return t->getitem(o, key);
    if (IS_TYPE(o)) {
        /* looked up on the class itself, not its metaclass: type defines
         * __class_getitem__ for type[int], which must not make every class
         * subscriptable */
        Value cg = type_lookup(AS(Type, o), ID(__class_getitem__));
        if (cg) {
            DescrGetFn g = val_type(cg)->descr_get;
            if (g && !(cg = g(cg, VNULL, o)))
                return VNULL;
            return obj_call1(cg, key);
        }
        return err_format(&TypeError_type, "type '%s' is not subscriptable", AS(Type, o)->name);
    }
    return err_format(&TypeError_type, "'%s' object is not subscriptable", t->name);
}

int obj_setitem(Value o, Value key, Value v) {
    Type *t = val_type(o);
    if (!t->setitem) {
        err_format(&TypeError_type, "'%s' object does not support item assignment", t->name);
        return -1;
    }
    return t->setitem(o, key, v);
}

int obj_delitem(Value o, Value key) {
    Type *t = val_type(o);
    if (!t->setitem) {
        /* CPython's wording depends on whether the type is subscriptable */
    err_format(&TypeError_type, ((t->flags & TF_HEAPTYPE) || t->getitem || t->len || t->contains)
                                    ? "'%s' object doesn't support item deletion"
                                           : "'%s' object does not support item deletion",
               t->name);
        return -1;
    }
    return t->setitem(o, key, VNULL);
}

int64_t obj_len(Value v) {
    Type *t = val_type(v);
    if (!t->len) {
        err_format(&TypeError_type, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(v);
}

int obj_contains(Value container, Value item) {
    Type *t = val_type(container);
    if (t->contains)
        return t->contains(container, item);
    if (!t->iter && !t->getitem) {
        err_format(&TypeError_type, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    Value it = obj_getiter(container);
    if (!it)
        return -1;
    Value x;
    while ((x = obj_iternext(it))) {
        int eq = obj_eq(x, item);
        if (eq != 0)
            return eq;
    }
    return err_occurred() ? -1 : 0;
}

List *obj_to_list(Value iterable) {
    List *l = list_new(0);
    if (!l || list_extend(l, iterable) < 0)
        return NULL;
    return l;
}

Tuple *obj_to_tuple(Value iterable) {
    if (IS_EXACT(iterable, tuple_type))
        return AS(Tuple, iterable);
    if (list_iterates_plainly(iterable))
        return list_to_tuple(AS(List, iterable));
    List *l = obj_to_list(iterable);
    return l ? list_to_tuple(l) : NULL;
}

/* ---- isinstance / issubclass ---- */

static int check_class(Value cls, const char *fn) {
    if (IS_TYPE(cls))
        return 0;
    if (fn[2] == 's')   /* issubclass */
        err_str(&TypeError_type, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    else
        err_str(&TypeError_type, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int obj_isinstance(Value v, Value cls) {
    if (IS_TYPE(cls) && val_type(v) == AS(Type, cls))
        return 1;
    if (IS_TUPLE(cls)) {
        Tuple *t = AS(Tuple, cls);
        for (int64_t i = 0; i < t->len; i++) {
            int r = obj_isinstance(v, t->items[i]);
            if (r)
                return r;
        }
        return 0;
    }
    if (IS_EXACT(cls, union_type))
        return union_check(cls, v, false);
    Type *meta = val_type(cls);
    if (meta != &type_type) {
        bool found;
        Value r = obj_call_special(cls, ID(__instancecheck__), &v, 1, &found);
        if (found)
            return r ? obj_truthy(r) : -1;
    }
    if (check_class(cls, "isinstance") < 0)
        return -1;
    return obj_is_instance_of(v, AS(Type, cls));
}

int obj_issubclass(Value sub, Value cls) {
    if (IS_TUPLE(cls)) {
        Tuple *t = AS(Tuple, cls);
        for (int64_t i = 0; i < t->len; i++) {
            int r = obj_issubclass(sub, t->items[i]);
            if (r)
                return r;
        }
        return 0;
    }
    if (IS_EXACT(cls, union_type))
        return union_check(cls, sub, true);
    Type *meta = val_type(cls);
    if (meta != &type_type) {
        bool found;
        Value r = obj_call_special(cls, ID(__subclasscheck__), &sub, 1, &found);
        if (found)
            return r ? obj_truthy(r) : -1;
    }
    if (!IS_TYPE(sub)) {
        err_str(&TypeError_type, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (check_class(cls, "issubclass") < 0)
        return -1;
    return type_is_subtype(AS(Type, sub), AS(Type, cls));
}
