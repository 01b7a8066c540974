/* gc_bench.c - microbenchmarks of the collector (numbers go to docs/gc.md):
 * allocation rate of short-lived small objects (collections included),
 * and the pause of a full collection with 1M and 4M live objects. */
#include "gc_test.h"

static Value root;

/* A singly linked list in random address order: marking is one cache miss
 * after another (the worst case for a tracing collector). */
static __attribute__((noinline)) void build_random_list(int64_t n) {
    Vec *all = vec_new(n);
    root = (Value)all;
    for (int64_t i = 0; i < n; i++)
        SET_FIELD(all, all->items[i], (Value)node_new(NULL, i));
    uint64_t x = 88172645463325252ull;
    for (int64_t i = n - 1; i > 0; i--) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        int64_t j = (int64_t)(x % (uint64_t)(i + 1));
        Value t = all->items[i];
        SET_FIELD(all, all->items[i], all->items[j]);
        SET_FIELD(all, all->items[j], t);
    }
    for (int64_t i = 0; i + 1 < n; i++) {
        Node *a = (Node *)all->items[i];
        SET_FIELD(a, a->next, (Node *)all->items[i + 1]);
    }
    root = all->items[0];
}

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

/* bench/alloc_10g.py in C: 10 GiB of 64 KiB buffers in total, a ring of
 * 800 of them (50 MiB) alive, plus batches of small objects.  Peak RSS must
 * stay far below the total. */
static __attribute__((noinline)) void alloc_10g(void) {
    Vec *ring = vec_new(800);
    root = (Value)ring;
    double t0 = now_s(), peak = 0;
    for (long i = 0; i < 163840; i++) {
        Blob *b = blob_new(65536);
        for (int k = 0; k < 65536; k += 64)
            b->data[k] = (unsigned char)i;
        SET_FIELD(ring, ring->items[i % 800], (Value)b);
        if (i % 64 == 0) {
            Vec *v = vec_new(16384);
            for (int j = 0; j < 16384; j++)
                SET_FIELD(v, v->items[j], (Value)node_new(NULL, j));
        }
        if (i % 1000 == 0 && rss_mib() > peak)
            peak = rss_mib();
    }
    printf("gc_bench: 10 GiB of 64 KiB buffers with 50 MiB live: %.2f s, peak RSS %.0f MiB\n",
           now_s() - t0, peak);
    CHECK(peak < 300);
    root = VNULL;
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
    build_random_list(1000000);
    scrub_stack();
    gc_collect();
    gc_get_stats(&s0);
    gc_collect();
    gc_get_stats(&s1);
    printf("gc_bench: full collection, 1M-node list in random address order: %.1f ms\n",
           (double)(s1.total_pause_ns - s0.total_pause_ns) / 1e6);
    root = VNULL;
    scrub_stack();
    gc_collect();
    alloc_10g();
    return failures != 0;
}
