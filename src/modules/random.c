/* random.c - the `_random` module: a Mersenne Twister (MT19937) generator
 * seeded exactly as CPython seeds it, so `random.seed(n)` reproduces
 * CPython's sequences.  lib/random.py builds the public API on it.
 *
 * Thread-safety: each Random object has a WLock around its state; calls
 * from several threads on one generator are serialised and never corrupt
 * the state (the sequence interleaving is then unspecified, as in CPython).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../runtime.h"

#define MT_N 624
#define MT_M 397

typedef struct RandomObj {
    Obj hdr;
    WLock lock;
    int32_t index;
    uint32_t mt[MT_N];
    Dict *dict;              /* instance attributes of Python subclasses */
} RandomObj;

extern Type random_type;

static void init_genrand(RandomObj *r, uint32_t s) {
    r->mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(RandomObj *r, const uint32_t *key, size_t len) {
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1664525u)) + key[j] +
                   (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            r->mt[0] = r->mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1566083941u)) -
                   (uint32_t)i;
        i++;
        if (i >= MT_N) {
            r->mt[0] = r->mt[MT_N - 1];
            i = 1;
        }
    }
    r->mt[0] = 0x80000000u;
    r->index = MT_N;
}

static uint32_t genrand(RandomObj *r) {
    if (r->index >= MT_N) {
        int k;
        uint32_t y;
        for (k = 0; k < MT_N - MT_M; k++) {
            y = (r->mt[k] & 0x80000000u) | (r->mt[k + 1] & 0x7fffffffu);
            r->mt[k] = r->mt[k + MT_M] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
        }
        for (; k < MT_N - 1; k++) {
            y = (r->mt[k] & 0x80000000u) | (r->mt[k + 1] & 0x7fffffffu);
            r->mt[k] = r->mt[k + (MT_M - MT_N)] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
        }
        y = (r->mt[MT_N - 1] & 0x80000000u) | (r->mt[0] & 0x7fffffffu);
        r->mt[MT_N - 1] = r->mt[MT_M - 1] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
        r->index = 0;
    }
    uint32_t y = r->mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* Seed from |n| split into 32-bit words, least significant first. */
static int seed_from_int(RandomObj *r, Value n) {
    Value a = int_sign(n) < 0 ? num_neg(n) : n;
    if (!a)
        return -1;
    int64_t bits = int_bit_length(a);
    size_t words = bits ? (size_t)((bits - 1) / 32 + 1) : 1;
    uint32_t *key = calloc(words, sizeof *key);
    if (!key) {
        err_no_memory();
        return -1;
    }
    Value mask = MK_INT(0xffffffffu);
    for (size_t i = 0; i < words; i++) {
        Value w = num_binop(a, mask, NB_AND);
        int64_t wv;
        if (!w || int_as_i64(w, &wv) < 0 || !(a = num_binop(a, MK_INT(32), NB_RSHIFT))) {
            free(key);
            return -1;
        }
        key[i] = (uint32_t)wv;
    }
    wlock_acquire(&r->lock);
    init_by_array(r, key, words);
    wlock_release(&r->lock);
    free(key);
    return 0;
}

static int seed_from_entropy(RandomObj *r) {
    uint32_t key[4];
    FILE *f = fopen("/dev/urandom", "rb");
    size_t got = f ? fread(key, sizeof key[0], 4, f) : 0;
    if (f)
        fclose(f);
    if (got != 4) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        key[0] = (uint32_t)ts.tv_sec;
        key[1] = (uint32_t)ts.tv_nsec;
        key[2] = (uint32_t)getpid();
        key[3] = (uint32_t)(uintptr_t)r;
    }
    wlock_acquire(&r->lock);
    init_by_array(r, key, 4);
    wlock_release(&r->lock);
    return 0;
}

static Value random_seed(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("seed", nargs, 0, 1) < 0)
        return VNULL;
    RandomObj *r = AS(RandomObj, self);
    Value a = nargs ? args[0] : NONE;
    int rc;
    if (a == NONE)
        rc = seed_from_entropy(r);
    else if (IS_INTLIKE(a))
        rc = seed_from_int(r, int_unwrap(a));
    else {
        int64_t h = obj_hash(a);
        rc = h == -1 && err_occurred() ? -1 : seed_from_int(r, int_from_i64(h));
    }
    return rc < 0 ? VNULL : NONE;
}

static Value random_random(Value self, Value *args, size_t nargs, Tuple *kw) {
    RandomObj *r = AS(RandomObj, self);
    wlock_acquire(&r->lock);
    uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
    wlock_release(&r->lock);
    return float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static Value random_getrandbits(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("getrandbits", nargs, 1, 1) < 0)
        return VNULL;
    int64_t k;
    if (num_as_ssize(args[0], &OverflowError_type, &k) < 0)
        return VNULL;
    if (k < 0)
        return err_str(&ValueError_type, "number of bits must be non-negative");
    RandomObj *r = AS(RandomObj, self);
    if (k <= 32) {
        wlock_acquire(&r->lock);
        uint32_t v = k ? genrand(r) >> (32 - k) : 0;
        wlock_release(&r->lock);
        return int_from_u64(v);
    }
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *buf = malloc(words * sizeof *buf);
    if (!buf)
        return err_no_memory();
    wlock_acquire(&r->lock);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t w = genrand(r);
        if (k < 32)
            w >>= 32 - k;
        buf[i] = w;
    }
    wlock_release(&r->lock);
    /* little-endian words -> int, most significant first */
    Value result = MK_INT(0);
    for (size_t i = words; i-- > 0;) {
        result = num_binop(result, MK_INT(32), NB_LSHIFT);
        if (result)
            result = num_binop(result, int_from_u64(buf[i]), NB_OR);
        if (!result)
            break;
    }
    free(buf);
    return result;
}

static Value random_getstate(Value self, Value *args, size_t nargs, Tuple *kw) {
    RandomObj *r = AS(RandomObj, self);
    Tuple *t = tuple_new(MT_N + 1);
    if (!t)
        return VNULL;
    wlock_acquire(&r->lock);
    uint32_t copy[MT_N];
    memcpy(copy, r->mt, sizeof copy);
    int32_t index = r->index;
    wlock_release(&r->lock);
    for (int i = 0; i < MT_N; i++)
        SET_FIELD(t, t->items[i], int_from_u64(copy[i]));
    SET_FIELD(t, t->items[MT_N], MK_INT(index));
    return OBJ_VAL(t);
}

static Value random_setstate(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("setstate", nargs, 1, 1) < 0)
        return VNULL;
    if (!IS_TUPLE(args[0]) || AS(Tuple, args[0])->len != MT_N + 1)
        return err_str(&ValueError_type, "state vector is the wrong size");
    Tuple *t = AS(Tuple, args[0]);
    uint32_t copy[MT_N];
    int64_t v;
    for (int i = 0; i <= MT_N; i++) {
        if (!IS_INTLIKE(t->items[i]) || int_as_i64(int_unwrap(t->items[i]), &v) < 0)
            return err_occurred() ? VNULL : err_str(&TypeError_type, "state vector items must be integers");
        if (i < MT_N)
            copy[i] = (uint32_t)v;
    }
    if (v < 0 || v > MT_N)
        return err_str(&ValueError_type, "invalid state");
    RandomObj *r = AS(RandomObj, self);
    wlock_acquire(&r->lock);
    memcpy(r->mt, copy, sizeof copy);
    r->index = (int32_t)v;
    wlock_release(&r->lock);
    return NONE;
}

static Value random_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    RandomObj *r = gc_alloc_instance(t, sizeof(RandomObj));
    if (!r)
        return VNULL;
    if (t == &random_type && nargs && IS_INTLIKE(args[0])) {
        if (seed_from_int(r, int_unwrap(args[0])) < 0)
            return VNULL;
    } else if (seed_from_entropy(r) < 0) {
        return VNULL;
    }
    return OBJ_VAL(r);
}

static void random_trace(Obj *o, Tracer *t) {
    GC_MARK(t, ((RandomObj *)o)->dict);
}

static const MethodDef random_methods[] = {
    {"seed", random_seed, METH_NOKW},
    {"random", random_random, METH_NOKW},
    {"getrandbits", random_getrandbits, METH_NOKW},
    {"getstate", random_getstate, METH_NOKW},
    {"setstate", random_setstate, METH_NOKW},
    {NULL},
};

Type random_type = {
    .hdr = {&type_type},
    .name = "Random",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(RandomObj),
    .dict_offset = offsetof(RandomObj, dict),
    .trace = random_trace,
    .new_ = random_new,
    .methods = random_methods,
};

Module *randommodule_init(void) {
    type_ready(&random_type);
    Module *m = module_new(str_intern_cstr("_random"));
    if (!m || module_add_value(m, "Random", OBJ_VAL(&random_type)) < 0)
        return NULL;
    return m;
}
