/* symtable.c - symbol table construction and name analysis (see
 * symtable.h), following CPython 3.11's Python/symtable.c.
 *
 * Pass 1 (visit_*) walks the tree, creating scopes and recording SYMF_*
 * usage flags per name; misuse of global/nonlocal, duplicate parameters,
 * walrus restrictions in comprehensions and yield in comprehensions are
 * reported here.  Pass 2 (analyze_*) resolves every name top-down with the
 * sets of names bound in enclosing functions, turning locals captured by
 * inner scopes into cells.  symcheck.c then runs the compiler's checks.
 *
 * Invariants: names are interned, so sets and tables compare pointers;
 * symbols, scopes and result lists live in the caller's arena, while the
 * temporary sets of pass 2 live in a scratch arena freed before returning.
 * Errors unwind with longjmp to symtable_build (the walk holds no locks
 * and owns no malloc'd memory outside the two arenas).
 */
#include "symtable.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "symtable_int.h"

/* ------------------------------------------------------------------ */
/* Interned strings and pointer sets                                  */

static size_t hash_str(const char *s)
{
    size_t h = 1469598103934665603u;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 1099511628211u;
    return h;
}

static size_t hash_ptr(const void *p)
{
    uintptr_t v = (uintptr_t)p;
    v ^= v >> 17;
    v *= 0xed5ad4bbu;
    v ^= v >> 11;
    return (size_t)v;
}

void *symtable_alloc(Builder *b, Arena *a, size_t size)
{
    void *m = arena_alloc(a, size);
    if (!m)
        symtable_fail_memory(b);
    return m;
}

void *symtable_grow(Builder *b, void *items, int len, int *cap, size_t elsize)
{
    int ncap = *cap ? *cap * 2 : 8;
    void *n = symtable_alloc(b, b->arena, (size_t)ncap * elsize);
    if (len)
        memcpy(n, items, (size_t)len * elsize);
    *cap = ncap;
    return n;
}

/* PtrMap: open addressing, keys compared by pointer (or string for the
 * intern table). */
static void map_init(Builder *b, Arena *a, PtrMap *m, int cap)
{
    m->cap = cap;
    m->len = 0;
    m->keys = symtable_alloc(b, a, sizeof(void *) * (size_t)cap);
    m->vals = symtable_alloc(b, a, sizeof(void *) * (size_t)cap);
}

static void map_grow(Builder *b, Arena *a, PtrMap *m, int by_string);

static int map_slot(const PtrMap *m, const void *key, int by_string)
{
    size_t h = by_string ? hash_str(key) : hash_ptr(key);
    size_t mask = (size_t)m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const void *k = m->keys[i];
        if (!k || k == key || (by_string && strcmp(k, key) == 0))
            return (int)i;
    }
}

void *symtable_map_get(const PtrMap *m, const void *key, int by_string)
{
    if (!m->cap)
        return NULL;
    int i = map_slot(m, key, by_string);
    return m->keys[i] ? m->vals[i] : NULL;
}

void symtable_map_put(Builder *b, Arena *a, PtrMap *m, const void *key, void *val, int by_string)
{
    if (!m->cap)
        map_init(b, a, m, 16);
    else if ((m->len + 1) * 2 > m->cap)
        map_grow(b, a, m, by_string);
    int i = map_slot(m, key, by_string);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->len++;
    }
    m->vals[i] = val;
}

static void map_grow(Builder *b, Arena *a, PtrMap *m, int by_string)
{
    PtrMap old = *m;
    map_init(b, a, m, old.cap * 2);
    for (int i = 0; i < old.cap; i++)
        if (old.keys[i])
            symtable_map_put(b, a, m, old.keys[i], old.vals[i], by_string);
}

const char *symtable_intern(Builder *b, const char *s)
{
    PtrMap *m = &b->interned;
    const char *k = symtable_map_get(m, s, 1);
    if (k)
        return k;
    size_t n = strlen(s);
    char *copy = symtable_alloc(b, b->arena, n + 1);
    memcpy(copy, s, n + 1);
    symtable_map_put(b, b->arena, m, copy, copy, 1);
    return copy;
}

/* A set of interned names, in the scratch arena. */
static NameSet *set_new(Builder *b)
{
    NameSet *s = symtable_alloc(b, b->scratch, sizeof(NameSet));
    return s;
}

static int set_has(const NameSet *s, const char *name)
{
    return s && symtable_map_get(&s->map, name, 0) != NULL;
}

static void set_add(Builder *b, NameSet *s, const char *name)
{
    symtable_map_put(b, b->scratch, &s->map, name, (void *)name, 0);
}

static void set_discard(NameSet *s, const char *name)
{
    /* Tombstone-free deletion: re-insert the rest of the cluster. */
    PtrMap *m = &s->map;
    if (!m->cap)
        return;
    int i = map_slot(m, name, 0);
    if (!m->keys[i])
        return;
    size_t mask = (size_t)m->cap - 1;
    m->keys[i] = NULL;
    m->len--;
    for (size_t j = ((size_t)i + 1) & mask; m->keys[j]; j = (j + 1) & mask) {
        const void *k = m->keys[j];
        void *v = m->vals[j];
        m->keys[j] = NULL;
        int t = map_slot(m, k, 0);
        m->keys[t] = k;
        m->vals[t] = v;
    }
}

static void set_update(Builder *b, NameSet *dst, const NameSet *src)
{
    if (!src)
        return;
    for (int i = 0; i < src->map.cap; i++)
        if (src->map.keys[i])
            set_add(b, dst, src->map.keys[i]);
}

static NameSet *set_copy(Builder *b, const NameSet *src)
{
    NameSet *s = set_new(b);
    set_update(b, s, src);
    return s;
}

/* ------------------------------------------------------------------ */
/* Errors                                                              */

_Noreturn void symtable_fail_memory(Builder *b)
{
    b->err->kind = PERR_MEMORY;
    b->err->msg[0] = '\0';
    longjmp(b->jmp, 1);
}

_Noreturn void symtable_error(Builder *b, int lineno, int offset, int end_lineno,
                        int end_offset, const char *fmt, ...)
{
    ParseError *e = b->err;
    e->kind = PERR_SYNTAX;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->lineno = lineno;
    e->offset = offset;
    e->end_lineno = end_lineno;
    e->end_offset = end_offset;
    longjmp(b->jmp, 1);
}

/* ------------------------------------------------------------------ */
/* Scopes and symbols                                                  */

const char *symtable_mangle(Arena *arena, const char *private_name, const char *name)
{
    size_t n = strlen(name);
    if (!private_name || n < 2 || name[0] != '_' || name[1] != '_')
        return name;
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (*private_name == '_')
        private_name++;
    if (!*private_name)
        return name;
    size_t p = strlen(private_name);
    char *m = arena_alloc(arena, 1 + p + n + 1);
    if (!m)
        return NULL;
    m[0] = '_';
    memcpy(m + 1, private_name, p);
    memcpy(m + 1 + p, name, n + 1);
    return m;
}

/* The interned, mangled form of name as seen from the current scope. */
const char *symtable_name(Builder *b, const char *name)
{
    const char *m = symtable_mangle(b->arena, b->private_name, name);
    if (!m)
        symtable_fail_memory(b);
    return symtable_intern(b, m);
}

static Symbol *find_symbol(const Scope *sc, const char *iname)
{
    return sc->index ? symtable_map_get(sc->index, iname, 0) : NULL;
}

const Symbol *symtable_scope_lookup(const Scope *sc, const char *name)
{
    if (!sc->index)
        return NULL;
    /* Interned pointers are keys; fall back to a string scan for names the
       caller built itself. */
    const Symbol *s = symtable_map_get(sc->index, name, 0);
    if (s)
        return s;
    for (int i = 0; i < sc->nsymbols; i++)
        if (strcmp(sc->symbols[i]->name, name) == 0)
            return sc->symbols[i];
    return NULL;
}

int scope_name_kind(const Scope *sc, const char *name)
{
    const Symbol *s = symtable_scope_lookup(sc, name);
    return s ? s->scope : 0;
}

Symbol *symtable_symbol(Builder *b, Scope *sc, const char *iname, int create)
{
    Symbol *s = find_symbol(sc, iname);
    if (s || !create)
        return s;
    if (!sc->index)
        sc->index = symtable_alloc(b, b->arena, sizeof(PtrMap));
    s = symtable_alloc(b, b->arena, sizeof(Symbol));
    s->name = iname;
    symtable_map_put(b, b->arena, sc->index, iname, s, 0);
    ST_PUSH(b, sc->symbols, sc->nsymbols, sc->symcap, s);
    return s;
}

Scope *symtable_enter(Builder *b, ScopeType type, const char *name, const void *node,
                int lineno, int col)
{
    Scope *sc = symtable_alloc(b, b->arena, sizeof(Scope));
    Scope *prev = b->cur;
    sc->table = b->st;
    sc->type = type;
    sc->name = symtable_intern(b, name);
    sc->node = node;
    sc->lineno = lineno;
    sc->col_offset = col;
    sc->parent = prev;
    sc->private_name = b->private_name;
    if (prev && (prev->is_nested || prev->type == SCOPE_FUNCTION))
        sc->is_nested = 1;
    /* Annotation scopes are not children: the compiler never sees them. */
    if (prev && type != SCOPE_ANNOTATION)
        ST_PUSH(b, prev->children, prev->nchildren, prev->childcap, sc);
    if (type != SCOPE_ANNOTATION)
        symtable_map_put(b, b->arena, b->st->scopes_by_node, node, sc, 0);
    b->cur = sc;
    return sc;
}

void symtable_exit(Builder *b)
{
    b->cur = b->cur->parent;
}

Scope *symtable_lookup_scope(const SymTable *st, const void *node)
{
    return symtable_map_get(st->scopes_by_node, node, 0);
}

/* ------------------------------------------------------------------ */
/* Analysis (CPython's analyze_block and helpers)                     */

enum { DEF_BOUND = SYMF_LOCAL | SYMF_PARAM | SYMF_IMPORT };

typedef struct Analysis {
    NameSet *bound, *local, *free, *global;
    PtrMap *scopes; /* name -> SYM_* for this block */
} Analysis;

/* Location of the global/nonlocal statement that declared name in sc. */
_Noreturn static void error_at_directive(Builder *b, Scope *sc, const char *name,
                                         const char *fmt, ...)
{
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Directive *d = sc->directives;
    for (; d; d = d->next)
        if (d->name == name)
            break;
    if (!d)
        symtable_error(b, 0, 0, 0, 0, "%s", msg);
    /* CPython reports the earliest directive: the list is newest first. */
    for (Directive *e = d->next; e; e = e->next)
        if (e->name == name)
            d = e;
    symtable_error(b, d->lineno, d->col + 1, d->end_lineno, d->end_col + 1, "%s", msg);
}

static void set_scope(Builder *b, Analysis *an, const char *name, int scope)
{
    symtable_map_put(b, b->scratch, an->scopes, name, (void *)(intptr_t)scope, 0);
}

static int get_scope(const Analysis *an, const char *name)
{
    return (int)(intptr_t)symtable_map_get(an->scopes, name, 0);
}

static void analyze_name(Builder *b, Scope *sc, Analysis *an, const Symbol *sym)
{
    const char *name = sym->name;
    unsigned flags = sym->flags;
    if (flags & SYMF_GLOBAL) {
        if (flags & SYMF_NONLOCAL)
            error_at_directive(b, sc, name, "name '%s' is nonlocal and global", name);
        set_scope(b, an, name, SYM_GLOBAL_EXPLICIT);
        set_add(b, an->global, name);
        if (an->bound)
            set_discard(an->bound, name);
        return;
    }
    if (flags & SYMF_NONLOCAL) {
        if (!an->bound)
            error_at_directive(b, sc, name, "nonlocal declaration not allowed at module level");
        if (!set_has(an->bound, name))
            error_at_directive(b, sc, name, "no binding for nonlocal '%s' found", name);
        set_scope(b, an, name, SYM_FREE);
        sc->has_free = 1;
        set_add(b, an->free, name);
        return;
    }
    if (flags & DEF_BOUND) {
        set_scope(b, an, name, SYM_LOCAL);
        set_add(b, an->local, name);
        set_discard(an->global, name);
        return;
    }
    /* Bound in an enclosing function: free here. */
    if (an->bound && set_has(an->bound, name)) {
        set_scope(b, an, name, SYM_FREE);
        sc->has_free = 1;
        set_add(b, an->free, name);
        return;
    }
    if (an->global && set_has(an->global, name)) {
        set_scope(b, an, name, SYM_GLOBAL_IMPLICIT);
        return;
    }
    if (sc->is_nested)
        sc->has_free = 1;
    set_scope(b, an, name, SYM_GLOBAL_IMPLICIT);
}

/* Record the final scopes, and add free names of children that pass
 * through this block (CPython's update_symbols). */
static void update_symbols(Builder *b, Scope *sc, Analysis *an, NameSet *bound,
                           NameSet *newfree)
{
    for (int i = 0; i < sc->nsymbols; i++)
        sc->symbols[i]->scope = get_scope(an, sc->symbols[i]->name);
    for (int i = 0; i < newfree->map.cap; i++) {
        const char *name = newfree->map.keys[i];
        if (!name)
            continue;
        Symbol *s = find_symbol(sc, name);
        if (s) {
            /* a method's free name that the class also binds */
            if (sc->type == SCOPE_CLASS && (s->flags & (DEF_BOUND | SYMF_GLOBAL)))
                s->flags |= SYMF_FREE_CLASS;
            continue;
        }
        if (bound && !set_has(bound, name))
            continue; /* a global */
        s = symtable_symbol(b, sc, name, 1);
        s->scope = SYM_FREE;
    }
}

static void analyze_block(Builder *b, Scope *sc, NameSet *bound, NameSet *free,
                          NameSet *global);

static void analyze_child(Builder *b, Scope *child, NameSet *bound, NameSet *free,
                          NameSet *global, NameSet *child_free)
{
    NameSet *tb = set_copy(b, bound), *tf = set_copy(b, free), *tg = set_copy(b, global);
    analyze_block(b, child, tb, tf, tg);
    set_update(b, child_free, tf);
}

static void analyze_block(Builder *b, Scope *sc, NameSet *bound, NameSet *free,
                          NameSet *global)
{
    Analysis an;
    an.bound = bound;
    an.local = set_new(b);
    an.free = free;
    an.global = global;
    an.scopes = symtable_alloc(b, b->scratch, sizeof(PtrMap));
    NameSet *newglobal = set_new(b), *newfree = set_new(b), *newbound = set_new(b);
    if (sc->type == SCOPE_CLASS) {
        /* class bindings are invisible in methods: pass down only what
           the class itself sees */
        set_update(b, newglobal, global);
        set_update(b, newbound, bound);
    }
    for (int i = 0; i < sc->nsymbols; i++)
        analyze_name(b, sc, &an, sc->symbols[i]);
    if (sc->type != SCOPE_CLASS) {
        if (sc->type == SCOPE_FUNCTION)
            set_update(b, newbound, an.local);
        set_update(b, newbound, bound);
        set_update(b, newglobal, global);
    } else {
        set_add(b, newbound, symtable_intern(b, "__class__"));
    }
    NameSet *allfree = set_new(b);
    for (int i = 0; i < sc->nchildren; i++) {
        Scope *c = sc->children[i];
        analyze_child(b, c, newbound, newfree, newglobal, allfree);
        if (c->has_free || c->child_free)
            sc->child_free = 1;
    }
    set_update(b, newfree, allfree);
    if (sc->type == SCOPE_FUNCTION) {
        /* locals captured by children become cells */
        for (int i = 0; i < sc->nsymbols; i++) {
            const char *name = sc->symbols[i]->name;
            if (get_scope(&an, name) == SYM_LOCAL && set_has(newfree, name)) {
                set_scope(b, &an, name, SYM_CELL);
                set_discard(newfree, name);
            }
        }
    } else if (sc->type == SCOPE_CLASS) {
        const char *cls = symtable_intern(b, "__class__");
        if (set_has(newfree, cls)) {
            set_discard(newfree, cls);
            sc->needs_class_closure = 1;
        }
    }
    update_symbols(b, sc, &an, bound, newfree);
    set_update(b, free, newfree);
}

/* ------------------------------------------------------------------ */
/* Results for the compiler                                            */

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* varnames, cellvars and freevars of one scope, then its children. */
static void finish_scope(Builder *b, Scope *sc)
{
    /* parameters were appended while visiting */
    if (sc->type == SCOPE_FUNCTION) {
        for (int i = 0; i < sc->nsymbols; i++) {
            Symbol *s = sc->symbols[i];
            if ((s->scope == SYM_LOCAL || s->scope == SYM_CELL) && !(s->flags & SYMF_PARAM))
                ST_PUSH(b, sc->varnames, sc->nvarnames, sc->varcap, s->name);
        }
    }
    int ccap = 0, fcap = 0;
    if (sc->needs_class_closure)
        ST_PUSH(b, sc->cellvars, sc->ncellvars, ccap, symtable_intern(b, "__class__"));
    for (int i = 0; i < sc->nsymbols; i++) {
        Symbol *s = sc->symbols[i];
        if (s->scope == SYM_CELL)
            ST_PUSH(b, sc->cellvars, sc->ncellvars, ccap, s->name);
        /* a class that binds a name a method takes from an enclosing
           function passes that cell through (CPython's DEF_FREE_CLASS) */
        if (s->scope == SYM_FREE || (s->flags & SYMF_FREE_CLASS))
            ST_PUSH(b, sc->freevars, sc->nfreevars, fcap, s->name);
    }
    if (sc->ncellvars > 1)
        qsort(sc->cellvars, (size_t)sc->ncellvars, sizeof(char *), cmp_names);
    if (sc->nfreevars > 1)
        qsort(sc->freevars, (size_t)sc->nfreevars, sizeof(char *), cmp_names);
    for (int i = 0; i < sc->nchildren; i++)
        finish_scope(b, sc->children[i]);
}

/* ------------------------------------------------------------------ */
/* Entry                                                               */

SymTable *symtable_build(Module *mod, Arena *arena, ParseError *err)
{
    Builder b;
    memset(&b, 0, sizeof b);
    memset(err, 0, sizeof *err);
    b.arena = arena;
    b.err = err;
    b.scratch = arena_new();
    if (!b.scratch) {
        err->kind = PERR_MEMORY;
        return NULL;
    }
    SymTable *result = NULL;
    if (setjmp(b.jmp) == 0) {
        SymTable *st = symtable_alloc(&b, arena, sizeof(SymTable));
        st->arena = arena;
        st->scopes_by_node = symtable_alloc(&b, arena, sizeof(PtrMap));
        st->interned = symtable_alloc(&b, arena, sizeof(PtrMap));
        b.st = st;
        symcheck_future(&b, mod);
        st->top = symtable_enter(&b, SCOPE_MODULE, "top", mod, 0, 0);
        b.top = st->top;
        symvisit_module(&b, mod);
        symtable_exit(&b);
        analyze_block(&b, st->top, NULL, set_new(&b), set_new(&b));
        finish_scope(&b, st->top);
        symcheck_module(&b, mod);
        *(PtrMap *)st->interned = b.interned;
        result = st;
    }
    arena_free(b.scratch);
    return result;
}

/* ------------------------------------------------------------------ */
/* Dump (test format)                                                  */

static const char *scope_word(int s)
{
    switch (s) {
    case SYM_LOCAL: return "LOCAL";
    case SYM_GLOBAL_EXPLICIT: return "GLOBAL_EXPLICIT";
    case SYM_GLOBAL_IMPLICIT: return "GLOBAL_IMPLICIT";
    case SYM_FREE: return "FREE";
    case SYM_CELL: return "CELL";
    default: return "?";
    }
}

static int cmp_symbols(const void *a, const void *b)
{
    return strcmp((*(const Symbol *const *)a)->name, (*(const Symbol *const *)b)->name);
}

static void dump_scope(const Scope *sc, int depth, void (*emit)(const char *))
{
    char buf[600];
    static const char *const types[] = {"module", "class", "function", "annotation"};
    snprintf(buf, sizeof buf, "%*sscope %s %s line %d%s\n", depth * 2, "", types[sc->type],
             sc->name, sc->lineno, sc->is_generator ? " generator" : "");
    emit(buf);
    const Symbol **sorted = malloc(sizeof(Symbol *) * (size_t)(sc->nsymbols + 1));
    if (!sorted)
        return;
    for (int i = 0; i < sc->nsymbols; i++)
        sorted[i] = sc->symbols[i];
    qsort(sorted, (size_t)sc->nsymbols, sizeof *sorted, cmp_symbols);
    for (int i = 0; i < sc->nsymbols; i++) {
        const Symbol *s = sorted[i];
        unsigned f = s->flags;
        snprintf(buf, sizeof buf, "%*s  %s %s%s%s%s%s%s%s%s\n", depth * 2, "", s->name,
                 scope_word(s->scope), f & SYMF_PARAM ? " param" : "",
                 f & SYMF_LOCAL ? " assigned" : "", f & SYMF_USE ? " referenced" : "",
                 f & SYMF_IMPORT ? " imported" : "", f & SYMF_ANNOT ? " annotated" : "",
                 f & SYMF_NONLOCAL ? " nonlocal" : "",
                 s->scope == SYM_GLOBAL_EXPLICIT ? " global" : "");
        emit(buf);
    }
    free(sorted);
    for (int i = 0; i < sc->nchildren; i++)
        dump_scope(sc->children[i], depth + 1, emit);
}

void symtable_dump(const SymTable *st, void (*emit)(const char *))
{
    dump_scope(st->top, 0, emit);
}
