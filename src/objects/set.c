/* set.c - set and frozenset.
 *
 * The table replicates CPython 3.11's set layout so that iteration order
 * (which programs print) matches: an open-addressed array of (key, hash)
 * entries, 8 slots initially; a probe visits a run of up to 10 adjacent
 * slots (when they fit before the end of the table), then jumps to
 * (i*5 + 1 + perturb) & mask with perturb >>= 5 each jump; deleted entries
 * become a dummy that a later insertion may reuse (the last dummy seen
 * before an empty slot); the table grows when fill*5 >= mask*3 to the
 * smallest power of two above used*4 (used*2 past 50,000 entries), and
 * bulk merges presize as CPython does.
 *
 * Thread-safety:
 *  - frozenset: immutable once published (built before anyone sees it).
 *  - set: readers take no lock: they load the table (acquire) and probe;
 *    an insertion writes the entry's hash, then its key with a release
 *    store, so a reader that sees the key sees its hash.  Writers take the
 *    set's WLock and bump `version`.  A resize builds a new table and
 *    publishes it with SET_FIELD; the old one stays valid for readers.
 *  - No Python code under the lock: hashes are computed before locking; a
 *    probe that needs Python __eq__ notes the version, unlocks, looks the
 *    key up lock-free, relocks and restarts if the version moved.
 *  - C loops over another set (merges, algebra, subset tests, repr, copies)
 *    walk stable(): the set itself if frozen, else a copy of its table
 *    taken under its lock, so they see one state of it (never two locks
 *    held at once).  Iterators claim each position with a CAS.
 */
#include <string.h>

#include "../runtime.h"
#include "slots.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct SetEntry {
    Value key;         /* VNULL: empty; DUMMY: deleted */
    int64_t hash;
} SetEntry;

struct SetTable {
    Obj hdr;
    int64_t mask;
    int64_t fill;      /* active + dummy entries */
    SetEntry entries[];
};

static Obj set_dummy_obj = {&object_type};
#define DUMMY OBJ_VAL(&set_dummy_obj)

static inline SetTable *ld_table(Set *s) { return __atomic_load_n(&s->table, __ATOMIC_ACQUIRE); }
static inline Value ld_key(SetEntry *e) { return __atomic_load_n(&e->key, __ATOMIC_ACQUIRE); }
static inline void bump(Set *s) { __atomic_store_n(&s->version, s->version + 1, __ATOMIC_RELEASE); }
static inline void st_used(Set *s, int64_t n) { __atomic_store_n(&s->used, n, __ATOMIC_RELEASE); }

static void settable_trace(Obj *o, Tracer *tr) {
    SetTable *t = (SetTable *)o;
    for (int64_t i = 0; i <= t->mask; i++) {
        Value k = t->entries[i].key;
        if (k && k != DUMMY) gc_mark(tr, k);
    }
}

Type settable_type = {
    .hdr = {&type_type},
    .name = "set_table",
    .basicsize = sizeof(SetTable),
    .trace = settable_trace,
};

static SetTable *table_new(int64_t size) {
    if (size > ((int64_t)1 << 40)) {
        err_no_memory();
        return NULL;
    }
    SetTable *t = gc_alloc(&settable_type, sizeof(SetTable) + (size_t)size * sizeof(SetEntry));
    if (!t) return NULL;
    t->mask = size - 1;
    return t;
}

/* The table, allocated on first need (lock held). */
static SetTable *table_of(Set *s) {
    SetTable *t = s->table;
    if (t) return t;
    t = table_new(SET_MINSIZE);
    if (!t) return NULL;
    SET_FIELD(s, s->table, t);
    return t;
}

static inline int64_t tmask(Set *s) {
    SetTable *t = ld_table(s);
    return t ? t->mask : SET_MINSIZE - 1;
}
static inline int64_t tfill(Set *s) {
    SetTable *t = ld_table(s);
    return t ? t->fill : 0;
}

/* Store into a private (unpublished) table: no dummies, key absent. */
static void insert_clean(SetTable *t, Value key, int64_t hash) {
    uint64_t mask = (uint64_t)t->mask, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    SetEntry *e;
    for (;;) {
        e = &t->entries[i];
        if (!e->key) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    RELAXED_ST(e->hash, hash);
    SET_FIELD(t, e->key, key);
}

/* Rebuild for at least `minused` entries; lock held (or set private). */
static int table_resize(Set *s, int64_t minused) {
    int64_t newsize = SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    SetTable *old = s->table;
    SetTable *t = table_new(newsize);
    if (!t) return -1;
    if (old) {
        for (int64_t i = 0; i <= old->mask; i++) {
            SetEntry *e = &old->entries[i];
            if (e->key && e->key != DUMMY) insert_clean(t, e->key, e->hash);
        }
    }
    t->fill = s->used;
    SET_FIELD(s, s->table, t);
    bump(s);
    return 0;
}

/* ------------------------------------------------------------ lookup -- */

enum { SK_ABSENT = -1, SK_ERROR = -2, SK_SLOW = -3 };

/* Probe t for key: index of the active entry, or SK_ABSENT with *ins the
 * insertion slot; without allow_python SK_SLOW when Python __eq__ would be
 * needed; with it SK_ERROR on error and SK_SLOW if the set changed under
 * a comparison. */
static int64_t probe(Set *s, SetTable *t, Value key, int64_t hash, bool allow_python, int64_t *ins) {
    uint64_t mask = (uint64_t)t->mask, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    int64_t freeslot = -1;
    for (;;) {
        uint64_t j = i;
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            SetEntry *e = &t->entries[j];
            Value k = ld_key(e);
            if (!k) {
                if (ins) *ins = freeslot >= 0 ? freeslot : (int64_t)j;
                return SK_ABSENT;
            }
            if (k == DUMMY) {
                freeslot = (int64_t)j; /* CPython keeps the last dummy seen */
            } else if (RELAXED_LD(e->hash) == hash) {
                if (k == key) return (int64_t)j;
                int r = cont_fast_eq(k, key, 0);
                if (r == 2) {
                    if (!allow_python) return SK_SLOW;
                    r = obj_eq(k, key);
                    if (r < 0) return SK_ERROR;
                    if (ld_table(s) != t || ld_key(e) != k) return SK_SLOW;
                }
                if (r) return (int64_t)j;
            }
            j++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Lock-free lookup with a known hash: the entry index in *tout's table,
 * SK_ABSENT or SK_ERROR. */
static int64_t lookup_index(Set *s, Value key, int64_t hash, SetTable **tout) {
    for (;;) {
        SetTable *t = ld_table(s);
        if (tout) *tout = t;
        if (!t) return SK_ABSENT;
        int64_t r = probe(s, t, key, hash, true, NULL);
        if (r != SK_SLOW) return r;
    }
}

/* Lock-free membership with a known hash: 1, 0, -1. */
static int contains_entry(Set *s, Value key, int64_t hash) {
    int64_t r = lookup_index(s, key, hash, NULL);
    if (r == SK_ERROR) return -1;
    return r >= 0;
}

/* Find key with the lock held, dropping it for Python __eq__.  Returns with
 * the lock held (entry index or SK_ABSENT with *ins), or SK_ERROR with the
 * lock released. */
static int64_t find_locked(Set *s, Value key, int64_t hash, int64_t *ins) {
    for (;;) {
        SetTable *t = table_of(s);
        if (!t) {
            wlock_release(&s->lock);
            return SK_ERROR;
        }
        int64_t r = probe(s, t, key, hash, false, ins);
        if (r != SK_SLOW) return r;
        uint64_t ver = s->version;
        wlock_release(&s->lock);
        SetTable *lt;
        r = lookup_index(s, key, hash, &lt);
        wlock_acquire(&s->lock);
        if (r == SK_ERROR) {
            wlock_release(&s->lock);
            return SK_ERROR;
        }
        /* the answer holds only if nothing changed while unlocked */
        if (s->version != ver || s->table != t || lt != t) continue;
        if (r >= 0) return r;
        /* absent: compute the insertion slot without comparisons */
        uint64_t mask = (uint64_t)t->mask, perturb = (uint64_t)hash;
        uint64_t i = (uint64_t)hash & mask;
        int64_t freeslot = -1;
        for (;;) {
            uint64_t j = i;
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            do {
                SetEntry *e = &t->entries[j];
                if (!e->key) {
                    *ins = freeslot >= 0 ? freeslot : (int64_t)j;
                    return SK_ABSENT;
                }
                if (e->key == DUMMY) freeslot = (int64_t)j;
                j++;
            } while (probes--);
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }
}

/* set_add_entry: 0 ok (added or present), -1 error. */
static int add_entry(Set *s, Value key, int64_t hash) {
    wlock_acquire(&s->lock);
    int64_t ins = -1;
    int64_t r = find_locked(s, key, hash, &ins);
    if (r == SK_ERROR) return -1;
    if (r >= 0) {
        wlock_release(&s->lock);
        return 0;
    }
    SetTable *t = s->table;
    SetEntry *e = &t->entries[ins];
    bool was_dummy = e->key == DUMMY;
    RELAXED_ST(e->hash, hash);
    /* release: a reader that sees the key sees its hash */
    SET_FIELD(t, e->key, key);
    st_used(s, s->used + 1);
    bump(s);
    int rc = 0;
    if (!was_dummy) {
        t->fill++;
        if (t->fill * 5 >= t->mask * 3)
            rc = table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    }
    wlock_release(&s->lock);
    return rc;
}

/* Remove: 1 removed, 0 absent, -1 error. */
static int discard_entry(Set *s, Value key, int64_t hash) {
    if (!ld_table(s)) return 0;
    wlock_acquire(&s->lock);
    int64_t ins;
    int64_t r = find_locked(s, key, hash, &ins);
    if (r == SK_ERROR) return -1;
    if (r < 0) {
        wlock_release(&s->lock);
        return 0;
    }
    SetEntry *e = &s->table->entries[r];
    RELAXED_ST(e->hash, (int64_t)-1);
    SET_FIELD(s->table, e->key, DUMMY);
    st_used(s, s->used - 1);
    bump(s);
    wlock_release(&s->lock);
    return 1;
}

/* Hash a key; a set used as a key is looked up as a frozenset. */
static int64_t key_hash(Value *key) {
    Value k = *key;
    if (IS_INT(k)) return int_hash(k);
    if (IS_STR_EXACT(k)) {
        /* relaxed: the cached hash is filled by racing threads with equal values */
        int64_t h = __atomic_load_n(&AS(Str, k)->hash, __ATOMIC_RELAXED);
        return h != -1 ? h : str_hash(AS(Str, k));
    }
    int64_t h = obj_hash(k);
    if (h == -1 && IS_SET_OR_FROZEN(k) && err_matches(&TypeError_type)) {
        err_clear();
        Set *f = set_from_iterable(&frozenset_type, k);
        if (!f) return -1;
        *key = OBJ_VAL(f);
        h = obj_hash(*key);
    }
    return h;
}

static int64_t plain_hash(Value k) {
    if (IS_INT(k)) return int_hash(k);
    if (IS_STR_EXACT(k)) {
        /* relaxed: the cached hash is filled by racing threads with equal values */
        int64_t h = __atomic_load_n(&AS(Str, k)->hash, __ATOMIC_RELAXED);
        return h != -1 ? h : str_hash(AS(Str, k));
    }
    return obj_hash(k);
}

int set_add(Set *s, Value key) {
    int64_t h = plain_hash(key);
    if (h == -1 && err_occurred()) return -1;
    return add_entry(s, key, h);
}

int set_contains(Set *s, Value key) {
    int64_t h = key_hash(&key);
    if (h == -1 && err_occurred()) return -1;
    return contains_entry(s, key, h);
}

int set_discard(Set *s, Value key) {
    int64_t h = key_hash(&key);
    if (h == -1 && err_occurred()) return -1;
    return discard_entry(s, key, h);
}


static bool next_entry(Set *s, int64_t *pos, Value *key, int64_t *hash) {
    SetTable *t = ld_table(s);
    if (!t) return false;
    for (int64_t i = *pos; i <= t->mask; i++) {
        SetEntry *e = &t->entries[i];
        Value k = ld_key(e);
        if (k && k != DUMMY) {
            *pos = i + 1;
            *key = k;
            if (hash) *hash = RELAXED_LD(e->hash);
            return true;
        }
    }
    *pos = t->mask + 1;
    return false;
}

bool set_next(Set *s, int64_t *pos, Value *key) { return next_entry(s, pos, key, NULL); }

static inline bool is_frozen(Set *s) { return type_is_subtype(s->hdr.type, &frozenset_type); }

/* A set nobody mutates that holds s's keys at one instant: s itself when it
 * is a frozenset (immutable once published), else a copy of its table made
 * under its lock.  C loops that walk a set another thread may mutate
 * (merges, algebra, subset tests, repr) walk this instead, so they see one
 * state of it: a resize in the middle cannot make them miss a key present
 * throughout or see one twice.  NULL on MemoryError. */
static Set *stable(Set *s) {
    if (is_frozen(s)) return s;
    Set *c = set_new_of_type(&frozenset_type);
    if (!c) return NULL;
    for (;;) {
        SetTable *t0 = ld_table(s);
        int64_t size = t0 ? t0->mask + 1 : 0;
        SetTable *nt = size ? table_new(size) : NULL;
        if (size && !nt) return NULL;
        wlock_acquire(&s->lock);
        SetTable *t = s->table;
        if ((t ? t->mask + 1 : 0) != size) {   /* resized meanwhile */
            wlock_release(&s->lock);
            continue;
        }
        /* writers are locked out, so the copy is one state (barrier below) */
        if (t) {
            memcpy(nt->entries, t->entries, (size_t)size * sizeof(SetEntry));
            nt->fill = t->fill;
        }
        int64_t used = s->used;
        wlock_release(&s->lock);
        if (nt) {
            gc_barrier_bulk(&nt->hdr);
            SET_FIELD(c, c->table, nt);
        }
        st_used(c, used);
        return c;
    }
}

ValArray *set_snapshot(Set *s, int64_t *n) {
    bool frozen = is_frozen(s);
    for (;;) {
        int64_t want = set_len(s);
        ValArray *a = valarray_new(want);
        if (!a) return NULL;
        if (!frozen) wlock_acquire(&s->lock);
        if (s->used > want) {      /* grew meanwhile: allocate again */
            if (!frozen) wlock_release(&s->lock);
            continue;
        }
        SetTable *t = s->table;
        int64_t k = 0;
        /* plain stores: `a` is private until returned (barrier below) */
        for (int64_t i = 0; t && i <= t->mask; i++) {
            Value key = t->entries[i].key;
            if (key && key != DUMMY) a->items[k++] = key;
        }
        if (!frozen) wlock_release(&s->lock);
        gc_barrier_bulk(&a->hdr);
        *n = k;
        return a;
    }
}

static void set_clear_internal(Set *s) {
    wlock_acquire(&s->lock);
    SET_FIELD(s, s->table, (SetTable *)NULL);
    st_used(s, 0);
    bump(s);
    wlock_release(&s->lock);
}

/* ---------------------------------------------------------- creation -- */

Set *set_new_of_type(Type *t) {
    Set *s = (t == &set_type || t == &frozenset_type) ? gc_alloc(t, sizeof(Set))
                                                      : gc_alloc_instance(t, sizeof(Set));
    if (!s) return NULL;
    s->hash = -1;
    return s;
}

Set *set_new(void) { return set_new_of_type(&set_type); }
Set *frozenset_new(void) { return set_new_of_type(&frozenset_type); }

/* CPython's table size for merging `used` keys into an empty set. */
static int64_t merge_size(int64_t used) {
    int64_t size = SET_MINSIZE;
    if (used * 5 >= (SET_MINSIZE - 1) * 3)
        while (size <= used * 2) size <<= 1;
    return size;
}

/* A private table holding o's keys, sized and laid out as CPython's merge
 * into an empty set lays them out (so iteration order matches), read under
 * o's lock (a frozenset needs none): one state of o, copied once.  *n gets
 * the number of keys.  NULL on MemoryError. */
static SetTable *merged_table(Set *o, int64_t *n) {
    bool frozen = is_frozen(o);
    for (;;) {
        int64_t size = merge_size(set_len(o));
        SetTable *t = table_new(size);
        if (!t) return NULL;
        if (!frozen) wlock_acquire(&o->lock);
        int64_t used = o->used;
        if (merge_size(used) != size) {   /* o changed size meanwhile */
            if (!frozen) wlock_release(&o->lock);
            continue;
        }
        SetTable *ot = o->table;
        bool copied = false;
        if (ot && used && ot->fill == used && ot->mask == t->mask) {
            /* same size, no dummies: the same slots */
            memcpy(t->entries, ot->entries, (size_t)size * sizeof(SetEntry));
            copied = true;
        } else if (ot && used) {
            for (int64_t i = 0; i <= ot->mask; i++) {
                Value k = ot->entries[i].key;
                if (k && k != DUMMY) insert_clean(t, k, ot->entries[i].hash);
            }
        }
        if (!frozen) wlock_release(&o->lock);
        if (copied) gc_barrier_bulk(&t->hdr);
        t->fill = used;
        *n = used;
        return t;
    }
}

/* Merge another set's entries (hashes known). */
static int set_merge(Set *s, Set *o) {
    if (s == o) return 0;
    if (!ld_table(s)) {
        /* empty target (set(x), copy(), x | y): build its table privately
         * from one state of o, then publish it */
        int64_t n;
        SetTable *t = merged_table(o, &n);
        if (!t) return -1;
        if (n == 0) return 0;
        wlock_acquire(&s->lock);
        if (!s->table) {
            SET_FIELD(s, s->table, t);
            st_used(s, n);
            bump(s);
            wlock_release(&s->lock);
            return 0;
        }
        wlock_release(&s->lock);
        /* s gained keys meanwhile: add t's (private, so stable) one by one */
        for (int64_t i = 0; i <= t->mask; i++) {
            Value k = t->entries[i].key;
            if (k && add_entry(s, k, t->entries[i].hash) < 0) return -1;
        }
        return 0;
    }
    Set *orig = o;
    o = stable(o);
    if (!o) return -1;
    bool fresh = o != orig;   /* o's table is a private copy we may adopt */
    SetTable *ot = ld_table(o);
    int64_t oused = set_len(o);
    if (!ot || oused == 0) return 0;
    wlock_acquire(&s->lock);
    SetTable *st = s->table;
    int64_t fill = st ? st->fill : 0, mask = st ? st->mask : SET_MINSIZE - 1;
    if ((fill + oused) * 5 >= mask * 3) {
        if (table_resize(s, (s->used + oused) * 2) < 0) {
            wlock_release(&s->lock);
            return -1;
        }
        st = s->table;
        fill = st->fill;
        mask = st->mask;
    }
    if (fill == 0 && ot->fill == oused && mask == ot->mask) {
        /* empty target of the same size, no dummies: copy the slots */
        SetTable *t = fresh ? ot : table_new(ot->mask + 1);
        if (!t) {
            wlock_release(&s->lock);
            return -1;
        }
        if (!fresh) {
            memcpy(t->entries, ot->entries, (size_t)(ot->mask + 1) * sizeof(SetEntry));
            gc_barrier_bulk(&t->hdr);
        }
        t->fill = oused;
        SET_FIELD(s, s->table, t);
        st_used(s, oused);
        bump(s);
        wlock_release(&s->lock);
        return 0;
    }
    if (fill == 0) {
        SetTable *t = table_of(s);
        if (!t) {
            wlock_release(&s->lock);
            return -1;
        }
        int64_t n = 0;
        for (int64_t i = 0; i <= ot->mask; i++) {
            SetEntry *e = &ot->entries[i];
            Value k = ld_key(e);
            if (k && k != DUMMY) {
                insert_clean(t, k, RELAXED_LD(e->hash));
                n++;
            }
        }
        t->fill = n;
        st_used(s, n);
        bump(s);
        wlock_release(&s->lock);
        return 0;
    }
    wlock_release(&s->lock);
    for (int64_t i = 0; i <= ot->mask; i++) {
        SetEntry *e = &ot->entries[i];
        Value k = ld_key(e);
        if (k && k != DUMMY && add_entry(s, k, RELAXED_LD(e->hash)) < 0) return -1;
    }
    return 0;
}

/* set_update_internal */
int set_update(Set *s, Value other) {
    if (IS_SET_OR_FROZEN(other)) return set_merge(s, AS(Set, other));
    if (IS_EXACT(other, dict_type)) {
        /* a copy made under the dict's lock: one state of it */
        Dict *d = dict_copy(AS(Dict, other));
        if (!d) return -1;
        int64_t dsize = dict_len(d);
        wlock_acquire(&s->lock);
        int rc = 0;
        if ((tfill(s) + dsize) * 5 >= tmask(s) * 3) rc = table_resize(s, (s->used + dsize) * 2);
        wlock_release(&s->lock);
        if (rc < 0) return -1;
        int64_t pos = 0, h;
        Value k;
        while (dict_next_hash(d, &pos, &k, NULL, &h))
            if (add_entry(s, k, h) < 0) return -1;
        return 0;
    }
    ValArray *snap;
    int64_t n;
    int r = cont_snapshot_iterable(other, &snap, &n);   /* dict views */
    if (r < 0) return -1;
    if (r) {
        for (int64_t i = 0; i < n; i++)
            if (set_add(s, snap->items[i]) < 0) return -1;
        return 0;
    }
    Value it = obj_getiter(other);
    if (!it) return -1;
    UnaryFn next = val_type(it)->iternext;
    for (;;) {
        Value k = next ? next(it) : obj_iternext(it);
        if (!k) return err_occurred() ? -1 : 0;
        if (set_add(s, k) < 0) return -1;
    }
}

int set_merge_iterable(Set *s, Value iterable) { return set_update(s, iterable); }

Set *set_from_iterable(Type *t, Value iterable) {
    Set *s = set_new_of_type(t);
    if (!s) return NULL;
    if (iterable && set_update(s, iterable) < 0) return NULL;
    return s;
}

Set *frozenset_const_from_array(const Value *items, int64_t n) {
    Tuple *t = tuple_from_array(items, n);
    if (!t) return NULL;
    Set *f1 = set_from_iterable(&frozenset_type, OBJ_VAL(t));
    if (!f1) return NULL;
    /* CPython's constant merging rebuilds the frozenset from its own
     * iteration order; the displayed order comes from this second build. */
    Tuple *t2 = tuple_new(set_len(f1));
    if (!t2) return NULL;
    int64_t pos = 0, i = 0;
    Value k;
    while (set_next(f1, &pos, &k)) SET_FIELD(t2, t2->items[i++], k);
    return set_from_iterable(&frozenset_type, OBJ_VAL(t2));
}

static Type *base_type(Set *s) {
    return type_is_subtype(s->hdr.type, &frozenset_type) ? &frozenset_type : &set_type;
}

static Set *set_copy(Set *s) { return set_from_iterable(base_type(s), OBJ_VAL(s)); }

/* ------------------------------------------------------------- algebra -- */

static Value set_intersection(Set *s, Value other) {
    if (OBJ_VAL(s) == other) return OBJ_VAL(set_copy(s));
    Set *r = set_new_of_type(base_type(s));
    if (!r) return VNULL;
    if (IS_SET_OR_FROZEN(other)) {
        Set *a = s, *b = AS(Set, other);
        if (set_len(b) > set_len(a)) {
            Set *t = a;
            a = b;
            b = t;
        }
        if (!(b = stable(b))) return VNULL;
        int64_t pos = 0, h;
        Value k;
        while (next_entry(b, &pos, &k, &h)) {
            int c = contains_entry(a, k, h);
            if (c < 0) return VNULL;
            if (c && add_entry(r, k, h) < 0) return VNULL;
        }
        return OBJ_VAL(r);
    }
    Value it = cont_stable_iter(other);
    if (!it) return VNULL;
    for (;;) {
        Value k = obj_iternext(it);
        if (!k) return err_occurred() ? VNULL : OBJ_VAL(r);
        int64_t h = plain_hash(k);
        if (h == -1 && err_occurred()) return VNULL;
        int c = contains_entry(s, k, h);
        if (c < 0) return VNULL;
        if (c && add_entry(r, k, h) < 0) return VNULL;
    }
}

/* set_difference_update_internal; returns s or VNULL. */
static int difference_update_internal(Set *s, Value other) {
    if (OBJ_VAL(s) == other) {
        set_clear_internal(s);
        return 0;
    }
    if (IS_SET_OR_FROZEN(other)) {
        Set *o = stable(AS(Set, other));
        if (!o) return -1;
        int64_t pos = 0, h;
        Value k;
        while (next_entry(o, &pos, &k, &h))
            if (discard_entry(s, k, h) < 0) return -1;
    } else {
        Value it = cont_stable_iter(other);
        if (!it) return -1;
        for (;;) {
            Value k = obj_iternext(it);
            if (!k) {
                if (err_occurred()) return -1;
                break;
            }
            if (set_discard(s, k) < 0) return -1;
        }
    }
    /* more than a quarter dummies: rebuild */
    wlock_acquire(&s->lock);
    int rc = 0;
    if (s->table && (s->table->fill - s->used) > s->table->mask / 4)
        rc = table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    wlock_release(&s->lock);
    return rc;
}

Value set_difference_update(Set *s, Value other) {
    return difference_update_internal(s, other) < 0 ? VNULL : OBJ_VAL(s);
}

static Value set_difference(Set *s, Value other) {
    int64_t osize;
    if (IS_SET_OR_FROZEN(other)) osize = set_len(AS(Set, other));
    else if (IS_EXACT(other, dict_type)) osize = dict_len(AS(Dict, other));
    else osize = -1;
    if (osize < 0 || (set_len(s) >> 2) > osize) {
        Set *r = set_copy(s);
        if (!r) return VNULL;
        if (difference_update_internal(r, other) < 0) return VNULL;
        return OBJ_VAL(r);
    }
    Set *r = set_new_of_type(base_type(s));
    if (!r) return VNULL;
    Set *ss = stable(s);
    if (!ss) return VNULL;
    int64_t pos = 0, h;
    Value k;
    while (next_entry(ss, &pos, &k, &h)) {
        int c;
        if (IS_EXACT(other, dict_type)) {
            Value v = dict_get_hash(AS(Dict, other), k, h);
            if (!v && err_occurred()) return VNULL;
            c = v != VNULL;
        } else {
            c = contains_entry(AS(Set, other), k, h);
            if (c < 0) return VNULL;
        }
        if (!c && add_entry(r, k, h) < 0) return VNULL;
    }
    return OBJ_VAL(r);
}

Value set_symmetric_difference_update(Set *s, Value other) {
    if (OBJ_VAL(s) == other) {
        set_clear_internal(s);
        return OBJ_VAL(s);
    }
    if (IS_EXACT(other, dict_type)) {
        Dict *d = dict_copy(AS(Dict, other));   /* one state of it */
        if (!d) return VNULL;
        int64_t pos = 0, h;
        Value k;
        while (dict_next_hash(d, &pos, &k, NULL, &h)) {
            int r = discard_entry(s, k, h);
            if (r < 0) return VNULL;
            if (r == 0 && add_entry(s, k, h) < 0) return VNULL;
        }
        return OBJ_VAL(s);
    }
    Set *o;
    if (IS_SET_OR_FROZEN(other)) {
        if (!(o = stable(AS(Set, other)))) return VNULL;
    } else {
        o = set_from_iterable(base_type(s), other);
        if (!o) return VNULL;
    }
    int64_t pos = 0, h;
    Value k;
    while (next_entry(o, &pos, &k, &h)) {
        int r = discard_entry(s, k, h);
        if (r < 0) return VNULL;
        if (r == 0 && add_entry(s, k, h) < 0) return VNULL;
    }
    return OBJ_VAL(s);
}

static Value set_symmetric_difference(Set *s, Value other) {
    Set *o = set_from_iterable(base_type(s), other);
    if (!o) return VNULL;
    if (!set_symmetric_difference_update(o, OBJ_VAL(s))) return VNULL;
    return OBJ_VAL(o);
}

static int set_issubset_internal(Set *s, Value other) {
    if (!IS_SET_OR_FROZEN(other)) {
        Set *tmp = set_from_iterable(&set_type, other);
        if (!tmp) return -1;
        other = OBJ_VAL(tmp);
    }
    Set *o = AS(Set, other);
    if (set_len(s) > set_len(o)) return 0;
    if (!(s = stable(s))) return -1;
    int64_t pos = 0, h;
    Value k;
    while (next_entry(s, &pos, &k, &h)) {
        int c = contains_entry(o, k, h);
        if (c <= 0) return c;
    }
    return 1;
}

static int set_issuperset_internal(Set *s, Value other) {
    if (IS_SET_OR_FROZEN(other)) return set_issubset_internal(AS(Set, other), OBJ_VAL(s));
    Value it = cont_stable_iter(other);
    if (!it) return -1;
    for (;;) {
        Value k = obj_iternext(it);
        if (!k) return err_occurred() ? -1 : 1;
        int c = set_contains(s, k);
        if (c <= 0) return c;
    }
}

/* Replace s's contents by tmp's (tmp is private). */
static void swap_bodies(Set *s, Set *tmp) {
    wlock_acquire(&s->lock);
    SET_FIELD(s, s->table, tmp->table);
    st_used(s, tmp->used);
    __atomic_store_n(&s->hash, (int64_t)-1, __ATOMIC_RELAXED);
    bump(s);
    wlock_release(&s->lock);
}

/* -------------------------------------------------------------- slots -- */

static void set_trace(Obj *o, Tracer *tr) { GC_MARK(tr, ((Set *)o)->table); }

static Str *set_repr(Value self) {
    Set *s = AS(Set, self);
    Type *t = val_type(self);
    if (set_len(s) == 0) return str_format("%s()", type_name(t));
    int r = repr_enter(self);
    if (r < 0) return NULL;
    if (r > 0) return str_format("%s(...)", type_name(t));
    Str *res = NULL;
    int64_t n;
    ValArray *snap = set_snapshot(s, &n);
    if (!snap) goto done;
    List *keys = list_from_array(snap->items, n);
    if (!keys) goto done;
    Str *lr = obj_repr(OBJ_VAL(keys));
    if (!lr) goto done;
    Str *inner = str_slice(lr, 1, lr->len - 1);
    if (!inner) goto done;
    if (t == &set_type) res = str_format("{%U}", inner);
    else res = str_format("%s({%U})", type_name(t), inner);
done:
    repr_leave(self);
    return res;
}

static int64_t shuffle_bits(uint64_t h) { return (int64_t)(((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL); }

static int64_t frozenset_hash(Value self) {
    Set *s = AS(Set, self);
    int64_t cached = __atomic_load_n(&s->hash, __ATOMIC_RELAXED);
    if (cached != -1) return cached;
    uint64_t hash = 0;
    int64_t pos = 0, h;
    Value k;
    while (next_entry(s, &pos, &k, &h)) hash ^= (uint64_t)shuffle_bits((uint64_t)h);
    hash ^= ((uint64_t)set_len(s) + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    /* racing threads store the same value */
    __atomic_store_n(&s->hash, (int64_t)hash, __ATOMIC_RELAXED);
    return (int64_t)hash;
}

static Value set_richcompare(Value a, Value b, int op) {
    if (!IS_SET_OR_FROZEN(b)) return NOT_IMPLEMENTED;
    Set *v = AS(Set, a), *w = AS(Set, b);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (set_len(v) != set_len(w)) r = 0;
        else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) r = 0;
        else r = set_issubset_internal(v, b);
        if (r < 0) return VNULL;
        return BOOL_V(op == CMP_EQ ? r : !r);
    case CMP_LE: r = set_issubset_internal(v, b); break;
    case CMP_GE: r = set_issuperset_internal(v, b); break;
    case CMP_LT: r = set_len(v) >= set_len(w) ? 0 : set_issubset_internal(v, b); break;
    default: r = set_len(v) <= set_len(w) ? 0 : set_issuperset_internal(v, b); break;
    }
    if (r < 0) return VNULL;
    return BOOL_V(r);
}

static int64_t set_len_slot(Value self) { return set_len(AS(Set, self)); }

static int set_contains_slot(Value self, Value key) { return set_contains(AS(Set, self), key); }

static Value set_or(Value a, Value b) {
    if (!IS_SET_OR_FROZEN(a) || !IS_SET_OR_FROZEN(b)) return NOT_IMPLEMENTED;
    Set *r = set_copy(AS(Set, a));
    if (!r) return VNULL;
    if (a != b && set_update(r, b) < 0) return VNULL;
    return OBJ_VAL(r);
}

static Value set_and(Value a, Value b) {
    if (!IS_SET_OR_FROZEN(a) || !IS_SET_OR_FROZEN(b)) return NOT_IMPLEMENTED;
    return set_intersection(AS(Set, a), b);
}

static Value set_sub(Value a, Value b) {
    if (!IS_SET_OR_FROZEN(a) || !IS_SET_OR_FROZEN(b)) return NOT_IMPLEMENTED;
    return set_difference(AS(Set, a), b);
}

static Value set_xor(Value a, Value b) {
    if (!IS_SET_OR_FROZEN(a) || !IS_SET_OR_FROZEN(b)) return NOT_IMPLEMENTED;
    return set_symmetric_difference(AS(Set, a), b);
}

static Value set_ior(Value a, Value b) {
    if (!IS_SET_OR_FROZEN(b)) return NOT_IMPLEMENTED;
    if (set_update(AS(Set, a), b) < 0) return VNULL;
    return a;
}

static Value set_iand(Value a, Value b) {
    if (!IS_SET_OR_FROZEN(b)) return NOT_IMPLEMENTED;
    Value tmp = set_intersection(AS(Set, a), b);
    if (!tmp) return VNULL;
    swap_bodies(AS(Set, a), AS(Set, tmp));
    return a;
}

static Value set_isub(Value a, Value b) {
    if (!IS_SET_OR_FROZEN(b)) return NOT_IMPLEMENTED;
    if (difference_update_internal(AS(Set, a), b) < 0) return VNULL;
    return a;
}

static Value set_ixor(Value a, Value b) {
    if (!IS_SET_OR_FROZEN(b)) return NOT_IMPLEMENTED;
    return set_symmetric_difference_update(AS(Set, a), b) ? a : VNULL;
}

static Value set_new_slot(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    Set *s = set_new_of_type(t);
    return s ? OBJ_VAL(s) : VNULL;
}

static Value set_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len && val_type(self) == &set_type)
        return err_str(&TypeError_type, "set() takes no keyword arguments");
    if (nargs > 1) return err_format(&TypeError_type, "set expected at most 1 argument, got %zu", nargs);
    Set *s = AS(Set, self);
    if (ld_table(s)) set_clear_internal(s);
    if (nargs && set_update(s, args[0]) < 0) return VNULL;
    return NONE;
}

static Value frozenset_new_slot(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len && t == &frozenset_type)
        return err_str(&TypeError_type, "frozenset() takes no keyword arguments");
    if (nargs > 1) return err_format(&TypeError_type, "frozenset expected at most 1 argument, got %zu", nargs);
    if (t == &frozenset_type && nargs && IS_EXACT(args[0], frozenset_type)) return args[0];
    Set *s = set_from_iterable(t, nargs ? args[0] : VNULL);
    return s ? OBJ_VAL(s) : VNULL;
}

static Value set_iter(Value self);

/* ------------------------------------------------------------ methods -- */

static Value m_add(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("add", nargs, 1, 1) < 0) return VNULL;
    if (set_add(AS(Set, self), args[0]) < 0) return VNULL;
    return NONE;
}

static Value m_clear(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("clear", nargs, 0, 0) < 0) return VNULL;
    set_clear_internal(AS(Set, self));
    return NONE;
}

static Value m_copy(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("copy", nargs, 0, 0) < 0) return VNULL;
    if (IS_EXACT(self, frozenset_type)) return self;
    Set *r = set_copy(AS(Set, self));
    return r ? OBJ_VAL(r) : VNULL;
}

static Value m_discard(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("discard", nargs, 1, 1) < 0) return VNULL;
    if (set_discard(AS(Set, self), args[0]) < 0) return VNULL;
    return NONE;
}

static Value m_remove(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("remove", nargs, 1, 1) < 0) return VNULL;
    int r = set_discard(AS(Set, self), args[0]);
    if (r < 0) return VNULL;
    if (r == 0) return err_set_arg(&KeyError_type, args[0]);
    return NONE;
}

static Value m_pop(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("pop", nargs, 0, 0) < 0) return VNULL;
    return set_pop(AS(Set, self));
}

Value set_pop(Set *s) {
    wlock_acquire(&s->lock);
    SetTable *t = s->table;
    if (!t || s->used == 0) {
        wlock_release(&s->lock);
        return err_str(&KeyError_type, "pop from an empty set");
    }
    int64_t i = s->finger & t->mask;
    while (!t->entries[i].key || t->entries[i].key == DUMMY) {
        i++;
        if (i > t->mask) i = 0;
    }
    Value k = t->entries[i].key;
    RELAXED_ST(t->entries[i].hash, (int64_t)-1);
    SET_FIELD(t, t->entries[i].key, DUMMY);
    st_used(s, s->used - 1);
    s->finger = i + 1;
    bump(s);
    wlock_release(&s->lock);
    return k;
}

static Value m_union(Value self, Value *args, size_t nargs, Tuple *kw) {
    Set *r = set_copy(AS(Set, self));
    if (!r) return VNULL;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (set_update(r, args[i]) < 0) return VNULL;
    }
    return OBJ_VAL(r);
}

static Value m_update(Value self, Value *args, size_t nargs, Tuple *kw) {
    for (size_t i = 0; i < nargs; i++)
        if (set_update(AS(Set, self), args[i]) < 0) return VNULL;
    return NONE;
}

static Value intersection_multi(Value self, Value *args, size_t nargs) {
    if (nargs == 0) return OBJ_VAL(set_copy(AS(Set, self)));
    Value r = self;
    for (size_t i = 0; i < nargs; i++) {
        r = set_intersection(AS(Set, r), args[i]);
        if (!r) return VNULL;
    }
    return r;
}

static Value m_intersection(Value self, Value *args, size_t nargs, Tuple *kw) {
    return intersection_multi(self, args, nargs);
}

static Value m_intersection_update(Value self, Value *args, size_t nargs, Tuple *kw) {
    Value tmp = intersection_multi(self, args, nargs);
    if (!tmp) return VNULL;
    swap_bodies(AS(Set, self), AS(Set, tmp));
    return NONE;
}

static Value m_difference(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (nargs == 0) return OBJ_VAL(set_copy(AS(Set, self)));
    Value r = set_difference(AS(Set, self), args[0]);
    if (!r) return VNULL;
    for (size_t i = 1; i < nargs; i++)
        if (difference_update_internal(AS(Set, r), args[i]) < 0) return VNULL;
    return r;
}

static Value m_difference_update(Value self, Value *args, size_t nargs, Tuple *kw) {
    for (size_t i = 0; i < nargs; i++)
        if (difference_update_internal(AS(Set, self), args[i]) < 0) return VNULL;
    return NONE;
}

static Value m_symmetric_difference(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("symmetric_difference", nargs, 1, 1) < 0) return VNULL;
    return set_symmetric_difference(AS(Set, self), args[0]);
}

static Value m_symmetric_difference_update(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("symmetric_difference_update", nargs, 1, 1) < 0) return VNULL;
    return set_symmetric_difference_update(AS(Set, self), args[0]) ? NONE : VNULL;
}

static Value m_issubset(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("issubset", nargs, 1, 1) < 0) return VNULL;
    int r = set_issubset_internal(AS(Set, self), args[0]);
    return r < 0 ? VNULL : BOOL_V(r);
}

static Value m_issuperset(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("issuperset", nargs, 1, 1) < 0) return VNULL;
    int r = set_issuperset_internal(AS(Set, self), args[0]);
    return r < 0 ? VNULL : BOOL_V(r);
}

static Value m_isdisjoint(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("isdisjoint", nargs, 1, 1) < 0) return VNULL;
    Set *s = AS(Set, self);
    Value other = args[0];
    if (other == self) return BOOL_V(set_len(s) == 0);
    if (IS_SET_OR_FROZEN(other)) {
        Set *a = s, *b = AS(Set, other);
        if (set_len(b) > set_len(a)) {
            Set *t = a;
            a = b;
            b = t;
        }
        if (!(b = stable(b))) return VNULL;
        int64_t pos = 0, h;
        Value k;
        while (next_entry(b, &pos, &k, &h)) {
            int c = contains_entry(a, k, h);
            if (c < 0) return VNULL;
            if (c) return FALSE_V;
        }
        return TRUE_V;
    }
    Value it = cont_stable_iter(other);
    if (!it) return VNULL;
    for (;;) {
        Value k = obj_iternext(it);
        if (!k) return err_occurred() ? VNULL : TRUE_V;
        int c = set_contains(s, k);
        if (c < 0) return VNULL;
        if (c) return FALSE_V;
    }
}

static Value m_contains(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("__contains__", nargs, 1, 1) < 0) return VNULL;
    int r = set_contains(AS(Set, self), args[0]);
    return r < 0 ? VNULL : BOOL_V(r);
}

static Value m_class_getitem(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("__class_getitem__", nargs, 1, 1) < 0) return VNULL;
    return generic_alias_new(self, args[0]);
}

static Value m_reduce(Value self, Value *args, size_t nargs, Tuple *kw) {
    int64_t n;
    ValArray *snap = set_snapshot(AS(Set, self), &n);
    if (!snap) return VNULL;
    List *keys = list_from_array(snap->items, n);
    if (!keys) return VNULL;
    Tuple *a = tuple_pack(1, OBJ_VAL(keys));
    if (!a) return VNULL;
    Dict **dp = obj_dict_ptr(self);
    Value st = dp && *dp ? OBJ_VAL(*dp) : NONE;
    return OBJ_VAL(tuple_pack(3, OBJ_VAL(val_type(self)), OBJ_VAL(a), st));
}

static const MethodDef set_methods[] = {
    {"add", m_add, METH_NOKW, "Add an element to a set."},
    {"clear", m_clear, METH_NOKW, "Remove all elements from this set."},
    {"copy", m_copy, METH_NOKW, "Return a shallow copy of a set."},
    {"discard", m_discard, METH_NOKW, "Remove an element from a set if it is a member."},
    {"remove", m_remove, METH_NOKW, "Remove an element from a set; it must be a member."},
    {"pop", m_pop, METH_NOKW, "Remove and return an arbitrary set element."},
    {"union", m_union, METH_NOKW, "Return the union of sets as a new set."},
    {"update", m_update, METH_NOKW, "Update a set with the union of itself and others."},
    {"intersection", m_intersection, METH_NOKW, "Return the intersection of two sets as a new set."},
    {"intersection_update", m_intersection_update, METH_NOKW, NULL},
    {"difference", m_difference, METH_NOKW, "Return the difference of two or more sets as a new set."},
    {"difference_update", m_difference_update, METH_NOKW, NULL},
    {"symmetric_difference", m_symmetric_difference, METH_NOKW, NULL},
    {"symmetric_difference_update", m_symmetric_difference_update, METH_NOKW, NULL},
    {"issubset", m_issubset, METH_NOKW, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, METH_NOKW, "Report whether this set contains another set."},
    {"isdisjoint", m_isdisjoint, METH_NOKW, "Return True if two sets have a null intersection."},
    {"__contains__", m_contains, METH_NOKW, NULL},
    {"__reduce__", m_reduce, METH_NOKW, NULL},
    {"__class_getitem__", m_class_getitem, METH_NOKW | METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"copy", m_copy, METH_NOKW, "Return a shallow copy of a set."},
    {"union", m_union, METH_NOKW, "Return the union of sets as a new set."},
    {"intersection", m_intersection, METH_NOKW, "Return the intersection of two sets as a new set."},
    {"difference", m_difference, METH_NOKW, "Return the difference of two or more sets as a new set."},
    {"symmetric_difference", m_symmetric_difference, METH_NOKW, NULL},
    {"issubset", m_issubset, METH_NOKW, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, METH_NOKW, "Report whether this set contains another set."},
    {"isdisjoint", m_isdisjoint, METH_NOKW, "Return True if two sets have a null intersection."},
    {"__contains__", m_contains, METH_NOKW, NULL},
    {"__reduce__", m_reduce, METH_NOKW, NULL},
    {"__class_getitem__", m_class_getitem, METH_NOKW | METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

Type set_type = {
    .hdr = {&type_type},
    .name = "set",
    .basicsize = sizeof(Set),
    .flags = TF_BASETYPE | TF_SET_SUBCLASS,
    .trace = set_trace,
    .new_ = set_new_slot,
    .init = set_init,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUB] = set_sub, [NB_XOR] = set_xor},
    .nb_inplace = {[NB_OR] = set_ior, [NB_AND] = set_iand, [NB_SUB] = set_isub, [NB_XOR] = set_ixor},
    .methods = set_methods,
    .doc = "set() -> new empty set object",
};

Type frozenset_type = {
    .hdr = {&type_type},
    .name = "frozenset",
    .basicsize = sizeof(Set),
    .flags = TF_BASETYPE | TF_SET_SUBCLASS,
    .trace = set_trace,
    .new_ = frozenset_new_slot,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUB] = set_sub, [NB_XOR] = set_xor},
    .methods = frozenset_methods,
    .doc = "frozenset() -> empty frozenset object",
};

/* ----------------------------------------------------------- iterator -- */

typedef struct SetIter {
    Obj hdr;
    Set *s;            /* NULL once exhausted */
    int64_t pos;
    int64_t used;
    int64_t len;
} SetIter;

static void set_iter_trace(Obj *o, Tracer *tr) { GC_MARK(tr, ((SetIter *)o)->s); }

static Value set_iter(Value self) {
    SetIter *it = gc_alloc(&set_iter_type, sizeof(SetIter));
    if (!it) return VNULL;
    SET_FIELD(it, it->s, AS(Set, self));
    it->used = set_len(AS(Set, self));
    it->len = it->used;
    return OBJ_VAL(it);
}

static Value set_iter_next(Value self) {
    SetIter *it = AS(SetIter, self);
    Set *s = __atomic_load_n(&it->s, __ATOMIC_ACQUIRE);
    if (!s) return VNULL;
    if (set_len(s) != RELAXED_LD(it->used)) {
        RELAXED_ST(it->used, -1);
        return err_str(&RuntimeError_type, "Set changed size during iteration");
    }
    Value k;
    int64_t pos = RELAXED_LD(it->pos), np;
    do {
        np = pos;
        if (!next_entry(s, &np, &k, NULL)) {
            SET_FIELD(it, it->s, (Set *)NULL);
            return VNULL;
        }
    } while (!ITER_CLAIM(it->pos, pos, np));
    RELAXED_ST(it->len, RELAXED_LD(it->len) - 1);
    return k;
}

static Value iter_self(Value self) { return self; }

static Value set_iter_hint(Value self, Value *args, size_t nargs, Tuple *kw) {
    SetIter *it = AS(SetIter, self);
    Set *s = __atomic_load_n(&it->s, __ATOMIC_ACQUIRE);
    if (!s || RELAXED_LD(it->used) != set_len(s)) return MK_INT(0);
    return MK_INT(RELAXED_LD(it->len));
}

static const MethodDef set_iter_methods[] = {
    {"__length_hint__", set_iter_hint, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type set_iter_type = {
    .hdr = {&type_type},
    .name = "set_iterator",
    .basicsize = sizeof(SetIter),
    .trace = set_iter_trace,
    .iter = iter_self,
    .iternext = set_iter_next,
    .methods = set_iter_methods,
};
