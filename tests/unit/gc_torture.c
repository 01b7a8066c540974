/* gc_torture.c - WEFT_GC_TORTURE (collect every N allocations) and
 * WEFT_HEAP_LIMIT (MemoryError instead of growth past a limit).  Both are
 * read by gc_init, so this test sets them before calling it. */
#include "gc_test.h"

static Value root;

static __attribute__((noinline)) Node *build_tree(int depth, int64_t *id) {
    if (depth == 0)
        return NULL;
    Node *n = node_new(NULL, (*id)++);
    Node *l = build_tree(depth - 1, id);
    SET_FIELD(n, n->next, l);
    Node *r = build_tree(depth - 1, id);
    SET_FIELD(n, n->val, (Value)r);
    return n;
}

static int64_t count_tree(Node *n) {
    if (!n)
        return 0;
    if (n->hdr.type != &node_type)
        return -1000000000;
    return 1 + count_tree(n->next) + count_tree((Node *)n->val);
}

extern long gc_torture;             /* src/gc/collect.c (test hook) */

static __attribute__((noinline)) int64_t fill_to_limit(void) {
    Vec *v = vec_new(1000000);
    root = (Value)v;
    int64_t i = 0;
    for (; i < v->n; i++) {
        Blob *b = blob_new(1000);
        if (!b)
            break;
        SET_FIELD(v, v->items[i], (Value)b);
    }
    return i;
}

static __attribute__((noinline)) void clear_all(void) {
    Vec *v = (Vec *)root;
    for (int64_t i = 0; i < v->n; i++)
        SET_FIELD(v, v->items[i], VNULL);
}

int main(void) {
    int base;
    setenv("WEFT_GC_TORTURE", "3", 1);
    setenv("WEFT_HEAP_LIMIT", "67108864", 1); /* 64 MiB */
    gc_init();
    thread_register(&base);
    gc_register_root(&root);

    /* Torture: a collection every 3 allocations while building a tree held
     * only by C locals and half-built objects. */
    int64_t id = 0;
    Node *t = build_tree(14, &id);
    CHECK(id == (1 << 14) - 1);
    CHECK(count_tree(t) == id);
    GcStats s;
    gc_get_stats(&s);
    CHECK(s.collections >= (uint64_t)id / 3 - 2);
    printf("gc_torture: %llu collections for %lld allocations\n",
           (unsigned long long)s.collections, (long long)id);

    /* Heap limit: growing a rooted list past 64 MiB fails cleanly. */
    gc_torture = 0;
    int64_t i = fill_to_limit();
    CHECK(i > 1000 && i < 100000);   /* stopped at the limit */
    CHECK(blob_new(1 << 26) == NULL); /* a large object past the limit */
    clear_all();                     /* robust against a stale word keeping the Vec */
    root = VNULL;
    scrub_stack();
    gc_collect();
    CHECK(blob_new(1000) != NULL);   /* memory is back after collecting */
    printf("gc_torture: heap limit reached after %lld KiB blobs\n", (long long)i);
    if (failures) {
        printf("gc_torture: %d FAILED\n", failures);
        return 1;
    }
    printf("gc_torture: ok\n");
    return 0;
}
