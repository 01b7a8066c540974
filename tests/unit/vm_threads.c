/* Unit test: several threads run the same Python code objects at once (no
 * GIL).  Shared functions, classes and globals exercise the inline caches
 * (global, attribute and method records replaced concurrently), generator
 * frames and the per-thread VM stacks, while collections run; each thread
 * checks its own results. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "modules/modules.h"
#include "vm/vm.h"

#define NTHREADS 4
#define ROUNDS 200

static Dict *shared_globals;
static _Atomic int bad;

static const char *setup_src =
    "class A:\n"
    "    k = 3\n"
    "    def __init__(self, v):\n"
    "        self.v = v\n"
    "    def get(self):\n"
    "        return self.v + self.k\n"
    "class B(A):\n"
    "    def get(self):\n"
    "        return super().get() * 2\n"
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield A(i) if i % 2 else B(i)\n"
    "def work(seed):\n"
    "    total = 0\n"
    "    for o in gen(200):\n"
    "        total += o.get()\n"
    "        o.v = seed\n"
    "        total += len([x for x in range(o.v % 7)])\n"
    "    d = {str(i): i for i in range(50)}\n"
    "    return total + sum(d.values())\n";

static void *worker(void *arg) {
    int id = (int)(intptr_t)arg;
    int base;
    thread_register(&base);
    char src[64];
    snprintf(src, sizeof src, "work(%d)", id);
    Value code = compile_source(src, strlen(src), "<thread>", COMPILE_EVAL);
    int64_t expect = -1;
    for (int r = 0; r < ROUNDS && code; r++) {
        Value v = vm_run_code(code, shared_globals, shared_globals);
        if (!v || !IS_INT(v)) {
            fprintf(stderr, "thread %d round %d: error\n", id, r);
            if (!v)
                exc_print(err_fetch());
            atomic_store(&bad, 1);
            break;
        }
        if (expect < 0)
            expect = INT_VAL(v);
        else if (INT_VAL(v) != expect) {
            fprintf(stderr, "thread %d: %lld != %lld\n", id, (long long)INT_VAL(v),
                    (long long)expect);
            atomic_store(&bad, 1);
        }
        if (r % 10 == id)
            gc_collect();
    }
    if (!code)
        atomic_store(&bad, 1);
    vm_thread_exit(ts_current);
    thread_unregister(ts_current);
    return NULL;
}

int main(void) {
    int base;
    static char *argv[] = {"-c", NULL};
    run_config.mode = RUN_COMMAND;
    run_config.command = "pass";
    if (runtime_init(1, argv, &base) < 0)
        return 1;
    shared_globals = dict_new();
    gc_register_root(&shared_globals);
    dict_set_cstr(shared_globals, "__builtins__", (Value)builtins_dict);
    dict_set_cstr(shared_globals, "__name__", (Value)str_from_cstr("shared"));
    Value code = compile_source(setup_src, strlen(setup_src), "<setup>", COMPILE_EXEC);
    if (!code || !vm_run_code(code, shared_globals, shared_globals)) {
        printf("vm_threads: setup failed\n");
        return 1;
    }
    pthread_t th[NTHREADS];
    for (int i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, worker, (void *)(intptr_t)i);
    thread_detach();
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    thread_attach();
    if (atomic_load(&bad)) {
        printf("vm_threads: FAILED\n");
        return 1;
    }
    printf("vm_threads: ok\n");
    return 0;
}
