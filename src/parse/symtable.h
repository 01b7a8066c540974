/* symtable.h - scopes and name classification for a parsed module.
 *
 * symtable_build() walks the AST like CPython 3.11's symtable.c: it makes
 * one Scope per module, class, function, lambda and comprehension (each
 * comprehension is a function scope; its first iterable is evaluated in
 * the enclosing scope), records how each name is used, then classifies
 * every name as LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL.
 * It also performs the checks CPython makes in its future-import,
 * symtable and compiler passes ('return' outside function, misplaced
 * global/nonlocal, starred targets, ...), so a compiler may assume that a
 * tree with a symbol table is valid.
 *
 * Names are stored mangled (`__x` in class C is `_C__x`), as CPython does.
 * Everything lives in the caller's Arena; nothing is a GC object.  A
 * SymTable is read-only after construction and may be shared by threads.
 */
#ifndef WEFT_PARSE_SYMTABLE_H
#define WEFT_PARSE_SYMTABLE_H

#include "arena.h"
#include "ast.h"
#include "parser.h"

/* What kind of block a scope is (CPython's _Py_block_ty). */
typedef enum ScopeType {
    SCOPE_MODULE,
    SCOPE_CLASS,
    SCOPE_FUNCTION,  /* def, lambda and comprehensions */
    SCOPE_ANNOTATION /* annotations under `from __future__ import
                        annotations`; never compiled, not a child */
} ScopeType;

/* For function scopes made by comprehensions: which kind. */
typedef enum CompKind {
    COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GENEXP
} CompKind;

/* Classification of a name in a scope (CPython's scope values). */
enum {
    SYM_LOCAL = 1,       /* bound here, lives in a fast local (or a module/
                            class namespace entry at those levels) */
    SYM_GLOBAL_EXPLICIT, /* declared `global` here */
    SYM_GLOBAL_IMPLICIT, /* not bound in any enclosing function: globals,
                            then builtins */
    SYM_FREE,            /* bound in an enclosing function: a closure cell */
    SYM_CELL             /* bound here and used by a nested scope */
};

/* How a name is used in a scope (CPython's DEF_* flags). */
enum {
    SYMF_GLOBAL = 1 << 0,     /* `global name` */
    SYMF_LOCAL = 1 << 1,      /* assigned, deleted, bound by for/with/def... */
    SYMF_PARAM = 1 << 2,      /* a parameter */
    SYMF_NONLOCAL = 1 << 3,   /* `nonlocal name` */
    SYMF_USE = 1 << 4,        /* read */
    SYMF_FREE_CLASS = 1 << 6, /* class scope: also free in a method */
    SYMF_IMPORT = 1 << 7,     /* bound by import */
    SYMF_ANNOT = 1 << 8,      /* annotated (x: T) */
    SYMF_COMP_ITER = 1 << 9   /* a comprehension iteration variable */
};

/* One name of a scope. */
typedef struct Symbol {
    const char *name; /* mangled, interned per SymTable */
    unsigned flags;   /* SYMF_* */
    int scope;        /* SYM_* */
} Symbol;

typedef struct Scope Scope;

/* A block of code with its own namespace. */
struct Scope {
    const struct SymTable *table; /* the table this scope belongs to */
    ScopeType type;
    const char *name;  /* "top", the def/class name, "lambda", "listcomp",
                          "setcomp", "dictcomp" or "genexpr" */
    const void *node;  /* Module*, Stmt* (def/class) or Expr* (lambda,
                          comprehension) that owns the scope */
    int lineno, col_offset;
    Scope *parent;
    Scope **children;  /* nested scopes in source order */
    int nchildren;
    Symbol **symbols;  /* in order of first occurrence */
    int nsymbols;
    const char *private_name; /* enclosing class name used to mangle
                                 __names here, or NULL */
    /* For the compiler (function scopes; lists of interned names): */
    const char **varnames; /* parameters in order (posonly, regular,
                              keyword-only, *args, **kwargs), then the other
                              LOCAL/CELL names in order of first use */
    int nvarnames;
    int argcount, posonlyargcount, kwonlyargcount;
    const char **cellvars; /* CELL names sorted by name; a class that needs
                              it has "__class__" here */
    int ncellvars;
    const char **freevars; /* FREE names sorted by name */
    int nfreevars;
    CompKind comprehension;
    unsigned is_generator : 1;   /* contains yield (genexps are generators) */
    unsigned has_varargs : 1;    /* *args */
    unsigned has_varkw : 1;      /* **kwargs */
    unsigned is_nested : 1;      /* inside a function */
    unsigned has_free : 1;       /* uses free variables */
    unsigned child_free : 1;     /* a nested scope uses free variables */
    unsigned needs_class_closure : 1; /* class: methods use __class__/super */
    unsigned returns_value : 1;  /* has `return expr` */
    unsigned is_lambda : 1;
    /* build-time state */
    int comp_iter_target, comp_iter_expr;
    int symcap, childcap, varcap;
    void *directives;  /* global/nonlocal statement locations */
    void *index;       /* name -> symbol hash table */
};

/* Future features found at the top of a module. */
enum {
    FUTURE_ANNOTATIONS = 1 << 0,  /* from __future__ import annotations */
    FUTURE_BARRY_AS_BDFL = 1 << 1
};

/* The symbol table of one module. */
typedef struct SymTable {
    Scope *top;
    unsigned future_flags; /* FUTURE_* */
    int future_lineno;     /* line of the last __future__ import, or 0 */
    void *scopes_by_node;  /* node -> Scope hash table */
    void *interned;        /* name interning table */
    Arena *arena;
} SymTable;

/* Deepest AST nesting symtable_build accepts; deeper trees fail with
 * RecursionError like CPython's "maximum recursion depth exceeded during
 * compilation".  A compiler walking a tree that passed may rely on it. */
enum { SYMTABLE_MAX_DEPTH = 2800 };

/* Build the symbol table of mod (from parse_source) in arena.  Returns
 * NULL and fills *err (SyntaxError with CPython's message and location, or
 * RecursionError / MemoryError) when the program is invalid. */
SymTable *symtable_build(Module *mod, Arena *arena, ParseError *err);

/* The scope owned by an AST node (Module*, FunctionDef/ClassDef Stmt*,
 * Lambda/ListComp/SetComp/DictComp/GeneratorExp Expr*), or NULL. */
Scope *symtable_lookup_scope(const SymTable *st, const void *node);

/* The symbol for an already mangled name in sc (any string with that
 * text), or NULL. */
const Symbol *symtable_scope_lookup(const Scope *sc, const char *name);

/* Classification (SYM_*) of a mangled name in sc; 0 if sc has no such
 * name (the compiler then treats it as SYM_GLOBAL_IMPLICIT). */
int scope_name_kind(const Scope *sc, const char *name);

/* CPython's _Py_Mangle: `__name` in class `private_name` becomes
 * `_Class__name` (leading underscores of the class stripped); dunder
 * names, dotted names and names outside classes are unchanged.  The
 * result is allocated in arena when it differs; NULL on out of memory. */
const char *symtable_mangle(Arena *arena, const char *private_name, const char *name);

/* Print the table in the test format of tests/parse/symdump.py, calling
 * emit with successive pieces of text. */
void symtable_dump(const SymTable *st, void (*emit)(const char *));

#endif
