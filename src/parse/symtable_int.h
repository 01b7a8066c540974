/* symtable_int.h - internals shared by symtable.c (tables, analysis),
 * symvisit.c (the AST walk) and symcheck.c (future imports and compiler
 * checks).  Not for use outside src/parse.
 */
#ifndef WEFT_PARSE_SYMTABLE_INT_H
#define WEFT_PARSE_SYMTABLE_INT_H

#include <setjmp.h>
#include <stddef.h>

#include "symtable.h"

/* Open-addressing hash map keyed by pointer (or by string for the intern
 * table); capacity is a power of two. */
typedef struct PtrMap {
    const void **keys;
    void **vals;
    int cap, len;
} PtrMap;

/* A set of interned names. */
typedef struct NameSet {
    PtrMap map;
} NameSet;

/* Where a global/nonlocal declaration of a name is, for error messages. */
typedef struct Directive {
    const char *name;
    int lineno, col, end_lineno, end_col;
    struct Directive *next; /* newest first */
} Directive;

/* State of one symtable_build. */
typedef struct Builder {
    SymTable *st;
    Arena *arena;   /* results */
    Arena *scratch; /* temporary sets of the analysis */
    ParseError *err;
    jmp_buf jmp;    /* errors unwind here */
    Scope *cur, *top;
    const char *private_name; /* class name for mangling, or NULL */
    PtrMap interned;
    int depth;      /* recursion guard (SYMTABLE_MAX_DEPTH) */
} Builder;

/* Append x to an arena array arr[len] with capacity cap. */
#define ST_PUSH(b, arr, len, cap, x)                                        \
    do {                                                                    \
        if ((len) == (cap))                                                 \
            (arr) = symtable_grow((b), (arr), (len), &(cap), sizeof *(arr));      \
        (arr)[(len)++] = (x);                                               \
    } while (0)

/* symtable.c */
/* Allocation in arena a; unwinds with MemoryError on failure. */
void *symtable_alloc(Builder *b, Arena *a, size_t size);
/* Grow an arena array (used by ST_PUSH). */
void *symtable_grow(Builder *b, void *items, int len, int *cap, size_t elsize);
/* Value stored for key, or NULL. */
void *symtable_map_get(const PtrMap *m, const void *key, int by_string);
/* Store val for key (in arena a). */
void symtable_map_put(Builder *b, Arena *a, PtrMap *m, const void *key, void *val, int by_string);
/* The table's unique copy of string s. */
const char *symtable_intern(Builder *b, const char *s);
/* Interned, mangled form of an identifier in the current class context. */
const char *symtable_name(Builder *b, const char *name);
/* The symbol for an interned name in sc, created if `create`. */
Symbol *symtable_symbol(Builder *b, Scope *sc, const char *iname, int create);
/* Open a new scope, child of the current one, and make it current. */
Scope *symtable_enter(Builder *b, ScopeType type, const char *name, const void *node,
                int lineno, int col);
/* Return to the parent scope. */
void symtable_exit(Builder *b);
/* SyntaxError with a CPython location (offsets already 1-based). */
_Noreturn void symtable_error(Builder *b, int lineno, int offset, int end_lineno,
                        int end_offset, const char *fmt, ...);
/* MemoryError. */
_Noreturn void symtable_fail_memory(Builder *b);

/* symvisit.c: pass 1 over the whole module. */
void symvisit_module(Builder *b, Module *mod);

/* symcheck.c: __future__ imports, read before pass 1. */
void symcheck_future(Builder *b, Module *mod);
/* symcheck.c: the compiler's checks, after the analysis. */
void symcheck_module(Builder *b, Module *mod);

#endif
