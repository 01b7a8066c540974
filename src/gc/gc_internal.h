/* gc_internal.h - the collector's private data structures, shared by
 * heap.c (blocks, block map, allocation), collect.c (marking, sweeping,
 * pacing, stopping the world) and src/thread/thread.c.
 *
 * Heap layout (see docs/gc.md):
 *  - Small objects (<= SMALL_MAX bytes) live in 64 KiB blocks aligned to
 *    64 KiB.  A block holds objects of one size class; its header (struct
 *    Block) sits at the start of the block and holds the size class, the
 *    object size, the free list and a mark bitmap with one bit per 16-byte
 *    granule (bit index = (addr - block) >> 4).
 *  - Large objects get their own mapping, also 64 KiB aligned, with the same
 *    header at its start and the object right after it.
 *  - The block map (a two-level radix table indexed by address >> 16) maps
 *    every 64 KiB chunk of the heap to the header of the block or large
 *    mapping that contains it.  Entries are written under heap_mu with
 *    release stores and read lock-free with acquire loads.
 *  - A free slot has type word 0 and links to the next free slot through its
 *    second word, so "is this slot an object?" is "type word != 0".
 */
#ifndef WEFT_GC_INTERNAL_H
#define WEFT_GC_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gc.h"
#include "../thread/thread.h"

#define BLOCK_SHIFT 16
#define BLOCK_SIZE ((size_t)1 << BLOCK_SHIFT)
#define BLOCK_MASK (BLOCK_SIZE - 1)
#define GRANULE_SHIFT 4
#define GRANULE ((size_t)1 << GRANULE_SHIFT)
#define SMALL_MAX 8192
#define NCLASSES 36                  /* see class_size[] in heap.c */
#define MARK_WORDS (BLOCK_SIZE / GRANULE / 64)
#define ARENA_BLOCKS 16              /* small blocks mapped per mmap call */
#define MAX_REQUEST ((size_t)1 << 48)

enum { BK_FREE = 0, BK_SMALL = 1, BK_LARGE = 2 };

typedef struct Block {
    uint8_t kind;                    /* BK_* */
    uint8_t cls;                     /* size class (BK_SMALL) */
    uint8_t committed;               /* BK_FREE: pages are resident */
    uint8_t large_mark;              /* BK_LARGE: the mark bit */
    uint8_t unswept;                 /* BK_SMALL on avail: marks still hold the
                                        last collection's verdict (lazy sweep) */
    uint32_t obj_size;               /* slot size (BK_SMALL) */
    uint32_t nobjs;                  /* slots in the block */
    uint32_t nfree;                  /* free slots after the last sweep/init */
    char *start;                     /* first slot */
    char *end;                       /* start + nobjs * obj_size */
    void *free;                      /* free list while no thread owns it */
    struct Block *next;              /* all_small / pool / large list */
    struct Block *prev;              /* large list only */
    struct Block *next_avail;        /* avail[cls] list */
    size_t map_size;                 /* BK_LARGE: bytes mapped */
    uint64_t marks[MARK_WORDS];      /* BK_SMALL: one bit per granule */
} Block;

#define HDR_SIZE ((sizeof(Block) + 63) & ~(size_t)63)

/* struct AllocContext (per-thread free lists) is in gc.h for the inline
 * fast path. */
_Static_assert(NCLASSES == GC_NCLASSES, "size class count");

struct Tracer {
    Obj **stack;                     /* mark stack (malloc'ed, grows) */
    size_t len, cap;
    bool overflow;                   /* a push failed: rescan marked objects */
};

/* ---- heap.c ---- */
extern const uint32_t class_size[NCLASSES];
extern uint8_t size_to_class[SMALL_MAX / GRANULE + 1];
extern pthread_mutex_t heap_mu;
extern Block *all_small;             /* every BK_SMALL block (heap_mu) */
extern Block *avail[NCLASSES];       /* blocks with free slots, not owned */
extern Block *large_list;            /* every live large mapping */
extern uintptr_t heap_min, heap_max; /* bounds of every address ever mapped */
extern _Atomic uint64_t heap_bytes;  /* bytes of small blocks in use + large maps */
extern uint64_t heap_limit;          /* WEFT_HEAP_LIMIT, 0 = none */

#define L1_BITS 16
#define L2_BITS 16
typedef _Atomic(Block *) MapEntry;
extern _Atomic(MapEntry *) blockmap_l1[1u << L1_BITS];

/* The block (or large mapping) containing address a, or NULL. */
static inline Block *blockmap_lookup(uintptr_t a) {
    if (a >> 48)
        return NULL;
    /* acquire: pairs with the release store that published the table and
     * its entries, so the block header written before is visible. */
    MapEntry *l2 = atomic_load_explicit(&blockmap_l1[a >> 32], memory_order_acquire);
    if (!l2)
        return NULL;
    return atomic_load_explicit(&l2[(a >> BLOCK_SHIFT) & ((1u << L2_BITS) - 1)],
                                memory_order_acquire);
}
void blockmap_set(uintptr_t lo, size_t len, Block *b);
/* Return an empty small block to the pool (heap_mu held). */
void pool_put(Block *b);
/* Trim the pool to `keep` committed blocks, decommitting the rest. */
void pool_trim(size_t keep);
size_t pool_committed_count(void);
void large_free(Block *b);           /* heap_mu held */
/* Keep at most `cap` bytes of dead large mappings for reuse. */
void lcache_trim(size_t cap);
void lcache_evict_unwanted(void);
/* Object start for a conservative pointer, or NULL. */
Obj *heap_find_object(uintptr_t w);

/* ---- collect.c ---- */
/* Sweep block b (lazily, by the thread that takes it from avail, or by the
 * collector): unmarked slots become its free list (*head, *nfree), marks
 * are cleared.  Returns the number of dead objects freed. */
uint64_t gc_sweep_block(Block *b, void **head, uint32_t *nfree);
/* Count objects freed by lazy sweeps in gc.get_stats(). */
void gc_note_lazy_freed(uint64_t n);
extern _Atomic uint64_t bytes_since;  /* bytes handed to allocators since the last GC */
extern _Atomic uint64_t allocs_since; /* objects handed out since the last GC */
extern _Atomic uint64_t gc_threshold_bytes;
extern long gc_torture;               /* WEFT_GC_TORTURE, 0 = off */
extern _Atomic uint64_t torture_count;
extern _Atomic bool gc_enabled_flag;
extern _Atomic int gc_thresholds[3];          /* gc.get_threshold() values */
void gc_collect_auto(void);           /* collect if the pacing says so (or torture) */
bool gc_collect_for_memory(void);     /* a collection before MemoryError */
void gc_maybe_collect(void);
void gc_after_fork(void);             /* thread_after_fork's half for src/gc */
extern _Thread_local bool gc_collecting; /* this thread is the collector now */

/* ---- thread.c (world stopping, used by collect.c) ---- */
extern pthread_mutex_t registry_mu;
extern pthread_mutex_t park_mu;
extern pthread_cond_t parked_cv;
extern pthread_cond_t resume_cv;
AllocContext *gc_context_new(void);
void gc_context_flush(AllocContext *ac);      /* give its free lists back */
/* Forget its lists (collector); true if it had any, i.e. the thread
 * allocated since the last collection. */
bool gc_context_drop(AllocContext *ac);
void *thread_current_sp(void);
/* Push the callee-saved registers, call fn(sp, arg) with sp pointing at
 * them (the caller's whole stack lies at and above sp), then return. */
void weft_with_saved_regs(void (*fn)(uintptr_t *saved, void *arg), void *arg);

#endif
