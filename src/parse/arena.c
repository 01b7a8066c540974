/* arena.c - bump allocator backing the front end (see arena.h).
 *
 * Invariants: blocks form a singly linked list, newest first; only the
 * newest block is bumped into.  A request larger than a quarter of the
 * standard block gets a block of its own, inserted behind the current one
 * so the current block keeps serving small requests.  All memory handed out
 * is zeroed, which lets AST builders rely on absent fields being NULL/0.
 */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { BLOCK_SIZE = 64 * 1024 };

typedef struct Block {
    struct Block *next;
    size_t used, size; /* bytes of data[] in use / available */
    alignas(max_align_t) unsigned char data[];
} Block;

struct Arena {
    Block *head;
    size_t total;
};

static const size_t ALIGN = alignof(max_align_t);

Arena *arena_new(void)
{
    return calloc(1, sizeof(Arena));
}

static Block *new_block(Arena *a, size_t size)
{
    Block *b = malloc(sizeof(Block) + size);
    if (!b)
        return NULL;
    b->next = NULL;
    b->used = 0;
    b->size = size;
    a->total += sizeof(Block) + size;
    return b;
}

void *arena_alloc(Arena *a, size_t size)
{
    if (size == 0)
        size = 1;
    if (size > SIZE_MAX - ALIGN)
        return NULL;
    size = (size + ALIGN - 1) & ~(ALIGN - 1);
    Block *b = a->head;
    if (!b || b->size - b->used < size) {
        if (size > BLOCK_SIZE / 4) {
            Block *big = new_block(a, size);
            if (!big)
                return NULL;
            /* Keep the current block in front: it still has room. */
            if (b) {
                big->next = b->next;
                b->next = big;
            } else {
                a->head = big;
            }
            big->used = size;
            memset(big->data, 0, size);
            return big->data;
        }
        b = new_block(a, BLOCK_SIZE);
        if (!b)
            return NULL;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *d = arena_alloc(a, len + 1);
    if (d) {
        if (len)
            memcpy(d, s, len);
        d[len] = '\0';
    }
    return d;
}

size_t arena_bytes(const Arena *a)
{
    return a->total;
}

void arena_free(Arena *a)
{
    if (!a)
        return;
    Block *b = a->head;
    while (b) {
        Block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}
