/* parse_int.h - internals shared by the parser files (parse.c,
 * parse_expr.c, parse_stmt.c, parse_target.c, strlit.c).  Not for use
 * outside src/parse.
 *
 * The parser is hand-written recursive descent over the token array of
 * lexer.c.  It mirrors CPython's two-pass scheme: the first pass parses
 * the valid grammar only; if it fails, a second pass re-parses with
 * `invalid_pass` set, which enables checks modelled on CPython's
 * `invalid_*` rules that produce the specialised messages.  When the
 * second pass finds nothing specific, the generic "invalid syntax" of the
 * first pass is reported, at the furthest token the first pass examined.
 *
 * Errors unwind with longjmp to parse_source(): the parser holds no locks
 * and allocates only from the arena (freed by the caller) and the lexer's
 * buffers (freed by parse_source after the jump), so nothing leaks.
 */
#ifndef WEFT_PARSE_PARSE_INT_H
#define WEFT_PARSE_PARSE_INT_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

#include "ast.h"
#include "lexer.h"
#include "parser.h"

/* Nesting limits.  PARSE_MAX_DEPTH mirrors CPython's parser limit of 6000
 * nested rule calls: each recursive construct costs roughly the number of
 * CPython rules it nests (a unary operator 1, a lambda 2, a bracket about
 * 20), so the same inputs fail with the same MemoryError.  PARSE_MAX_STACK
 * is a safety net in bytes of C stack, whatever the costs say. */
enum { PARSE_MAX_DEPTH = 6000, BRACKET_COST = 20 };
#if defined(__SANITIZE_ADDRESS__)
#define PARSE_MAX_STACK ((size_t)16 << 20) /* ASan frames are ~4x larger */
#else
#define PARSE_MAX_STACK ((size_t)4 << 20)
#endif

typedef struct Parser Parser;

struct Parser {
    const Token *toks;
    int ntoks;
    int pos;          /* index of the current token */
    int furthest;     /* highest token index examined (error location) */
    Lexer *lx;        /* this parser's tokens and lines */
    Lexer *top_lx;    /* the file's lexer (f-string sub-parsers differ) */
    Arena *arena;
    jmp_buf *jmp;     /* where errors unwind to */
    RawError *err;    /* filled before unwinding */
    int invalid_pass; /* CPython's invalid_* rules are active */
    int second_pass;  /* in the second pass (even where invalid_pass is
                         switched off for a while) */
    int depth;        /* recursion guard */
    int mode;         /* PARSE_FILE, PARSE_SINGLE, PARSE_EVAL */
    int err_class;    /* ERR_* class of the error in *err */
    void *memo;       /* invalid-pass memo tables (parse_expr.c) */
    Expr *memo_result; /* result slot of a speculative rule */
    Expr *trail_value; /* primary being extended by trailer() */
    const Token *trail_first;
    int fstring;      /* parsing an f-string replacement field */
    int line_base;    /* f-string sub-parser: lines were shifted by this */
    int col_base;     /* ... and first-line columns by this */
    int base_depth;   /* recursion depth at entry (sub-parsers nest) */
    uintptr_t stack_base; /* address of a local of parse_source */
};

/* Internal start rule for f-string replacement fields ("(expr)"). */
enum { PARSE_FSTRING = 100 };

/* How an error was raised: a generic failure to match (PEG would try
 * other alternatives), a specific message, a tokenizer error, or a fatal
 * condition (out of memory, nesting too deep). */
enum { ERR_GENERIC = 1, ERR_SPECIFIC, ERR_LEXER, ERR_FATAL };

/* Growing a sequence in the arena: SEQ_PUSH(p, seq, cap, item) appends to
 * a {len, items} sequence whose capacity is tracked in the int `cap`. */
void *parse_seq_grow(Parser *p, void *items, int len, int *cap, size_t elsize);
#define SEQ_PUSH(p, s, cap, x)                                              \
    do {                                                                    \
        if ((s).len == (cap))                                               \
            (s).items = parse_seq_grow((p), (s).items, (s).len, &(cap),     \
                                       sizeof *(s).items);                  \
        (s).items[(s).len++] = (x);                                         \
    } while (0)

/* --- parse.c: tokens, allocation, errors ------------------------------ */

/* The current token, recorded as examined; a TK_ERROR token raises the
 * tokenizer's error. */
const Token *parse_peek(Parser *p);
/* The token k places ahead of the current one (k >= 0). */
const Token *parse_peek_at(Parser *p, int k);
/* Kind of the current token. */
TokKind parse_kind(Parser *p);
/* Kind of the k-th token after the current one. */
TokKind parse_kind_at(Parser *p, int k);
/* Consume and return the current token. */
const Token *parse_next(Parser *p);
/* If the current token is of kind k, consume and return it, else NULL. */
const Token *parse_accept(Parser *p, TokKind k);
/* Consume a token of kind k or fail with "invalid syntax". */
const Token *parse_expect(Parser *p, TokKind k);
/* Like parse_expect, but a mismatch is reported as "expected 'x'" at the
 * current token right away (CPython's forced tokens, &&'x'). */
const Token *parse_expect_forced(Parser *p, TokKind k, const char *text);
/* The token before the current one (the last consumed). */
const Token *parse_prev(Parser *p);

/* Arena allocation that unwinds with MemoryError on failure. */
void *parse_alloc(Parser *p, size_t size);
/* NUL-terminated arena copy of s[0..len), unwinding on failure. */
char *parse_strndup(Parser *p, const char *s, size_t len);
/* An identifier from a NAME token. */
const char *parse_identifier(Parser *p, const Token *t);

/* An expression node spanning from token `first` to the last consumed
 * token (CPython's EXTRA). */
Expr *parse_expr_from(Parser *p, ExprKind k, const Token *first);
/* The same, starting at an explicit line and column. */
Expr *parse_expr_span(Parser *p, ExprKind k, int lineno, int col);
/* A statement node from token `first` to the last consumed token. */
Stmt *parse_stmt_from(Parser *p, StmtKind k, const Token *first);
/* Expression node spanning two existing nodes. */
Expr *parse_expr_between(Parser *p, ExprKind k, const Expr *a, const Expr *b);

/* Recursion guard, on entry of recursive rules: too deep input fails
 * with MemoryError. */
void parse_enter(Parser *p, int cost);
/* Undo parse_enter(p, cost) on exit. */
void parse_leave(Parser *p, int cost);

/* Errors.  All of them unwind; locations follow CPython's macros.
 * A failure to match: "invalid syntax" at the furthest examined token. */
_Noreturn void parse_fail_generic(Parser *p);
/* RAISE_SYNTAX_ERROR (or an IndentationError) at the furthest token. */
_Noreturn void parse_error_last(Parser *p, ParseErrorKind kind, const char *fmt, ...);
/* RAISE_SYNTAX_ERROR_KNOWN_LOCATION at token t. */
_Noreturn void parse_error_tok(Parser *p, const Token *t, const char *fmt, ...);
/* RAISE_SYNTAX_ERROR_KNOWN_LOCATION at node e. */
_Noreturn void parse_error_node(Parser *p, const Expr *e, const char *fmt, ...);
/* RAISE_SYNTAX_ERROR_KNOWN_RANGE over 0-based byte columns. */
_Noreturn void parse_error_range(Parser *p, int lineno, int col, int end_lineno,
                                 int end_col, const char *fmt, ...);
/* RAISE_SYNTAX_ERROR_STARTING_FROM a 0-based byte column. */
_Noreturn void parse_error_from(Parser *p, int lineno, int col, const char *fmt, ...);
/* An error with CPython's raw location (bcol = bytes, already 1-based). */
_Noreturn void parse_error_raw(Parser *p, ParseErrorKind kind, int lineno, int bcol,
                               int end_lineno, int end_bcol, const char *fmt, ...);
/* MemoryError. */
_Noreturn void parse_out_of_memory(Parser *p);

/* Parse p's tokens in p->mode with both passes (see parse.c); returns the
 * tree, or NULL with *p->err holding the error CPython would report. */
Module *parse_run(Parser *p);
/* Unwind with the error already stored in *p->err. */
_Noreturn void parse_reraise(Parser *p);

/* A parse function for one grammar rule. */
typedef Expr *(*RuleFn)(Parser *);

/* Memo slots of the second pass (see parse_memoized). */
enum { MEMO_EXPRESSION, MEMO_NAMED_INVALID, MEMO_RULES };

/* fn at the current position, memoized per position in the second pass
 * (a failure to match is remembered too). */
Expr *parse_memoized(Parser *p, int rule, RuleFn fn);
/* fn speculatively: its result, or NULL with the position unchanged. */
Expr *parse_attempt(Parser *p, RuleFn fn);
/* The same with the invalid_* checks off (CPython's _without_invalid). */
Expr *parse_attempt_without_invalid(Parser *p, RuleFn fn);
/* An optional tail of a rule (the operand after an operator...): on
 * failure the position goes back to `before` and NULL is returned, as
 * CPython's PEG parser would backtrack. */
Expr *parse_tail(Parser *p, RuleFn fn, int before);

/* Is the current token of kind k? */
static inline int parse_at(Parser *p, TokKind k)
{
    return parse_kind(p) == k;
}

/* Run fn(p, arg) speculatively: returns 1 if it succeeded; on a syntax
 * error restores the position and returns 0 (used by the invalid pass to
 * emulate PEG alternatives).  Errors other than syntax errors propagate. */
int parse_try(Parser *p, void (*fn)(Parser *, void *), void *arg);

/* --- parse_expr.c ---------------------------------------------------- */

/* A Load Tuple from (lineno, col) to the last consumed token. */
Expr *parse_new_tuple(Parser *p, ExprSeq elts, int lineno, int col);
Expr *parse_star_expression(Parser *p);   /* '*' bitwise_or | expression */
Expr *parse_assignment_expression(Parser *p); /* NAME ':=' expression */
/* Does a comprehension clause start here (`for`, or `async for`, which
 * parse_for_if_clauses rejects)? */
int parse_at_comp_for(Parser *p);

Expr *parse_expression(Parser *p);        /* expression (no tuple) */
Expr *parse_named_expression(Parser *p);  /* expression or NAME := expr */
Expr *parse_star_expressions(Parser *p);  /* a, *b, c  (tuple w/o parens) */
Expr *parse_star_named_expression(Parser *p);
Expr *parse_yield_expr(Parser *p);        /* current token is 'yield' */
Expr *parse_disjunction(Parser *p);
Expr *parse_bitwise_or(Parser *p);       /* operators tighter than compares */
Expr *parse_primary(Parser *p);          /* atom with its trailers */
Expr *parse_annotated_rhs(Parser *p);     /* yield_expr | star_expressions */
/* Does an expression start at the current token? */
int parse_starts_expression(Parser *p);

/* --- parse_display.c -------------------------------------------------- */

/* Tuple, group or generator expression at '('. */
Expr *parse_paren_display(Parser *p);
/* List or list comprehension at '['. */
Expr *parse_list_display(Parser *p);
/* Dict, set or their comprehensions at '{'. */
Expr *parse_brace_display(Parser *p);
/* The star_targets of a for statement or clause, checked and set to Store
 * (the 'in' must follow). */
Expr *parse_for_targets(Parser *p);
/* 'for' ... clauses of a comprehension (current token is 'for'). */
ComprehensionSeq parse_for_if_clauses(Parser *p);
/* for_if_clauses tried at the current position: 1 and *gens on success. */
int parse_try_clauses(Parser *p, ComprehensionSeq *gens);
/* Last expression of a comprehension: its last `if`, else its iterable. */
const Expr *parse_last_comprehension_item(ComprehensionSeq gens);

/* --- parse_args.c ----------------------------------------------------- */

Expr *parse_lambdef(Parser *p);          /* 'lambda' [params] ':' body */
Arguments *parse_params(Parser *p, int lambda); /* def (...) or lambda ... */
Arguments *parse_empty_arguments(Parser *p);  /* for `def f()` / `lambda:` */
/* Arguments between the '(' `open` (already consumed) and the ')' (which
 * this consumes).  With allow_genexp, `(x for x in y)` is accepted as the
 * sole argument, as in a call. */
void parse_call_args(Parser *p, const Token *open, int allow_genexp,
                     ExprSeq *args, KeywordSeq *kws);

/* --- parse_target.c: assignment targets --------------------------------- */

enum { TARGETS_STAR, TARGETS_DEL, TARGETS_FOR };
/* Is e usable as an assignment target (star_targets)? */
int parse_is_target(const Expr *e, int kind);
/* Set the context of a valid target e (recursively) to ctx. */
void parse_set_context(Expr *e, ExprContext ctx);
/* The first part of e that cannot be a target (CPython's
 * _PyPegen_get_invalid_target), or NULL. */
const Expr *parse_invalid_target(const Expr *e, int kind);
/* CPython's name for an expression kind in messages ("function call"). */
const char *parse_expr_name(const Expr *e);
/* Raise "cannot assign to %s" / "cannot delete %s" for e's first invalid
 * target, if any (CPython's RAISE_SYNTAX_ERROR_INVALID_TARGET). */
void parse_raise_invalid_target(Parser *p, int kind, const Expr *e);

/* --- parse_stmt.c ---------------------------------------------------- */

StmtSeq parse_file(Parser *p);           /* PARSE_FILE start rule */
StmtSeq parse_interactive(Parser *p);    /* PARSE_SINGLE start rule */
Expr *parse_eval(Parser *p);             /* PARSE_EVAL start rule */
/* The expression of an f-string replacement field (sub-parser entry). */
Expr *parse_fstring_expr(Parser *p);

/* --- strlit.c: string literals --------------------------------------- */

/* Parse the run of adjacent STRING tokens starting at the current token
 * into a Constant (str or bytes) or a JoinedStr. */
Expr *strlit_parse(Parser *p);

#endif
