/* str_threads.c - concurrent interning and bytearray appends from several
 * threads: every thread must get the same canonical Str for equal text, and
 * no append may be lost. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "objects/typelist.h"
#include "runtime.h"

/* every static type, including those no header declares (deque) */
#define DECLARE_TYPE_(t) extern Type t;
STATIC_TYPES(DECLARE_TYPE_)

#define NTHREADS 4
#define NNAMES 3000
#define NAPPEND 20000

static Str *results[NTHREADS][NNAMES]; /* registered as GC roots below */
static ByteArray *shared_ba;

static void *worker(void *arg) {
    int k = (int)(intptr_t)arg;
    int base;
    ThreadState *ts = thread_register(&base);
    for (int i = 0; i < NNAMES; i++) {
        int j = (i * 7 + k * 13) % NNAMES; /* different order per thread */
        char name[32];
        snprintf(name, sizeof name, "ident_%d", j);
        Str *s = (i & 1) ? str_intern_cstr(name) : str_intern(str_from_cstr(name));
        results[k][j] = s;
        if (i % 3 == 0) {
            Value v = MK_INT(i & 255);
            obj_call_method(OBJ_VAL(shared_ba), str_intern_cstr("append"), &v, 1);
        }
    }
    for (int i = 0; i < NAPPEND; i++) {
        Value v = MK_INT(i & 255);
        if (!obj_call_method(OBJ_VAL(shared_ba), ID(append), &v, 1)) {
            printf("append failed\n");
            err_clear();
        }
        if (i % 1000 == 0) {
            const uint8_t *p;
            int64_t n;
            bytes_view(OBJ_VAL(shared_ba), &p, &n); /* lock-free read while others write */
            volatile uint8_t x = n ? p[n - 1] : 0;
            (void)x;
        }
    }
    thread_unregister(ts);
    return NULL;
}

int main(void) {
    int base;
    gc_init();
    thread_register(&base);
#define READY_IF(t)                      \
    {                                    \
        Type *volatile tp_ = &t;         \
        if (tp_) type_ready(tp_);        \
    }
    STATIC_TYPES(READY_IF)
    exceptions_init();
    err_init();
    for (int k = 0; k < NTHREADS; k++)
        for (int i = 0; i < NNAMES; i++) gc_register_root(&results[k][i]);
    shared_ba = bytearray_new(NULL, 0);
    gc_register_root(&shared_ba);
    pthread_t th[NTHREADS];
    for (int k = 0; k < NTHREADS; k++) pthread_create(&th[k], NULL, worker, (void *)(intptr_t)k);
    thread_detach();
    for (int k = 0; k < NTHREADS; k++) pthread_join(th[k], NULL);
    thread_attach();
    int failures = 0;
    for (int i = 0; i < NNAMES; i++) {
        char name[32];
        snprintf(name, sizeof name, "ident_%d", i);
        Str *canon = str_intern_cstr(name);
        for (int k = 0; k < NTHREADS; k++)
            if (results[k][i] != canon) {
                if (failures++ < 5) printf("FAIL: thread %d got a different Str for %s\n", k, name);
            }
    }
    int64_t want = NTHREADS * (NAPPEND + (NNAMES + 2) / 3);
    if (shared_ba->len != want) {
        printf("FAIL: bytearray length %lld, want %lld\n", (long long)shared_ba->len, (long long)want);
        failures++;
    }
    gc_collect();
    printf(failures ? "str_threads: %d failures\n" : "str_threads: ok\n", failures);
    return failures != 0;
}
