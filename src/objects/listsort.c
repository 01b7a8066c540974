/* listsort.c - the stable merge sort behind list.sort() and sorted().
 *
 * A timsort: natural runs (strictly descending runs reversed in place),
 * short runs extended to `minrun` by binary insertion, runs merged from a
 * stack kept balanced by the classic invariants.  Comparisons are `<` only
 * (obj_richcompare_bool(a, b, CMP_LT)) with C fast paths for small ints,
 * exact floats and exact strs that give the same answers.  If a comparison
 * raises, sorting stops and the arrays hold a permutation of their input.
 *
 * Thread-safety: sorts private arrays (list.sort detaches the list's
 * storage first).  The merge buffer is a GC object so that every value
 * stays visible to the collector while comparisons run Python code.
 */
#include <string.h>

#include "../runtime.h"

typedef struct SortState {
    Value *k;          /* keys: what is compared */
    Value *v;          /* values moved along with keys, or NULL */
    Value *tk, *tv;    /* merge buffers */
    unsigned ticks;
} SortState;

/* Equality without Python code for common exact types: 1, 0, or 2 for
 * "ask __eq__". */
static inline int quick_eq(Value x, Value y) {
    if (x == y) return 1;
    if (IS_INT(x) && IS_INT(y)) return 0;
    if (IS_OBJ(x) && IS_OBJ(y) && AS_OBJ(x)->type == AS_OBJ(y)->type) {
        Type *t = AS_OBJ(x)->type;
        if (t == &str_type) return str_eq(AS(Str, x), AS(Str, y));
        if (t == &float_type) return AS(Float, x)->d == AS(Float, y)->d;
    }
    return 2;
}

static int islt_slow(SortState *s, Value x, Value y, int depth);

/* 1 if x < y, 0 if not, -1 on error. */
static inline int islt_d(SortState *s, Value x, Value y, int depth) {
    if (IS_INT(x) && IS_INT(y)) return (intptr_t)x < (intptr_t)y;
    if (IS_OBJ(x) && IS_OBJ(y)) {
        Type *tx = AS_OBJ(x)->type, *ty = AS_OBJ(y)->type;
        if (tx == ty) {
            if (tx == &str_type) return str_compare(AS(Str, x), AS(Str, y)) < 0;
            if (tx == &float_type) return AS(Float, x)->d < AS(Float, y)->d;
        }
    }
    return islt_slow(s, x, y, depth);
}

/* Exact tuples compare as `<` would: first differing item decides, with
 * the same __eq__/__lt__ calls (fewer when the items are plain values). */
static int islt_slow(SortState *s, Value x, Value y, int depth) {
    if (depth < 4 && IS_EXACT(x, tuple_type) && IS_EXACT(y, tuple_type)) {
        Tuple *a = AS(Tuple, x), *b = AS(Tuple, y);
        int64_t n = a->len < b->len ? a->len : b->len, i;
        for (i = 0; i < n; i++) {
            int e = quick_eq(a->items[i], b->items[i]);
            if (e == 2) e = obj_eq(a->items[i], b->items[i]);
            if (e < 0) return -1;
            if (!e) break;
        }
        if (i == n) return a->len < b->len;
        return islt_d(s, a->items[i], b->items[i], depth + 1);
    }
    return obj_richcompare_bool(x, y, CMP_LT);
}

static inline int islt(SortState *s, Value x, Value y) {
    if ((++s->ticks & 4095) == 0) SAFEPOINT();
    return islt_d(s, x, y, 0);
}

static void swap_range(SortState *s, int64_t lo, int64_t hi) {
    for (int64_t i = lo, j = hi - 1; i < j; i++, j--) {
        Value t = s->k[i];
        s->k[i] = s->k[j];
        s->k[j] = t;
        if (s->v) {
            t = s->v[i];
            s->v[i] = s->v[j];
            s->v[j] = t;
        }
    }
}

/* Sort [lo, hi) where [lo, start) is already sorted. */
static int binary_insertion(SortState *s, int64_t lo, int64_t hi, int64_t start) {
    for (int64_t i = start; i < hi; i++) {
        Value pk = s->k[i];
        int64_t l = lo, r = i;
        while (l < r) {
            int64_t m = l + ((r - l) >> 1);
            int c = islt(s, pk, s->k[m]);
            if (c < 0) return -1;
            if (c) r = m;
            else l = m + 1;
        }
        if (l == i) continue;
        memmove(s->k + l + 1, s->k + l, (size_t)(i - l) * sizeof(Value));
        s->k[l] = pk;
        if (s->v) {
            Value pv = s->v[i];
            memmove(s->v + l + 1, s->v + l, (size_t)(i - l) * sizeof(Value));
            s->v[l] = pv;
        }
    }
    return 0;
}

/* Length of the run starting at lo (descending runs are reversed). */
static int64_t count_run(SortState *s, int64_t lo, int64_t hi) {
    if (lo + 1 >= hi) return hi - lo;
    int64_t k = lo + 1;
    int c = islt(s, s->k[k], s->k[lo]);
    if (c < 0) return -1;
    if (c) {
        for (k++; k < hi; k++) {
            c = islt(s, s->k[k], s->k[k - 1]);
            if (c < 0) return -1;
            if (!c) break;
        }
        swap_range(s, lo, k);
    } else {
        for (k++; k < hi; k++) {
            c = islt(s, s->k[k], s->k[k - 1]);
            if (c < 0) return -1;
            if (c) break;
        }
    }
    return k - lo;
}

/* Merge the sorted runs [lo, mid) and [mid, hi). */
static int merge(SortState *s, int64_t lo, int64_t mid, int64_t hi) {
    int64_t na = mid - lo;
    memcpy(s->tk, s->k + lo, (size_t)na * sizeof(Value));
    if (s->v) memcpy(s->tv, s->v + lo, (size_t)na * sizeof(Value));
    int64_t i = 0, j = mid, d = lo;
    int rc = 0;
    while (i < na && j < hi) {
        int c = islt(s, s->k[j], s->tk[i]);
        if (c < 0) {
            rc = -1;
            break;
        }
        if (c) {
            s->k[d] = s->k[j];
            if (s->v) s->v[d] = s->v[j];
            j++;
        } else {
            s->k[d] = s->tk[i];
            if (s->v) s->v[d] = s->tv[i];
            i++;
        }
        d++;
    }
    /* d + (na - i) == j: the leftovers fill the gap exactly */
    memcpy(s->k + d, s->tk + i, (size_t)(na - i) * sizeof(Value));
    if (s->v) memcpy(s->v + d, s->tv + i, (size_t)(na - i) * sizeof(Value));
    return rc;
}

static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

int timsort_values(Value *keys, Value *vals, int64_t n) {
    if (n < 2) return 0;
    ValArray *tk = valarray_new(n), *tv = NULL;
    if (!tk) return -1;
    if (vals) {
        tv = valarray_new(n);
        if (!tv) return -1;
    }
    SortState s = {keys, vals, tk->items, tv ? tv->items : NULL, 0};
    int64_t base[90], len[90];
    int sp = 0;
    int64_t minrun = compute_minrun(n);
    int64_t lo = 0;
    int rc = 0;
    while (lo < n) {
        int64_t r = count_run(&s, lo, n);
        if (r < 0) {
            rc = -1;
            break;
        }
        if (r < minrun) {
            int64_t force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(&s, lo, lo + force, lo + r) < 0) {
                rc = -1;
                break;
            }
            r = force;
        }
        base[sp] = lo;
        len[sp] = r;
        sp++;
        lo += r;
        /* keep the stack balanced */
        while (sp > 1) {
            int m = sp - 2;
            if ((sp >= 3 && len[sp - 3] <= len[sp - 2] + len[sp - 1]) ||
                (sp >= 4 && len[sp - 4] <= len[sp - 3] + len[sp - 2])) {
                if (len[sp - 3] < len[sp - 1]) m = sp - 3;
            } else if (len[sp - 2] > len[sp - 1]) {
                break;
            }
            if (merge(&s, base[m], base[m + 1], base[m + 1] + len[m + 1]) < 0) {
                rc = -1;
                break;
            }
            len[m] += len[m + 1];
            for (int q = m + 1; q < sp - 1; q++) {
                base[q] = base[q + 1];
                len[q] = len[q + 1];
            }
            sp--;
        }
        if (rc) break;
    }
    while (!rc && sp > 1) {
        int m = sp - 2;
        if (sp >= 3 && len[sp - 3] < len[sp - 1]) m = sp - 3;
        if (merge(&s, base[m], base[m + 1], base[m + 1] + len[m + 1]) < 0) rc = -1;
        len[m] += len[m + 1];
        for (int q = m + 1; q < sp - 1; q++) {
            base[q] = base[q + 1];
            len[q] = len[q + 1];
        }
        sp--;
    }
    return rc;
}
