/* dictview.c - dict.keys()/values()/items() views and the dict iterators
 * (forward and reversed, for keys, values and items).
 *
 * Views hold only their dict; they read it through dict.c's lock-free
 * API (dict_next, dict_get), so they need no lock of their own.
 * Iterators remember the dict's size when created and raise
 * "dictionary changed size during iteration" (sticky) when it moves, and
 * "dictionary keys changed during iteration" when they find more entries
 * than the size allows, as CPython does.
 *
 * Thread-safety: an iterator claims each position with a compare-and-swap,
 * so threads sharing one iterator get each entry once; all reads go
 * through dict_next's bounds checks, so nothing is ever read out of range.
 */
#include <string.h>

#include "../runtime.h"
#include "slots.h"

bool dict_prev_hash(Dict *d, int64_t *pos, Value *key, Value *value);

typedef struct DictView {
    Obj hdr;
    Dict *d;
} DictView;

typedef struct DictIter {
    Obj hdr;
    Dict *d;           /* NULL once exhausted */
    int64_t pos;
    int64_t used;      /* d->used at creation; -1 after a size change */
    int64_t len;       /* entries still expected */
} DictIter;

static Value iter_self(Value self) { return self; }

static void dictview_trace(Obj *o, Tracer *tr) { GC_MARK(tr, ((DictView *)o)->d); }
static void dictiter_trace(Obj *o, Tracer *tr) { GC_MARK(tr, ((DictIter *)o)->d); }

Value dictview_new(Type *t, Value d) {
    DictView *v = gc_alloc(t, sizeof(DictView));
    if (!v) return VNULL;
    SET_FIELD(v, v->d, AS(Dict, d));
    return OBJ_VAL(v);
}

/* ---------------------------------------------------------- iterators -- */

static Value diter_new(Type *t, Dict *d, bool reverse) {
    DictIter *it = gc_alloc(t, sizeof(DictIter));
    if (!it) return VNULL;
    SET_FIELD(it, it->d, d);
    it->used = dict_len(d);
    it->len = it->used;
    it->pos = reverse ? INT64_MAX : 0;
    return OBJ_VAL(it);
}

Value dict_iter(Value self) { return diter_new(&dict_keyiter_type, AS(Dict, self), false); }
Value dict_reversed_iter(Value self) { return diter_new(&dict_revkeyiter_type, AS(Dict, self), true); }

static bool diter_step(DictIter *it, bool reverse, Value *k, Value *v) {
    Dict *d = __atomic_load_n(&it->d, __ATOMIC_ACQUIRE);
    if (!d) return false;
    if (dict_len(d) != RELAXED_LD(it->used)) {
        err_str(&RuntimeError_type, "dictionary changed size during iteration");
        RELAXED_ST(it->used, -1);
        return false;
    }
    int64_t pos = RELAXED_LD(it->pos), np;
    do {
        np = pos;
        bool ok = reverse ? (np >= 0 && dict_prev_hash(d, &np, k, v)) : dict_next(d, &np, k, v);
        if (!ok) {
            SET_FIELD(it, it->d, (Dict *)NULL);
            return false;
        }
    } while (!ITER_CLAIM(it->pos, pos, np));
    /* threads sharing the iterator may lose a decrement here (never make
     * one too many), so "keys changed" is never raised spuriously */
    int64_t left = RELAXED_LD(it->len);
    if (left <= 0) {
        err_str(&RuntimeError_type, "dictionary keys changed during iteration");
        SET_FIELD(it, it->d, (Dict *)NULL);
        return false;
    }
    RELAXED_ST(it->len, left - 1);
    return true;
}

static Value keyiter_next(Value self) {
    Value k;
    return diter_step(AS(DictIter, self), false, &k, NULL) ? k : VNULL;
}
static Value valueiter_next(Value self) {
    Value v;
    return diter_step(AS(DictIter, self), false, NULL, &v) ? v : VNULL;
}
static Value itemiter_next(Value self) {
    Value k, v;
    if (!diter_step(AS(DictIter, self), false, &k, &v)) return VNULL;
    return OBJ_VAL(tuple_pack(2, k, v));
}
static Value revkeyiter_next(Value self) {
    Value k;
    return diter_step(AS(DictIter, self), true, &k, NULL) ? k : VNULL;
}
static Value revvalueiter_next(Value self) {
    Value v;
    return diter_step(AS(DictIter, self), true, NULL, &v) ? v : VNULL;
}
static Value revitemiter_next(Value self) {
    Value k, v;
    if (!diter_step(AS(DictIter, self), true, &k, &v)) return VNULL;
    return OBJ_VAL(tuple_pack(2, k, v));
}

static Value diter_hint(Value self, Value *args, size_t nargs, Tuple *kw) {
    DictIter *it = AS(DictIter, self);
    Dict *d = __atomic_load_n(&it->d, __ATOMIC_ACQUIRE);
    int64_t left = RELAXED_LD(it->len);
    if (!d || RELAXED_LD(it->used) != dict_len(d)) return MK_INT(0);
    return MK_INT(left > 0 ? left : 0);
}

static const MethodDef diter_methods[] = {
    {"__length_hint__", diter_hint, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(var, pyname, nextfn)     \
    Type var = {                                \
        .hdr = {&type_type},                    \
        .name = pyname,                         \
        .basicsize = sizeof(DictIter),          \
        .trace = dictiter_trace,                \
        .iter = iter_self,                      \
        .iternext = nextfn,                     \
        .methods = diter_methods,               \
    };

DICT_ITER_TYPE(dict_keyiter_type, "dict_keyiterator", keyiter_next)
DICT_ITER_TYPE(dict_valueiter_type, "dict_valueiterator", valueiter_next)
DICT_ITER_TYPE(dict_itemiter_type, "dict_itemiterator", itemiter_next)
DICT_ITER_TYPE(dict_revkeyiter_type, "dict_reversekeyiterator", revkeyiter_next)
DICT_ITER_TYPE(dict_revvalueiter_type, "dict_reversevalueiterator", revvalueiter_next)
DICT_ITER_TYPE(dict_revitemiter_type, "dict_reverseitemiterator", revitemiter_next)

/* -------------------------------------------------------------- views -- */

Value cont_stable_iter(Value v) {
    ValArray *a;
    int64_t n;
    int r = cont_snapshot_iterable(v, &a, &n);
    if (r < 0) return VNULL;
    if (!r) return obj_getiter(v);
    List *l = list_new(0);
    if (!l) return VNULL;
    SET_FIELD(l, l->items, a);        /* private list: the fresh array is its storage */
    __atomic_store_n(&l->len, n, __ATOMIC_RELEASE);
    return obj_getiter(OBJ_VAL(l));
}

int cont_snapshot_iterable(Value v, ValArray **out, int64_t *n) {
    if (!IS_OBJ(v)) return 0;
    Type *t = val_type(v);
    if (IS_SET_OR_FROZEN(v) && t->iter == set_type.iter) {
        *out = set_snapshot(AS(Set, v), n);
        return *out ? 1 : -1;
    }
    Dict *d;
    int what;                  /* 0 keys, 1 values, 2 items */
    if (IS_DICT(v) && t->iter == dict_type.iter) {
        d = AS(Dict, v);
        what = 0;
    } else if (t == &dict_keys_type || t == &dict_values_type || t == &dict_items_type) {
        d = AS(DictView, v)->d;
        what = t == &dict_keys_type ? 0 : t == &dict_values_type ? 1 : 2;
    } else {
        return 0;
    }
    int64_t np;
    ValArray *a = dict_snapshot(d, what, &np);
    if (!a) return -1;
    if (what < 2) {
        *out = a;
        *n = np;
        return 1;
    }
    ValArray *r = valarray_new(np);
    if (!r) return -1;
    for (int64_t i = 0; i < np; i++) {
        Tuple *p = tuple_pack(2, a->items[2 * i], a->items[2 * i + 1]);
        if (!p) return -1;
        SET_FIELD(r, r->items[i], OBJ_VAL(p));
    }
    *out = r;
    *n = np;
    return 1;
}

static int64_t view_len(Value self) { return dict_len(AS(DictView, self)->d); }

static Value keys_iter(Value self) { return diter_new(&dict_keyiter_type, AS(DictView, self)->d, false); }
static Value values_iter(Value self) { return diter_new(&dict_valueiter_type, AS(DictView, self)->d, false); }
static Value items_iter(Value self) { return diter_new(&dict_itemiter_type, AS(DictView, self)->d, false); }

static Value keys_reversed(Value self, Value *a, size_t n, Tuple *kw) {
    return diter_new(&dict_revkeyiter_type, AS(DictView, self)->d, true);
}
static Value values_reversed(Value self, Value *a, size_t n, Tuple *kw) {
    return diter_new(&dict_revvalueiter_type, AS(DictView, self)->d, true);
}
static Value items_reversed(Value self, Value *a, size_t n, Tuple *kw) {
    return diter_new(&dict_revitemiter_type, AS(DictView, self)->d, true);
}

static int keys_contains(Value self, Value key) {
    Value v = dict_get(AS(DictView, self)->d, key);
    if (v) return 1;
    return err_occurred() ? -1 : 0;
}

static int items_contains(Value self, Value item) {
    if (!IS_TUPLE(item) || AS(Tuple, item)->len != 2) return 0;
    Value v = dict_get(AS(DictView, self)->d, AS(Tuple, item)->items[0]);
    if (!v) return err_occurred() ? -1 : 0;
    Value want = AS(Tuple, item)->items[1];
    return v == want ? 1 : obj_eq(v, want);
}

static int values_contains(Value self, Value item) {
    Dict *d = AS(DictView, self)->d;
    int64_t pos = 0;
    Value v;
    while (dict_next(d, &pos, NULL, &v)) {
        int r = v == item ? 1 : obj_eq(v, item);
        if (r) return r;
    }
    return 0;
}

static Str *view_repr(Value self) {
    int r = repr_enter(self);
    if (r < 0) return NULL;
    if (r > 0) return str_from_cstr("...");
    Str *res = NULL;
    List *l = obj_to_list(self);
    if (l) res = str_format("%s(%R)", type_name(val_type(self)), OBJ_VAL(l));
    repr_leave(self);
    return res;
}

static bool is_setlike_view(Value v) {
    return IS_OBJ(v) && (AS_OBJ(v)->type == &dict_keys_type || AS_OBJ(v)->type == &dict_items_type);
}

/* every item of a is in b: 1, 0, -1 */
static int all_contained_in(Value a, Value b) {
    Value it = cont_stable_iter(a);
    if (!it) return -1;
    for (;;) {
        Value x = obj_iternext(it);
        if (!x) return err_occurred() ? -1 : 1;
        int r = obj_contains(b, x);
        if (r <= 0) return r;
    }
}

static Value view_richcompare(Value a, Value b, int op) {
    if (!IS_SET_OR_FROZEN(b) && !is_setlike_view(b)) return NOT_IMPLEMENTED;
    int64_t la = obj_len(a), lb = obj_len(b);
    if (la < 0 || lb < 0) return VNULL;
    int ok = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (la == lb) ok = all_contained_in(a, b);
        if (op == CMP_NE && ok >= 0) ok = !ok;
        break;
    case CMP_LT:
        if (la < lb) ok = all_contained_in(a, b);
        break;
    case CMP_LE:
        if (la <= lb) ok = all_contained_in(a, b);
        break;
    case CMP_GT:
        if (la > lb) ok = all_contained_in(b, a);
        break;
    default:
        if (la >= lb) ok = all_contained_in(b, a);
        break;
    }
    if (ok < 0) return VNULL;
    return BOOL_V(ok);
}

static Value view_sub(Value a, Value b) {
    Set *r = set_from_iterable(&set_type, a);
    if (!r) return VNULL;
    if (!set_difference_update(r, b)) return VNULL;
    return OBJ_VAL(r);
}

static Value view_or(Value a, Value b) {
    Set *r = set_from_iterable(&set_type, a);
    if (!r) return VNULL;
    if (set_update(r, b) < 0) return VNULL;
    return OBJ_VAL(r);
}

static Value view_xor(Value a, Value b) {
    Set *r = set_from_iterable(&set_type, a);
    if (!r) return VNULL;
    if (!set_symmetric_difference_update(r, b)) return VNULL;
    return OBJ_VAL(r);
}

static Value view_and(Value self, Value other) {
    if (!is_setlike_view(self)) {
        Value t = self;
        self = other;
        other = t;
    }
    int64_t ls = obj_len(self);
    if (ls < 0) return VNULL;
    if (IS_EXACT(other, set_type)) {
        int64_t lo = obj_len(other);
        if (lo < 0) return VNULL;
        if (ls <= lo) return obj_call_method(other, ID(intersection), &self, 1);
    }
    if (is_setlike_view(other)) {
        int64_t lo = obj_len(other);
        if (lo > ls) {
            Value t = self;
            self = other;
            other = t;
        }
    }
    Set *r = set_new();
    if (!r) return VNULL;
    Value it = cont_stable_iter(other);
    if (!it) return VNULL;
    ContainsFn contains = AS_OBJ(self)->type == &dict_keys_type ? keys_contains : items_contains;
    for (;;) {
        Value x = obj_iternext(it);
        if (!x) return err_occurred() ? VNULL : OBJ_VAL(r);
        int c = contains(self, x);
        if (c < 0) return VNULL;
        if (c && set_add(r, x) < 0) return VNULL;
    }
}

static Value view_isdisjoint(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("isdisjoint", nargs, 1, 1) < 0) return VNULL;
    Value other = args[0];
    if (other == self) return BOOL_V(obj_len(self) == 0);
    Value a = other, b = self;
    if (IS_SET_OR_FROZEN(other) || is_setlike_view(other)) {
        int64_t ls = obj_len(self), lo = obj_len(other);
        if (ls < 0 || lo < 0) return VNULL;
        if (lo > ls) {
            a = self;
            b = other;
        }
    }
    Value it = cont_stable_iter(a);
    if (!it) return VNULL;
    for (;;) {
        Value x = obj_iternext(it);
        if (!x) return err_occurred() ? VNULL : TRUE_V;
        int c = obj_contains(b, x);
        if (c < 0) return VNULL;
        if (c) return FALSE_V;
    }
}

static Value view_mapping(Value self) { return mappingproxy_new(OBJ_VAL(AS(DictView, self)->d)); }

static const GetSetDef view_getsets[] = {
    {"mapping", view_mapping, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, METH_NOKW, NULL},
    {"__reversed__", keys_reversed, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint, METH_NOKW, NULL},
    {"__reversed__", items_reversed, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef values_methods[] = {
    {"__reversed__", values_reversed, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type dict_keys_type = {
    .hdr = {&type_type},
    .name = "dict_keys",
    .basicsize = sizeof(DictView),
    .trace = dictview_trace,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = keys_iter,
    .len = view_len,
    .contains = keys_contains,
    .nb = {[NB_SUB] = view_sub, [NB_AND] = view_and, [NB_OR] = view_or, [NB_XOR] = view_xor},
    .methods = keys_methods,
    .getsets = view_getsets,
};

Type dict_items_type = {
    .hdr = {&type_type},
    .name = "dict_items",
    .basicsize = sizeof(DictView),
    .trace = dictview_trace,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = items_iter,
    .len = view_len,
    .contains = items_contains,
    .nb = {[NB_SUB] = view_sub, [NB_AND] = view_and, [NB_OR] = view_or, [NB_XOR] = view_xor},
    .methods = items_methods,
    .getsets = view_getsets,
};

Type dict_values_type = {
    .hdr = {&type_type},
    .name = "dict_values",
    .basicsize = sizeof(DictView),
    .trace = dictview_trace,
    .repr = view_repr,
    .iter = values_iter,
    .len = view_len,
    .contains = values_contains,
    .methods = values_methods,
    .getsets = view_getsets,
};
