/* type.c - the `type` type: readying static types, creating classes, the
 * MRO, attribute lookup along the MRO, and the two-way bridge between C
 * slots and dunder methods.
 *
 * Static builtin types define C slots; type_ready() publishes each slot the
 * type defines as a "slot wrapper" in its dict (so `int.__add__` and
 * `super().__eq__` work).  Heap types (class statements) get their slots
 * from the dunders found along their MRO: when the dunder found is a slot
 * wrapper for the same slot, the C function is used directly; otherwise a
 * generic slot_* function (slots.c) that calls the dunder.
 *
 * Versions: every type has a version number, changed whenever its dict or
 * the dict of any type in its MRO changes; inline caches key on it.
 *
 * Thread-safety: static types are made ready once at start-up before any
 * other thread exists.  A heap type is built privately, then published.
 * Class attribute assignment writes the class dict (dict rules: the dict's
 * own lock), then bumps the version tag (caches keyed on it miss from then
 * on), then recomputes the affected slot (and the subclasses') from the
 * dicts as they are now and stores the changed slot words with the world
 * stopped, retrying while another writer's bump lands in between, so the
 * slot ends up agreeing with the dict (slots_update_for_name).  Readers are
 * lock-free: they read the dict and the slot words plainly.  A base's
 * subclass list is created with a CAS.  __bases__ cannot be assigned.
 */
#include <string.h>

#include "../runtime.h"
#include "slots.h"
#include "typelist.h"

static _Atomic uint64_t next_version = 1;

/* A fresh version number; 0 (never cache) once the counter wraps, so a
 * version is never reused. */
static uint32_t new_version(void) {
    uint64_t v = atomic_fetch_add_explicit(&next_version, 1, memory_order_relaxed);
    return v > UINT32_MAX ? 0 : (uint32_t)v;
}

/* Invalidate caches keyed on t's version, and on its subclasses'. */
static void type_modified(Type *t) {
    __atomic_store_n(&t->version, new_version(), __ATOMIC_RELEASE);
    List *subs = __atomic_load_n(&t->subclasses, __ATOMIC_ACQUIRE);
    if (!subs)
        return;
    for (int64_t i = 0; i < list_len(subs); i++) {
        Value sub = list_get(subs, i);
        if (sub)
            type_modified(AS(Type, sub));
    }
}

const char *type_name(Type *t) {
    return t->name;
}

bool type_is_subtype(Type *a, Type *b) {
    if (a == b)
        return true;
    Tuple *mro = a->mro;
    if (mro) {
        for (int64_t i = 0; i < mro->len; i++)
            if (AS(Type, mro->items[i]) == b)
                return true;
        return false;
    }
    for (Type *t = a->base; t; t = t->base)
        if (t == b)
            return true;
    return b == &object_type;
}

static Value lookup_mro(Type *t, Str *name) {
    Tuple *mro = t->mro;
    if (!mro)
        return t->dict ? dict_get_str(t->dict, name) : VNULL;
    for (int64_t i = 0; i < mro->len; i++) {
        Dict *d = AS(Type, mro->items[i])->dict;
        if (d) {
            Value v = dict_get_str(d, name);
            if (v)
                return v;
        }
    }
    return VNULL;
}

/* Per-thread method cache: (type version, interned name) -> value, absent
 * results included.  It needs no lock and no GC tracing: a version number
 * names one state of the dicts along the MRO (versions are never reused),
 * so an entry is returned only while the dict that holds its value is
 * unchanged, which keeps the value alive; interned names are immortal. */
#define MCACHE_BITS 12
typedef struct MCacheEntry {
    uint32_t version;
    Str *name;
    Value value;
} MCacheEntry;
static _Thread_local MCacheEntry mcache[1 << MCACHE_BITS];

Value type_lookup(Type *t, Str *name) {
    /* acquire: pairs with the release in type_modified, so a reader that
     * sees the new version also sees the dict update before it */
    uint32_t v = __atomic_load_n(&t->version, __ATOMIC_ACQUIRE);
    if (!v || !str_is_interned(name))   /* flag set racily: see str.c */
        return lookup_mro(t, name);
    size_t h = (((uintptr_t)name >> 4) ^ (v * 2654435761u)) & ((1u << MCACHE_BITS) - 1);
    MCacheEntry *e = &mcache[h];
    if (e->version == v && e->name == name)
        return e->value;
    Value r = lookup_mro(t, name);
    if (__atomic_load_n(&t->version, __ATOMIC_ACQUIRE) == v) {
        e->version = v;
        e->name = name;
        e->value = r;
    }
    return r;
}

Dict **obj_dict_ptr(Value self) {
    if (!IS_OBJ(self))
        return NULL;
    Type *t = AS_OBJ(self)->type;
    if (t->dict_offset > 0)
        return (Dict **)((char *)AS_OBJ(self) + t->dict_offset);
    if (t->dict_offset == -1)
        return (Dict **)((char *)AS_OBJ(self) + gc_usable_size(AS_OBJ(self)) - sizeof(Dict *));
    return NULL;
}

/* ---- readying static types ---- */

static void inherit_slots(Type *t, Type *b) {
    /* A type that defines comparison but no hash does not inherit hash
     * (Python's rule: defining __eq__ makes instances unhashable). */
    if (!t->hash && !t->richcompare)
        t->hash = b->hash;
#define INHERIT(f) if (!t->f) t->f = b->f
    INHERIT(trace); INHERIT(new_); INHERIT(init); INHERIT(call); INHERIT(repr);
    INHERIT(str); INHERIT(richcompare); INHERIT(getattr); INHERIT(setattr);
    INHERIT(descr_get); INHERIT(descr_set); INHERIT(iter); INHERIT(iternext);
    INHERIT(len); INHERIT(getitem); INHERIT(setitem); INHERIT(contains);
    INHERIT(nb_neg); INHERIT(nb_pos); INHERIT(nb_invert); INHERIT(nb_abs);
    INHERIT(nb_int); INHERIT(nb_float); INHERIT(nb_index); INHERIT(nb_bool);
#undef INHERIT
    for (int i = 0; i < NB__COUNT; i++) {
        if (!t->nb[i])
            t->nb[i] = b->nb[i];
        if (!t->nb_inplace[i])
            t->nb_inplace[i] = b->nb_inplace[i];
    }
    if (!t->basicsize)
        t->basicsize = b->basicsize;
    if (!t->itemsize)
        t->itemsize = b->itemsize;
    if (!t->dict_offset)
        t->dict_offset = b->dict_offset;
    t->flags |= b->flags & (TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_TUPLE_SUBCLASS |
                            TF_LIST_SUBCLASS | TF_DICT_SUBCLASS | TF_BYTES_SUBCLASS |
                            TF_EXC_SUBCLASS | TF_TYPE_SUBCLASS | TF_FLOAT_SUBCLASS |
                            TF_SET_SUBCLASS);
}

static void add_methods(Type *t) {
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Value v;
        if (m->flags & METH_CLASS)
            v = classmethod_descr_new(m, t);
        else if (m->flags & METH_STATIC)
            v = staticmethod_new(cfunction_new(m, VNULL, VNULL));
        else
            v = method_descr_new(m, t);
        dict_set_str(t->dict, str_intern_cstr(m->name), v);
    }
    for (const GetSetDef *g = t->getsets; g && g->name; g++)
        dict_set_str(t->dict, str_intern_cstr(g->name), getset_descr_new(g, t));
}

static Tuple *static_mro(Type *t) {
    int64_t n = 1;
    for (Type *b = t->base; b; b = b->base)
        n++;
    Tuple *mro = tuple_new(n);
    int64_t i = 0;
    for (Type *b = t; b; b = b->base, i++)
        SET_FIELD(mro, mro->items[i], OBJ_VAL(b));
    return mro;
}

/* Static types are not heap objects: they are roots traced in full at
 * every collection (gc_register_static), so the plain field stores below
 * need no barrier; they happen once, at start-up, before other threads. */
void type_ready(Type *t) {
    if (t->flags & TF_READY)
        return;
    t->flags |= TF_READY;
    if (!t->hdr.type)
        t->hdr.type = &type_type;
    if (!t->base && t != &object_type)
        t->base = &object_type;
    if (t->base) {
        type_ready(t->base);
        inherit_slots(t, t->base);
    }
    gc_register_static(&t->hdr);
    /* a dotted C name ("types.GenericAlias") is module + __name__ */
    const char *dot = strrchr(t->name, '.');
    t->name_obj = str_intern_cstr(dot ? dot + 1 : t->name);
    t->qualname = t->name_obj;
    t->bases = t->base ? tuple_pack(1, OBJ_VAL(t->base)) : tuple_empty;
    t->mro = static_mro(t);
    t->dict = dict_new();
    add_methods(t);
    slots_add_wrappers(t);
    if (!dict_get_str(t->dict, ID(__doc__)))
        dict_set_str(t->dict, ID(__doc__), t->doc ? OBJ_VAL(str_from_cstr(t->doc)) : NONE);
    t->version = new_version();
}

#define DECLARE_ONE(T) extern Type T;
STATIC_TYPES(DECLARE_ONE)
#undef DECLARE_ONE
#define READY_ONE(T) type_ready(&T);
void types_init(void) {
    STATIC_TYPES(READY_ONE)
    slots_init_extra_types();
    generic_alias_init();
}
#undef READY_ONE

/* ---- C3 linearisation ---- */

/* Merge step of C3: seqs are lists of types; returns the merged list or
 * NULL with TypeError. */
static bool in_tail(List **seqs, int nseq, int64_t *heads, Value cand) {
    for (int i = 0; i < nseq; i++)
        for (int64_t j = heads[i] + 1; j < list_len(seqs[i]); j++)
            if (list_get(seqs[i], j) == cand)
                return true;
    return false;
}

static Tuple *mro_error(Tuple *bases) {
    StrBuilder b;
    sb_init(&b);
    sb_append_cstr(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
    for (int64_t i = 0; i < bases->len; i++) {
        if (i)
            sb_append_cstr(&b, ", ");
        sb_append_str(&b, AS(Type, bases->items[i])->name_obj);
    }
    Str *msg = sb_finish(&b);
    if (msg)
        err_set_arg(&TypeError_type, OBJ_VAL(msg));
    return NULL;
}

static Tuple *c3_mro(Type *t, Tuple *bases) {
    int nseq = (int)bases->len + 1;
    List *seqs[nseq];
    int64_t heads[nseq];
    for (int64_t i = 0; i < bases->len; i++) {
        Tuple *bm = AS(Type, bases->items[i])->mro;
        seqs[i] = list_from_array(bm->items, bm->len);
        heads[i] = 0;
    }
    seqs[nseq - 1] = list_from_array(bases->items, bases->len);
    heads[nseq - 1] = 0;
    List *out = list_new(8);
    list_append(out, OBJ_VAL(t));
    for (;;) {
        Value cand = VNULL;
        bool any = false;
        for (int i = 0; i < nseq && !cand; i++) {
            if (heads[i] >= list_len(seqs[i]))
                continue;
            any = true;
            Value c = list_get(seqs[i], heads[i]);
            if (!in_tail(seqs, nseq, heads, c))
                cand = c;
        }
        if (!any)
            break;
        if (!cand)
            return mro_error(bases);
        list_append(out, cand);
        for (int i = 0; i < nseq; i++)
            if (heads[i] < list_len(seqs[i]) && list_get(seqs[i], heads[i]) == cand)
                heads[i]++;
    }
    return list_to_tuple(out);
}

/* ---- creating classes ---- */

/* The base that decides the instance layout: walk up while a type adds
 * nothing to its base's layout (same sizes, no __slots__ of its own). */
static bool adds_layout(Type *t) {
    Type *b = t->base;
    uint32_t size = t->basicsize;
    /* a __dict__ pointer appended by the class does not count (as CPython) */
    if (t->dict_offset > 0 && b->dict_offset == 0 && (uint32_t)t->dict_offset == size - 8)
        size -= 8;
    return size != b->basicsize || t->itemsize != b->itemsize || t->nslots != 0;
}

static Type *solid_base(Type *t) {
    while (t->base && !adds_layout(t))
        t = t->base;
    return t;
}

static Type *best_base(Tuple *bases) {
    Type *best = NULL, *best_solid = NULL;
    for (int64_t i = 0; i < bases->len; i++) {
        Value b = bases->items[i];
        if (!IS_TYPE(b)) {
            err_str(&TypeError_type, "bases must be types");
            return NULL;
        }
        Type *bt = AS(Type, b);
        if (!(bt->flags & TF_BASETYPE)) {
            err_format(&TypeError_type, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        Type *s = solid_base(bt);
        if (!best) {
            best = bt;
            best_solid = s;
        } else if (type_is_subtype(s, best_solid)) {
            best = bt;
            best_solid = s;
        } else if (!type_is_subtype(best_solid, s)) {
            err_str(&TypeError_type, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

/* __slots__ from the namespace: a list of names, or NULL when absent. */
static int collect_slots(Dict *ns, List **out, bool *want_dict) {
    *out = NULL;
    *want_dict = true;
    Value sl = dict_get_str(ns, ID(__slots__));
    if (!sl)
        return 0;
    *want_dict = false;
    List *names = IS_STR(sl) ? list_from_array(&sl, 1) : obj_to_list(sl);
    if (!names)
        return -1;
    List *kept = list_new(list_len(names));
    for (int64_t i = 0; i < list_len(names); i++) {
        Value n = list_get(names, i);
        if (!IS_STR(n)) {
            err_format(&TypeError_type, "__slots__ items must be strings, not '%T'", n);
            return -1;
        }
        if (str_eq_cstr(AS(Str, n), "__dict__"))
            *want_dict = true;
        else if (!str_eq_cstr(AS(Str, n), "__weakref__"))
            list_append(kept, OBJ_VAL(str_intern(AS(Str, n))));
    }
    *out = kept;
    return 0;
}

static void heaptype_trace(Obj *o, Tracer *tr) {
    Type *t = o->type;
    Type *b = t;
    while (b->flags & TF_HEAPTYPE) {
        if (b->nslots)
            gc_mark_range(tr, (Value *)((char *)o + b->slots_offset), b->nslots);
        b = b->base;
    }
    if (b->trace)
        b->trace(o, tr);
    if (t->dict_offset && !(b->dict_offset == t->dict_offset && b->trace)) {
        Dict **dp = obj_dict_ptr(OBJ_VAL(o));
        if (dp)
            GC_MARK(tr, *dp);
    }
}

static int lay_out(Type *t, Type *base, List *slots, bool want_dict) {
    t->basicsize = base->basicsize;
    t->itemsize = base->itemsize;
    t->dict_offset = base->dict_offset;
    if (slots && list_len(slots)) {
        if (base->itemsize) {
            err_format(&TypeError_type, "nonempty __slots__ not supported for subtype of '%s'",
                       base->name);
            return -1;
        }
        t->slots_offset = t->basicsize;
        t->nslots = (uint32_t)list_len(slots);
        t->basicsize += 8 * t->nslots;
        for (int64_t i = 0; i < list_len(slots); i++) {
            Str *name = AS(Str, list_get(slots, i));
            if (dict_get_str(t->dict, name)) {
                err_format(&ValueError_type,
                           "'%U' in __slots__ conflicts with class variable", name);
                return -1;
            }
            dict_set_str(t->dict, name, member_descr_new(name, t, t->slots_offset + 8 * (uint32_t)i));
        }
    }
    if (want_dict && !t->dict_offset) {
        if (base->itemsize) {
            t->dict_offset = -1;
        } else {
            t->dict_offset = (int32_t)t->basicsize;
            t->basicsize += 8;
        }
    }
    t->trace = heaptype_trace;
    return 0;
}

/* Threads may define subclasses of one base at once: the list is created
 * once (compare-and-swap), else a racing creator's list, and the subclass
 * appended to it, would be dropped, and changing the base's attributes
 * would no longer invalidate that subclass's cached lookups. */
static int add_subclass(Type *base, Type *t) {
    List *l = __atomic_load_n(&base->subclasses, __ATOMIC_ACQUIRE);
    if (!l) {
        List *nl = list_new(4);
        if (!nl)
            return -1;
        List *expect = NULL;
        /* acq_rel: publish our list, or see the winner's */
        if (__atomic_compare_exchange_n(&base->subclasses, &expect, nl, false, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE)) {
            gc_barrier_bulk(&base->hdr);   /* the CAS stored a heap pointer */
            l = nl;
        } else {
            l = expect;
        }
    }
    return list_append(l, OBJ_VAL(t));
}

/* Functions that Python treats as implicit class/static methods. */
static void wrap_implicit(Dict *d) {
    Value v = dict_get_str(d, ID(__new__));
    if (v && IS_EXACT(v, function_type))
        dict_set_str(d, ID(__new__), staticmethod_new(v));
    static const char *const cms[] = {"__init_subclass__", "__class_getitem__"};
    for (int i = 0; i < 2; i++) {
        Str *n = str_intern_cstr(cms[i]);
        v = dict_get_str(d, n);
        if (v && IS_EXACT(v, function_type))
            dict_set_str(d, n, classmethod_new(v));
    }
    if (dict_get_str(d, ID(__eq__)) && !dict_get_str(d, ID(__hash__)))
        dict_set_str(d, ID(__hash__), NONE);
}

static int call_set_name(Type *t) {
    int64_t pos = 0;
    Value k, v;
    List *items = list_new(0);
    while (dict_next(t->dict, &pos, &k, &v))
        list_append(items, OBJ_VAL(tuple_pack(2, k, v)));
    for (int64_t i = 0; i < list_len(items); i++) {
        Tuple *kv = AS(Tuple, list_get(items, i));
        Value args[2] = {OBJ_VAL(t), kv->items[0]};
        bool found;
        Value r = obj_call_special(kv->items[1], ID(__set_name__), args, 2, &found);
        if (found && !r) {
            /* 3.11 wraps the error, keeping it as the cause */
            Value cause = err_fetch();
            err_format(&RuntimeError_type, "Error calling __set_name__ on '%T' instance %R in '%s'",
                       kv->items[1], kv->items[0], t->name);
            Value e = ts_current->exc;
            if (e && cause) {
                BaseExc *be = AS(BaseExc, e);
                SET_FIELD(be, be->cause, cause);
                be->suppress_context = true;
                SET_FIELD(be, be->context, cause);
            }
            return -1;
        }
    }
    return 0;
}

static int call_init_subclass(Type *t, Tuple *kwnames, Value *kwvalues) {
    Value sup_args[2] = {OBJ_VAL(t), OBJ_VAL(t)};
    Value sup = obj_call(OBJ_VAL(&super_type), sup_args, 2, NULL);
    if (!sup)
        return -1;
    Value f = obj_getattr(sup, ID(__init_subclass__));
    if (!f)
        return -1;
    return obj_call(f, kwvalues, 0, kwnames) ? 0 : -1;
}

Value type_new_class(Type *meta, Str *name, Tuple *bases, Dict *ns, Tuple *kwnames,
                     Value *kwvalues) {
    if (bases->len == 0)
        bases = tuple_pack(1, OBJ_VAL(&object_type));
    Type *base = best_base(bases);
    if (!base)
        return VNULL;
    Type *t = gc_alloc_instance(meta, sizeof(Type));
    if (!t)
        return VNULL;
    Dict *d = dict_copy(ns);
    if (!d)
        return VNULL;
    SET_FIELD(t, t->dict, d);
    SET_FIELD(t, t->name_obj, name);
    t->name = STR_CSTR(name);
    Value qn = dict_get_str(d, ID(__qualname__));
    if (qn) {
        if (!IS_STR(qn))
            return err_format(&TypeError_type, "type __qualname__ must be a str, not %T", qn);
        SET_FIELD(t, t->qualname, AS(Str, qn));
        dict_del_str(d, ID(__qualname__));
    } else {
        SET_FIELD(t, t->qualname, name);
    }
    SET_FIELD(t, t->base, base);
    SET_FIELD(t, t->bases, bases);
    t->flags = TF_HEAPTYPE | TF_BASETYPE | TF_READY;
    if (!dict_get_str(d, ID(__doc__)))
        dict_set_str(d, ID(__doc__), NONE);
    if (!dict_get_str(d, ID(__module__))) {
        /* type(name, bases, ns) called from Python: the caller's module */
        Dict *g = vm_current_globals();
        Value mod = g ? dict_get_str(g, ID(__name__)) : VNULL;
        if (mod)
            dict_set_str(d, ID(__module__), mod);
    }
    wrap_implicit(d);
    List *slots;
    bool want_dict;
    if (collect_slots(d, &slots, &want_dict) < 0)
        return VNULL;
    inherit_slots(t, base);
    if (lay_out(t, base, slots, want_dict) < 0)
        return VNULL;
    Tuple *mro = c3_mro(t, bases);
    if (!mro)
        return VNULL;
    SET_FIELD(t, t->mro, mro);
    if (t->dict_offset && !type_lookup(base, ID(__dict__)))
        dict_set_str(d, ID(__dict__), getset_descr_new(&slots_dict_getset, t));
    slots_fixup(t);
    for (int64_t i = 0; i < bases->len; i++)
        if (add_subclass(AS(Type, bases->items[i]), t) < 0)
            return VNULL;
    t->version = new_version();
    if (call_set_name(t) < 0 || call_init_subclass(t, kwnames, kwvalues) < 0)
        return VNULL;
    return OBJ_VAL(t);
}

/* ---- the type type itself ---- */

static Value type_getattro(Value self, Str *name) {
    Type *cls = AS(Type, self);
    Type *meta = val_type(self);
    Value meta_attr = type_lookup(meta, name);
    DescrGetFn meta_get = NULL;
    if (meta_attr) {
        Type *mt = val_type(meta_attr);
        meta_get = mt->descr_get;
        if (meta_get && mt->descr_set)
            return meta_get(meta_attr, self, OBJ_VAL(meta));
    }
    Value attr = type_lookup(cls, name);
    if (attr) {
        DescrGetFn g = val_type(attr)->descr_get;
        return g ? g(attr, VNULL, self) : attr;
    }
    if (meta_attr)
        return meta_get ? meta_get(meta_attr, self, OBJ_VAL(meta)) : meta_attr;
    return err_format(&AttributeError_type, "type object '%s' has no attribute '%U'",
                      cls->name, name);
}

static int type_store_attr(Type *t, Str *name, Value v);

static int type_setattro(Value self, Str *name, Value v) {
    Type *t = AS(Type, self);
    if (!(t->flags & TF_HEAPTYPE)) {
        err_format(&TypeError_type,
                   "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    Value meta_attr = type_lookup(val_type(self), name);
    if (meta_attr && val_type(meta_attr)->descr_set)
        return val_type(meta_attr)->descr_set(meta_attr, self, v);
    return type_store_attr(t, name, v);
}

/* Store (or delete, v == VNULL) a class attribute in the namespace and
 * invalidate everything keyed on the old contents. */
static int type_store_attr(Type *t, Str *name, Value v) {
    name = str_intern(name);
    if (v) {
        if (dict_set_str(t->dict, name, v) < 0)
            return -1;
    } else if (dict_del_str(t->dict, name) <= 0) {
        if (!err_occurred())
            err_format(&AttributeError_type, "type object '%s' has no attribute '%U'",
                       t->name, name);
        return -1;
    }
    type_modified(t);
    /* The slot is recomputed from the dict as it is now and stored with the
     * world stopped, only if no version moved since the computation (a
     * concurrent writer's dict write could otherwise be missed, leaving a
     * slot that disagrees with the class dict): see slots.c. */
    slots_update_for_name(t, name);
    return 0;
}

static Str *type_repr(Value self) {
    Type *t = AS(Type, self);
    Value mod = t->dict ? dict_get_str(t->dict, ID(__module__)) : VNULL;
    if (mod && IS_STR(mod) && !str_eq_cstr(AS(Str, mod), "builtins"))
        return str_format("<class '%U.%U'>", AS(Str, mod), t->qualname);
    return str_format("<class '%s'>", t->name);
}

static Value type_call(Value callable, Value *args, size_t nargs, Tuple *kwnames) {
    Type *t = AS(Type, callable);
    if (t == &type_type && nargs == 1 && (!kwnames || kwnames->len == 0))
        return OBJ_VAL(val_type(args[0]));
    if (!t->new_)
        return err_format(&TypeError_type, "cannot create '%s' instances", t->name);
    Value obj = t->new_(t, args, nargs, kwnames);
    if (!obj || !obj_is_instance_of(obj, t))
        return obj;
    Type *ot = val_type(obj);
    if (ot->init) {
        Value r = ot->init(obj, args, nargs, kwnames);
        if (!r)
            return VNULL;
        if (r != NONE)
            return err_format(&TypeError_type, "__init__() should return None, not '%T'", r);
    }
    return obj;
}

/* type.__new__(meta, name, bases, ns, **kw) and type(x) */
static Value type_new_slot(Type *meta, Value *args, size_t nargs, Tuple *kwnames) {
    if (meta == &type_type && nargs == 1 && (!kwnames || kwnames->len == 0))
        return OBJ_VAL(val_type(args[0]));
    if (nargs != 3)
        return err_str(&TypeError_type, "type() takes 1 or 3 arguments");
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type,
                          "type.__new__() argument 1 must be str, not %T", args[0]);
    if (!IS_TUPLE(args[1]))
        return err_format(&TypeError_type,
                          "type.__new__() argument 2 must be tuple, not %T", args[1]);
    if (!IS_DICT(args[2]))
        return err_format(&TypeError_type,
                          "type.__new__() argument 3 must be dict, not %T", args[2]);
    /* The winning metaclass is the most derived of meta and the bases'. */
    Tuple *bases = AS(Tuple, args[1]);
    Type *winner = meta;
    for (int64_t i = 0; i < bases->len; i++) {
        Type *bm = val_type(bases->items[i]);
        if (type_is_subtype(winner, bm))
            continue;
        if (type_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        return err_str(&TypeError_type,
                       "metaclass conflict: the metaclass of a derived class must be a "
                       "(non-strict) subclass of the metaclasses of all its bases");
    }
    return type_new_class(winner, AS(Str, args[0]), bases, AS(Dict, args[2]), kwnames,
                          args + nargs);
}

static Value type_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (nargs != 1 && nargs != 3)
        return err_str(&TypeError_type, "type.__init__() takes 1 or 3 arguments");
    return NONE;
}

static void type_trace(Obj *o, Tracer *tr) {
    Type *t = (Type *)o;
    GC_MARK(tr, t->name_obj);
    GC_MARK(tr, t->qualname);
    GC_MARK(tr, t->base);
    GC_MARK(tr, t->bases);
    GC_MARK(tr, t->mro);
    GC_MARK(tr, t->dict);
    GC_MARK(tr, t->subclasses);
    if (o->type != &type_type && o->type->flags & TF_HEAPTYPE) {
        /* a metaclass instance may carry __slots__ of the metaclass */
        for (Type *b = o->type; b->flags & TF_HEAPTYPE; b = b->base)
            if (b->nslots)
                gc_mark_range(tr, (Value *)((char *)o + b->slots_offset), b->nslots);
    }
}

static Value type_get_name(Value self) { return OBJ_VAL(AS(Type, self)->name_obj); }
static int type_set_name(Value self, Value v) {
    Type *t = AS(Type, self);
    if (!(t->flags & TF_HEAPTYPE) || !v || !IS_STR(v)) {
        err_format(&TypeError_type, "can only assign string to %s.__name__, not '%T'",
                   t->name, v ? v : NONE);
        return -1;
    }
    SET_FIELD(t, t->name_obj, AS(Str, v));
    t->name = STR_CSTR(AS(Str, v));
    return 0;
}
static Value type_get_qualname(Value self) { return OBJ_VAL(AS(Type, self)->qualname); }
static int type_set_qualname(Value self, Value v) {
    Type *t = AS(Type, self);
    if (!(t->flags & TF_HEAPTYPE) || !v || !IS_STR(v)) {
        err_format(&TypeError_type, "can only assign string to %s.__qualname__, not '%T'",
                   t->name, v ? v : NONE);
        return -1;
    }
    SET_FIELD(t, t->qualname, AS(Str, v));
    return 0;
}
static Value type_get_bases(Value self) { return OBJ_VAL(AS(Type, self)->bases); }
static Value type_get_base(Value self) {
    Type *b = AS(Type, self)->base;
    return b ? OBJ_VAL(b) : NONE;
}
static Value type_get_mro(Value self) { return OBJ_VAL(AS(Type, self)->mro); }
static Value type_get_dict(Value self) { return mappingproxy_new(OBJ_VAL(AS(Type, self)->dict)); }
static Value type_get_module(Value self) {
    Type *t = AS(Type, self);
    if (!(t->flags & TF_HEAPTYPE)) {
        /* (type's own dict holds this getset, so never look in the dict) */
        const char *dot = strrchr(t->name, '.');
        return OBJ_VAL(dot ? str_from_utf8(t->name, (size_t)(dot - t->name))
                           : str_intern_cstr("builtins"));
    }
    Value m = dict_get_str(t->dict, ID(__module__));
    return m ? m : err_str(&AttributeError_type, "__module__");
}
static int type_set_module(Value self, Value v) {
    Type *t = AS(Type, self);
    if (!(t->flags & TF_HEAPTYPE)) {
        err_format(&TypeError_type, "cannot set '__module__' attribute of immutable type '%s'",
                   t->name);
        return -1;
    }
    return type_store_attr(t, ID(__module__), v);
}
static Value type_get_doc(Value self) {
    Value d = dict_get_str(AS(Type, self)->dict, ID(__doc__));
    if (d && val_type(d)->descr_get)
        return val_type(d)->descr_get(d, VNULL, self);
    return d ? d : NONE;
}
static Value type_get_abstract(Value self) {
    Value v = AS(Type, self) == &type_type ? VNULL
                                           : dict_get_str(AS(Type, self)->dict, ID(__abstractmethods__));
    return v ? v : err_str(&AttributeError_type, "__abstractmethods__");
}
/* abc's machinery: a non-empty __abstractmethods__ makes the class
 * uninstantiable (object.__new__ checks TF_ABSTRACT). */
static int type_set_abstract(Value self, Value v) {
    Type *t = AS(Type, self);
    int abstract = v ? obj_truthy(v) : 0;
    if (abstract < 0)
        return -1;
    if (!v && !dict_get_str(t->dict, ID(__abstractmethods__))) {
        err_str(&AttributeError_type, "__abstractmethods__");
        return -1;
    }
    if (type_store_attr(t, ID(__abstractmethods__), v) < 0)
        return -1;
    if (abstract)
        t->flags |= TF_ABSTRACT;
    else
        t->flags &= ~TF_ABSTRACT;
    return 0;
}
static int type_set_doc(Value self, Value v) {
    Type *t = AS(Type, self);
    if (!(t->flags & TF_HEAPTYPE)) {
        err_format(&TypeError_type, "cannot set '__doc__' attribute of immutable type '%s'",
                   t->name);
        return -1;
    }
    return type_store_attr(t, ID(__doc__), v ? v : NONE);
}

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__module__", type_get_module, type_set_module},
    {"__doc__", type_get_doc, type_set_doc},
    {"__abstractmethods__", type_get_abstract, type_set_abstract},
    {NULL},
};

static Value type_mro_method(Value self, Value *args, size_t nargs, Tuple *kw) {
    return OBJ_VAL(obj_to_list(OBJ_VAL(AS(Type, self)->mro)));
}

static Value type_subclasses_method(Value self, Value *args, size_t nargs, Tuple *kw) {
    List *s = __atomic_load_n(&AS(Type, self)->subclasses, __ATOMIC_ACQUIRE);
    return OBJ_VAL(s ? list_copy(s) : list_new(0));
}

static Value type_instancecheck(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("__instancecheck__", nargs, 1, 1) < 0)
        return VNULL;
    return BOOL_V(obj_is_instance_of(args[0], AS(Type, self)));
}

static Value type_subclasscheck(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("__subclasscheck__", nargs, 1, 1) < 0)
        return VNULL;
    if (!IS_TYPE(args[0]))
        return err_str(&TypeError_type, "issubclass() arg 1 must be a class");
    return BOOL_V(type_is_subtype(AS(Type, args[0]), AS(Type, self)));
}

static Value type_prepare(Value self, Value *args, size_t nargs, Tuple *kw) {
    return OBJ_VAL(dict_new());
}

static Value type_dir(Value self, Value *args, size_t nargs, Tuple *kw) {
    Dict *names = dict_new();
    Tuple *mro = AS(Type, self)->mro;
    for (int64_t i = 0; i < mro->len; i++) {
        int64_t pos = 0;
        Value k, v;
        while (dict_next(AS(Type, mro->items[i])->dict, &pos, &k, &v))
            dict_set(names, k, NONE);
    }
    return OBJ_VAL(dict_keys_list(names));
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, METH_NOKW},
    {"__subclasses__", type_subclasses_method, METH_NOKW},
    {"__instancecheck__", type_instancecheck, METH_NOKW},
    {"__subclasscheck__", type_subclasscheck, METH_NOKW},
    {"__prepare__", type_prepare, METH_CLASS},
    {"__dir__", type_dir, METH_NOKW},
    {NULL},
};

Type type_type = {
    .hdr = {&type_type},
    .name = "type",
    .base = &object_type,
    .flags = TF_BASETYPE | TF_TYPE_SUBCLASS,
    .basicsize = sizeof(Type),
    .trace = type_trace,
    .new_ = type_new_slot,
    .init = type_init,
    .call = type_call,
    .repr = type_repr,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .nb = {[NB_OR] = type_or},
    .methods = type_methods,
    .getsets = type_getsets,
};
