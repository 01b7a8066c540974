/* dict.c - the insertion-ordered hash table behind dict, class namespaces,
 * instance attributes, globals and keyword arguments.
 *
 * Layout: Dict points to one DictTable GC object holding an entries array
 * in insertion order (key, value, hash) preceded by an open-addressing index
 * of int32 slots (0 empty, -1 deleted, k > 0 -> entries[k-1]).  Deleting
 * clears an entry (key = value = VNULL) and marks its index slot deleted;
 * the hole is dropped when the table is next rebuilt.  A table is replaced,
 * never resized in place, when its entries run out (CPython's growth:
 * size for used*3, usable 2/3 of the index).
 *
 * Thread-safety:
 *  - Readers take no lock.  They load `table` (acquire), probe index slots
 *    (acquire loads) and read entries.  An insert fills its entry first and
 *    then publishes the index slot with a release store, so a reader that
 *    sees the slot sees the entry.  A value update is one atomic store.
 *    A lookup whose key comparison runs Python code revalidates afterwards
 *    (same table, same key in the entry) and restarts otherwise.
 *  - Writers take the dict's WLock and bump `version` on every mutation.
 *  - No Python code runs under the lock.  Hashes are computed before
 *    locking.  Under the lock a writer compares keys only with C equality
 *    (identity, exact str/int/float/bytes/None/tuples of those); when a
 *    probe meets a key needing Python __eq__, it notes the version, drops
 *    the lock, does a full lookup, relocks, and starts again if the version
 *    moved.
 *  - Whole-dict reads that must see one state (copy, merges into another
 *    dict or set, list(d), fromkeys) copy the entries under the lock
 *    (dict_copy, dict_snapshot); a merge never holds two dict locks.
 */
#include <string.h>

#include "../runtime.h"
#include "slots.h"

typedef struct DictEntry {
    Value key;         /* VNULL: unused or deleted */
    Value value;
    int64_t hash;
} DictEntry;

struct DictTable {
    Obj hdr;
    int64_t size;      /* index slots, a power of two */
    int64_t usable;    /* entries capacity */
    int64_t nentries;  /* entries used so far (live or deleted) */
    int32_t index[];   /* size slots, then DictEntry entries[usable]: the
                        * header and a small index share a cache line */
};

#define DICT_MINSIZE 8
#define PERTURB_SHIFT 5

static inline int32_t *tbl_index(DictTable *t) { return t->index; }
static inline DictEntry *tbl_entries(DictTable *t) { return (DictEntry *)(t->index + t->size); }
static inline int32_t ld_slot(DictTable *t, int64_t i) {
    return __atomic_load_n(&tbl_index(t)[i], __ATOMIC_ACQUIRE);
}
static inline void st_slot(DictTable *t, int64_t i, int32_t v) {
    __atomic_store_n(&tbl_index(t)[i], v, __ATOMIC_RELEASE);
}
static inline DictTable *ld_table(Dict *d) { return __atomic_load_n(&d->table, __ATOMIC_ACQUIRE); }
static inline void bump(Dict *d) { __atomic_store_n(&d->version, d->version + 1, __ATOMIC_RELEASE); }
static inline void st_used(Dict *d, int64_t n) { __atomic_store_n(&d->used, n, __ATOMIC_RELEASE); }

static void dicttable_trace(Obj *o, Tracer *tr) {
    DictTable *t = (DictTable *)o;
    int64_t n = t->nentries;
    for (int64_t i = 0; i < n; i++) {
        GC_MARK(tr, tbl_entries(t)[i].key);
        GC_MARK(tr, tbl_entries(t)[i].value);
    }
}

Type dicttable_type = {
    .hdr = {&type_type},
    .name = "dict_table",
    .basicsize = sizeof(DictTable),
    .trace = dicttable_trace,
};

static DictTable *table_new(int64_t size) {
    int64_t usable = (size << 1) / 3;
    if (size > ((int64_t)1 << 30)) {
        err_no_memory();
        return NULL;
    }
    DictTable *t = gc_alloc(&dicttable_type, sizeof(DictTable) + (size_t)usable * sizeof(DictEntry) +
                                                 (size_t)size * sizeof(int32_t));
    if (!t) return NULL;
    t->size = size;
    t->usable = usable;
    return t;
}

static int64_t size_for(int64_t minsize) {
    int64_t s = DICT_MINSIZE;
    while (s < minsize) s <<= 1;
    return s;
}

/* Index slot where `hash` is or would go: first free (empty/deleted) slot. */
static int64_t find_free_slot(DictTable *t, int64_t hash) {
    uint64_t mask = (uint64_t)t->size - 1, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    while (ld_slot(t, (int64_t)i) > 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (int64_t)i;
}

/* Rebuild into a table sized for `minsize` index slots; lock held. */
static int dict_resize_locked(Dict *d, int64_t minsize) {
    DictTable *old = d->table;
    DictTable *t = table_new(size_for(minsize));
    if (!t) return -1;
    int64_t k = 0;
    if (old) {
        for (int64_t i = 0; i < old->nentries; i++) {
            DictEntry *e = &tbl_entries(old)[i];
            if (!e->key) continue;
            tbl_entries(t)[k] = *e;
            int64_t s = find_free_slot(t, e->hash);
            tbl_index(t)[s] = (int32_t)(k + 1);
            k++;
        }
        gc_barrier_bulk(&t->hdr);
    }
    t->nentries = k;
    SET_FIELD(d, d->table, t);
    bump(d);
    return 0;
}

/* ------------------------------------------------------- key equality -- */

enum { EQ_NO = 0, EQ_YES = 1, EQ_SLOW = 2 };

static int simple_kind(Type *t) {
    if (t == &int_type || t == &bool_type || t == &float_type) return 1;
    if (t == &str_type) return 2;
    if (t == &bytes_type) return 3;
    if (t == &none_type) return 4;
    if (t == &tuple_type) return 5;
    return 0;
}

/* Equality decided without running Python code, when possible. */
int cont_fast_eq(Value a, Value b, int depth) {
    if (a == b) return EQ_YES;
    if (IS_INT(a) && IS_INT(b)) return EQ_NO;
    Type *ta = val_type(a), *tb = val_type(b);
    if (ta == &str_type && tb == &str_type) return str_eq(AS(Str, a), AS(Str, b));
    int ka = simple_kind(ta), kb = simple_kind(tb);
    if (!ka || !kb) {
        /* Two objects whose types keep object's __eq__ (identity, already
         * checked) are different without running Python code.  Relaxed
         * loads: slots are republished atomically when a class gains or
         * loses __eq__, and either value gives a valid answer. */
        RichCmpFn oeq = object_type.richcompare;
        if (__atomic_load_n(&ta->richcompare, __ATOMIC_RELAXED) == oeq &&
            __atomic_load_n(&tb->richcompare, __ATOMIC_RELAXED) == oeq)
            return EQ_NO;
        return EQ_SLOW;
    }
    if (ka != kb) return EQ_NO;
    switch (ka) {
    case 1:
        if (ta == &float_type && tb == &float_type) return float_val(a) == float_val(b);
        if (ta == &float_type) {
            double x = float_val(a);
            if (x != x) return EQ_NO;
            return int_compare_double(b, x) == 0;
        }
        if (tb == &float_type) {
            double x = float_val(b);
            if (x != x) return EQ_NO;
            return int_compare_double(a, x) == 0;
        }
        return int_compare(a, b) == 0;
    case 3: {
        Bytes *x = AS(Bytes, a), *y = AS(Bytes, b);
        return x->len == y->len && memcmp(x->data, y->data, (size_t)x->len) == 0;
    }
    case 4: return EQ_NO;
    case 5: {
        Tuple *x = AS(Tuple, a), *y = AS(Tuple, b);
        if (x->len != y->len) return EQ_NO;
        if (depth > 8) return EQ_SLOW;
        int res = EQ_YES;
        for (int64_t i = 0; i < x->len; i++) {
            int r = cont_fast_eq(x->items[i], y->items[i], depth + 1);
            if (r == EQ_NO) return EQ_NO;
            if (r == EQ_SLOW) res = EQ_SLOW;
        }
        return res;
    }
    }
    return EQ_SLOW;
}

/* ------------------------------------------------------------ lookup -- */

enum { LK_ABSENT = -1, LK_ERROR = -2, LK_SLOW = -3 };

/* Probe t for key.  Returns the entry index, LK_ABSENT, or (when
 * allow_python is false) LK_SLOW if a Python __eq__ would be needed; with
 * allow_python, LK_ERROR on a raising __eq__ and LK_SLOW when the dict
 * changed under the comparison (restart).  *slot_out gets the index slot. */
static int64_t probe(Dict *d, DictTable *t, Value key, int64_t hash, bool allow_python,
                     int64_t *slot_out) {
    uint64_t mask = (uint64_t)t->size - 1, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int32_t ix = ld_slot(t, (int64_t)i);
        if (ix == 0) {
            if (slot_out) *slot_out = (int64_t)i;
            return LK_ABSENT;
        }
        if (ix > 0) {
            DictEntry *e = &tbl_entries(t)[ix - 1];
            Value k = __atomic_load_n(&e->key, __ATOMIC_ACQUIRE);
            if (k == key) {
                if (slot_out) *slot_out = (int64_t)i;
                return ix - 1;
            }
            if (k && e->hash == hash) {
                int r = cont_fast_eq(k, key, 0);
                if (r == EQ_SLOW) {
                    if (!allow_python) return LK_SLOW;
                    r = obj_eq(k, key);
                    if (r < 0) return LK_ERROR;
                    if (ld_table(d) != t || __atomic_load_n(&e->key, __ATOMIC_ACQUIRE) != k)
                        return LK_SLOW;
                }
                if (r == EQ_YES) {
                    if (slot_out) *slot_out = (int64_t)i;
                    return ix - 1;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Full lock-free lookup: entry index in *tout, LK_ABSENT or LK_ERROR. */
static int64_t lookup(Dict *d, Value key, int64_t hash, DictTable **tout) {
    for (;;) {
        DictTable *t = ld_table(d);
        if (!t) {
            if (tout) *tout = NULL;
            return LK_ABSENT;
        }
        int64_t r = probe(d, t, key, hash, true, NULL);
        if (r == LK_SLOW) continue;
        if (tout) *tout = t;
        return r;
    }
}

Value dict_get_hash(Dict *d, Value key, int64_t hash) {
    for (;;) {
        DictTable *t;
        int64_t ix = lookup(d, key, hash, &t);
        if (ix < 0) return VNULL;
        Value v = __atomic_load_n(&tbl_entries(t)[ix].value, __ATOMIC_ACQUIRE);
        if (v) return v;
        /* deleted under us: the key is absent now unless re-inserted */
        if (ld_table(d) == t) return VNULL;
    }
}

static inline int64_t key_hash(Value key) {
    if (IS_STR_EXACT(key)) {
        /* relaxed: the cached hash is filled by racing threads with equal values */
        int64_t h = __atomic_load_n(&AS(Str, key)->hash, __ATOMIC_RELAXED);
        if (h != -1) return h;
        return str_hash(AS(Str, key));
    }
    return obj_hash(key);
}

Value dict_get(Dict *d, Value key) {
    int64_t h = key_hash(key);
    if (h == -1 && err_occurred()) return VNULL;
    return dict_get_hash(d, key, h);
}

Value dict_get_str(Dict *d, Str *key) {
    DictTable *t = ld_table(d);
    if (!t) return VNULL;
    int64_t hash = __atomic_load_n(&key->hash, __ATOMIC_RELAXED);
    if (hash == -1) hash = str_hash(key);
    uint64_t mask = (uint64_t)t->size - 1, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int32_t ix = ld_slot(t, (int64_t)i);
        if (ix == 0) return VNULL;
        if (ix > 0) {
            DictEntry *e = &tbl_entries(t)[ix - 1];
            Value k = __atomic_load_n(&e->key, __ATOMIC_ACQUIRE);
            if (k == OBJ_VAL(key)) return __atomic_load_n(&e->value, __ATOMIC_ACQUIRE);
            if (k && e->hash == hash) {
                int r = cont_fast_eq(k, OBJ_VAL(key), 0);
                if (r == EQ_SLOW) {
                    r = obj_eq(k, OBJ_VAL(key));
                    if (r < 0) {
                        err_clear();
                        r = 0;
                    }
                }
                if (r) return __atomic_load_n(&e->value, __ATOMIC_ACQUIRE);
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* dict_get_str with a hint: the entry index where `key` was found last
 * time in a dict of the same shape (instances of one class fill their
 * dicts in the same order, so an attribute site sees the same index).  A
 * hit costs one load and one compare; the hint is only a guess, so racing
 * updates of it are harmless.  Entries are only ever appended to a table,
 * and a deleted entry's key is VNULL, so a matching key at the hinted
 * index is the live entry for it. */
Value dict_get_str_hint(Dict *d, Str *key, uint32_t *hint) {
    DictTable *t = ld_table(d);
    if (!t)
        return VNULL;
    uint32_t h = __atomic_load_n(hint, __ATOMIC_RELAXED);
    if (h < (uint64_t)t->usable) {
        DictEntry *e = &tbl_entries(t)[h];
        if (__atomic_load_n(&e->key, __ATOMIC_ACQUIRE) == OBJ_VAL(key))
            return __atomic_load_n(&e->value, __ATOMIC_ACQUIRE);
    }
    int64_t hash = __atomic_load_n(&key->hash, __ATOMIC_RELAXED);
    if (hash == -1)
        hash = str_hash(key);
    uint64_t mask = (uint64_t)t->size - 1, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int32_t ix = ld_slot(t, (int64_t)i);
        if (ix == 0)
            return VNULL;
        if (ix > 0) {
            DictEntry *e = &tbl_entries(t)[ix - 1];
            if (__atomic_load_n(&e->key, __ATOMIC_ACQUIRE) == OBJ_VAL(key)) {
                __atomic_store_n(hint, (uint32_t)(ix - 1), __ATOMIC_RELAXED);
                return __atomic_load_n(&e->value, __ATOMIC_ACQUIRE);
            }
            if (e->hash == hash)   /* equal but not identical: the general path */
                return dict_get_str(d, key);
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value dict_get_cstr(Dict *d, const char *key) {
    Str *s = str_from_cstr(key);
    if (!s) {
        err_clear();
        return VNULL;
    }
    return dict_get_str(d, s);
}

/* ------------------------------------------------------------ insert -- */

/* Append a new entry for an absent key; lock held. */
static int insert_new_locked(Dict *d, Value key, int64_t hash, Value v) {
    DictTable *t = d->table;
    if (!t || t->nentries >= t->usable) {
        if (dict_resize_locked(d, d->used * 3 + 1) < 0) return -1;
        t = d->table;
    }
    int64_t n = t->nentries;
    DictEntry *e = &tbl_entries(t)[n];
    e->hash = hash;
    SET_FIELD(t, e->value, v);
    SET_FIELD(t, e->key, key);
    __atomic_store_n(&t->nentries, n + 1, __ATOMIC_RELEASE);
    /* publish: a reader that sees the slot sees the filled entry */
    st_slot(t, find_free_slot(t, hash), (int32_t)(n + 1));
    st_used(d, d->used + 1);
    bump(d);
    return 0;
}

/* Find key under the lock, dropping it for Python __eq__ when needed.
 * Returns with the lock held: entry index (in d->table) or LK_ABSENT; or
 * LK_ERROR with the lock released. */
static int64_t find_locked(Dict *d, Value key, int64_t hash) {
    for (;;) {
        DictTable *t = d->table;
        if (!t) return LK_ABSENT;
        int64_t r = probe(d, t, key, hash, false, NULL);
        if (r != LK_SLOW) return r;
        uint64_t ver = d->version;
        wlock_release(&d->lock);
        DictTable *lt;
        int64_t ix = lookup(d, key, hash, &lt);
        wlock_acquire(&d->lock);
        if (ix == LK_ERROR) {
            wlock_release(&d->lock);
            return LK_ERROR;
        }
        if (d->version == ver && d->table == lt) return ix;
    }
}

/* mode 0: set; 1: setdefault (keep existing, *out gets the value). */
static int dict_store(Dict *d, Value key, int64_t hash, Value v, int mode, Value *out) {
    wlock_acquire(&d->lock);
    int64_t ix = find_locked(d, key, hash);
    if (ix == LK_ERROR) return -1;
    if (ix >= 0) {
        DictTable *t = d->table;
        if (mode == 1) {
            if (out) *out = tbl_entries(t)[ix].value;
        } else {
            SET_FIELD(t, tbl_entries(t)[ix].value, v);
            bump(d);
        }
        wlock_release(&d->lock);
        return 0;
    }
    int rc = insert_new_locked(d, key, hash, v);
    wlock_release(&d->lock);
    if (out) *out = v;
    return rc;
}

int dict_set_hash(Dict *d, Value key, int64_t hash, Value v) {
    return dict_store(d, key, hash, v, 0, NULL);
}

int dict_set(Dict *d, Value key, Value v) {
    int64_t h = key_hash(key);
    if (h == -1 && err_occurred()) return -1;
    return dict_store(d, key, h, v, 0, NULL);
}

int dict_set_str(Dict *d, Str *key, Value v) {
    int64_t h = __atomic_load_n(&key->hash, __ATOMIC_RELAXED);
    if (h == -1) h = str_hash(key);
    return dict_store(d, OBJ_VAL(key), h, v, 0, NULL);
}

int dict_set_cstr(Dict *d, const char *key, Value v) {
    Str *s = str_intern_cstr(key);
    if (!s) return -1;
    return dict_set_str(d, s, v);
}

/* Remove entry ix (in d->table) found via slot search; lock held. */
static void delete_entry_locked(Dict *d, int64_t ix) {
    DictTable *t = d->table;
    DictEntry *e = &tbl_entries(t)[ix];
    /* find the index slot pointing at ix */
    uint64_t mask = (uint64_t)t->size - 1, perturb = (uint64_t)e->hash;
    uint64_t i = (uint64_t)e->hash & mask;
    while (ld_slot(t, (int64_t)i) != ix + 1) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    st_slot(t, (int64_t)i, -1);
    SET_FIELD(t, e->key, VNULL);
    SET_FIELD(t, e->value, VNULL);
    st_used(d, d->used - 1);
    bump(d);
}

/* Delete and return the old value via *old; 1 deleted, 0 absent, -1 error. */
static int dict_remove(Dict *d, Value key, int64_t hash, Value *old) {
    wlock_acquire(&d->lock);
    int64_t ix = find_locked(d, key, hash);
    if (ix == LK_ERROR) return -1;
    if (ix < 0) {
        wlock_release(&d->lock);
        return 0;
    }
    if (old) *old = tbl_entries(d->table)[ix].value;
    delete_entry_locked(d, ix);
    wlock_release(&d->lock);
    return 1;
}

int dict_del(Dict *d, Value key) {
    int64_t h = key_hash(key);
    if (h == -1 && err_occurred()) return -1;
    return dict_remove(d, key, h, NULL);
}

int dict_del_str(Dict *d, Str *key) {
    int64_t h = __atomic_load_n(&key->hash, __ATOMIC_RELAXED);
    if (h == -1) h = str_hash(key);
    return dict_remove(d, OBJ_VAL(key), h, NULL);
}

Value dict_pop_value(Dict *d, Value key, Value deflt) {
    int64_t h = key_hash(key);
    if (h == -1 && err_occurred()) return VNULL;
    Value old = VNULL;
    int r = dict_remove(d, key, h, &old);
    if (r < 0) return VNULL;
    if (r == 0) {
        if (deflt) return deflt;
        return err_set_arg(&KeyError_type, key);
    }
    return old;
}


bool dict_next_hash(Dict *d, int64_t *pos, Value *key, Value *value, int64_t *hash) {
    DictTable *t = ld_table(d);
    if (!t) return false;
    int64_t n = __atomic_load_n(&t->nentries, __ATOMIC_ACQUIRE);
    for (int64_t i = *pos; i < n; i++) {
        DictEntry *e = &tbl_entries(t)[i];
        Value k = __atomic_load_n(&e->key, __ATOMIC_ACQUIRE);
        if (!k) continue;
        Value v = __atomic_load_n(&e->value, __ATOMIC_ACQUIRE);
        if (!v) continue;
        *pos = i + 1;
        if (key) *key = k;
        if (value) *value = v;
        if (hash) *hash = e->hash;
        return true;
    }
    *pos = n;
    return false;
}

bool dict_next(Dict *d, int64_t *pos, Value *key, Value *value) {
    return dict_next_hash(d, pos, key, value, NULL);
}

/* Entry at position <= *pos scanning backwards (reverse iteration). */
bool dict_prev_hash(Dict *d, int64_t *pos, Value *key, Value *value);
bool dict_prev_hash(Dict *d, int64_t *pos, Value *key, Value *value) {
    DictTable *t = ld_table(d);
    if (!t) return false;
    int64_t n = __atomic_load_n(&t->nentries, __ATOMIC_ACQUIRE);
    int64_t i = *pos;
    if (i >= n) i = n - 1;
    for (; i >= 0; i--) {
        DictEntry *e = &tbl_entries(t)[i];
        Value k = __atomic_load_n(&e->key, __ATOMIC_ACQUIRE);
        if (!k) continue;
        Value v = __atomic_load_n(&e->value, __ATOMIC_ACQUIRE);
        if (!v) continue;
        *pos = i - 1;
        if (key) *key = k;
        if (value) *value = v;
        return true;
    }
    *pos = -1;
    return false;
}

/* ------------------------------------------------------------ whole -- */

static Dict *dict_alloc(Type *t) {
    if (t == &dict_type) return gc_alloc(t, sizeof(Dict));
    return gc_alloc_instance(t, sizeof(Dict));
}

Dict *dict_new(void) { return dict_alloc(&dict_type); }

Dict *dict_new_presized(int64_t n) {
    Dict *d = dict_new();
    if (!d || n <= 5) return d;
    DictTable *t = table_new(size_for((n * 3 + 1) / 2 + 1));
    if (!t) return NULL;
    SET_FIELD(d, d->table, t);
    return d;
}

void dict_clear(Dict *d) {
    wlock_acquire(&d->lock);
    SET_FIELD(d, d->table, (DictTable *)NULL);
    st_used(d, 0);
    bump(d);
    wlock_release(&d->lock);
}

Dict *dict_copy(Dict *d) {
    Dict *r = dict_new();
    if (!r) return NULL;
    for (;;) {
        int64_t used = dict_len(d);
        DictTable *t = used ? table_new(size_for((used * 3 + 1) / 2 + 1)) : NULL;
        if (used && !t) return NULL;
        wlock_acquire(&d->lock);
        if (d->used > used || (t && d->used > t->usable)) {
            wlock_release(&d->lock);
            continue;
        }
        DictTable *o = d->table;
        int64_t k = 0;
        if (o && t) {
            for (int64_t i = 0; i < o->nentries; i++) {
                DictEntry *e = &tbl_entries(o)[i];
                if (!e->key) continue;
                tbl_entries(t)[k] = *e;
                tbl_index(t)[find_free_slot(t, e->hash)] = (int32_t)(k + 1);
                k++;
            }
            t->nentries = k;
        }
        wlock_release(&d->lock);
        if (t) {
            gc_barrier_bulk(&t->hdr);
            SET_FIELD(r, r->table, t);
        }
        st_used(r, k);
        return r;
    }
}

ValArray *dict_snapshot(Dict *d, int what, int64_t *n) {
    int per = what == 2 ? 2 : 1;
    for (;;) {
        int64_t want = dict_len(d);
        ValArray *a = valarray_new(want * per);
        if (!a) return NULL;
        wlock_acquire(&d->lock);
        if (d->used > want) {      /* grew meanwhile: allocate again */
            wlock_release(&d->lock);
            continue;
        }
        DictTable *t = d->table;
        int64_t k = 0;
        /* plain stores: `a` is private until returned (barrier below) */
        for (int64_t i = 0; t && i < t->nentries; i++) {
            DictEntry *e = &tbl_entries(t)[i];
            if (!e->key) continue;
            if (what == 2) {
                a->items[2 * k] = e->key;
                a->items[2 * k + 1] = e->value;
            } else {
                a->items[k] = what ? e->value : e->key;
            }
            k++;
        }
        wlock_release(&d->lock);
        gc_barrier_bulk(&a->hdr);
        *n = k;
        return a;
    }
}

List *dict_keys_list(Dict *d) {
    int64_t n;
    ValArray *a = dict_snapshot(d, 0, &n);
    if (!a) return NULL;
    return list_from_array(a->items, n);
}

/* Merge from a dict without Python code (entries carry their hashes).  The
 * source is copied under its own lock first, so the merge sees one state of
 * it (as CPython's, which runs no Python code for an exact dict) and never
 * holds two dict locks at once. */
static int merge_dict(Dict *d, Dict *o, bool override) {
    if (d == o) return 0;
    if (dict_len(o) <= 8 && dict_len(d) > 0) {
        /* small source into a non-empty dict: its entries copied under its
         * lock to the C stack (scanned by the collector), no allocation */
        DictEntry buf[8];
        int64_t n = 0;
        wlock_acquire(&o->lock);
        DictTable *t = o->table;
        bool fits = o->used <= 8;
        for (int64_t i = 0; fits && t && i < t->nentries; i++)
            if (tbl_entries(t)[i].key) buf[n++] = tbl_entries(t)[i];
        wlock_release(&o->lock);
        if (fits) {
            for (int64_t i = 0; i < n; i++)
                if (dict_store(d, buf[i].key, buf[i].hash, buf[i].value, override ? 0 : 1, NULL) < 0)
                    return -1;
            return 0;
        }
    }
    Dict *snap = dict_copy(o);
    if (!snap) return -1;
    if (!snap->used) return 0;
    wlock_acquire(&d->lock);
    if (d->used == 0) {
        /* empty target: the private copy's table becomes its table */
        SET_FIELD(d, d->table, snap->table);
        st_used(d, snap->used);
        bump(d);
        wlock_release(&d->lock);
        return 0;
    }
    wlock_release(&d->lock);
    int64_t pos = 0, h;
    Value k, v;
    while (dict_next_hash(snap, &pos, &k, &v, &h)) {
        if (dict_store(d, k, h, v, override ? 0 : 1, NULL) < 0) return -1;
    }
    return 0;
}

extern Value dict_iter(Value self);

int dict_merge(Dict *d, Value mapping, bool override) {
    if (IS_DICT(mapping) && val_type(mapping)->iter == dict_iter)
        return merge_dict(d, AS(Dict, mapping), override);
    Value keys = obj_call_method(mapping, ID(keys), NULL, 0);
    if (!keys) return -1;
    Value it = obj_getiter(keys);
    if (!it) return -1;
    for (;;) {
        Value k = obj_iternext(it);
        if (!k) return err_occurred() ? -1 : 0;
        if (!override) {
            Value cur = dict_get(d, k);
            if (cur) continue;
            if (err_occurred()) return -1;
        }
        Value v = obj_getitem(mapping, k);
        if (!v) return -1;
        if (dict_set(d, k, v) < 0) return -1;
    }
}

static int merge_pairs(Dict *d, Value seq) {
    Value it = obj_getiter(seq);
    if (!it) return -1;
    for (int64_t i = 0;; i++) {
        Value item = obj_iternext(it);
        if (!item) return err_occurred() ? -1 : 0;
        Value k, v;
        if (IS_TUPLE(item) && AS(Tuple, item)->len == 2) {
            k = AS(Tuple, item)->items[0];
            v = AS(Tuple, item)->items[1];
        } else {
            Value fast = VNULL;
            if (IS_TUPLE(item) || IS_LIST(item)) fast = item;
            else {
                Value sub = obj_getiter(item);
                if (!sub) {
                    if (err_matches(&TypeError_type)) {
                        err_clear();
                        err_format(&TypeError_type,
                                   "cannot convert dictionary update sequence element #%lld to a sequence",
                                   (long long)i);
                    }
                    return -1;
                }
                List *l = obj_to_list(item);
                if (!l) return -1;
                fast = OBJ_VAL(l);
            }
            int64_t n = IS_TUPLE(fast) ? AS(Tuple, fast)->len : list_len(AS(List, fast));
            if (n != 2) {
                err_format(&ValueError_type,
                           "dictionary update sequence element #%lld has length %lld; 2 is required",
                           (long long)i, (long long)n);
                return -1;
            }
            if (IS_TUPLE(fast)) {
                k = AS(Tuple, fast)->items[0];
                v = AS(Tuple, fast)->items[1];
            } else {
                k = list_get(AS(List, fast), 0);
                v = list_get(AS(List, fast), 1);
            }
        }
        if (dict_set(d, k, v) < 0) return -1;
    }
}

int dict_update(Dict *d, Value other) {
    if (IS_DICT(other) && val_type(other)->iter == dict_iter) return merge_dict(d, AS(Dict, other), true);
    int has = obj_hasattr(other, ID(keys));
    if (has < 0) return -1;
    if (has) return dict_merge(d, other, true);
    return merge_pairs(d, other);
}

/* dict(...)/update(...): one optional positional plus keywords. */
static int update_common(Dict *d, const char *fname, Value *args, size_t nargs, Tuple *kwnames) {
    if (nargs > 1) {
        err_format(&TypeError_type, "%s expected at most 1 argument, got %zu", fname, nargs);
        return -1;
    }
    if (nargs && dict_update(d, args[0]) < 0) return -1;
    if (kwnames) {
        for (int64_t i = 0; i < kwnames->len; i++)
            if (dict_set(d, kwnames->items[i], args[nargs + i]) < 0) return -1;
    }
    return 0;
}

/* ------------------------------------------------------------- slots -- */

static void dict_trace(Obj *o, Tracer *tr) { GC_MARK(tr, ((Dict *)o)->table); }

static Str *dict_repr(Value self) {
    Dict *d = AS(Dict, self);
    if (dict_len(d) == 0) return str_from_cstr("{}");
    int r = repr_enter(self);
    if (r < 0) return NULL;
    if (r > 0) return str_from_cstr("{...}");
    StrBuilder b;
    sb_init(&b);
    if (thread_enter_recursive(" while getting the repr of an object") < 0) goto fail;
    sb_append_char(&b, '{');
    int64_t pos = 0;
    Value k, v;
    bool first = true;
    while (dict_next(d, &pos, &k, &v)) {
        if (!first) sb_append_cstr(&b, ", ");
        first = false;
        Str *s = obj_repr(k);
        if (!s) goto fail2;
        sb_append_str(&b, s);
        sb_append_cstr(&b, ": ");
        s = obj_repr(v);
        if (!s) goto fail2;
        sb_append_str(&b, s);
    }
    thread_leave_recursive();
    sb_append_char(&b, '}');
    repr_leave(self);
    return sb_finish(&b);
fail2:
    thread_leave_recursive();
fail:
    sb_free(&b);
    repr_leave(self);
    return NULL;
}

static int dict_equal(Dict *a, Dict *b) {
    if (dict_len(a) != dict_len(b)) return 0;
    int64_t pos = 0, h;
    Value k, v;
    while (dict_next_hash(a, &pos, &k, &v, &h)) {
        Value bv = dict_get_hash(b, k, h);
        if (!bv) return err_occurred() ? -1 : 0;
        if (bv == v) continue;
        int r = obj_eq(v, bv);
        if (r <= 0) return r;
    }
    return 1;
}

static Value dict_richcompare(Value a, Value b, int op) {
    if (!IS_DICT(a) || !IS_DICT(b) || (op != CMP_EQ && op != CMP_NE)) return NOT_IMPLEMENTED;
    int r = dict_equal(AS(Dict, a), AS(Dict, b));
    if (r < 0) return VNULL;
    return BOOL_V(op == CMP_EQ ? r : !r);
}

static int64_t dict_len_slot(Value self) { return dict_len(AS(Dict, self)); }

static Value dict_subscript(Value self, Value key) {
    Dict *d = AS(Dict, self);
    Value v = dict_get(d, key);
    if (v) return v;
    if (err_occurred()) return VNULL;
    if (!IS_EXACT(self, dict_type)) {
        bool found = false;
        Value r = obj_call_special(self, ID(__missing__), &key, 1, &found);
        if (found || r) return r;
    }
    return err_set_arg(&KeyError_type, key);
}

static int dict_ass_sub(Value self, Value key, Value v) {
    Dict *d = AS(Dict, self);
    if (v) return dict_set(d, key, v);
    int r = dict_del(d, key);
    if (r < 0) return -1;
    if (r == 0) {
        err_set_arg(&KeyError_type, key);
        return -1;
    }
    return 0;
}

static int dict_contains_slot(Value self, Value key) {
    Value v = dict_get(AS(Dict, self), key);
    if (v) return 1;
    return err_occurred() ? -1 : 0;
}

static Value dict_or(Value a, Value b) {
    if (!IS_DICT(a) || !IS_DICT(b)) return NOT_IMPLEMENTED;
    Dict *r = dict_copy(AS(Dict, a));
    if (!r) return VNULL;
    if (dict_update(r, b) < 0) return VNULL;
    return OBJ_VAL(r);
}

static Value dict_ior(Value a, Value b) {
    if (!IS_DICT(a)) return NOT_IMPLEMENTED;
    if (dict_update(AS(Dict, a), b) < 0) return VNULL;
    return a;
}

static Value dict_new_slot(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    Dict *d = dict_alloc(t);
    return d ? OBJ_VAL(d) : VNULL;
}

static Value dict_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (update_common(AS(Dict, self), "dict", args, nargs, kwnames) < 0) return VNULL;
    return NONE;
}

/* ------------------------------------------------------------ methods -- */

Value dictview_new(Type *t, Value d);

static Value m_keys(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("keys", nargs, 0, 0) < 0) return VNULL;
    return dictview_new(&dict_keys_type, self);
}
static Value m_values(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("values", nargs, 0, 0) < 0) return VNULL;
    return dictview_new(&dict_values_type, self);
}
static Value m_items(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("items", nargs, 0, 0) < 0) return VNULL;
    return dictview_new(&dict_items_type, self);
}

static Value m_get(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("get", nargs, 1, 2) < 0) return VNULL;
    Value v = dict_get(AS(Dict, self), args[0]);
    if (v) return v;
    if (err_occurred()) return VNULL;
    return nargs > 1 ? args[1] : NONE;
}

static Value m_setdefault(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("setdefault", nargs, 1, 2) < 0) return VNULL;
    Value dflt = nargs > 1 ? args[1] : NONE;
    int64_t h = key_hash(args[0]);
    if (h == -1 && err_occurred()) return VNULL;
    Value out = VNULL;
    if (dict_store(AS(Dict, self), args[0], h, dflt, 1, &out) < 0) return VNULL;
    return out;
}

static Value m_pop(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("pop", nargs, 1, 2) < 0) return VNULL;
    return dict_pop_value(AS(Dict, self), args[0], nargs > 1 ? args[1] : VNULL);
}

static Value m_popitem(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("popitem", nargs, 0, 0) < 0) return VNULL;
    Dict *d = AS(Dict, self);
    wlock_acquire(&d->lock);
    DictTable *t = d->table;
    if (!t || d->used == 0) {
        wlock_release(&d->lock);
        return err_str(&KeyError_type, "popitem(): dictionary is empty");
    }
    int64_t i = t->nentries - 1;
    while (i >= 0 && !tbl_entries(t)[i].key) i--;
    Value k = tbl_entries(t)[i].key, v = tbl_entries(t)[i].value;
    delete_entry_locked(d, i);
    wlock_release(&d->lock);
    return OBJ_VAL(tuple_pack(2, k, v));
}

static Value m_update(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (update_common(AS(Dict, self), "update", args, nargs, kwnames) < 0) return VNULL;
    return NONE;
}

static Value m_copy(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("copy", nargs, 0, 0) < 0) return VNULL;
    Dict *r = dict_copy(AS(Dict, self));
    return r ? OBJ_VAL(r) : VNULL;
}

static Value m_clear(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("clear", nargs, 0, 0) < 0) return VNULL;
    dict_clear(AS(Dict, self));
    return NONE;
}

static Value m_fromkeys(Value cls, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("fromkeys", nargs, 1, 2) < 0) return VNULL;
    Value v = nargs > 1 ? args[1] : NONE;
    Value d = obj_call0(cls);
    if (!d) return VNULL;
    bool fast = IS_EXACT(d, dict_type);
    if (fast && IS_DICT(args[0]) && val_type(args[0])->iter == dict_iter) {
        Dict *src = dict_copy(AS(Dict, args[0]));   /* one state of it */
        if (!src) return VNULL;
        int64_t pos = 0, h;
        Value k;
        while (dict_next_hash(src, &pos, &k, NULL, &h))
            if (dict_set_hash(AS(Dict, d), k, h, v) < 0) return VNULL;
        return d;
    }
    Value it = cont_stable_iter(args[0]);
    if (!it) return VNULL;
    for (;;) {
        Value k = obj_iternext(it);
        if (!k) return err_occurred() ? VNULL : d;
        if ((fast ? dict_set(AS(Dict, d), k, v) : obj_setitem(d, k, v)) < 0) return VNULL;
    }
}

static Value m_getitem(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("__getitem__", nargs, 1, 1) < 0) return VNULL;
    return dict_subscript(self, args[0]);
}

static Value m_contains(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("__contains__", nargs, 1, 1) < 0) return VNULL;
    int r = dict_contains_slot(self, args[0]);
    return r < 0 ? VNULL : BOOL_V(r);
}

Value dict_reversed_iter(Value self);

static Value m_reversed(Value self, Value *args, size_t nargs, Tuple *kw) {
    return dict_reversed_iter(self);
}

static Value m_class_getitem(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("__class_getitem__", nargs, 1, 1) < 0) return VNULL;
    return generic_alias_new(self, args[0]);
}

static Value m_sizeof(Value self, Value *args, size_t nargs, Tuple *kw) {
    DictTable *t = ld_table(AS(Dict, self));
    return MK_INT(48 + (t ? t->usable * 24 + t->size * 4 : 0));
}

static const MethodDef dict_methods[] = {
    {"keys", m_keys, METH_NOKW, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", m_values, METH_NOKW, "D.values() -> an object providing a view on D's values"},
    {"items", m_items, METH_NOKW, "D.items() -> a set-like object providing a view on D's items"},
    {"get", m_get, METH_NOKW, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, METH_NOKW, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", m_pop, METH_NOKW, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", m_popitem, METH_NOKW, "Remove and return a (key, value) pair as a 2-tuple."},
    {"update", m_update, 0, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"copy", m_copy, METH_NOKW, "D.copy() -> a shallow copy of D"},
    {"clear", m_clear, METH_NOKW, "D.clear() -> None.  Remove all items from D."},
    {"fromkeys", m_fromkeys, METH_NOKW | METH_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"__getitem__", m_getitem, METH_NOKW, NULL},
    {"__contains__", m_contains, METH_NOKW, NULL},
    {"__reversed__", m_reversed, METH_NOKW, NULL},
    {"__class_getitem__", m_class_getitem, METH_NOKW | METH_CLASS, NULL},
    {"__sizeof__", m_sizeof, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type dict_type = {
    .hdr = {&type_type},
    .name = "dict",
    .basicsize = sizeof(Dict),
    .flags = TF_BASETYPE | TF_DICT_SUBCLASS,
    .trace = dict_trace,
    .new_ = dict_new_slot,
    .init = dict_init,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .len = dict_len_slot,
    .getitem = dict_subscript,
    .setitem = dict_ass_sub,
    .contains = dict_contains_slot,
    .nb = {[NB_OR] = dict_or},
    .nb_inplace = {[NB_OR] = dict_ior},
    .methods = dict_methods,
    .doc = "dict() -> new empty dictionary",
};
