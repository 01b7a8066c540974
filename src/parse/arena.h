/* arena.h - bump allocator that owns all memory of one parse.
 *
 * Every AST node, identifier, constant payload and symbol table built for
 * one source text lives in a single Arena and is released by one call to
 * arena_free().  Nothing allocated here is a GC object and nothing points
 * into the GC heap, so a collector may run at any time while the front end
 * works.  An Arena is not thread-safe: one thread builds and reads it.
 */
#ifndef WEFT_PARSE_ARENA_H
#define WEFT_PARSE_ARENA_H

#include <stddef.h>

/* Opaque arena: a chain of malloc'd blocks. */
typedef struct Arena Arena;

/* A new empty arena, or NULL when malloc fails. */
Arena *arena_new(void);

/* size bytes aligned for any object type, zero-filled; NULL when out of
 * memory.  The memory lives until arena_free(). */
void *arena_alloc(Arena *a, size_t size);

/* A NUL-terminated copy of s[0..len) in the arena (s may contain NULs;
 * the copy is len bytes plus a terminating NUL); NULL when out of memory. */
char *arena_strndup(Arena *a, const char *s, size_t len);

/* Total bytes obtained from malloc so far (for tests and statistics). */
size_t arena_bytes(const Arena *a);

/* Release every allocation of the arena and the arena itself.  NULL is
 * allowed and ignored. */
void arena_free(Arena *a);

#endif
