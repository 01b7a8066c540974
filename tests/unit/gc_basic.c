/* gc_basic.c - single-threaded collector tests: sizes, conservative roots,
 * freeing, deep structures, large objects, RSS going back down, huge
 * requests. */
#include "gc_test.h"

static Value root;                   /* registered with gc_register_root */

static void test_sizes(void) {
    /* Every size from 8 bytes to 20 KiB: zeroed, typed, usable >= asked. */
    Vec *keep = vec_new(2600);
    root = (Value)keep;
    int64_t k = 0;
    for (size_t sz = 8; sz <= 20000; sz += 8) {
        Blob *b = gc_alloc(&blob_type, sz);
        CHECK(b != NULL);
        if (!b)
            return;
        CHECK(b->hdr.type == &blob_type);
        CHECK(gc_usable_size(&b->hdr) >= sz);
        int zero = 1;
        for (size_t i = sizeof(Obj); i < sz; i++)
            if (((unsigned char *)b)[i])
                zero = 0;
        CHECK(zero);
        memset((char *)b + sizeof(Obj), 0xab, gc_usable_size(&b->hdr) - sizeof(Obj));
        SET_FIELD(keep, keep->items[k], (Value)b);
        k++;
    }
    gc_collect();
    /* All kept; their bytes intact; garbage reallocated comes back zeroed. */
    for (int64_t i = 0; i < k; i++) {
        Blob *b = (Blob *)keep->items[i];
        CHECK(b->hdr.type == &blob_type);
        CHECK(((unsigned char *)b)[gc_usable_size(&b->hdr) - 1] == 0xab);
    }
    root = VNULL;
    scrub_stack();
    gc_collect();
    for (size_t sz = 8; sz <= 20000; sz += 8) {
        unsigned char *p = gc_alloc(&blob_type, sz);
        int zero = 1;
        for (size_t i = sizeof(Obj); i < sz; i++)
            if (p[i])
                zero = 0;
        CHECK(zero);
    }
}

static __attribute__((noinline)) void make_garbage(int n) {
    for (int i = 0; i < n; i++)
        node_new(NULL, i);
}

static void test_conservative(void) {
    /* Only a C local (and an interior pointer) keep these alive. */
    Node *volatile a = node_new(NULL, 4242);
    Node *b = node_new(NULL, 777);
    Value *volatile interior = &b->val;
    b = NULL;
    Vec *volatile big = vec_new(5000); /* large object via an interior pointer */
    char *volatile big_inner = (char *)big + 30000;
    big = NULL;
    make_garbage(200000);
    gc_collect();
    make_garbage(200000);
    gc_collect();
    CHECK(a->hdr.type == &node_type && a->id == 4242);
    Node *bb = (Node *)((char *)interior - offsetof(Node, val));
    CHECK(bb->hdr.type == &node_type && bb->id == 777);
    Vec *bv = (Vec *)(big_inner - 30000);
    CHECK(bv->hdr.type == &vec_type && bv->n == 5000);
}

static __attribute__((noinline)) void build_list(int64_t n) {
    Node *head = node_new(NULL, 0);
    root = (Value)head;
    Node *tail = head;
    for (int64_t i = 1; i < n; i++) {
        Node *x = node_new(NULL, i);
        SET_FIELD(tail, tail->next, x);
        tail = x;
    }
}

/* A wide object pushes 1e6 entries on the mark stack at once. */
static __attribute__((noinline)) void build_wide(int64_t n) {
    Vec *wide = vec_new(n);
    root = (Value)wide;
    for (int64_t j = 0; j < n; j++)
        SET_FIELD(wide, wide->items[j], (Value)node_new(NULL, j));
}

static __attribute__((noinline)) int check_wide(int64_t n) {
    Vec *wide = (Vec *)root;
    for (int64_t j = 0; j < n; j++)
        if (((Node *)wide->items[j])->id != j)
            return 0;
    return 1;
}

static void test_unreachable_and_deep(void) {
    gc_collect();
    uint64_t before = collected_total();
    make_garbage(100000);
    scrub_stack();
    gc_collect();
    uint64_t freed = collected_total() - before;
    CHECK(freed >= 99000);
    if (freed < 99000)
        fprintf(stderr, "  freed only %llu of 100000\n", (unsigned long long)freed);

    const int64_t N = 1000000;
    build_list(N);
    scrub_stack();
    gc_collect();
    gc_collect();
    int64_t i = 0;
    for (Node *n = (Node *)root; n; n = n->next, i++)
        if (n->id != i || n->hdr.type != &node_type)
            break;
    CHECK(i == N);
    before = collected_total();
    root = VNULL;
    scrub_stack();
    gc_collect();
    freed = collected_total() - before;
    /* conservative scanning may retain a few nodes through a stale word */
    CHECK(freed >= (uint64_t)N * 99 / 100);
    if (freed < (uint64_t)N * 99 / 100)
        fprintf(stderr, "  deep list: freed %llu of %lld\n", (unsigned long long)freed, (long long)N);

    build_wide(N);
    scrub_stack();
    gc_collect();
    CHECK(check_wide(N));
    root = VNULL;
}

static __attribute__((noinline)) void build_big(int64_t n) {
    /* n Vecs of 100 Values each holding blobs: about n * (816 + 100 * 64) bytes */
    Vec *top = vec_new(n);
    root = (Value)top;
    for (int64_t i = 0; i < n; i++) {
        Vec *v = vec_new(100);
        SET_FIELD(top, top->items[i], (Value)v);
        for (int j = 0; j < 100; j++)
            SET_FIELD(v, v->items[j], (Value)blob_new(40));
    }
    /* and some large objects */
    for (int i = 0; i < 20; i++)
        SET_FIELD(top, top->items[i], (Value)blob_new(4 << 20));
}

static void test_rss(void) {
    root = VNULL;
    scrub_stack();
    gc_collect();
    double base = rss_mib();
    build_big(30000);
    scrub_stack();
    gc_collect();
    double peak = rss_mib();
    root = VNULL;
    scrub_stack();
    gc_collect();
    double after = rss_mib();
    printf("gc_basic: RSS base %.1f MiB, with ~280 MiB live %.1f MiB, after freeing %.1f MiB\n",
           base, peak, after);
    CHECK(peak - base > 150);
    CHECK(after - base < 40);
}

static void test_large_and_huge(void) {
    Blob *b = blob_new(3 << 20);
    CHECK(b && b->n == (3 << 20));
    CHECK(gc_usable_size(&b->hdr) >= (3u << 20) + sizeof(Blob));
    int zero = 1;
    for (int64_t i = 0; i < b->n; i += 4096)
        if (b->data[i])
            zero = 0;
    CHECK(zero);
    CHECK(gc_alloc(&blob_type, (size_t)1 << 50) == NULL);
    CHECK(gc_alloc(&blob_type, SIZE_MAX - 16) == NULL);
    /* still usable afterwards */
    Node *n = node_new(NULL, 5);
    CHECK(n && n->id == 5);
}

static __attribute__((noinline)) void dirty_large(void) {
    Blob *b = blob_new(100000);
    memset(b->data, 0x5a, 100000);
}

static void test_nozero(void) {
    dirty_large();
    scrub_stack();
    gc_collect();                    /* its mapping goes to the reuse cache */
    Blob *b = gc_alloc_nozero(&blob_type, sizeof(Blob) + 100000, sizeof(Blob));
    CHECK(b && b->hdr.type == &blob_type && b->n == 0);
    memset(b->data, 1, 100000);
    b->n = 100000;
    Blob *s = gc_alloc_nozero(&blob_type, 100, 16);
    CHECK(s && s->hdr.type == &blob_type && s->n == 0);
}

static void test_alloc_instance(void) {
    Type sub = {.name = "sub", .basicsize = 64, .dict_offset = -1, .trace = node_trace};
    Obj *o = gc_alloc_instance(&sub, sizeof(Node));
    CHECK(o && gc_usable_size(o) >= 72);
    Type var = {.name = "var", .itemsize = 8, .dict_offset = -1};
    o = gc_alloc_instance(&var, 24);
    CHECK(o && gc_usable_size(o) >= 32);
}

int main(void) {
    int base;
    gc_init();
    thread_register(&base);
    gc_register_root(&root);
    test_sizes();
    test_conservative();
    test_unreachable_and_deep();
    test_large_and_huge();
    test_alloc_instance();
    test_nozero();
    test_rss();
    GcStats s;
    gc_get_stats(&s);
    printf("gc_basic: %llu collections, %llu objects freed, max pause %.2f ms\n",
           (unsigned long long)s.collections, (unsigned long long)s.collected,
           (double)s.max_pause_ns / 1e6);
    if (failures) {
        printf("gc_basic: %d FAILED\n", failures);
        return 1;
    }
    printf("gc_basic: ok\n");
    return 0;
}
