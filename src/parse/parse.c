/* parse.c - parser driver: parse_source(), token access, node
 * construction helpers and error reporting (see parse_int.h).
 *
 * Error protocol: every error function fills p->err and longjmps to the
 * active jmp_buf.  parse_source() then decides, like CPython's
 * _PyPegen_run_parser + _PyPegen_set_syntax_error, which error wins:
 *   1. a tokenizer error reached by the parser is reported as is;
 *   2. otherwise a second pass runs with the invalid_* checks enabled; a
 *      specific error it raises replaces the generic one of pass 1;
 *   3. a tokenizer error that CPython would find by tokenizing the rest of
 *      the file overrides a parser error, and an unclosed bracket at EOF
 *      opened on an earlier line than the failure point does too.
 */
#include "parse_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chartab.h"

/* ------------------------------------------------------------------ */
/* Tokens                                                              */

_Noreturn static void raise_lexer_error(Parser *p);

static const Token *token_at(Parser *p, int i)
{
    if (i >= p->ntoks)
        i = p->ntoks - 1;
    if (i > p->furthest)
        p->furthest = i;
    const Token *t = &p->toks[i];
    if (t->kind == TK_ERROR)
        raise_lexer_error(p);
    return t;
}

const Token *parse_peek(Parser *p)
{
    return token_at(p, p->pos);
}

const Token *parse_peek_at(Parser *p, int k)
{
    /* Never look past the end marker (or the error token). */
    int i = p->pos;
    while (k-- > 0 && i < p->ntoks - 1 && p->toks[i].kind != TK_ENDMARKER) {
        if (p->toks[i].kind == TK_ERROR)
            break;
        i++;
    }
    return token_at(p, i);
}

TokKind parse_kind(Parser *p)
{
    return parse_peek(p)->kind;
}

TokKind parse_kind_at(Parser *p, int k)
{
    return parse_peek_at(p, k)->kind;
}

const Token *parse_next(Parser *p)
{
    const Token *t = parse_peek(p);
    if (t->kind != TK_ENDMARKER)
        p->pos++;
    return t;
}

const Token *parse_accept(Parser *p, TokKind k)
{
    return parse_kind(p) == k ? parse_next(p) : NULL;
}

const Token *parse_expect(Parser *p, TokKind k)
{
    if (parse_kind(p) != k)
        parse_fail_generic(p);
    return parse_next(p);
}

const Token *parse_expect_forced(Parser *p, TokKind k, const char *text)
{
    const Token *t = parse_peek(p);
    if (t->kind != k)
        parse_error_tok(p, t, "expected '%s'", text);
    return parse_next(p);
}

const Token *parse_prev(Parser *p)
{
    /* INDENT/DEDENT/NEWLINE never end a node, so skip them like CPython's
       _PyPegen_get_last_nonnwhitespace_token. */
    int i = p->pos - 1;
    while (i > 0 && (p->toks[i].kind == TK_NEWLINE ||
                     p->toks[i].kind == TK_INDENT ||
                     p->toks[i].kind == TK_DEDENT))
        i--;
    return &p->toks[i < 0 ? 0 : i];
}

/* ------------------------------------------------------------------ */
/* Allocation and nodes                                                */

void *parse_alloc(Parser *p, size_t size)
{
    void *m = arena_alloc(p->arena, size);
    if (!m)
        parse_out_of_memory(p);
    return m;
}

char *parse_strndup(Parser *p, const char *s, size_t len)
{
    char *d = arena_strndup(p->arena, s, len);
    if (!d)
        parse_out_of_memory(p);
    return d;
}

/* Copy (or measure, when out is NULL) the NFKC form of s[0..n). */
static size_t nfkc_copy(const unsigned char *s, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = chartab_utf8_decode(s + i, (long)(n - i), &cp);
        const char *text = (const char *)s + i;
        int len = k;
        if (k == 0) /* the lexer validated names; be safe anyway */
            k = len = 1;
        else if (cp >= 0x80) {
            int m = chartab_nfkc(cp, &text); /* sets text only on a hit */
            if (m)
                len = m;
        }
        if (out)
            memcpy(out + o, text, (size_t)len);
        o += (size_t)len;
        i += (size_t)k;
    }
    return o;
}

const char *parse_identifier(Parser *p, const Token *t)
{
    const unsigned char *s = (const unsigned char *)t->start;
    size_t n = (size_t)t->len;
    size_t i = 0;
    while (i < n && s[i] < 0x80)
        i++;
    if (i == n)
        return parse_strndup(p, t->start, n);
    /* CPython NFKC-normalizes non-ASCII identifiers. */
    size_t len = nfkc_copy(s, n, NULL);
    char *d = parse_alloc(p, len + 1);
    nfkc_copy(s, n, d);
    return d;
}

void *parse_seq_grow(Parser *p, void *items, int len, int *cap, size_t elsize)
{
    int ncap = *cap ? *cap * 2 : 4;
    void *n = parse_alloc(p, (size_t)ncap * elsize);
    if (len)
        memcpy(n, items, (size_t)len * elsize);
    *cap = ncap;
    return n;
}

Expr *parse_expr_span(Parser *p, ExprKind k, int lineno, int col)
{
    const Token *last = parse_prev(p);
    Expr *e = ast_expr_new(p->arena, k, lineno, col, last->end_lineno,
                           last->end_col);
    if (!e)
        parse_out_of_memory(p);
    return e;
}

Expr *parse_expr_from(Parser *p, ExprKind k, const Token *first)
{
    return parse_expr_span(p, k, first->lineno, first->col);
}

Expr *parse_expr_between(Parser *p, ExprKind k, const Expr *a, const Expr *b)
{
    Expr *e = ast_expr_new(p->arena, k, a->lineno, a->col_offset,
                           b->end_lineno, b->end_col_offset);
    if (!e)
        parse_out_of_memory(p);
    return e;
}

Stmt *parse_stmt_from(Parser *p, StmtKind k, const Token *first)
{
    const Token *last = parse_prev(p);
    Stmt *s = ast_stmt_new(p->arena, k, first->lineno, first->col,
                           last->end_lineno, last->end_col);
    if (!s)
        parse_out_of_memory(p);
    return s;
}

/* Bytes of C stack in use since parse_source started. */
static size_t stack_used(const Parser *p)
{
    char here;
    uintptr_t now = (uintptr_t)&here;
    return now < p->stack_base ? p->stack_base - now : now - p->stack_base;
}

#ifdef PARSE_STACK_STATS
size_t parse_stack_peak;
#endif

void parse_enter(Parser *p, int cost)
{
    p->depth += cost;
#ifdef PARSE_STACK_STATS
    if (stack_used(p) > parse_stack_peak)
        parse_stack_peak = stack_used(p);
#endif
    if (p->depth > PARSE_MAX_DEPTH || stack_used(p) > PARSE_MAX_STACK) {
        /* CPython's parser raises a bare MemoryError on stack overflow. */
        parse_error_raw(p, PERR_MEMORY, 0, 0, 0, 0, "%s", "");
    }
}

void parse_leave(Parser *p, int cost)
{
    p->depth -= cost;
}

/* ------------------------------------------------------------------ */
/* Memoization and speculative parsing                                 */

/* Memo slots per rule.  Only the second pass memoizes (the first never
 * re-parses a position).  As in CPython, a result computed while the
 * invalid_* checks were switched off (expression_without_invalid) is
 * reused later with the checks on, which decides several messages. */

typedef struct MemoEntry {
    Expr *result;
    int end;   /* position after the result */
    int state; /* 0 unknown, 1 parsed, 2 failed */
} MemoEntry;

typedef struct Memo {
    MemoEntry *e[MEMO_RULES];
} Memo;

static MemoEntry *memo_slot(Parser *p, int rule)
{
    Memo *m = p->memo;
    if (!m) {
        m = p->memo = parse_alloc(p, sizeof(Memo));
    }
    if (!m->e[rule])
        m->e[rule] = parse_alloc(p, sizeof(MemoEntry) * (size_t)p->ntoks);
    return &m->e[rule][p->pos];
}

static void run_rule(Parser *p, void *arg)
{
    RuleFn *fn = arg;
    p->memo_result = (*fn)(p);
}

/* Parse rule fn at the current position through the memo table: a
 * generic failure is remembered and re-raised. */
Expr *parse_memoized(Parser *p, int rule, RuleFn fn)
{
    if (!p->second_pass)
        return fn(p);
    MemoEntry *m = memo_slot(p, rule);
    if (m->state == 1) {
        p->pos = m->end;
        return m->result;
    }
    if (m->state == 2)
        parse_fail_generic(p);
    if (!parse_try(p, run_rule, &fn)) {
        m->state = 2;
        parse_fail_generic(p);
    }
    m->state = 1;
    m->result = p->memo_result;
    m->end = p->pos;
    return m->result;
}

/* Try rule fn without committing: returns its result, or NULL with the
 * position unchanged when it fails to match. */
Expr *parse_attempt(Parser *p, RuleFn fn)
{
    int pos = p->pos;
    if (!parse_try(p, run_rule, &fn)) {
        p->pos = pos;
        return NULL;
    }
    return p->memo_result;
}

/* Run fn with the invalid_* checks switched off (CPython's
 * "_without_invalid" rules). */
Expr *parse_attempt_without_invalid(Parser *p, RuleFn fn)
{
    int saved = p->invalid_pass;
    p->invalid_pass = 0;
    Expr *e = parse_attempt(p, fn);
    p->invalid_pass = saved;
    return e;
}

/* The operand after an operator (or another optional tail of a rule).
 * CPython's PEG semantics: if it fails, the rule ends before the operator
 * and the caller goes on as if the operator were not there, which decides
 * whether later forced tokens or invalid_* checks are reached; so on
 * failure this restores the position to `before` and returns NULL. */
Expr *parse_tail(Parser *p, RuleFn fn, int before)
{
    Expr *e = parse_attempt(p, fn);
    if (!e)
        p->pos = before;
    return e;
}

/* ------------------------------------------------------------------ */
/* Errors                                                              */

_Noreturn static void unwind(Parser *p)
{
    longjmp(*p->jmp, 1);
}

_Noreturn void parse_error_raw(Parser *p, ParseErrorKind kind, int lineno,
                               int bcol, int end_lineno, int end_bcol,
                               const char *fmt, ...)
{
    RawError *e = p->err;
    e->kind = kind;
    e->lineno = lineno;
    e->bcol = bcol;
    e->end_lineno = end_lineno;
    e->end_bcol = end_bcol;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    p->err_class = kind == PERR_MEMORY ? ERR_FATAL : ERR_SPECIFIC;
    unwind(p);
}

static void vraise(Parser *p, ParseErrorKind kind, int lineno, int bcol,
                   int end_lineno, int end_bcol, const char *fmt, va_list ap)
{
    RawError *e = p->err;
    e->kind = kind;
    e->lineno = lineno;
    e->bcol = bcol;
    e->end_lineno = end_lineno;
    e->end_bcol = end_bcol;
    char msg[sizeof e->msg - 16];
    vsnprintf(msg, sizeof msg, fmt, ap);
    /* Errors inside f-string expressions carry CPython's prefix and
       columns relative to the "(expr)" text. */
    snprintf(e->msg, sizeof e->msg, "%s%s", p->fstring ? "f-string: " : "", msg);
    if (p->fstring) {
        e->bcol -= p->col_base;
        if (e->end_bcol > 0)
            e->end_bcol -= p->col_base;
    }
    p->err_class = ERR_SPECIFIC;
}

_Noreturn void parse_out_of_memory(Parser *p)
{
    p->err->kind = PERR_MEMORY;
    p->err->msg[0] = '\0';
    p->err->lineno = p->err->bcol = p->err->end_lineno = p->err->end_bcol = 0;
    p->err_class = ERR_FATAL;
    unwind(p);
}

_Noreturn static void raise_lexer_error(Parser *p)
{
    *p->err = p->lx->err;
    p->err_class = ERR_LEXER;
    unwind(p);
}

/* Position of CPython's "last token" for RAISE_SYNTAX_ERROR: INDENT,
 * DEDENT and ENDMARKER have no column there, and the tokenizer's scan
 * position (where the next token starts) is reported instead. */
static void last_token_location(Parser *p, const Token *t, int *bcol, int *end_bcol)
{
    if (t->col < 0) {
        int line = t->lineno - p->line_base;
        line = line < 1 ? 1 : line > p->lx->nlines ? p->lx->nlines : line;
        const char *ls = p->lx->buf + p->lx->line_starts[line];
        *bcol = (int)(t->start - ls);
        *end_bcol = -1;
    } else {
        *bcol = t->col + 1;
        *end_bcol = t->end_col + 1;
    }
}

_Noreturn void parse_error_last(Parser *p, ParseErrorKind kind, const char *fmt, ...)
{
    const Token *t = &p->toks[p->furthest];
    int bcol, end_bcol;
    last_token_location(p, t, &bcol, &end_bcol);
    va_list ap;
    va_start(ap, fmt);
    vraise(p, kind, t->lineno, bcol, t->end_lineno, end_bcol, fmt, ap);
    va_end(ap);
    unwind(p);
}

_Noreturn void parse_fail_generic(Parser *p)
{
    /* CPython reports "invalid syntax" at the furthest token with
       RAISE_SYNTAX_ERROR_KNOWN_LOCATION (columns of tokens without one
       become 0), but "unexpected indent" with RAISE_INDENTATION_ERROR,
       which uses the scan position. */
    const Token *t = &p->toks[p->furthest];
    int bcol = t->col + 1, end_bcol = t->end_col + 1;
    if (t->kind == TK_INDENT || t->kind == TK_DEDENT)
        last_token_location(p, t, &bcol, &end_bcol);
    RawError *e = p->err;
    e->kind = PERR_SYNTAX;
    snprintf(e->msg, sizeof e->msg, "%sinvalid syntax", p->fstring ? "f-string: " : "");
    if (t->kind == TK_INDENT || t->kind == TK_DEDENT) {
        e->kind = PERR_INDENTATION;
        snprintf(e->msg, sizeof e->msg, "%s", t->kind == TK_INDENT ?
                 "unexpected indent" : "unexpected unindent");
    }
    e->lineno = t->lineno;
    e->end_lineno = t->end_lineno;
    e->bcol = bcol;
    e->end_bcol = end_bcol;
    if (p->fstring) {
        e->bcol -= p->col_base;
        if (e->end_bcol > 0)
            e->end_bcol -= p->col_base;
    }
    p->err_class = ERR_GENERIC;
    unwind(p);
}

_Noreturn void parse_error_tok(Parser *p, const Token *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vraise(p, PERR_SYNTAX, t->lineno, t->col + 1, t->end_lineno, t->end_col + 1, fmt, ap);
    va_end(ap);
    unwind(p);
}

_Noreturn void parse_error_node(Parser *p, const Expr *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vraise(p, PERR_SYNTAX, e->lineno, e->col_offset + 1, e->end_lineno,
           e->end_col_offset + 1, fmt, ap);
    va_end(ap);
    unwind(p);
}

_Noreturn void parse_error_range(Parser *p, int lineno, int col, int end_lineno,
                                 int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vraise(p, PERR_SYNTAX, lineno, col + 1, end_lineno, end_col + 1, fmt, ap);
    va_end(ap);
    unwind(p);
}

_Noreturn void parse_error_from(Parser *p, int lineno, int col, const char *fmt, ...)
{
    /* CPython ends such errors at the tokenizer's position: the end of
       the furthest token fetched. */
    const Token *t = &p->toks[p->furthest];
    va_list ap;
    va_start(ap, fmt);
    vraise(p, PERR_SYNTAX, lineno, col + 1, t->end_lineno, t->end_col + 1, fmt, ap);
    va_end(ap);
    unwind(p);
}

int parse_try(Parser *p, void (*fn)(Parser *, void *), void *arg)
{
    /* *p->err need not be restored after a failed attempt: it only
       matters once the whole pass fails, and then it is rewritten. */
    jmp_buf here, *saved = p->jmp;
    int pos = p->pos, depth = p->depth;
    p->jmp = &here;
    if (setjmp(here) == 0) {
        fn(p, arg);
        p->jmp = saved;
        return 1;
    }
    p->jmp = saved;
    /* Only a plain failure to match backtracks; a specific error raised
       by an invalid_* check, a tokenizer error or MemoryError is final. */
    if (p->err_class == ERR_GENERIC) {
        p->pos = pos;
        p->depth = depth;
        return 0;
    }
    unwind(p);
}

/* ------------------------------------------------------------------ */
/* Driver                                                              */

static Module *run_pass(Parser *p)
{
    jmp_buf jb;
    p->jmp = &jb;
    p->pos = 0;
    p->depth = p->base_depth;
    if (setjmp(jb))
        return NULL;
    Module *m = parse_alloc(p, sizeof(Module));
    switch (p->mode) {
    case PARSE_FSTRING:
        m->kind = MOD_EXPRESSION;
        m->expr = parse_fstring_expr(p);
        break;
    case PARSE_EVAL:
        m->kind = MOD_EXPRESSION;
        m->expr = parse_eval(p);
        break;
    case PARSE_SINGLE:
        m->kind = MOD_INTERACTIVE;
        m->body = parse_interactive(p);
        break;
    default:
        m->kind = MOD_MODULE;
        m->body = parse_file(p);
        break;
    }
    return m;
}

/* Pick the error CPython would report after a failed first pass (see the
 * file comment).  Returns 1 if the tree of a successful second pass
 * should be discarded anyway (it never should be, but be safe). */
static void choose_error(Parser *p, Lexer *lx)
{
    /* A specific error of the first pass sets CPython's error indicator,
       which turns its second pass into a no-op. */
    if (p->err_class == ERR_LEXER || p->err_class == ERR_FATAL)
        return;
    if (p->err_class == ERR_GENERIC) {
        RawError first = *p->err;
        p->invalid_pass = 1;
        p->second_pass = 1;
        if (run_pass(p) || p->err_class == ERR_GENERIC) {
            *p->err = first;
            p->err_class = ERR_GENERIC;
        }
        if (p->err_class == ERR_LEXER || p->err_class == ERR_FATAL)
            return;
        /* CPython reports "unexpected indent/unindent" without looking
           at the rest of the file. */
        if (p->err_class == ERR_GENERIC && p->err->kind == PERR_INDENTATION)
            return;
    }
    /* CPython then tokenizes the rest of the file: a tokenizer error there
       wins, and so does a bracket left open on an earlier line. */
    if (!lx->has_error)
        return;
    if (lx->err_overrides) {
        *p->err = lx->err;
    } else if (lx->paren_line && lx->paren_line < p->toks[p->furthest].lineno) {
        RawError *e = p->err;
        e->kind = PERR_SYNTAX;
        snprintf(e->msg, sizeof e->msg, "'%c' was never closed", lx->paren_char);
        e->lineno = e->end_lineno = lx->paren_line;
        e->bcol = lx->paren_col + 1;
        e->end_bcol = 0;
    }
}

/* Convert CPython's byte-based raw location to SyntaxError attributes. */
static void finalize_error(const Lexer *lx, const RawError *raw, Arena *arena,
                           ParseError *err)
{
    err->kind = raw->kind;
    snprintf(err->msg, sizeof err->msg, "%s", raw->msg);
    if (raw->kind == PERR_MEMORY || raw->lineno <= 0)
        return;
    err->lineno = raw->lineno;
    err->end_lineno = raw->end_lineno;
    const char *line = "";
    if (raw->lineno <= lx->nlines)
        line = lx->buf + lx->line_starts[raw->lineno];
    err->offset = raw->bcol > 0 ? lex_char_offset(line, raw->bcol) : raw->bcol;
    err->end_offset = raw->end_bcol > 0 ? lex_char_offset(line, raw->end_bcol)
                                        : raw->end_bcol;
    size_t n = strcspn(line, "\n");
    err->text = arena_strndup(arena, line, n);
}

Module *parse_run(Parser *p)
{
    p->base_depth = p->depth;
    Module *m = run_pass(p);
    if (!m)
        choose_error(p, p->lx);
    return m;
}

_Noreturn void parse_reraise(Parser *p)
{
    unwind(p);
}

Module *parse_source(const char *src, size_t len, const char *filename,
                     int mode, Arena *arena, ParseError *err)
{
    memset(err, 0, sizeof *err);
    err->filename = filename;
    Lexer lx;
    if (lex_tokenize(&lx, src, len) < 0) {
        lex_free(&lx);
        err->kind = PERR_MEMORY;
        return NULL;
    }
    RawError raw;
    memset(&raw, 0, sizeof raw);
    Parser p;
    memset(&p, 0, sizeof p);
    p.toks = lx.toks;
    p.ntoks = lx.ntoks;
    p.lx = p.top_lx = &lx;
    p.arena = arena;
    p.err = &raw;
    p.mode = mode;
    char base;
    p.stack_base = (uintptr_t)&base;
    Module *m = parse_run(&p);
    if (!m)
        finalize_error(&lx, &raw, arena, err);
    lex_free(&lx);
    return m;
}

const char *parse_error_kind_name(ParseErrorKind kind)
{
    switch (kind) {
    case PERR_NONE: return "None";
    case PERR_SYNTAX: return "SyntaxError";
    case PERR_INDENTATION: return "IndentationError";
    case PERR_TAB: return "TabError";
    case PERR_MEMORY: return "MemoryError";
    case PERR_RECURSION: return "RecursionError";
    }
    return "SyntaxError";
}
