/* containers.h - tuple, list, dict, set/frozenset, range, slice and the
 * builtin iterator types that walk them.
 *
 * Thread-safety (the rule each type's .c file restates and implements):
 *  - tuple, frozenset, range, slice: immutable after construction.
 *  - list, dict, set: readers take no lock; writers take the container's
 *    WLock.  Element storage lives in a separate GC object (ValArray or the
 *    dict/set table) that is replaced, never shrunk in place, on resize and
 *    published with a release store; a reader that loaded the old storage
 *    keeps reading valid memory because the collector keeps it alive.
 *    Slots past the current length hold VNULL, which reads as "absent".
 *  - No Python code (__eq__, __hash__, __del__) ever runs while a container
 *    lock is held: hashes are computed before locking, and a comparison that
 *    needs Python code drops the lock, compares, relocks and revalidates.
 */
#ifndef WEFT_CONTAINERS_H
#define WEFT_CONTAINERS_H

#include "../object.h"
#include "../thread/thread.h"

/* ---- tuple ---- */
struct Tuple {
    Obj hdr;
    int64_t len;
    int64_t hash;          /* cache, -1 unknown (racy fill with equal values) */
    Value items[];
};
#define IS_TUPLE(v) (IS_OBJ(v) && TYPE_FLAG(v, TF_TUPLE_SUBCLASS))
Tuple *tuple_new(int64_t len);                   /* items VNULL: fill with SET_FIELD */
Tuple *tuple_from_array(const Value *items, int64_t n);
Tuple *tuple_pack(int64_t n, ...);               /* tuple_pack(2, a, b) */
extern Tuple *tuple_empty;
static inline int64_t tuple_len(Tuple *t) { return t->len; }
static inline Value tuple_get(Tuple *t, int64_t i) { return t->items[i]; }
Tuple *tuple_slice(Tuple *t, int64_t start, int64_t stop);
Value tuple_subtype_new(Type *t, Tuple *items);

/* ---- list ---- */
typedef struct ValArray {
    Obj hdr;
    int64_t cap;
    Value items[];
} ValArray;
ValArray *valarray_new(int64_t cap);

struct List {
    Obj hdr;
    WLock lock;
    int64_t len;
    ValArray *items;       /* NULL when empty and never grown */
};
#define IS_LIST(v) (IS_OBJ(v) && TYPE_FLAG(v, TF_LIST_SUBCLASS))
List *list_new(int64_t cap);                     /* empty list with room for cap */
List *list_from_array(const Value *items, int64_t n);
int list_append(List *l, Value v);
/* Lock-free reads (see the thread-safety rule above): the length, then the
 * storage, each with an acquire load; the index is checked against both. */
static inline int64_t list_len(List *l) { return __atomic_load_n(&l->len, __ATOMIC_ACQUIRE); }
static inline Value list_get(List *l, int64_t i) {  /* VNULL (no exception) if out of range */
    if ((uint64_t)i >= (uint64_t)list_len(l)) return VNULL;
    ValArray *a = __atomic_load_n(&l->items, __ATOMIC_ACQUIRE);
    if (!a || i >= a->cap) return VNULL;
    return __atomic_load_n(&a->items[i], __ATOMIC_ACQUIRE);
}
int list_set(List *l, int64_t i, Value v);       /* -1 IndexError */
int list_extend(List *l, Value iterable);
int list_insert(List *l, int64_t i, Value v);
Value list_pop(List *l, int64_t i);
int list_sort(List *l, Value key, bool reverse);
int list_reverse(List *l);
Tuple *list_to_tuple(List *l);
List *list_copy(List *l);

/* A list or tuple (or a subclass that does not override __iter__), whose
 * iteration is exactly its storage: fast paths may read the items. */
static inline bool list_iterates_plainly(Value v) {
    return IS_LIST(v) && val_type(v)->iter == list_type.iter;
}
static inline bool tuple_iterates_plainly(Value v) {
    return IS_TUPLE(v) && val_type(v)->iter == tuple_type.iter;
}

/* ---- dict ---- */
typedef struct DictTable DictTable;   /* entries + index, one GC object */
struct Dict {
    Obj hdr;
    WLock lock;
    int64_t used;          /* live entries */
    uint64_t version;      /* bumped on every mutation (iteration checks, caches) */
    DictTable *table;
};
#define IS_DICT(v) (IS_OBJ(v) && TYPE_FLAG(v, TF_DICT_SUBCLASS))
Dict *dict_new(void);
Dict *dict_new_presized(int64_t n);
/* Lookup: VNULL without exception if absent; VNULL with exception on error
 * (unhashable key, __eq__ raised). */
Value dict_get(Dict *d, Value key);
Value dict_get_str(Dict *d, Str *key);           /* never fails; fast for interned keys */
/* Same, with a per-call-site hint of the entry index (VM attribute caches). */
Value dict_get_str_hint(Dict *d, Str *key, uint32_t *hint);
Value dict_get_cstr(Dict *d, const char *key);
int dict_set(Dict *d, Value key, Value v);
int dict_set_str(Dict *d, Str *key, Value v);
int dict_set_cstr(Dict *d, const char *key, Value v);
/* Delete: 1 deleted, 0 absent (no exception), -1 error. */
int dict_del(Dict *d, Value key);
int dict_del_str(Dict *d, Str *key);
static inline int64_t dict_len(Dict *d) { return __atomic_load_n(&d->used, __ATOMIC_ACQUIRE); }
/* Iterate in insertion order: start *pos at 0; false when done. Safe against
 * concurrent mutation (may see a mix of old and new entries, never garbage). */
bool dict_next(Dict *d, int64_t *pos, Value *key, Value *value);
Dict *dict_copy(Dict *d);
int dict_update(Dict *d, Value other);           /* dict.update(other) (mapping or pairs) */
int dict_merge(Dict *d, Value mapping, bool override);
List *dict_keys_list(Dict *d);
/* The live entries of d at one instant, copied under its lock, in
 * insertion order: what 0 keys, 1 values, 2 pairs [k0, v0, k1, v1, ...];
 * *n entries.  Slots past the copied ones are VNULL.  NULL only on
 * MemoryError. */
ValArray *dict_snapshot(Dict *d, int what, int64_t *n);
void dict_clear(Dict *d);

/* ---- set / frozenset ---- */
typedef struct SetTable SetTable;
typedef struct Set {
    Obj hdr;
    WLock lock;
    int64_t used;
    int64_t hash;          /* frozenset hash cache, -1 unknown */
    uint64_t version;
    SetTable *table;
    int64_t finger;        /* pop() search start; survives resizes as in CPython */
} Set;
#define IS_SET_OR_FROZEN(v) (IS_OBJ(v) && TYPE_FLAG(v, TF_SET_SUBCLASS))
Set *set_new(void);
Set *frozenset_new(void);                        /* build, then never mutate once published */
Set *set_from_iterable(Type *t, Value iterable); /* t: set_type or frozenset_type (or subtype) */
int set_add(Set *s, Value key);
int set_contains(Set *s, Value key);             /* -1 error */
int set_discard(Set *s, Value key);              /* 1 removed, 0 absent, -1 error */
static inline int64_t set_len(Set *s) { return __atomic_load_n(&s->used, __ATOMIC_ACQUIRE); }
bool set_next(Set *s, int64_t *pos, Value *key);
Value set_pop(Set *s);                           /* KeyError when empty */
/* The keys of s at one instant (copied under its lock; a frozenset is read
 * directly), in iteration order, *n of them.  NULL only on MemoryError. */
ValArray *set_snapshot(Set *s, int64_t *n);
/* The frozenset constant CPython's compiler makes for a set display of more
 * than two constant items ({1, 2, 10, 11} compiles to BUILD_SET 0;
 * LOAD_CONST frozenset; SET_UPDATE): built twice, as CPython's constant
 * merging does, so that the displayed set iterates in CPython's order. */
Set *frozenset_const_from_array(const Value *items, int64_t n);

/* Building a list/tuple/set from a dict, a dict view or a set (whose type
 * keeps the builtin __iter__) copies one state of it under its lock, as
 * CPython's list(d) is atomic: it never raises "changed size during
 * iteration" and never misses an item present throughout.  Returns 1 with
 * the items in *out (*n of them; a fresh array the caller may keep, VNULL
 * past *n), 0 when v is none of those (no exception), -1 on error. */
int cont_snapshot_iterable(Value v, ValArray **out, int64_t *n);
/* iter(v), walking one state of v (as above) when v is a dict, dict view
 * or set, so C loops over another container never fail with "changed size
 * during iteration" because a thread mutated it.  VNULL on error. */
Value cont_stable_iter(Value v);

/* ---- range / slice ---- */
typedef struct Range {
    Obj hdr;
    Value start, stop, step, length;   /* ints (small or big) */
} Range;
typedef struct Slice {
    Obj hdr;
    Value start, stop, step;           /* any values; NONE when omitted */
} Slice;
Value slice_new(Value start, Value stop, Value step);
/* slice.indices(len) with CPython's clamping: 0 ok, -1 error. */
int slice_indices(Slice *s, int64_t len, int64_t *start, int64_t *stop,
                  int64_t *step, int64_t *slicelen);
Value range_new(Value start, Value stop, Value step);

/* ---- builtin iterator types (enumerate, zip, map, filter, reversed,
 * seq iterator for __getitem__ sequences, callable_iterator for
 * iter(f, sentinel)) are exposed to Python only through builtins. ---- */
extern Type enumerate_type, zip_type, map_type, filter_type, reversed_type;
extern Type seqiter_type, calliter_type;
extern Type list_iter_type, tuple_iter_type, dict_keys_type, dict_values_type,
    dict_items_type, range_iter_type;
Value seqiter_new(Value seq);                    /* iterator over obj[0], obj[1], ... */
Value calliter_new(Value callable, Value sentinel);

/* Iterator positions may be shared by racing threads.  An iterator claims
 * the position it read with a compare-and-swap (ITER_CLAIM; on failure
 * `old` is reloaded and the caller retries), so threads sharing one
 * iterator get each item once, as under CPython's GIL; relaxed order is
 * enough because the items themselves are read with acquire loads. */
#define RELAXED_LD(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)
#define RELAXED_ST(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELAXED)
#define ITER_CLAIM(x, old, new_)                                              \
    __atomic_compare_exchange_n(&(x), &(old), (new_), false, __ATOMIC_RELAXED, \
                                __ATOMIC_RELAXED)

/* ---- helpers shared by the container files (and other engineers' types
 * that print nested containers) ---- */
/* Per-thread guard for repr of self-referencing containers ([...], {...}):
 * returns 1 if v is already being printed on this thread (print the
 * placeholder and do not call repr_leave), 0 after entering, -1 on error. */
int repr_enter(Value v);
void repr_leave(Value v);
/* An index-like key for sequence subscripts: 1 with *out set; 0 when key is
 * neither an int nor has __index__ (no exception); -1 with IndexError
 * "cannot fit 'int' into an index-sized integer" when it is too big. */
int seq_index_value(Value key, int64_t *out);
/* Fast list/tuple length and item access for code that walks sequences. */
static inline Value *tuple_items(Tuple *t) { return t->items; }
/* Storage of a list at this instant (length *n); readers only. */
Value *list_items_snapshot(List *l, int64_t *n);
/* Lexicographic rich comparison of two item arrays (tuple/list). */
Value seq_richcompare(const Value *a, int64_t na, const Value *b, int64_t nb, int op);
/* Sort n values in place stably by `<`: keys are compared, vals (or NULL)
 * move along with them.  0 ok, -1 error (arrays remain a permutation). */
int timsort_values(Value *keys, Value *vals, int64_t n);
/* Set internals used by dict views. */
Set *set_new_of_type(Type *t);
int set_update(Set *s, Value iterable);
int set_merge_iterable(Set *s, Value iterable);
Value set_symmetric_difference_update(Set *s, Value other);
Value set_difference_update(Set *s, Value other);
/* dict lookup with a precomputed hash (hash from obj_hash). */
Value dict_get_hash(Dict *d, Value key, int64_t hash);
int dict_set_hash(Dict *d, Value key, int64_t hash, Value v);
bool dict_next_hash(Dict *d, int64_t *pos, Value *key, Value *value, int64_t *hash);
Value dict_pop_value(Dict *d, Value key, Value deflt); /* VNULL+exc on KeyError */
/* Key equality decided in C when possible (never runs Python code):
 * 1 equal, 0 different, 2 needs Python __eq__. */
int cont_fast_eq(Value a, Value b, int depth);
/* Internal storage types. */
extern Type valarray_type, dicttable_type, settable_type;
extern Type list_reviter_type, set_iter_type, dict_keyiter_type,
    dict_valueiter_type, dict_itemiter_type, dict_revkeyiter_type,
    dict_revvalueiter_type, dict_revitemiter_type, range_reviter_type,
    longrange_iter_type;

#endif
