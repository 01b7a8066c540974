/* gc_test.h - shared helpers for the collector's unit tests: test-only
 * types with their own trace functions (so the tests need no other part of
 * the interpreter), a check macro, RSS and clock helpers. */
#ifndef WEFT_GC_TEST_H
#define WEFT_GC_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gc/gc.h"
#include "thread/thread.h"

static int failures __attribute__((unused));
#define CHECK(cond)                                                        \
    do {                                                                   \
        if (!(cond)) {                                                     \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                    \
        }                                                                  \
    } while (0)

/* A cons cell: next pointer, a value, an id. */
typedef struct Node {
    Obj hdr;
    struct Node *next;
    Value val;
    int64_t id;
} Node;

static void node_trace(Obj *o, Tracer *t) {
    Node *n = (Node *)o;
    GC_MARK(t, n->next);
    gc_mark(t, n->val);
}

/* A vector of n Values stored inline. */
typedef struct Vec {
    Obj hdr;
    int64_t n;
    Value items[];
} Vec;

static void vec_trace(Obj *o, Tracer *t) {
    Vec *v = (Vec *)o;
    gc_mark_range(t, v->items, (size_t)v->n);
}

/* Raw bytes, no pointers. */
typedef struct Blob {
    Obj hdr;
    int64_t n;
    unsigned char data[];
} Blob;

static Type node_type = {.name = "testnode", .basicsize = sizeof(Node), .trace = node_trace};
static Type vec_type = {.name = "testvec", .itemsize = sizeof(Value), .trace = vec_trace};
static Type blob_type = {.name = "testblob", .itemsize = 1};

static inline Node *node_new(Node *next, int64_t id) {
    Node *n = gc_alloc(&node_type, sizeof(Node));
    if (!n)
        return NULL;
    SET_FIELD(n, n->next, next);
    n->id = id;
    return n;
}

static inline Vec *vec_new(int64_t n) {
    Vec *v = gc_alloc(&vec_type, sizeof(Vec) + (size_t)n * sizeof(Value));
    if (v)
        v->n = n;
    return v;
}

static inline Blob *blob_new(int64_t n) {
    Blob *b = gc_alloc(&blob_type, sizeof(Blob) + (size_t)n);
    if (b)
        b->n = n;
    return b;
}

static inline uint64_t collected_total(void) {
    GcStats s;
    gc_get_stats(&s);
    return s.collected;
}

static inline double now_s(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Resident set size in MiB (from /proc/self/statm). */
static inline double rss_mib(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    long size = 0, res = 0;
    if (f) {
        if (fscanf(f, "%ld %ld", &size, &res) != 2)
            res = 0;
        fclose(f);
    }
    return (double)res * (double)sysconf(_SC_PAGESIZE) / (1024.0 * 1024.0);
}

/* Overwrite dead stack below the caller so stale pointers from finished
 * calls do not keep garbage alive (the stack is scanned conservatively). */
static __attribute__((noinline, unused)) void scrub_stack(void) {
    volatile char buf[64 * 1024];
    memset((char *)buf, 0, sizeof buf);
}

#endif
