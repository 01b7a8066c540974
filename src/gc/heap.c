/* heap.c - blocks, the block map, the block pool and allocation.
 *
 * Invariants (layout in gc_internal.h and docs/gc.md):
 *  - Every slot of a BK_SMALL block is either an object (type word != 0) or
 *    free (type word 0, second word = next free slot).  Free slots are on
 *    exactly one list: a block's `free`, or one thread's AllocContext list.
 *  - A block with free slots that no thread owns is on avail[cls].
 *  - all_small, avail[], the pool and large_list change only under heap_mu
 *    (or with the world stopped, by the collector).
 *
 * Thread safety: the allocation fast path pops from the calling thread's own
 * AllocContext list: no lock, no atomic.  The slow path takes heap_mu to get
 * a block.  Nobody parks at a safepoint while holding heap_mu, so a
 * collection never waits on a thread blocked on it for long.  The block map
 * is read lock-free (acquire loads) and written under heap_mu (release).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "gc_internal.h"
#include "../error.h"

/* err_no_memory lives in error.c; weak so the GC unit tests link alone.
 * It is only called once MemoryError is ready (the runtime is up). */
#pragma weak err_no_memory
#pragma weak MemoryError_type

const uint32_t class_size[NCLASSES] = {
    16,   32,   48,   64,   80,   96,   112,  128,  144,  160,  176,  192,
    208,  224,  240,  256,  320,  384,  448,  512,  640,  768,  896,  1024,
    1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192,
};
uint8_t size_to_class[SMALL_MAX / GRANULE + 1];

pthread_mutex_t heap_mu = PTHREAD_MUTEX_INITIALIZER;
Block *all_small;
Block *avail[NCLASSES];
Block *large_list;
uintptr_t heap_min = UINTPTR_MAX, heap_max;
_Atomic uint64_t heap_bytes;
uint64_t heap_limit;

static Block *pool_hot;              /* empty blocks, pages resident */
/* Empty blocks whose pages (header included) were given back: a stack in
 * malloc'ed memory, so they cost no resident memory at all.  Their header
 * reads as zeros, i.e. kind BK_FREE, which lookups ignore. */
static Block **pool_cold;
static size_t n_hot, n_cold, cap_cold;

static bool cold_push(Block *b) {
    if (n_cold == cap_cold) {
        size_t nc = cap_cold ? cap_cold * 2 : 256;
        Block **p = realloc(pool_cold, nc * sizeof *p);
        if (!p)
            return false;
        pool_cold = p;
        cap_cold = nc;
    }
    pool_cold[n_cold++] = b;
    return true;
}
static size_t page_size = 4096;

/* ---------------------------------------------------------------- block map
 * Two levels over 48-bit addresses at 64 KiB granularity: the top 16 bits
 * pick a second-level table of 65536 entries (mmap'ed lazily, never freed). */
_Atomic(MapEntry *) blockmap_l1[1u << L1_BITS];

/* heap_mu held. */
void blockmap_set(uintptr_t lo, size_t len, Block *b) {
    for (uintptr_t a = lo; a < lo + len; a += BLOCK_SIZE) {
        MapEntry *l2 = atomic_load_explicit(&blockmap_l1[a >> 32], memory_order_relaxed);
        if (!l2) {
            l2 = mmap(NULL, sizeof(MapEntry) << L2_BITS, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
            if (l2 == MAP_FAILED) {
                fprintf(stderr, "weft: cannot map the GC block map\n");
                abort(); /* address-space exhaustion at start-up only */
            }
            /* release: the zeroed table is visible before its pointer */
            atomic_store_explicit(&blockmap_l1[a >> 32], l2, memory_order_release);
        }
        /* release: the block header is initialised before it is findable */
        atomic_store_explicit(&l2[(a >> BLOCK_SHIFT) & ((1u << L2_BITS) - 1)], b,
                              memory_order_release);
    }
}

/* --------------------------------------------------------------- mappings */
static void note_range(uintptr_t lo, size_t len) {
    if (lo < heap_min)
        heap_min = lo;
    if (lo + len > heap_max)
        heap_max = lo + len;
}

/* mmap `len` bytes aligned to BLOCK_SIZE, or NULL. */
static void *map_aligned(size_t len) {
    size_t want = len + BLOCK_SIZE;
    char *p = mmap(NULL, want, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    uintptr_t a = ((uintptr_t)p + BLOCK_MASK) & ~(uintptr_t)BLOCK_MASK;
    size_t head = a - (uintptr_t)p;
    if (head)
        munmap(p, head);
    size_t tail = want - head - len;
    if (tail)
        munmap((char *)a + len, tail);
    return (void *)a;
}

static bool over_limit(size_t more) {
    return heap_limit && atomic_load_explicit(&heap_bytes, memory_order_relaxed) + more > heap_limit;
}

/* Map a new arena of ARENA_BLOCKS blocks into the cold pool (heap_mu held). */
static bool map_arena(void) {
    char *a = map_aligned(ARENA_BLOCKS * BLOCK_SIZE);
    if (!a)
        return false;
    if (n_cold + ARENA_BLOCKS > cap_cold) {
        size_t nc = cap_cold ? cap_cold * 2 : 256;
        while (nc < n_cold + ARENA_BLOCKS)
            nc *= 2;
        Block **p = realloc(pool_cold, nc * sizeof *p);
        if (!p) {
            munmap(a, ARENA_BLOCKS * BLOCK_SIZE);
            return false;
        }
        pool_cold = p;
        cap_cold = nc;
    }
    note_range((uintptr_t)a, ARENA_BLOCKS * BLOCK_SIZE);
    /* fresh pages read as zeros: kind BK_FREE */
    for (int i = ARENA_BLOCKS - 1; i >= 0; i--)
        pool_cold[n_cold++] = (Block *)(a + i * BLOCK_SIZE);
    for (int i = 0; i < ARENA_BLOCKS; i++)
        blockmap_set((uintptr_t)a + i * BLOCK_SIZE, BLOCK_SIZE, (Block *)(a + i * BLOCK_SIZE));
    return true;
}

/* The free list of a block fresh from block_new, in address order.  Called
 * without heap_mu by the attached thread that got the block: no collection
 * can start (it would wait for this thread) and no other thread sees the
 * block (it is in no avail list), so its stale slots are never read. */
static void **block_free_list(Block *b) {
    uint32_t sz = b->obj_size;
    void **head = NULL;
    for (char *p = b->end - sz; p >= b->start; p -= sz) {
        void **slot = (void **)p;
        slot[0] = NULL;
        slot[1] = head;
        head = slot;
    }
    return head;
}

/* An empty block for class c, linked into all_small (heap_mu held); its
 * slots are not yet a free list (see block_free_list). */
static Block *block_new(int c) {
    if (over_limit(BLOCK_SIZE))
        return NULL;
    Block *b;
    if (pool_hot) {
        b = pool_hot;
        pool_hot = b->next;
        n_hot--;
    } else {
        if (!n_cold && !map_arena())
            return NULL;
        b = pool_cold[--n_cold];
    }
    uint32_t sz = class_size[c];
    b->kind = BK_SMALL;
    b->cls = (uint8_t)c;
    b->obj_size = sz;
    b->start = (char *)b + HDR_SIZE;
    b->nobjs = (uint32_t)((BLOCK_SIZE - HDR_SIZE) / sz);
    b->end = b->start + (size_t)b->nobjs * sz;
    b->large_mark = 0;
    memset(b->marks, 0, sizeof b->marks);
    /* The caller builds the free list (block_free_list) after dropping
     * heap_mu: it touches the whole 64 KiB, page faults included. */
    b->free = NULL;
    b->nfree = 0;
    b->next_avail = NULL;
    b->next = all_small;
    all_small = b;
    atomic_fetch_add_explicit(&heap_bytes, BLOCK_SIZE, memory_order_relaxed);
    return b;
}

/* heap_mu held (or world stopped). b is already unlinked from all_small. */
void pool_put(Block *b) {
    b->kind = BK_FREE;
    b->committed = 1;
    b->free = NULL;
    b->next = pool_hot;
    pool_hot = b;
    n_hot++;
    atomic_fetch_sub_explicit(&heap_bytes, BLOCK_SIZE, memory_order_relaxed);
}

size_t pool_committed_count(void) { return n_hot; }

/* Give the pages of all but `keep` hot pool blocks back to the OS.  The
 * header page stays (the block stays in the block map as BK_FREE). */
void pool_trim(size_t keep) {
    while (n_hot > keep) {
        Block *b = pool_hot;
        if (!cold_push(b))
            return;                  /* keep it resident */
        pool_hot = b->next;
        n_hot--;
        madvise(b, BLOCK_SIZE, MADV_DONTNEED); /* header too: reads back as zeros */
    }
}

/* ------------------------------------------------------------ large objects
 * Dead large mappings of up to LCACHE_PAGES pages are kept (kind BK_FREE,
 * still in the block map) in buckets by page count, up to lcache_cap bytes,
 * and reused for the next large object of the same size: no mmap/munmap and
 * no page faults for programs that churn through medium-sized buffers. */
#define LCACHE_PAGES 256
static Block *lcache[LCACHE_PAGES + 1];
static size_t lcache_bytes, lcache_cap = (size_t)8 << 20;
/* requests per page count since the last collection: sizes nobody asked
 * for are stale (a growing string never asks for its old size again) and
 * must not keep the cache full, or the current size can never be cached */
static uint32_t lcache_wanted[LCACHE_PAGES + 1];

static void unmap_large(Block *b) {
    blockmap_set((uintptr_t)b, b->map_size, NULL);
    munmap(b, b->map_size);
}

/* heap_mu held or world stopped; called before sweeping frees mappings. */
void lcache_evict_unwanted(void) {
    for (int p = 1; p <= LCACHE_PAGES; p++) {
        if (!lcache_wanted[p])
            while (lcache[p]) {
                Block *b = lcache[p];
                lcache[p] = b->next;
                lcache_bytes -= b->map_size;
                unmap_large(b);
            }
        lcache_wanted[p] = 0;
    }
}

/* heap_mu held or world stopped. */
void lcache_trim(size_t cap) {
    lcache_cap = cap;
    for (int p = LCACHE_PAGES; p > 0 && lcache_bytes > cap; p--)
        while (lcache[p] && lcache_bytes > cap) {
            Block *b = lcache[p];
            lcache[p] = b->next;
            lcache_bytes -= b->map_size;
            unmap_large(b);
        }
}

static void *alloc_large(Type *t, size_t size, size_t zero) {
    size_t len = (HDR_SIZE + size + page_size - 1) & ~(page_size - 1);
    size_t pages = len / page_size;
    pthread_mutex_lock(&heap_mu);
    if (over_limit(len)) {
        pthread_mutex_unlock(&heap_mu);
        return NULL;
    }
    Block *b;
    if (pages <= LCACHE_PAGES)
        lcache_wanted[pages]++;
    if (pages <= LCACHE_PAGES && lcache[pages]) {
        b = lcache[pages];
        lcache[pages] = b->next;
        lcache_bytes -= len;
        /* Recycled memory: clear what the caller needs clear.  Beyond
         * `zero` the caller overwrites the payload; bytes past the
         * requested size stay cleared for gc_usable_size() users. */
        if (zero >= size) {
            memset((char *)b + HDR_SIZE, 0, len - HDR_SIZE);
        } else {
            memset((char *)b + HDR_SIZE, 0, zero);
            memset((char *)b + HDR_SIZE + size, 0, len - HDR_SIZE - size);
        }
    } else {
        b = map_aligned(len);
        if (!b) {
            pthread_mutex_unlock(&heap_mu);
            return NULL;
        }
        note_range((uintptr_t)b, len);
    }
    b->kind = BK_LARGE;
    b->map_size = len;
    b->obj_size = 0;
    b->large_mark = 0;
    b->prev = NULL;
    b->next = large_list;
    if (large_list)
        large_list->prev = b;
    large_list = b;
    Obj *o = (Obj *)((char *)b + HDR_SIZE);
    o->type = t;                     /* fresh mapping: the rest is zero */
    blockmap_set((uintptr_t)b, len, b);
    atomic_fetch_add_explicit(&heap_bytes, len, memory_order_relaxed);
    pthread_mutex_unlock(&heap_mu);
    atomic_fetch_add_explicit(&bytes_since, len, memory_order_relaxed);
    atomic_fetch_add_explicit(&allocs_since, 1, memory_order_relaxed);
    return o;
}

/* heap_mu held or world stopped. */
void large_free(Block *b) {
    if (b->prev)
        b->prev->next = b->next;
    else
        large_list = b->next;
    if (b->next)
        b->next->prev = b->prev;
    atomic_fetch_sub_explicit(&heap_bytes, b->map_size, memory_order_relaxed);
    size_t pages = b->map_size / page_size;
    if (pages <= LCACHE_PAGES && lcache_bytes + b->map_size <= lcache_cap) {
        b->kind = BK_FREE;           /* still mapped to b: lookups ignore it */
        b->next = lcache[pages];
        lcache[pages] = b;
        lcache_bytes += b->map_size;
        return;
    }
    unmap_large(b);
}

/* ------------------------------------------------------------- allocation */
static void *no_memory(void) {
    /* Only raise once the exception machinery is up (not in unit tests). */
    if (err_no_memory && &MemoryError_type && (MemoryError_type.flags & TF_READY))
        err_no_memory();
    return NULL;
}

/* heap_mu for an allocating thread.  Its critical sections are short (no
 * free-list building, no sweeping inside), so a waiter spins; after a few
 * tries it yields, polling the safepoint, so that a collection never waits
 * for a thread asleep in pthread_mutex_lock (it does not hold heap_mu, so
 * parking here is allowed; the collector may empty its allocation lists
 * meanwhile, which refill's caller tolerates). */
static void heap_lock_for_refill(void) {
    for (int i = 0; pthread_mutex_trylock(&heap_mu) != 0; i++) {
        if (i < 64) {
#if defined(__x86_64__) || defined(__i386__)
            __builtin_ia32_pause();
#endif
        } else {
            SAFEPOINT();
            sched_yield();
        }
    }
}

/* Hand a block's free list for class c to the thread; false if no block. */
static bool refill(void **list, int c) {
    heap_lock_for_refill();
    Block *b = avail[c];
    bool fresh = false, unswept = b && b->unswept;
    if (b)
        avail[c] = b->next_avail;
    else {
        b = block_new(c);
        fresh = true;
    }
    if (!b) {
        pthread_mutex_unlock(&heap_mu);
        return false;
    }
    uint32_t n = fresh ? b->nobjs : b->nfree;
    *list = b->free;
    b->free = NULL;
    b->nfree = 0;
    b->next_avail = NULL;
    pthread_mutex_unlock(&heap_mu);
    /* Both builds run outside heap_mu: the block is this thread's alone,
     * and no collection can start while it is attached and not at a
     * safepoint. */
    if (fresh)
        *list = block_free_list(b);
    else if (unswept) {
        uint32_t got;
        gc_note_lazy_freed(gc_sweep_block(b, list, &got));
        n = got;
    }
    atomic_fetch_add_explicit(&bytes_since, (uint64_t)n * b->obj_size, memory_order_relaxed);
    atomic_fetch_add_explicit(&allocs_since, n, memory_order_relaxed);
    return true;
}

static inline void *pop_init(void **list, int c, Type *t) {
    void **p = *list;
    *list = p[1];
    uint64_t *w = (uint64_t *)p;
    size_t n = class_size[c] / 8;
    w[1] = 0;
    for (size_t i = 2; i < n; i++)
        w[i] = 0;
    ((Obj *)p)->type = t;
    return p;
}

static __attribute__((noinline)) void *alloc_slow(Type *t, size_t size, size_t zero) {
    if (size > MAX_REQUEST)
        return no_memory();
    if (size < sizeof(Obj))
        size = sizeof(Obj);
    ThreadState *ts = ts_current;
    SAFEPOINT();
    gc_maybe_collect();
    for (int attempt = 0; attempt < 2; attempt++) {
        if (size > SMALL_MAX) {
            void *o = alloc_large(t, size, zero);
            if (o)
                return o;
        } else {
            int c = size_to_class[(size + GRANULE - 1) >> GRANULE_SHIFT];
            void **list = gc_torture ? &ts->alloc->tfree[c] : &ts->alloc->free[c];
            if (*list || refill(list, c))
                return pop_init(list, c, t);
        }
        if (attempt == 0 && !gc_collect_for_memory())
            break;
    }
    return no_memory();
}

void *(gc_alloc)(Type *t, size_t size) {
    if (__builtin_expect(size <= SMALL_MAX, 1)) {
        int c = size_to_class[(size + GRANULE - 1) >> GRANULE_SHIFT];
        void **list = &ts_current->alloc->free[c];
        if (__builtin_expect(*list != NULL, 1))
            return pop_init(list, c, t);
    }
    return alloc_slow(t, size, SIZE_MAX);
}

void *gc_alloc_nozero(Type *t, size_t size, size_t zero) {
    if (size <= SMALL_MAX)
        return (gc_alloc)(t, size);  /* small: clearing is cheap, keep one path */
    return alloc_slow(t, size, zero);
}

/* Rule (also in docs/gc.md): fixed-size types (itemsize == 0) get
 * max(size, t->basicsize) bytes, so a heap subclass's basicsize (which
 * includes its __dict__ pointer and __slots__ values) decides; when
 * dict_offset == -1 one more word is added for the dict pointer, which is
 * then the last word of the allocation: (char *)o + gc_usable_size(o) - 8.
 * Variable-size types get `size` plus that word when dict_offset == -1
 * (CPython forbids non-empty __slots__ on variable-size subclasses). */
void *gc_alloc_instance(Type *t, size_t size) {
    size_t n = size;
    if (t->itemsize == 0 && t->basicsize > n)
        n = t->basicsize;
    if (t->dict_offset == -1)
        n += sizeof(void *);
    return gc_alloc(t, n);
}

size_t gc_usable_size(Obj *o) {
    Block *b = blockmap_lookup((uintptr_t)o);
    if (!b)
        return 0;
    if (b->kind == BK_SMALL)
        return b->obj_size;
    if (b->kind == BK_LARGE)
        return b->map_size - HDR_SIZE;
    return 0;
}

Obj *heap_find_object(uintptr_t w) {
    if (w < heap_min || w >= heap_max)
        return NULL;
    Block *b = blockmap_lookup(w);
    if (!b)
        return NULL;
    Obj *o;
    if (b->kind == BK_SMALL) {
        if (w < (uintptr_t)b->start || w >= (uintptr_t)b->end)
            return NULL;
        size_t idx = (w - (uintptr_t)b->start) / b->obj_size;
        o = (Obj *)(b->start + idx * b->obj_size);
    } else if (b->kind == BK_LARGE) {
        o = (Obj *)((char *)b + HDR_SIZE);
        if (w < (uintptr_t)o)
            return NULL;
    } else {
        return NULL;
    }
    return o->type ? o : NULL;
}

/* ----------------------------------------------------- allocation contexts */
AllocContext *gc_context_new(void) {
    /* Its free-list heads are written on every allocation: own cache
     * lines, never shared with another thread's data. */
    size_t size = (sizeof(AllocContext) + 127) & ~(size_t)127;
    AllocContext *ac = aligned_alloc(128, size);
    if (ac)
        memset(ac, 0, sizeof *ac);
    return ac;
}

/* Put a free list back on the blocks its slots belong to (heap_mu held). */
static void give_back_list(void *head) {
    void **p = head;
    while (p) {
        void **next = p[1];
        Block *b = (Block *)((uintptr_t)p & ~(uintptr_t)BLOCK_MASK);
        if (b->nfree == 0 && !b->free) {
            b->next_avail = avail[b->cls];
            avail[b->cls] = b;
        }
        p[1] = b->free;
        b->free = p;
        b->nfree++;
        p = next;
    }
}

void gc_context_flush(AllocContext *ac) {
    pthread_mutex_lock(&heap_mu);
    for (int c = 0; c < NCLASSES; c++) {
        give_back_list(ac->free[c]);
        give_back_list(ac->tfree[c]);
        ac->free[c] = ac->tfree[c] = NULL;
    }
    pthread_mutex_unlock(&heap_mu);
}

bool gc_context_drop(AllocContext *ac) {
    bool had = false;
    for (int c = 0; c < GC_NCLASSES; c++)
        had |= ac->free[c] != NULL || ac->tfree[c] != NULL;
    memset(ac, 0, sizeof *ac);
    return had;
}

/* ------------------------------------------------------------------- init */
void gc_init(void) {
    static bool done;
    if (done)
        return;
    done = true;
    long ps = sysconf(_SC_PAGESIZE);
    if (ps > 0)
        page_size = (size_t)ps;
    int c = 0;
    for (size_t g = 0; g <= SMALL_MAX / GRANULE; g++) {
        size_t sz = g * GRANULE;
        while (class_size[c] < sz)
            c++;
        size_to_class[g] = (uint8_t)c;
    }
    const char *s = getenv("WEFT_HEAP_LIMIT");
    if (s && *s)
        heap_limit = strtoull(s, NULL, 10);
    s = getenv("WEFT_GC_TORTURE");
    if (s && *s)
        gc_torture = strtol(s, NULL, 10);
    if (gc_torture < 0)
        gc_torture = 0;
}
