/* cint.h - internals shared by the compiler's files: the scope analysis
 * (scope.c), the code generator (compile*.c) and the assembler.
 *
 * The AST header and the object headers both define `Module` and some
 * CMP_* names; the AST's are renamed here (AstModule, AST_CMP_*) so one
 * translation unit can use both.
 */
#ifndef WEFT_COMPILE_CINT_H
#define WEFT_COMPILE_CINT_H

#define Module AstModule
#define CMP_EQ AST_CMP_EQ
#define CMP_LT AST_CMP_LT
#define CMP_GT AST_CMP_GT
#include "../parse/ast.h"
#include "../parse/parser.h"
#undef Module
#undef CMP_EQ
#undef CMP_LT
#undef CMP_GT

#include <setjmp.h>

#include "../vm/vm.h"

/* ---- scopes (scope.c) ---- */
enum { SK_MODULE, SK_FUNCTION, SK_CLASS };
/* symbol flags gathered from the tree */
enum {
    SF_ASSIGN = 1, SF_PARAM = 2, SF_GLOBAL = 4, SF_NONLOCAL = 8, SF_USE = 16,
    SF_ANNOT = 32, SF_COMP_ITER = 64,
};
/* resolved scope of a name */
enum { SC_NONE, SC_LOCAL, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL };

typedef struct Sym {
    const char *name;
    int flags;
    int scope;
    int lineno, col;            /* of a global/nonlocal declaration */
} Sym;

typedef struct Scope {
    int kind;
    bool is_lambda, is_comprehension, is_generator;
    bool needs_class_cell;      /* class: a method uses __class__/super */
    bool has_star_import;
    const char *name;
    const void *node;           /* Stmt* or Expr* that opened it */
    struct Scope *parent;
    Sym *syms;
    int nsyms, capsyms;
    struct Scope **children;
    int nchildren, capchildren;
    const char **freevars;      /* names passed in from enclosing scopes */
    int nfree, capfree;
    int lineno;
} Scope;

typedef struct ScopeInfo {
    Arena *arena;
    Scope *top;
    Scope **all;
    int nall, capall;
    ParseError *err;
    int depth;                  /* visitor nesting (C stack guard) */
    jmp_buf fail;
} ScopeInfo;

/* Deepest AST nesting the recursive passes accept ("maximum recursion
 * depth exceeded during compilation" beyond it, as CPython). */
#define COMPILE_MAX_DEPTH 2500

/* Build and resolve the scopes of a module; 0 ok, -1 err filled in. */
int scope_build(ScopeInfo *si, AstModule *mod, ParseError *err);
Scope *scope_for_node(ScopeInfo *si, const void *node);
Sym *scope_lookup(Scope *s, const char *name);
/* Resolved scope of `name` in s (SC_GLOBAL_IMPLICIT when unknown). */
int scope_of(Scope *s, const char *name);

#endif

/* ---- code generation (compile.c, compile_stmt.c, compile_expr.c) ---- */
#ifndef WEFT_COMPILE_UNIT
#define WEFT_COMPILE_UNIT

enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_HANDLER, FB_WITH };

typedef struct FBlock {
    int type;
    int l_continue, l_break;   /* loops */
    const void *data;          /* FINALLY_TRY: Stmt* (the try); HANDLER: name */
} FBlock;

typedef struct Compiler Compiler;

typedef struct Unit {
    Compiler *c;
    Scope *scope;
    struct Unit *parent;
    uint32_t *code;
    int ncode, capcode;
    int32_t *lines;            /* pairs (insn, line) */
    int nlines, caplines;
    int *labels;
    int nlabels, caplabels;
    int curline;
    int cur_end_line, cur_col, cur_end_col;   /* span of the node being compiled */
    List *consts;
    List *names;
    const char **varnames;
    int nvarnames, capvarnames;
    const char **cellvars;
    int ncells;
    const char **freevars;
    int nfree;
    FBlock fb[MAX_BLOCKS];
    int nfb;
    char *qualname;            /* malloc()ed */
    const char *class_name;    /* innermost enclosing class (for mangling) */
    int argcount, posonly, kwonly;
    uint32_t flags;
    int firstlineno;
    bool is_function;          /* fast locals */
} Unit;

struct Compiler {
    ScopeInfo si;
    Arena *arena;
    const char *filename;
    Str *filename_str;         /* interned, so immortal: safe in this calloc()ed struct */
    ParseError *err;
    int mode;                  /* COMPILE_* */
    Unit *u;                   /* current unit */
    int depth;                 /* c_expr/c_stmt nesting (C stack guard) */
    bool future_annotations;   /* from __future__ import annotations */
    const char *src;           /* the source text (for stringified annotations) */
    size_t srclen;
    jmp_buf fail;
};

/* compile.c */
_Noreturn void c_error(Compiler *c, int lineno, int col, const char *fmt, ...);
_Noreturn void c_pyerror(Compiler *c);   /* a Python exception is set */
int c_emit(Unit *u, int op, uint32_t arg);
int c_new_label(Unit *u);
void c_use_label(Unit *u, int label);
uint32_t c_const(Unit *u, Value v);
uint32_t c_name(Unit *u, const char *name);
uint32_t c_name_str(Unit *u, Str *s);
Value c_str(Compiler *c, const char *s);
Value c_constant(Compiler *c, const Constant *k);
void c_set_line(Unit *u, int line);
/* Set the full source span for the instructions emitted next. */
void c_set_loc(Unit *u, int line, int end_line, int col, int end_col);
int c_varname(Unit *u, const char *name);      /* fast slot, -1 if not a local */
int c_derefname(Unit *u, const char *name);    /* cell/free index, -1 if absent */
const char *c_mangle(Compiler *c, const char *cls, const char *name);
void c_push_fblock(Unit *u, int type, int l1, int l2, const void *data, int lineno);
void c_pop_fblock(Unit *u);
/* Enter a new unit for scope s; leave_unit assembles it into a Code object. */
void c_enter_unit(Compiler *c, Unit *u, Scope *s, const char *name, int lineno);
Code *c_leave_unit(Compiler *c);
/* Push a function object for the code of a just-compiled child unit. */
void c_make_closure(Compiler *c, Code *code, int flags);

/* compile_stmt.c */
void c_stmt(Compiler *c, Stmt *s);
void c_body(Compiler *c, StmtSeq body);
bool c_has_annotations(StmtSeq body);
void c_function(Compiler *c, Stmt *s);
void c_class(Compiler *c, Stmt *s);
void c_store_name(Compiler *c, const char *name);
/* An annotation: evaluated, or its source text under PEP 563. */
void c_annotation(Compiler *c, Expr *e);

/* compile_expr.c */
void c_expr(Compiler *c, Expr *e);
void c_store(Compiler *c, Expr *target);
void c_delete(Compiler *c, Expr *target);
void c_name_op(Compiler *c, const char *name, int ctx);
void c_jump_if(Compiler *c, Expr *e, bool cond, int label);
void c_call_helper(Compiler *c, ExprSeq args, KeywordSeq kws, int nprefix, int lineno);
int c_defaults(Compiler *c, Arguments *a, int lineno);
void c_lambda(Compiler *c, Expr *e);
void c_comprehension(Compiler *c, Expr *e);
int c_binop_code(Operator op);
#endif
