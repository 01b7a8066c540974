/* ast.h - abstract syntax tree produced by the parser.
 *
 * The node kinds and field names mirror CPython 3.11's `ast` module (see
 * Parser/Python.asdl there): union members are named after the CPython node
 * (e->v.BinOp.left, s->v.FunctionDef.body), so compiler logic can be read
 * side by side with CPython's.  Differences from CPython:
 *   - no type_comment fields, no AsyncFunctionDef/AsyncFor/AsyncWith/Await/
 *     Match nodes (the parser rejects async/await and match);
 *   - constants are a tagged C union (Constant) instead of Python objects.
 *
 * Invariants:
 *   - Every node lives in the Arena passed to the parser; nothing in the
 *     tree is a GC object, so a collector may run at any time.
 *   - Positions follow CPython: lineno/end_lineno are 1-based, col_offset/
 *     end_col_offset are 0-based byte offsets into the UTF-8 line.
 *   - Optional fields are NULL when absent; sequences are {len, items} with
 *     items NULL when len is 0.  Dict.keys holds NULL for a `**d` entry and
 *     arguments.kw_defaults holds NULL for a keyword-only arg with no default.
 *   - Identifiers are NUL-terminated UTF-8 strings in the arena.
 */
#ifndef WEFT_PARSE_AST_H
#define WEFT_PARSE_AST_H

#include <stddef.h>

#include "arena.h"

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Arguments Arguments;
typedef struct Arg Arg;
typedef struct Keyword Keyword;
typedef struct Alias Alias;
typedef struct WithItem WithItem;
typedef struct Comprehension Comprehension;
typedef struct ExceptHandler ExceptHandler;

/* Sequences: len items, items[0..len).  items is NULL when len is 0. */
typedef struct ExprSeq { int len; Expr **items; } ExprSeq;
typedef struct StmtSeq { int len; Stmt **items; } StmtSeq;
typedef struct IdentSeq { int len; const char **items; } IdentSeq;
typedef struct ArgSeq { int len; Arg **items; } ArgSeq;
typedef struct KeywordSeq { int len; Keyword **items; } KeywordSeq;
typedef struct AliasSeq { int len; Alias **items; } AliasSeq;
typedef struct WithItemSeq { int len; WithItem **items; } WithItemSeq;
typedef struct ComprehensionSeq { int len; Comprehension **items; } ComprehensionSeq;
typedef struct ExceptHandlerSeq { int len; ExceptHandler **items; } ExceptHandlerSeq;

/* The source span of a node (CPython's lineno/col_offset attributes). */
#define AST_LOCATION int lineno, col_offset, end_lineno, end_col_offset

/* Binary operators (ast.operator); also used by AugAssign. */
typedef enum Operator {
    OP_ADD = 1, OP_SUB, OP_MULT, OP_MATMULT, OP_DIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_BITOR, OP_BITXOR, OP_BITAND, OP_FLOORDIV
} Operator;

/* Unary operators (ast.unaryop). */
typedef enum UnaryOpKind { UOP_INVERT = 1, UOP_NOT, UOP_UADD, UOP_USUB } UnaryOpKind;

/* Boolean operators (ast.boolop). */
typedef enum BoolOpKind { BOOLOP_AND = 1, BOOLOP_OR } BoolOpKind;

/* Comparison operators (ast.cmpop). */
typedef enum CmpOp {
    CMP_EQ = 1, CMP_NOTEQ, CMP_LT, CMP_LTE, CMP_GT, CMP_GTE,
    CMP_IS, CMP_ISNOT, CMP_IN, CMP_NOTIN
} CmpOp;

/* Comparison operator sequence of a Compare node. */
typedef struct CmpOpSeq { int len; CmpOp *items; } CmpOpSeq;

/* Expression context (ast.expr_context). */
typedef enum ExprContext { CTX_LOAD = 1, CTX_STORE, CTX_DEL } ExprContext;

/* Kind of a Constant's value. */
typedef enum ConstKind {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,   /* u.i: digits without prefix/underscores, and the base */
    CONST_FLOAT, /* u.f */
    CONST_IMAG,  /* u.f is the imaginary part; the real part is 0.0 */
    CONST_STR,   /* u.s: decoded UTF-8 text, may contain NUL; lone
                    surrogates from \ud800-style escapes are encoded as
                    3-byte sequences (generalized UTF-8) */
    CONST_BYTES  /* u.s: raw bytes */
} ConstKind;

/* A literal value.  Strings are fully decoded (escapes processed, adjacent
 * literals concatenated); u.s.data is NUL-terminated for convenience. */
typedef struct Constant {
    ConstKind kind;
    int is_u; /* CONST_STR written with a u prefix: CPython's kind='u' */
    union {
        struct { const char *digits; int base; } i; /* base 2, 8, 10 or 16;
                                                       digits in that base */
        double f;
        struct { const char *data; size_t len; } s;
    } u;
} Constant;

/* Conversion codes of FormattedValue.conversion (CPython values). */
enum { CONV_NONE = -1, CONV_STR = 's', CONV_REPR = 'r', CONV_ASCII = 'a' };

/* Expression node kinds. X(enum suffix, CPython class name). */
#define AST_EXPR_KINDS(X) \
    X(BOOLOP, BoolOp) X(NAMEDEXPR, NamedExpr) X(BINOP, BinOp) \
    X(UNARYOP, UnaryOp) X(LAMBDA, Lambda) X(IFEXP, IfExp) X(DICT, Dict) \
    X(SET, Set) X(LISTCOMP, ListComp) X(SETCOMP, SetComp) \
    X(DICTCOMP, DictComp) X(GENERATOREXP, GeneratorExp) X(YIELD, Yield) \
    X(YIELDFROM, YieldFrom) X(COMPARE, Compare) X(CALL, Call) \
    X(FORMATTEDVALUE, FormattedValue) X(JOINEDSTR, JoinedStr) \
    X(CONSTANT, Constant) X(ATTRIBUTE, Attribute) X(SUBSCRIPT, Subscript) \
    X(STARRED, Starred) X(NAME, Name) X(LIST, List) X(TUPLE, Tuple) \
    X(SLICE, Slice)

/* Expression node kinds (EXPR_BINOP, ...). */
typedef enum ExprKind {
#define X(e, n) EXPR_##e,
    AST_EXPR_KINDS(X)
#undef X
    EXPR_KIND_COUNT
} ExprKind;

/* An expression (ast.expr). */
struct Expr {
    ExprKind kind;
    AST_LOCATION;
    union {
        struct { BoolOpKind op; ExprSeq values; } BoolOp;
        struct { Expr *target, *value; } NamedExpr;
        struct { Expr *left; Operator op; Expr *right; } BinOp;
        struct { UnaryOpKind op; Expr *operand; } UnaryOp;
        struct { Arguments *args; Expr *body; } Lambda;
        struct { Expr *test, *body, *orelse; } IfExp;
        struct { ExprSeq keys, values; } Dict;
        struct { ExprSeq elts; } Set;
        struct { Expr *elt; ComprehensionSeq generators; } ListComp;
        struct { Expr *elt; ComprehensionSeq generators; } SetComp;
        struct { Expr *key, *value; ComprehensionSeq generators; } DictComp;
        struct { Expr *elt; ComprehensionSeq generators; } GeneratorExp;
        struct { Expr *value; } Yield;     /* value may be NULL */
        struct { Expr *value; } YieldFrom;
        struct { Expr *left; CmpOpSeq ops; ExprSeq comparators; } Compare;
        struct { Expr *func; ExprSeq args; KeywordSeq keywords; } Call;
        struct { Expr *value; int conversion; Expr *format_spec; } FormattedValue;
        struct { ExprSeq values; } JoinedStr;
        Constant Constant;
        struct { Expr *value; const char *attr; ExprContext ctx; } Attribute;
        struct { Expr *value, *slice; ExprContext ctx; } Subscript;
        struct { Expr *value; ExprContext ctx; } Starred;
        struct { const char *id; ExprContext ctx; } Name;
        struct { ExprSeq elts; ExprContext ctx; } List;
        struct { ExprSeq elts; ExprContext ctx; } Tuple;
        struct { Expr *lower, *upper, *step; } Slice;
    } v;
};

/* Statement node kinds. X(enum suffix, CPython class name). */
#define AST_STMT_KINDS(X) \
    X(FUNCTIONDEF, FunctionDef) X(CLASSDEF, ClassDef) X(RETURN, Return) \
    X(DELETE, Delete) X(ASSIGN, Assign) X(AUGASSIGN, AugAssign) \
    X(ANNASSIGN, AnnAssign) X(FOR, For) X(WHILE, While) X(IF, If) \
    X(WITH, With) X(RAISE, Raise) X(TRY, Try) X(TRYSTAR, TryStar) \
    X(ASSERT, Assert) X(IMPORT, Import) X(IMPORTFROM, ImportFrom) \
    X(GLOBAL, Global) X(NONLOCAL, Nonlocal) X(EXPR, Expr) X(PASS, Pass) \
    X(BREAK, Break) X(CONTINUE, Continue)

/* Statement node kinds (STMT_IF, ...). */
typedef enum StmtKind {
#define X(e, n) STMT_##e,
    AST_STMT_KINDS(X)
#undef X
    STMT_KIND_COUNT
} StmtKind;

/* A statement (ast.stmt). */
struct Stmt {
    StmtKind kind;
    AST_LOCATION;
    union {
        struct {
            const char *name;
            Arguments *args;
            StmtSeq body;
            ExprSeq decorator_list;
            Expr *returns;
        } FunctionDef;
        struct {
            const char *name;
            ExprSeq bases;
            KeywordSeq keywords;
            StmtSeq body;
            ExprSeq decorator_list;
        } ClassDef;
        struct { Expr *value; } Return;
        struct { ExprSeq targets; } Delete;
        struct { ExprSeq targets; Expr *value; } Assign;
        struct { Expr *target; Operator op; Expr *value; } AugAssign;
        struct { Expr *target, *annotation, *value; int simple; } AnnAssign;
        struct { Expr *target, *iter; StmtSeq body, orelse; } For;
        struct { Expr *test; StmtSeq body, orelse; } While;
        struct { Expr *test; StmtSeq body, orelse; } If;
        struct { WithItemSeq items; StmtSeq body; } With;
        struct { Expr *exc, *cause; } Raise;
        struct {
            StmtSeq body;
            ExceptHandlerSeq handlers;
            StmtSeq orelse, finalbody;
        } Try, TryStar;
        struct { Expr *test, *msg; } Assert;
        struct { AliasSeq names; } Import;
        struct { const char *module; AliasSeq names; int level; } ImportFrom;
        struct { IdentSeq names; } Global, Nonlocal;
        struct { Expr *value; } Expr;
    } v;
};

/* Formal parameters of a def or lambda (ast.arguments; no position). */
struct Arguments {
    ArgSeq posonlyargs, args;
    Arg *vararg;         /* *name, or NULL */
    ArgSeq kwonlyargs;
    ExprSeq kw_defaults; /* parallel to kwonlyargs; NULL = no default */
    Arg *kwarg;          /* **name, or NULL */
    ExprSeq defaults;    /* defaults of the last posonlyargs+args */
};

/* One parameter (ast.arg). */
struct Arg {
    const char *arg;
    Expr *annotation; /* or NULL */
    AST_LOCATION;
};

/* A keyword argument `arg=value`, or `**value` when arg is NULL. */
struct Keyword {
    const char *arg;
    Expr *value;
    AST_LOCATION;
};

/* An import name: `name` or `name as asname` (name may be dotted or "*"). */
struct Alias {
    const char *name;
    const char *asname; /* or NULL */
    AST_LOCATION;
};

/* One `context_expr [as optional_vars]` of a with statement (no position). */
struct WithItem {
    Expr *context_expr;
    Expr *optional_vars; /* or NULL */
};

/* One `for target in iter if ifs...` clause (no position). */
struct Comprehension {
    Expr *target, *iter;
    ExprSeq ifs;
    int is_async; /* always 0: async comprehensions are rejected */
};

/* One except clause (ast.ExceptHandler). */
struct ExceptHandler {
    Expr *type;       /* or NULL for a bare except */
    const char *name; /* or NULL */
    StmtSeq body;
    AST_LOCATION;
};

/* What parse_source() was asked to parse. */
typedef enum ModKind {
    MOD_MODULE,      /* file input: body */
    MOD_INTERACTIVE, /* single (REPL) input: body */
    MOD_EXPRESSION   /* eval input: expr */
} ModKind;

/* Root of a parse (ast.Module / ast.Interactive / ast.Expression). */
typedef struct Module {
    ModKind kind;
    StmtSeq body; /* MOD_MODULE and MOD_INTERACTIVE */
    Expr *expr;   /* MOD_EXPRESSION */
} Module;

/* A new expression node of kind k with the given span (other fields zero);
 * NULL when out of memory. */
Expr *ast_expr_new(Arena *a, ExprKind k, int lineno, int col, int end_lineno,
                   int end_col);

/* A new statement node of kind k with the given span; NULL when out of
 * memory. */
Stmt *ast_stmt_new(Arena *a, StmtKind k, int lineno, int col, int end_lineno,
                   int end_col);

/* CPython class name of an expression kind ("BinOp"). */
const char *ast_expr_kind_name(ExprKind k);
/* CPython class name of a statement kind ("FunctionDef"). */
const char *ast_stmt_kind_name(StmtKind k);
/* CPython class name of a binary operator ("Add"). */
const char *ast_operator_name(Operator op);
/* CPython class name of a unary operator ("Not"). */
const char *ast_unaryop_name(UnaryOpKind op);
/* CPython class name of a boolean operator ("And"). */
const char *ast_boolop_name(BoolOpKind op);
/* CPython class name of a comparison operator ("NotIn"). */
const char *ast_cmpop_name(CmpOp op);
/* CPython class name of an expression context ("Load"). */
const char *ast_context_name(ExprContext ctx);

#endif
