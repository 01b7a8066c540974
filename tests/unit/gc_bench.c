/* gc_bench.c - microbenchmarks of the collector (numbers go to docs/gc.md):
 * allocation rate of short-lived small objects (collections included),
 * and the pause of a full collection with 1M and 4M live objects. */
#include "gc_test.h"

static Value root;

static __attribute__((noinline)) void churn(int64_t n) {
    Node *keep = NULL;
    for (int64_t i = 0; i < n; i++) {
        Node *x = node_new(keep, i);
        if ((i & 1023) == 0)
            keep = NULL;             /* short chains: mostly garbage */
        else
            keep = x;
    }
}

static __attribute__((noinline)) void build_live(int64_t n) {
    Vec *v = vec_new(n / 64 + 1);
    root = (Value)v;
    for (int64_t i = 0; i < n / 64; i++) {
        Node *head = NULL;
        for (int j = 0; j < 63; j++)
            head = node_new(head, j);
        SET_FIELD(v, v->items[i], (Value)head);
    }
}

int main(void) {
    int base;
    gc_init();
    thread_register(&base);
    gc_register_root(&root);

    const int64_t N = 50000000;
    GcStats s0, s1;
    gc_get_stats(&s0);
    double t0 = now_s();
    churn(N);
    double dt = now_s() - t0;
    gc_get_stats(&s1);
    printf("gc_bench: %.1f M allocations/s of 32-byte objects (%lld allocs, %llu collections, "
           "%.1f ms in GC)\n", (double)N / dt / 1e6, (long long)N,
           (unsigned long long)(s1.collections - s0.collections),
           (double)(s1.total_pause_ns - s0.total_pause_ns) / 1e6);

    for (int64_t live = 1000000; live <= 4000000; live *= 4) {
        build_live(live);
        gc_collect();
        gc_get_stats(&s0);
        gc_collect();
        gc_collect();
        gc_collect();
        gc_get_stats(&s1);
        printf("gc_bench: full collection with %lld live objects (%.0f MiB): %.1f ms\n",
               (long long)live, (double)s1.live_bytes_after_last / 1048576.0,
               (double)(s1.total_pause_ns - s0.total_pause_ns) / 3e6);
        root = VNULL;
        scrub_stack();
        gc_collect();
    }
    return 0;
}
