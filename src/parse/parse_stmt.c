/* parse_stmt.c - statements, blocks and the start rules (file, single,
 * eval).
 *
 * Simple statements are parsed by reading an expression first and then
 * deciding from the next token whether it was an assignment target, an
 * annotation target or an expression statement.  Compound statements
 * check, in the invalid pass, CPython's invalid_*_stmt rules: a missing
 * ':' before a newline and a missing indented block get their specific
 * messages.  Spans follow CPython: a statement runs from its first token
 * to its last non-NEWLINE token (the end of its last block for compound
 * statements); a decorated def/class starts at 'def'/'class'.
 */
#include "parse_int.h"

#include <string.h>

static Stmt *statement_list(Parser *p, StmtSeq *out, int *cap);
static void simple_stmts(Parser *p, StmtSeq *out, int *cap);

static int at(Parser *p, TokKind k)
{
    return parse_kind(p) == k;
}

/* End a compound statement at the last token consumed so far (CPython's
 * EXTRA: the last non-NEWLINE/INDENT/DEDENT token). */
static void end_here(Parser *p, Stmt *s)
{
    const Token *last = parse_prev(p);
    s->end_lineno = last->end_lineno;
    s->end_col_offset = last->end_col;
}

static Stmt *new_stmt(Parser *p, StmtKind k, const Token *first)
{
    return parse_stmt_from(p, k, first);
}

/* ------------------------------------------------------------------ */
/* Blocks                                                              */

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
static StmtSeq block(Parser *p)
{
    StmtSeq body = {0, NULL};
    int cap = 0;
    if (!parse_accept(p, TK_NEWLINE)) {
        simple_stmts(p, &body, &cap);
        return body;
    }
    if (!at(p, TK_INDENT)) {
        if (p->invalid_pass)
            parse_error_last(p, PERR_INDENTATION, "expected an indented block");
        parse_fail_generic(p);
    }
    parse_next(p);
    parse_enter(p, 1);
    while (!at(p, TK_DEDENT) && !at(p, TK_ENDMARKER))
        statement_list(p, &body, &cap);
    parse_leave(p, 1);
    parse_expect(p, TK_DEDENT);
    return body;
}

/* Ways a compound statement reports a missing ':' (CPython 3.11). */
enum {
    COLON_NEWLINE, /* "expected ':'" only before a newline (invalid pass) */
    COLON_FORCED   /* &&':' : "expected ':'" at any other token, at once */
};

/* ':' block of a compound statement.  kw is its keyword; what describes
 * it in "expected an indented block after %s on line %d". */
static StmtSeq colon_block(Parser *p, const Token *kw, const char *what, int colon)
{
    if (!at(p, TK_COLON)) {
        if (colon == COLON_FORCED)
            parse_expect_forced(p, TK_COLON, ":");
        if (p->invalid_pass && at(p, TK_NEWLINE))
            parse_error_last(p, PERR_SYNTAX, "expected ':'");
        parse_fail_generic(p);
    }
    parse_next(p);
    if (p->invalid_pass && at(p, TK_NEWLINE) && parse_kind_at(p, 1) != TK_INDENT)
        parse_error_last(p, PERR_INDENTATION,
                         "expected an indented block after %s on line %d", what,
                         kw->lineno);
    return block(p);
}

/* ------------------------------------------------------------------ */
/* Simple statements                                                   */

static Expr *attempt_expr(Parser *p, Expr *(*fn)(Parser *));

static Operator augassign_op(TokKind k)
{
    switch (k) {
    case TK_PLUSEQUAL: return OP_ADD;
    case TK_MINEQUAL: return OP_SUB;
    case TK_STAREQUAL: return OP_MULT;
    case TK_ATEQUAL: return OP_MATMULT;
    case TK_SLASHEQUAL: return OP_DIV;
    case TK_PERCENTEQUAL: return OP_MOD;
    case TK_AMPEREQUAL: return OP_BITAND;
    case TK_VBAREQUAL: return OP_BITOR;
    case TK_CIRCUMFLEXEQUAL: return OP_BITXOR;
    case TK_LEFTSHIFTEQUAL: return OP_LSHIFT;
    case TK_RIGHTSHIFTEQUAL: return OP_RSHIFT;
    case TK_DOUBLESTAREQUAL: return OP_POW;
    case TK_DOUBLESLASHEQUAL: return OP_FLOORDIV;
    default: return 0;
    }
}

/* single_target: Name, Attribute or Subscript (possibly parenthesized). */
static int is_single_target(const Expr *e)
{
    return e->kind == EXPR_NAME || e->kind == EXPR_ATTRIBUTE ||
           e->kind == EXPR_SUBSCRIPT;
}

/* target ':' expression ['=' annotated_rhs] */
static Stmt *ann_assign(Parser *p, const Token *first, Expr *target, int simple)
{
    parse_expect(p, TK_COLON);
    Expr *annotation = parse_expression(p);
    Expr *value = NULL;
    int before = p->pos;
    if (parse_accept(p, TK_EQUAL)) {
        /* ['=' annotated_rhs]: in the invalid pass a bad value leaves the
           '=' unconsumed, as in CPython's PEG parser */
        value = p->invalid_pass ? attempt_expr(p, parse_annotated_rhs)
                                : parse_annotated_rhs(p);
        if (!value)
            p->pos = before;
    }
    parse_set_context(target, CTX_STORE);
    Stmt *s = new_stmt(p, STMT_ANNASSIGN, first);
    s->v.AnnAssign.target = target;
    s->v.AnnAssign.annotation = annotation;
    s->v.AnnAssign.value = value;
    s->v.AnnAssign.simple = simple;
    return s;
}

/* (star_targets '=')+ (yield_expr | star_expressions), with the first
 * target already parsed. */
static Stmt *assign_chain(Parser *p, const Token *first, Expr *target)
{
    ExprSeq targets = {0, NULL};
    int cap = 0;
    Expr *value = target;
    while (at(p, TK_EQUAL)) {
        if (!parse_is_target(value, TARGETS_STAR))
            parse_fail_generic(p);
        parse_next(p);
        parse_set_context(value, CTX_STORE);
        SEQ_PUSH(p, targets, cap, value);
        value = parse_annotated_rhs(p);
    }
    Stmt *s = new_stmt(p, STMT_ASSIGN, first);
    s->v.Assign.targets = targets;
    s->v.Assign.value = value;
    return s;
}

/* An assignment of any form, or (when allow_expr) an expression
 * statement; without allow_expr a plain expression fails to match, as
 * CPython's `assignment` rule does. */
static Stmt *assignment(Parser *p, int allow_expr)
{
    const Token *first = parse_peek(p);
    if (first->kind == TK_NAME && parse_kind_at(p, 1) == TK_COLON) {
        parse_next(p);
        Expr *target = parse_expr_from(p, EXPR_NAME, first);
        target->v.Name.id = parse_identifier(p, first);
        return ann_assign(p, first, target, 1);
    }
    Expr *e = parse_annotated_rhs(p);
    TokKind k = parse_kind(p);
    if (k == TK_COLON) {
        if (!is_single_target(e))
            parse_fail_generic(p);
        return ann_assign(p, first, e, 0);
    }
    if (k == TK_EQUAL)
        return assign_chain(p, first, e);
    Operator op = augassign_op(k);
    if (op) {
        if (!is_single_target(e))
            parse_fail_generic(p);
        parse_next(p);
        Expr *value = parse_annotated_rhs(p);
        parse_set_context(e, CTX_STORE);
        Stmt *s = new_stmt(p, STMT_AUGASSIGN, first);
        s->v.AugAssign.target = e;
        s->v.AugAssign.op = op;
        s->v.AugAssign.value = value;
        return s;
    }
    if (!allow_expr)
        parse_fail_generic(p);
    Stmt *s = new_stmt(p, STMT_EXPR, first);
    s->v.Expr.value = e;
    return s;
}

static Expr *attempt_expr(Parser *p, Expr *(*fn)(Parser *));

/* (star_targets '=')* : skip leading `target =` pairs like PEG would. */
static void skip_targets(Parser *p)
{
    for (;;) {
        int pos = p->pos;
        Expr *t = attempt_expr(p, parse_star_expressions);
        if (!t || !parse_is_target(t, TARGETS_STAR) || !parse_accept(p, TK_EQUAL)) {
            p->pos = pos;
            return;
        }
    }
}

/* The annotation-target part of invalid_assignment: a list or tuple
 * display (possibly parenthesized) followed by ':' expression. */
static void invalid_ann_target(Parser *p, int start)
{
    p->pos = start;
    int depth = 0;
    while (at(p, TK_LPAR) && parse_kind_at(p, 1) == TK_LPAR) {
        parse_next(p);
        depth++;
    }
    if (!at(p, TK_LPAR) && !at(p, TK_LSQB))
        return;
    Expr *a = attempt_expr(p, parse_star_expressions);
    if (!a || (a->kind != EXPR_LIST && a->kind != EXPR_TUPLE))
        return;
    if (a->kind == EXPR_TUPLE && p->toks[p->pos - 1].kind != TK_RPAR)
        return;
    while (depth-- > 0)
        if (!parse_accept(p, TK_RPAR))
            return;
    if (parse_accept(p, TK_COLON) && attempt_expr(p, parse_expression))
        parse_error_node(p, a, "only single target (not %s) can be annotated",
                         a->kind == EXPR_LIST ? "list" : "tuple");
}

/* CPython's invalid_assignment, tried in the invalid pass when the
 * statement at start is not a valid assignment. */
static void invalid_assignment(Parser *p, int start)
{
    invalid_ann_target(p, start);
    p->pos = start;
    Expr *a = attempt_expr(p, parse_star_named_expression);
    if (a && parse_accept(p, TK_COMMA)) {
        while (attempt_expr(p, parse_star_named_expression) && parse_accept(p, TK_COMMA))
            ;
        if (parse_accept(p, TK_COLON) && attempt_expr(p, parse_expression))
            parse_error_node(p, a, "only single target (not tuple) can be annotated");
    }
    p->pos = start;
    a = attempt_expr(p, parse_expression);
    if (a && parse_accept(p, TK_COLON) && attempt_expr(p, parse_expression))
        parse_error_node(p, a, "illegal target for annotation");
    p->pos = start;
    skip_targets(p);
    a = attempt_expr(p, parse_star_expressions);
    if (a && at(p, TK_EQUAL))
        parse_raise_invalid_target(p, TARGETS_STAR, a);
    p->pos = start;
    skip_targets(p);
    if (at(p, TK_YIELD)) {
        a = attempt_expr(p, parse_yield_expr);
        if (a && at(p, TK_EQUAL))
            parse_error_node(p, a, "assignment to yield expression not possible");
    }
    p->pos = start;
    a = attempt_expr(p, parse_star_expressions);
    if (a && augassign_op(parse_kind(p))) {
        parse_next(p);
        if (attempt_expr(p, parse_annotated_rhs))
            parse_error_node(p, a, "'%s' is an illegal expression for augmented assignment",
                             parse_expr_name(a));
    }
    p->pos = start;
}

typedef struct ExprAttempt {
    Expr *(*fn)(Parser *);
    Expr *result;
} ExprAttempt;

static void run_expr(Parser *p, void *arg)
{
    ExprAttempt *a = arg;
    a->result = a->fn(p);
}

/* fn at the current position, or NULL (position restored) on failure. */
static Expr *attempt_expr(Parser *p, Expr *(*fn)(Parser *))
{
    ExprAttempt a = {fn, NULL};
    int pos = p->pos;
    if (!parse_try(p, run_expr, &a)) {
        p->pos = pos;
        return NULL;
    }
    return a.result;
}

typedef struct StmtAttempt {
    Stmt *result;
} StmtAttempt;

static void run_assignment(Parser *p, void *arg)
{
    ((StmtAttempt *)arg)->result = assignment(p, 0);
}

/* Expression statements and assignments (CPython's simple_stmt order:
 * assignment, invalid_assignment, star_expressions). */
static Stmt *expression_statement(Parser *p)
{
    if (!p->invalid_pass)
        return assignment(p, 1);
    int start = p->pos;
    StmtAttempt a = {NULL};
    if (parse_try(p, run_assignment, &a))
        return a.result;
    invalid_assignment(p, start);
    p->pos = start;
    const Token *first = parse_peek(p);
    Expr *e = parse_annotated_rhs(p);
    Stmt *s = new_stmt(p, STMT_EXPR, first);
    s->v.Expr.value = e;
    return s;
}

static Stmt *return_stmt(Parser *p)
{
    const Token *kw = parse_next(p);
    Expr *v = NULL;
    if (parse_starts_expression(p))
        v = parse_star_expressions(p);
    Stmt *s = new_stmt(p, STMT_RETURN, kw);
    s->v.Return.value = v;
    return s;
}

static Stmt *raise_stmt(Parser *p)
{
    const Token *kw = parse_next(p);
    Expr *exc = NULL, *cause = NULL;
    if (parse_starts_expression(p)) {
        exc = parse_expression(p);
        if (parse_accept(p, TK_FROM))
            cause = parse_expression(p);
    }
    Stmt *s = new_stmt(p, STMT_RAISE, kw);
    s->v.Raise.exc = exc;
    s->v.Raise.cause = cause;
    return s;
}

static Stmt *global_stmt(Parser *p, StmtKind k)
{
    const Token *kw = parse_next(p);
    IdentSeq names = {0, NULL};
    int cap = 0;
    do {
        const Token *n = parse_expect(p, TK_NAME);
        SEQ_PUSH(p, names, cap, parse_identifier(p, n));
    } while (parse_accept(p, TK_COMMA));
    Stmt *s = new_stmt(p, k, kw);
    if (k == STMT_GLOBAL)
        s->v.Global.names = names;
    else
        s->v.Nonlocal.names = names;
    return s;
}

/* del_targets, parsed as expressions and then checked. */
static Stmt *del_stmt(Parser *p)
{
    const Token *kw = parse_next(p);
    int start = p->pos;
    ExprSeq targets = {0, NULL};
    int cap = 0;
    int ok = 1;
    do {
        if (at(p, TK_SEMI) || at(p, TK_NEWLINE))
            break;
        Expr *t = attempt_expr(p, parse_primary);
        if (!t || !parse_is_target(t, TARGETS_DEL)) {
            ok = 0;
            break;
        }
        parse_set_context(t, CTX_DEL);
        SEQ_PUSH(p, targets, cap, t);
    } while (parse_accept(p, TK_COMMA));
    if (!ok || targets.len == 0 || (!at(p, TK_SEMI) && !at(p, TK_NEWLINE))) {
        if (p->invalid_pass) {
            p->pos = start;
            Expr *a = attempt_expr(p, parse_star_expressions);
            if (a)
                parse_raise_invalid_target(p, TARGETS_DEL, a);
        }
        parse_fail_generic(p);
    }
    Stmt *s = new_stmt(p, STMT_DELETE, kw);
    s->v.Delete.targets = targets;
    return s;
}

static Stmt *assert_stmt(Parser *p)
{
    const Token *kw = parse_next(p);
    Expr *test = parse_expression(p);
    Expr *msg = NULL;
    if (parse_accept(p, TK_COMMA))
        msg = parse_expression(p);
    Stmt *s = new_stmt(p, STMT_ASSERT, kw);
    s->v.Assert.test = test;
    s->v.Assert.msg = msg;
    return s;
}

/* dotted_name: NAME ('.' NAME)*, as one string. */
static const char *dotted_name(Parser *p)
{
    const Token *first = parse_expect(p, TK_NAME);
    const Token *last = first;
    size_t len = (size_t)first->len;
    while (at(p, TK_DOT) && parse_kind_at(p, 1) == TK_NAME) {
        parse_next(p);
        last = parse_next(p);
        len += 1 + (size_t)last->len;
    }
    if (last == first)
        return parse_identifier(p, first);
    len = 0;
    for (const Token *t = first; t <= last; t += 2)
        len += strlen(parse_identifier(p, t)) + 1;
    char *s = parse_alloc(p, len);
    size_t n = 0;
    for (const Token *t = first; t <= last; t += 2) {
        const char *part = parse_identifier(p, t);
        size_t k = strlen(part);
        if (n)
            s[n++] = '.';
        memcpy(s + n, part, k);
        n += k;
    }
    s[n] = '\0';
    return s;
}

static Alias *new_alias(Parser *p, const Token *first, const char *name, const char *asname)
{
    Alias *a = parse_alloc(p, sizeof(Alias));
    const Token *last = parse_prev(p);
    a->name = name;
    a->asname = asname;
    a->lineno = first->lineno;
    a->col_offset = first->col;
    a->end_lineno = last->end_lineno;
    a->end_col_offset = last->end_col;
    return a;
}

/* name ['as' NAME], with name a dotted name when dotted is set. */
static Alias *import_alias(Parser *p, int dotted)
{
    const Token *first = parse_peek(p);
    const char *name = dotted ? dotted_name(p) : parse_identifier(p, parse_expect(p, TK_NAME));
    const char *asname = NULL;
    if (parse_accept(p, TK_AS))
        asname = parse_identifier(p, parse_expect(p, TK_NAME));
    return new_alias(p, first, name, asname);
}

static Stmt *import_name(Parser *p)
{
    const Token *kw = parse_next(p);
    AliasSeq names = {0, NULL};
    int cap = 0;
    do {
        Alias *a = import_alias(p, 1);
        SEQ_PUSH(p, names, cap, a);
    } while (parse_accept(p, TK_COMMA));
    Stmt *s = new_stmt(p, STMT_IMPORT, kw);
    s->v.Import.names = names;
    return s;
}

/* import_from_targets after 'import'. */
static AliasSeq import_from_targets(Parser *p)
{
    AliasSeq names = {0, NULL};
    int cap = 0;
    if (at(p, TK_STAR)) {
        const Token *star = parse_next(p);
        Alias *a = new_alias(p, star, parse_strndup(p, "*", 1), NULL);
        SEQ_PUSH(p, names, cap, a);
        return names;
    }
    int paren = parse_accept(p, TK_LPAR) != NULL;
    do {
        if (names.len && !at(p, TK_NAME))
            break; /* a trailing comma */
        Alias *a = import_alias(p, 0);
        SEQ_PUSH(p, names, cap, a);
    } while (parse_accept(p, TK_COMMA));
    if (paren) {
        parse_expect(p, TK_RPAR);
    } else if (parse_prev(p)->kind == TK_COMMA) {
        if (p->invalid_pass && at(p, TK_NEWLINE))
            parse_error_last(p, PERR_SYNTAX,
                             "trailing comma not allowed without surrounding parentheses");
        parse_fail_generic(p);
    }
    return names;
}

static Stmt *import_from(Parser *p)
{
    const Token *kw = parse_next(p);
    int level = 0;
    for (;;) {
        if (parse_accept(p, TK_DOT))
            level += 1;
        else if (parse_accept(p, TK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    const char *module = NULL;
    if (level == 0 || !at(p, TK_IMPORT))
        module = dotted_name(p);
    parse_expect(p, TK_IMPORT);
    AliasSeq names = import_from_targets(p);
    Stmt *s = new_stmt(p, STMT_IMPORTFROM, kw);
    s->v.ImportFrom.module = module;
    s->v.ImportFrom.names = names;
    s->v.ImportFrom.level = level;
    return s;
}

static Stmt *simple_stmt(Parser *p)
{
    const Token *t = parse_peek(p);
    switch (t->kind) {
    case TK_RETURN: return return_stmt(p);
    case TK_IMPORT: return import_name(p);
    case TK_FROM: return import_from(p);
    case TK_RAISE: return raise_stmt(p);
    case TK_PASS: parse_next(p); return new_stmt(p, STMT_PASS, t);
    case TK_BREAK: parse_next(p); return new_stmt(p, STMT_BREAK, t);
    case TK_CONTINUE: parse_next(p); return new_stmt(p, STMT_CONTINUE, t);
    case TK_DEL: return del_stmt(p);
    case TK_ASSERT: return assert_stmt(p);
    case TK_GLOBAL: return global_stmt(p, STMT_GLOBAL);
    case TK_NONLOCAL: return global_stmt(p, STMT_NONLOCAL);
    default: return expression_statement(p);
    }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static void simple_stmts(Parser *p, StmtSeq *out, int *cap)
{
    for (;;) {
        Stmt *s = simple_stmt(p);
        SEQ_PUSH(p, *out, *cap, s);
        if (!parse_accept(p, TK_SEMI) || at(p, TK_NEWLINE))
            break;
    }
    parse_expect(p, TK_NEWLINE);
}

/* ------------------------------------------------------------------ */
/* Compound statements                                                 */

static StmtSeq else_block(Parser *p)
{
    const Token *kw = parse_next(p);
    return colon_block(p, kw, "'else' statement", COLON_FORCED);
}

/* if_stmt / elif_stmt: kw is 'if' or 'elif'. */
static Stmt *if_stmt(Parser *p)
{
    const Token *kw = parse_next(p);
    Expr *test = parse_named_expression(p);
    StmtSeq body = colon_block(p, kw, kw->kind == TK_IF ? "'if' statement" : "'elif' statement",
                               COLON_NEWLINE);
    Stmt *s = new_stmt(p, STMT_IF, kw);
    s->v.If.test = test;
    s->v.If.body = body;
    if (at(p, TK_ELIF)) {
        Stmt *elif = if_stmt(p);
        StmtSeq orelse = {1, parse_alloc(p, sizeof(Stmt *))};
        orelse.items[0] = elif;
        s->v.If.orelse = orelse;
        end_here(p, s);
        return s;
    }
    if (at(p, TK_ELSE)) {
        s->v.If.orelse = else_block(p);
        end_here(p, s);
        return s;
    }
    end_here(p, s);
    return s;
}

static Stmt *while_stmt(Parser *p)
{
    const Token *kw = parse_next(p);
    Expr *test = parse_named_expression(p);
    StmtSeq body = colon_block(p, kw, "'while' statement", COLON_NEWLINE);
    Stmt *s = new_stmt(p, STMT_WHILE, kw);
    s->v.While.test = test;
    s->v.While.body = body;
    end_here(p, s);
    if (at(p, TK_ELSE)) {
        s->v.While.orelse = else_block(p);
        end_here(p, s);
    }
    return s;
}

static Stmt *for_stmt(Parser *p)
{
    const Token *kw = parse_next(p);
    Expr *target = parse_for_targets(p);
    parse_expect(p, TK_IN);
    Expr *iter = parse_star_expressions(p);
    StmtSeq body = colon_block(p, kw, "'for' statement", COLON_NEWLINE);
    Stmt *s = new_stmt(p, STMT_FOR, kw);
    s->v.For.target = target;
    s->v.For.iter = iter;
    s->v.For.body = body;
    end_here(p, s);
    if (at(p, TK_ELSE)) {
        s->v.For.orelse = else_block(p);
        end_here(p, s);
    }
    return s;
}

/* with_item: expression ['as' star_target] */
static WithItem *with_item(Parser *p)
{
    WithItem *w = parse_alloc(p, sizeof(WithItem));
    w->context_expr = parse_expression(p);
    if (parse_accept(p, TK_AS)) {
        int start = p->pos;
        Expr *t = attempt_expr(p, parse_star_named_expression);
        if (!t || !parse_is_target(t, TARGETS_STAR) ||
            (!at(p, TK_COMMA) && !at(p, TK_RPAR) && !at(p, TK_COLON))) {
            if (p->invalid_pass) {
                p->pos = start;
                Expr *a = attempt_expr(p, parse_expression);
                if (a && (at(p, TK_COMMA) || at(p, TK_RPAR) || at(p, TK_COLON)))
                    parse_raise_invalid_target(p, TARGETS_STAR, a);
            }
            parse_fail_generic(p);
        }
        parse_set_context(t, CTX_STORE);
        w->optional_vars = t;
    }
    return w;
}

typedef struct WithItems {
    WithItemSeq items;
} WithItems;

/* '(' ','.with_item+ ','? ')' ':' — the parenthesized form. */
static void paren_with_items(Parser *p, void *arg)
{
    WithItems *w = arg;
    int cap = 0;
    parse_expect(p, TK_LPAR);
    do {
        if (at(p, TK_RPAR) && w->items.len)
            break;
        WithItem *it = with_item(p);
        SEQ_PUSH(p, w->items, cap, it);
    } while (parse_accept(p, TK_COMMA));
    parse_expect(p, TK_RPAR);
    if (!at(p, TK_COLON))
        parse_fail_generic(p);
}

static void plain_with_items(Parser *p, void *arg)
{
    WithItems *w = arg;
    int cap = 0;
    do {
        WithItem *it = with_item(p);
        SEQ_PUSH(p, w->items, cap, it);
    } while (parse_accept(p, TK_COMMA));
    if (!at(p, TK_COLON))
        parse_fail_generic(p);
}

/* CPython's invalid_with_stmt: the items parsed loosely, then a newline
 * where the ':' belongs. */
static void invalid_with_stmt(Parser *p, int start)
{
    p->pos = start;
    int paren = parse_accept(p, TK_LPAR) != NULL;
    for (;;) {
        if (!attempt_expr(p, paren ? parse_star_expressions : parse_expression))
            return;
        if (parse_accept(p, TK_AS) && !attempt_expr(p, parse_star_named_expression))
            return;
        if (!parse_accept(p, TK_COMMA))
            break;
        if (paren && at(p, TK_RPAR))
            break;
    }
    if (paren && !parse_accept(p, TK_RPAR))
        return;
    if (at(p, TK_NEWLINE))
        parse_error_last(p, PERR_SYNTAX, "expected ':'");
}

static Stmt *with_stmt(Parser *p)
{
    const Token *kw = parse_next(p);
    int start = p->pos;
    WithItems w = {{0, NULL}};
    if (!at(p, TK_LPAR) || !parse_try(p, paren_with_items, &w)) {
        w.items = (WithItemSeq){0, NULL};
        if (!parse_try(p, plain_with_items, &w)) {
            if (p->invalid_pass)
                invalid_with_stmt(p, start);
            parse_fail_generic(p);
        }
    }
    StmtSeq body = colon_block(p, kw, "'with' statement", COLON_NEWLINE);
    Stmt *s = new_stmt(p, STMT_WITH, kw);
    s->v.With.items = w.items;
    s->v.With.body = body;
    end_here(p, s);
    return s;
}

/* except_block / except_star_block; *star reports 'except*'. */
static ExceptHandler *except_block(Parser *p, int *star)
{
    const Token *kw = parse_next(p);
    ExceptHandler *h = parse_alloc(p, sizeof(ExceptHandler));
    *star = parse_accept(p, TK_STAR) != NULL;
    if (!at(p, TK_COLON) && !at(p, TK_NEWLINE)) {
        h->type = parse_expression(p);
        if (at(p, TK_COMMA) && p->invalid_pass) {
            int pos = p->pos;
            parse_next(p);
            Expr *rest = parse_expression(p);
            while (parse_accept(p, TK_COMMA) && parse_starts_expression(p))
                rest = parse_expression(p);
            if (parse_accept(p, TK_AS))
                parse_expect(p, TK_NAME);
            if (at(p, TK_COLON))
                parse_error_range(p, h->type->lineno, h->type->col_offset,
                                  rest->end_lineno, rest->end_col_offset,
                                  "multiple exception types must be parenthesized");
            p->pos = pos;
        }
        if (parse_accept(p, TK_AS))
            h->name = parse_identifier(p, parse_expect(p, TK_NAME));
    } else if (*star) {
        if (p->invalid_pass)
            parse_error_last(p, PERR_SYNTAX, "expected one or more exception types");
        parse_fail_generic(p);
    }
    h->body = colon_block(p, kw, *star ? "'except*' statement" : "'except' statement",
                          COLON_NEWLINE);
    const Token *last = parse_prev(p);
    h->lineno = kw->lineno;
    h->col_offset = kw->col;
    h->end_lineno = last->end_lineno;
    h->end_col_offset = last->end_col;
    return h;
}

static Stmt *try_stmt(Parser *p)
{
    const Token *kw = parse_next(p);
    StmtSeq body = colon_block(p, kw, "'try' statement", COLON_FORCED);
    Stmt *s = new_stmt(p, STMT_TRY, kw);
    s->v.Try.body = body;
    end_here(p, s);
    int cap = 0, kind = -1;
    while (at(p, TK_EXCEPT)) {
        int star;
        const Token *ekw = parse_peek(p);
        int kstar = parse_kind_at(p, 1) == TK_STAR;
        if (kind >= 0 && kstar != kind) {
            if (p->invalid_pass)
                parse_error_tok(p, ekw, "cannot have both 'except' and 'except*' on the same 'try'");
            parse_fail_generic(p);
        }
        ExceptHandler *h = except_block(p, &star);
        kind = star;
        SEQ_PUSH(p, s->v.Try.handlers, cap, h);
        s->end_lineno = h->end_lineno;
        s->end_col_offset = h->end_col_offset;
    }
    if (kind == 1)
        s->kind = STMT_TRYSTAR;
    if (kind >= 0 && at(p, TK_ELSE)) {
        s->v.Try.orelse = else_block(p);
        end_here(p, s);
    }
    if (at(p, TK_FINALLY)) {
        const Token *fkw = parse_next(p);
        s->v.Try.finalbody = colon_block(p, fkw, "'finally' statement", COLON_FORCED);
        end_here(p, s);
    } else if (kind < 0) {
        if (p->invalid_pass)
            parse_error_last(p, PERR_SYNTAX, "expected 'except' or 'finally' block");
        parse_fail_generic(p);
    }
    return s;
}

/* decorators: ('@' named_expression NEWLINE)+ */
static ExprSeq decorators(Parser *p)
{
    ExprSeq decs = {0, NULL};
    int cap = 0;
    while (parse_accept(p, TK_AT)) {
        Expr *d = parse_named_expression(p);
        parse_expect(p, TK_NEWLINE);
        SEQ_PUSH(p, decs, cap, d);
    }
    return decs;
}

static Stmt *function_def(Parser *p, ExprSeq decs)
{
    const Token *kw = parse_next(p);
    const Token *name = parse_expect(p, TK_NAME);
    parse_expect_forced(p, TK_LPAR, "(");
    Arguments *args = at(p, TK_RPAR) ? parse_empty_arguments(p) : parse_params(p, 0);
    parse_expect(p, TK_RPAR);
    Expr *returns = NULL;
    int before = p->pos;
    if (parse_accept(p, TK_RARROW)) {
        /* ['->' expression]: a bad annotation leaves the '->' for the
           forced ':' to report, as in CPython */
        returns = attempt_expr(p, parse_expression);
        if (!returns)
            p->pos = before;
    }
    StmtSeq body = colon_block(p, kw, "function definition", COLON_FORCED);
    Stmt *s = new_stmt(p, STMT_FUNCTIONDEF, kw);
    s->v.FunctionDef.name = parse_identifier(p, name);
    s->v.FunctionDef.args = args;
    s->v.FunctionDef.body = body;
    s->v.FunctionDef.decorator_list = decs;
    s->v.FunctionDef.returns = returns;
    end_here(p, s);
    return s;
}

static Stmt *class_def(Parser *p, ExprSeq decs)
{
    const Token *kw = parse_next(p);
    const Token *name = parse_expect(p, TK_NAME);
    ExprSeq bases = {0, NULL};
    KeywordSeq keywords = {0, NULL};
    if (at(p, TK_LPAR)) {
        const Token *open = parse_next(p);
        parse_call_args(p, open, 0, &bases, &keywords);
    }
    StmtSeq body = colon_block(p, kw, "class definition", COLON_NEWLINE);
    Stmt *c = new_stmt(p, STMT_CLASSDEF, kw);
    c->v.ClassDef.name = parse_identifier(p, name);
    c->v.ClassDef.bases = bases;
    c->v.ClassDef.keywords = keywords;
    c->v.ClassDef.body = body;
    c->v.ClassDef.decorator_list = decs;
    end_here(p, c);
    return c;
}

static int is_name(const Token *t, const char *s)
{
    return t->kind == TK_NAME && (size_t)t->len == strlen(s) &&
           memcmp(t->start, s, (size_t)t->len) == 0;
}

/* Does a `match` statement start here: `match ...:` ending its line,
 * followed by an indented `case`?  (Weft does not implement them.) */
static int at_match_statement(Parser *p)
{
    if (!is_name(parse_peek(p), "match"))
        return 0;
    int i = p->pos + 1;
    while (i < p->ntoks && p->toks[i].kind != TK_NEWLINE && p->toks[i].kind != TK_ERROR &&
           p->toks[i].kind != TK_ENDMARKER)
        i++;
    return i + 2 < p->ntoks && p->toks[i].kind == TK_NEWLINE &&
           p->toks[i - 1].kind == TK_COLON && p->toks[i + 1].kind == TK_INDENT &&
           is_name(&p->toks[i + 2], "case");
}

static Stmt *compound_stmt(Parser *p)
{
    const Token *t = parse_peek(p);
    switch (t->kind) {
    case TK_AT: {
        ExprSeq decs = decorators(p);
        if (at(p, TK_DEF))
            return function_def(p, decs);
        if (at(p, TK_CLASS))
            return class_def(p, decs);
        if (at(p, TK_ASYNC))
            parse_error_tok(p, parse_peek(p), "'async' statements are not supported");
        parse_fail_generic(p);
    }
    case TK_DEF: return function_def(p, (ExprSeq){0, NULL});
    case TK_CLASS: return class_def(p, (ExprSeq){0, NULL});
    case TK_IF: return if_stmt(p);
    case TK_WHILE: return while_stmt(p);
    case TK_FOR: return for_stmt(p);
    case TK_WITH: return with_stmt(p);
    case TK_TRY: return try_stmt(p);
    case TK_ASYNC:
        parse_error_tok(p, t, "'async' statements are not supported");
    default:
        return NULL;
    }
}

/* statement: compound_stmt | simple_stmts; appends to out. */
static Stmt *statement_list(Parser *p, StmtSeq *out, int *cap)
{
    Stmt *s = compound_stmt(p);
    if (s) {
        SEQ_PUSH(p, *out, *cap, s);
        return s;
    }
    if (at_match_statement(p))
        parse_error_tok(p, parse_peek(p), "'match' statements are not supported");
    simple_stmts(p, out, cap);
    return out->items[out->len - 1];
}

/* ------------------------------------------------------------------ */
/* Start rules                                                         */

StmtSeq parse_file(Parser *p)
{
    StmtSeq body = {0, NULL};
    int cap = 0;
    while (!at(p, TK_ENDMARKER))
        statement_list(p, &body, &cap);
    return body;
}

StmtSeq parse_interactive(Parser *p)
{
    StmtSeq body = {0, NULL};
    int cap = 0;
    if (parse_accept(p, TK_NEWLINE)) {
        /* a blank line is an empty statement */
        const Token *t = &p->toks[0];
        Stmt *s = ast_stmt_new(p->arena, STMT_PASS, t->lineno, t->col, t->end_lineno,
                               t->end_col);
        if (!s)
            parse_out_of_memory(p);
        SEQ_PUSH(p, body, cap, s);
        return body;
    }
    Stmt *s = compound_stmt(p);
    if (s) {
        SEQ_PUSH(p, body, cap, s);
        parse_accept(p, TK_NEWLINE);
        if (!at(p, TK_ENDMARKER))
            parse_fail_generic(p);
        return body;
    }
    simple_stmts(p, &body, &cap);
    if (!at(p, TK_ENDMARKER)) {
        /* CPython's bad_single_statement, at the NEWLINE just read */
        const Token *nl = &p->toks[p->pos - 1];
        parse_error_raw(p, PERR_SYNTAX, nl->lineno, nl->col + 1, nl->end_lineno,
                        nl->end_col + 1,
                        "multiple statements found while compiling a single statement");
    }
    return body;
}

Expr *parse_eval(Parser *p)
{
    const Token *first = parse_peek(p);
    Expr *e = parse_expression(p);
    if (at(p, TK_COMMA)) {
        ExprSeq elts = {0, NULL};
        int cap = 0;
        SEQ_PUSH(p, elts, cap, e);
        while (parse_accept(p, TK_COMMA)) {
            if (!parse_starts_expression(p) || at(p, TK_STAR))
                break;
            Expr *x = parse_expression(p);
            SEQ_PUSH(p, elts, cap, x);
        }
        e = parse_expr_from(p, EXPR_TUPLE, first);
        e->v.Tuple.elts = elts;
        e->v.Tuple.ctx = CTX_LOAD;
    }
    while (parse_accept(p, TK_NEWLINE))
        ;
    parse_expect(p, TK_ENDMARKER);
    return e;
}

Expr *parse_fstring_expr(Parser *p)
{
    return parse_star_expressions(p);
}
