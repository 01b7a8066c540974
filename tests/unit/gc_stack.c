/* gc_stack.c - the recursion guards: the C-depth counter against
 * thread_recursion_limit, and the C stack guard that fails before the stack
 * overflows (main thread and a thread with a small stack). */
#include <pthread.h>

#include "gc_test.h"

static int depth_reached;

static __attribute__((noinline)) int recurse(int d) {
    volatile char pad[2048];         /* a big frame: reach the stack end fast */
    pad[0] = (char)d;
    if (thread_enter_recursive(" while testing") < 0) {
        depth_reached = d;
        return -1;
    }
    int r = recurse(d + 1);
    thread_leave_recursive();
    return r + pad[0] * 0;
}

static void *small_stack_thread(void *arg) {
    int base;
    thread_register(&base);
    depth_reached = 0;
    int r = recurse(0);
    CHECK(r == -1);
    CHECK(depth_reached > 10 && depth_reached < 1000000);
    CHECK(ts_current->c_depth == 0);
    printf("gc_stack: 1 MiB thread stack: RecursionError at depth %d\n", depth_reached);
    thread_unregister(ts_current);
    return NULL;
}

int main(void) {
    int base;
    gc_init();
    thread_register(&base);
    /* The counter: exactly thread_recursion_limit levels succeed. */
    thread_recursion_limit = 100;
    CHECK(recurse(0) == -1);
    CHECK(depth_reached == 100);
    CHECK(ts_current->c_depth == 0);
    /* The stack guard: no counter limit, the stack check must stop us. */
    thread_recursion_limit = 1 << 30;
    CHECK(recurse(0) == -1);
    CHECK(depth_reached > 100);
    printf("gc_stack: main thread: RecursionError at depth %d\n", depth_reached);
    CHECK(thread_check_stack("x") == 0);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 1 << 20);
    pthread_t th;
    pthread_create(&th, &attr, small_stack_thread, NULL);
    thread_detach();
    pthread_join(th, NULL);
    thread_attach();
    thread_recursion_limit = 1000;
    if (failures) {
        printf("gc_stack: %d FAILED\n", failures);
        return 1;
    }
    printf("gc_stack: ok\n");
    return 0;
}
