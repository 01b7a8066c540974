/* cont_threads.c - list, dict and set hammered by several threads at once
 * while the collector runs: appends, pops, inserts into shared containers,
 * lock-free readers racing resizes.  Every single operation must be atomic
 * (no lost appends, no lost keys, no crash, no garbage read).  Run under
 * BUILD=tsan and BUILD=asan too. */
#include <pthread.h>
#include <stdio.h>

#include "runtime.h"

#define NTHREADS 4
#define N 40000

static int failures;
#define CHECK(cond, ...)                                \
    do {                                                \
        if (!(cond)) {                                  \
            failures++;                                 \
            printf("FAIL %s:%d: ", __FILE__, __LINE__); \
            printf(__VA_ARGS__);                        \
            printf("\n");                               \
        }                                               \
    } while (0)

static List *shared_list;
static Dict *shared_dict;
static Set *shared_set;
static List *popped;
static _Atomic int bad;

static void *writer(void *arg) {
    int id = (int)(intptr_t)arg;
    int base;
    thread_register(&base);
    for (int i = 0; i < N; i++) {
        int64_t v = (int64_t)id * N + i;
        list_append(shared_list, MK_INT(v));
        dict_set(shared_dict, MK_INT(v), MK_INT(-v));
        /* str keys too: allocation under contention */
        if (i % 16 == 0) {
            Str *k = str_format("k%d_%d", id, i);
            dict_set(shared_dict, OBJ_VAL(k), MK_INT(i));
        }
        set_add(shared_set, MK_INT(v));
        if (i % 5 == 0) set_discard(shared_set, MK_INT(v));
        /* racing readers: anything read must be a valid small int or absent */
        Value r = list_get(shared_list, (int64_t)(i * 7919) % (list_len(shared_list) + 1));
        if (r && !IS_INT(r)) atomic_store(&bad, 1);
        Value g = dict_get(shared_dict, MK_INT((int64_t)((id + 1) % NTHREADS) * N + i));
        if (g && !IS_INT(g)) atomic_store(&bad, 1);
        if (i % 1000 == 0) SAFEPOINT();
    }
    thread_unregister(ts_current);
    return NULL;
}

static void *popper(void *arg) {
    int base;
    thread_register(&base);
    List *mine = list_new(0);
    for (int i = 0; i < N / 2; i++) {
        Value v = list_pop(shared_list, -1);
        if (!v) {
            err_clear();
            continue;
        }
        if (!IS_INT(v)) atomic_store(&bad, 1);
        list_append(mine, v);
    }
    list_extend(popped, OBJ_VAL(mine));
    thread_unregister(ts_current);
    return NULL;
}

/* inserts at the front and removes again (memmove under readers), plus a
 * lock-free scan of the whole list and a dict delete/reinsert churn */
static void *shifter(void *arg) {
    int base;
    thread_register(&base);
    for (int i = 0; i < N / 4; i++) {
        list_insert(shared_list, 0, MK_INT(-1));
        int64_t n = list_len(shared_list);
        for (int64_t k = 0; k < n && k < 64; k++) {
            Value v = list_get(shared_list, k * 31 % (n ? n : 1));
            if (v && !IS_INT(v)) atomic_store(&bad, 1);
        }
        Value p = list_pop(shared_list, 0);
        /* someone may have inserted before us; -1 markers are removed by
         * value below if the front held another item */
        if (p && p != MK_INT(-1)) {
            list_append(shared_list, p);
            Value self = obj_call_method(OBJ_VAL(shared_list), str_intern_cstr("remove"), (Value[]){MK_INT(-1)}, 1);
            if (!self) err_clear();
        }
        Value key = MK_INT(-1000 - i % 50);
        dict_set(shared_dict, key, MK_INT(i));
        dict_del(shared_dict, key);
    }
    thread_unregister(ts_current);
    return NULL;
}

int main(void) {
    int base;
    gc_init();
    thread_register(&base);
    extern void exceptions_init(void);
    Type *types[] = {&object_type, &type_type, &none_type, &str_type, &int_type, &bool_type,
                     &float_type, &tuple_type, &list_type, &dict_type, &set_type,
                     &frozenset_type, &valarray_type, &dicttable_type, &settable_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) type_ready(types[i]);
    exceptions_init();
    gc_register_root(&shared_list);
    gc_register_root(&shared_dict);
    gc_register_root(&shared_set);
    gc_register_root(&popped);
    shared_list = list_new(0);
    shared_dict = dict_new();
    shared_set = set_new();
    popped = list_new(0);

    pthread_t th[NTHREADS + 2];
    for (int i = 0; i < NTHREADS; i++) pthread_create(&th[i], NULL, writer, (void *)(intptr_t)i);
    pthread_create(&th[NTHREADS], NULL, popper, NULL);
    pthread_create(&th[NTHREADS + 1], NULL, shifter, NULL);
    for (int r = 0; r < 5; r++) gc_collect();
    thread_detach();
    for (int i = 0; i <= NTHREADS + 1; i++) pthread_join(th[i], NULL);
    thread_attach();
    gc_collect();

    CHECK(!atomic_load(&bad), "a racing reader saw garbage");
    /* the shifter's -1 markers may end up popped by the popper: drop them */
    int64_t total = 0;
    for (int64_t i = 0; i < list_len(shared_list); i++) total += list_get(shared_list, i) != MK_INT(-1);
    for (int64_t i = 0; i < list_len(popped); i++) total += list_get(popped, i) != MK_INT(-1);
    CHECK(total == (int64_t)NTHREADS * N, "list: %lld items, want %lld", (long long)total,
          (long long)NTHREADS * N);
    /* every value exactly once across the list and the popped items */
    Set *seen = set_new();
    set_update(seen, OBJ_VAL(shared_list));
    set_update(seen, OBJ_VAL(popped));
    set_discard(seen, MK_INT(-1));
    CHECK(set_len(seen) == (int64_t)NTHREADS * N, "list: %lld distinct", (long long)set_len(seen));
    int64_t want_d = (int64_t)NTHREADS * N + (int64_t)NTHREADS * ((N + 15) / 16);
    CHECK(dict_len(shared_dict) == want_d, "dict: %lld keys, want %lld", (long long)dict_len(shared_dict),
          (long long)want_d);
    bool ok = true;
    for (int64_t v = 0; v < (int64_t)NTHREADS * N; v++)
        if (dict_get(shared_dict, MK_INT(v)) != MK_INT(-v)) ok = false;
    CHECK(ok, "dict values");
    int64_t want_s = (int64_t)NTHREADS * (N - (N + 4) / 5);
    CHECK(set_len(shared_set) == want_s, "set: %lld, want %lld", (long long)set_len(shared_set),
          (long long)want_s);
    ok = true;
    for (int64_t v = 0; v < (int64_t)NTHREADS * N; v++)
        if (set_contains(shared_set, MK_INT(v)) != ((v % N) % 5 != 0)) ok = false;
    CHECK(ok, "set membership");
    if (failures) printf("cont_threads: %d failures\n", failures);
    else printf("cont_threads: ok\n");
    return failures != 0;
}
