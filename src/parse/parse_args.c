/* parse_args.c - parameter lists (def and lambda) and call arguments.
 *
 * Parameters are read left to right with a small state machine that
 * enforces CPython's ordering rules (defaults, '/', '*', '**'); in the
 * invalid pass each violation gets CPython's message.  Call arguments
 * follow CPython's PEG rules (positional items, then keyword/starred
 * items, then keyword/double-starred items) with backtracking, so the
 * second pass can try CPython's invalid_arguments alternatives in order.
 * Spans: an arg runs from its name to its annotation, a keyword from its
 * name (or '**') to its value.
 */
#include "parse_int.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Lambda and parameter lists                                          */

Arguments *parse_empty_arguments(Parser *p)
{
    return parse_alloc(p, sizeof(Arguments));
}

/* param: NAME [':' expression]; for `*args`, 3.11 allows ': *Ts'. */
static Arg *param(Parser *p, int lambda, int star_annotation)
{
    const Token *name = parse_expect(p, TK_NAME);
    Arg *a = parse_alloc(p, sizeof(Arg));
    a->arg = parse_identifier(p, name);
    if (!lambda && parse_accept(p, TK_COLON))
        a->annotation = star_annotation && parse_at(p, TK_STAR) ? parse_star_expression(p)
                                                           : parse_expression(p);
    const Token *last = parse_prev(p);
    a->lineno = name->lineno;
    a->col_offset = name->col;
    a->end_lineno = last->end_lineno;
    a->end_col_offset = last->end_col;
    return a;
}

/* '=' expression after a parameter, or NULL. */
static Expr *param_default(Parser *p)
{
    const Token *eq = parse_accept(p, TK_EQUAL);
    if (!eq)
        return NULL;
    if (p->invalid_pass && (parse_at(p, TK_RPAR) || parse_at(p, TK_COMMA)))
        parse_error_tok(p, eq, "expected default value expression");
    return parse_expression(p);
}

typedef struct ParamState {
    Arguments *a;
    int lambda;
    TokKind close;          /* ')' or ':' */
    int pcap, acap, dcap, kcap, kdcap;
    int have_default;       /* a positional parameter had a default */
    int slash;              /* '/' seen */
    int star;               /* '*' seen */
} ParamState;

/* After a parameter: ',' or the closing token. Returns 0 at the end. */
static int param_separator(Parser *p, ParamState *st)
{
    if (parse_accept(p, TK_COMMA))
        return !parse_at(p, st->close);
    if (!parse_at(p, st->close))
        parse_fail_generic(p);
    return 0;
}

/* A positional (or positional-or-keyword) parameter with its default. */
static void positional_param(Parser *p, ParamState *st)
{
    Arg *arg = param(p, st->lambda, 0);
    Expr *def = param_default(p);
    if (!def && st->have_default) {
        if (p->invalid_pass && (parse_at(p, TK_COMMA) || parse_at(p, st->close)))
            parse_error_range(p, arg->lineno, arg->col_offset, arg->end_lineno,
                              arg->end_col_offset,
                              "non-default argument follows default argument");
        parse_fail_generic(p);
    }
    if (def) {
        st->have_default = 1;
        SEQ_PUSH(p, st->a->defaults, st->dcap, def);
    }
    SEQ_PUSH(p, st->a->args, st->acap, arg);
}

/* '/' ending the positional-only parameters. */
static void slash_marker(Parser *p, ParamState *st)
{
    const Token *t = parse_next(p);
    if (st->slash) {
        if (p->invalid_pass)
            parse_error_tok(p, t, "/ may appear only once");
        parse_fail_generic(p);
    }
    if (st->a->args.len == 0)
        parse_fail_generic(p);
    st->slash = 1;
    st->a->posonlyargs = st->a->args;
    st->a->args = (ArgSeq){0, NULL};
    st->pcap = st->acap;
    st->acap = 0;
}

/* '**' kwargs, which must be last. */
static void kwarg_param(Parser *p, ParamState *st)
{
    parse_next(p);
    st->a->kwarg = param(p, st->lambda, 0);
    const Token *eq = parse_peek(p);
    if (eq->kind == TK_EQUAL) {
        if (p->invalid_pass)
            parse_error_tok(p, eq, "var-keyword argument cannot have default value");
        parse_fail_generic(p);
    }
    if (parse_accept(p, TK_COMMA) && !parse_at(p, st->close)) {
        const Token *t = parse_peek(p);
        if (p->invalid_pass && (t->kind == TK_NAME || t->kind == TK_STAR ||
                                t->kind == TK_DOUBLESTAR || t->kind == TK_SLASH))
            parse_error_tok(p, t, "arguments cannot follow var-keyword argument");
        parse_fail_generic(p);
    }
    if (!parse_at(p, st->close))
        parse_fail_generic(p);
}

/* Keyword-only parameters and the rest after a '*' (star_etc). */
static void star_params(Parser *p, ParamState *st)
{
    const Token *star = parse_next(p);
    if (parse_at(p, TK_NAME)) {
        st->a->vararg = param(p, st->lambda, 1);
        const Token *eq = parse_peek(p);
        if (eq->kind == TK_EQUAL) {
            if (p->invalid_pass)
                parse_error_tok(p, eq, "var-positional argument cannot have default value");
            parse_fail_generic(p);
        }
    } else if (parse_at(p, st->close) || (parse_at(p, TK_COMMA) &&
               (parse_kind_at(p, 1) == st->close || parse_kind_at(p, 1) == TK_DOUBLESTAR))) {
        if (p->invalid_pass) {
            if (st->lambda)
                parse_error_last(p, PERR_SYNTAX, "named arguments must follow bare *");
            parse_error_tok(p, star, "named arguments must follow bare *");
        }
        parse_fail_generic(p);
    } else if (!parse_at(p, TK_COMMA)) {
        parse_fail_generic(p);
    }
    while (parse_accept(p, TK_COMMA)) {
        const Token *t = parse_peek(p);
        if (t->kind == st->close)
            return;
        if (t->kind == TK_DOUBLESTAR) {
            kwarg_param(p, st);
            return;
        }
        if (t->kind == TK_STAR || t->kind == TK_SLASH) {
            if (p->invalid_pass)
                parse_error_tok(p, t, t->kind == TK_STAR ? "* argument may appear only once"
                                                         : "/ must be ahead of *");
            parse_fail_generic(p);
        }
        Arg *arg = param(p, st->lambda, 0);
        Expr *def = param_default(p);
        SEQ_PUSH(p, st->a->kwonlyargs, st->kcap, arg);
        SEQ_PUSH(p, st->a->kw_defaults, st->kdcap, def);
    }
    if (!parse_at(p, st->close))
        parse_fail_generic(p);
}

/* invalid_parameters: `def f((a, b))` / `lambda (a): 0`, after only
 * plain parameters. */
static void parenthesized_params(Parser *p, ParamState *st)
{
    if (!p->invalid_pass || st->have_default || st->slash)
        return;
    int pos = p->pos;
    const Token *open = parse_next(p);
    int n = 0;
    while (parse_at(p, TK_NAME)) {
        parse_next(p);
        n++;
        if (!st->lambda && parse_accept(p, TK_COLON) && !parse_attempt(p, parse_expression))
            break;
        if (!parse_accept(p, TK_COMMA))
            break;
    }
    if (n && parse_at(p, TK_RPAR)) {
        const Token *close = parse_peek(p);
        parse_error_range(p, open->lineno, open->col, close->end_lineno, close->end_col,
                          st->lambda ? "Lambda expression parameters cannot be parenthesized"
                                     : "Function parameters cannot be parenthesized");
    }
    p->pos = pos;
}

Arguments *parse_params(Parser *p, int lambda)
{
    ParamState st = {0};
    st.a = parse_empty_arguments(p);
    st.lambda = lambda;
    st.close = lambda ? TK_COLON : TK_RPAR;
    for (;;) {
        TokKind k = parse_kind(p);
        if (k == TK_LPAR)
            parenthesized_params(p, &st);
        if (k == TK_NAME) {
            positional_param(p, &st);
        } else if (k == TK_SLASH) {
            slash_marker(p, &st);
        } else if (k == TK_STAR) {
            star_params(p, &st);
            break;
        } else if (k == TK_DOUBLESTAR) {
            kwarg_param(p, &st);
            break;
        } else {
            break;
        }
        if (!param_separator(p, &st))
            break;
    }
    if (!parse_at(p, st.close))
        parse_fail_generic(p);
    return st.a;
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
Expr *parse_lambdef(Parser *p)
{
    const Token *kw = parse_expect(p, TK_LAMBDA);
    parse_enter(p, 2);
    Arguments *args = parse_at(p, TK_COLON) ? parse_empty_arguments(p) : parse_params(p, 1);
    parse_expect(p, TK_COLON);
    Expr *body = parse_expression(p);
    parse_leave(p, 2);
    Expr *e = parse_expr_from(p, EXPR_LAMBDA, kw);
    e->v.Lambda.args = args;
    e->v.Lambda.body = body;
    return e;
}

/* ------------------------------------------------------------------ */
/* Call arguments                                                      */

typedef struct CallArgs {
    ExprSeq args;
    KeywordSeq kws;
    int acap, kcap;
} CallArgs;

static Keyword *new_keyword(Parser *p, const Token *first, const char *arg, Expr *value)
{
    Keyword *k = parse_alloc(p, sizeof(Keyword));
    k->arg = arg;
    k->value = value;
    k->lineno = first->lineno;
    k->col_offset = first->col;
    const Token *last = parse_prev(p);
    k->end_lineno = last->end_lineno;
    k->end_col_offset = last->end_col;
    (void)value;
    return k;
}

/* CPython's invalid_kwarg, tried before each keyword argument. */
static void invalid_kwarg(Parser *p)
{
    int pos = p->pos;
    TokKind k = parse_kind(p);
    if ((k == TK_TRUE || k == TK_FALSE || k == TK_NONE) && parse_kind_at(p, 1) == TK_EQUAL) {
        const Token *a = parse_next(p);
        const Token *b = parse_next(p);
        parse_error_range(p, a->lineno, a->col, b->end_lineno, b->end_col,
                          "cannot assign to %.*s", a->len, a->start);
    }
    if (k == TK_NAME && parse_kind_at(p, 1) == TK_EQUAL) {
        const Token *a = parse_next(p);
        const Token *b = parse_next(p);
        ComprehensionSeq gens;
        if (parse_attempt(p, parse_expression) && parse_try_clauses(p, &gens))
            parse_error_range(p, a->lineno, a->col, b->end_lineno, b->end_col,
                              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        p->pos = pos;
        return;
    }
    Expr *a = parse_attempt(p, parse_expression);
    if (a && parse_at(p, TK_EQUAL)) {
        const Token *b = parse_peek(p);
        parse_error_range(p, a->lineno, a->col_offset, b->end_lineno, b->end_col,
                          "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    p->pos = pos;
}

/* NAME '=' expression, or '*' expression (star) / '**' expression
 * (dstar) as allowed; appends to c and returns 1, or returns 0 with the
 * position unchanged. */
static int kwarg_item(Parser *p, CallArgs *c, int star, int dstar)
{
    int pos = p->pos;
    if (p->invalid_pass)
        invalid_kwarg(p);
    if (parse_at(p, TK_NAME) && parse_kind_at(p, 1) == TK_EQUAL) {
        const Token *name = parse_next(p);
        parse_next(p);
        Expr *v = parse_attempt(p, parse_expression);
        if (v) {
            Keyword *k = new_keyword(p, name, parse_identifier(p, name), v);
            SEQ_PUSH(p, c->kws, c->kcap, k);
            return 1;
        }
        p->pos = pos;
    }
    if ((star && parse_at(p, TK_STAR)) || (dstar && parse_at(p, TK_DOUBLESTAR))) {
        const Token *t = parse_next(p);
        Expr *v = parse_attempt(p, parse_expression);
        if (v) {
            if (t->kind == TK_STAR) {
                Expr *e = parse_expr_from(p, EXPR_STARRED, t);
                e->v.Starred.value = v;
                e->v.Starred.ctx = CTX_LOAD;
                SEQ_PUSH(p, c->args, c->acap, e);
            } else {
                Keyword *k = new_keyword(p, t, NULL, v);
                SEQ_PUSH(p, c->kws, c->kcap, k);
            }
            return 1;
        }
        p->pos = pos;
    }
    return 0;
}

/* ','.X+ over kwarg items; returns the number gathered. */
static int gather_kwargs(Parser *p, CallArgs *c, int star, int dstar)
{
    if (!kwarg_item(p, c, star, dstar))
        return 0;
    int n = 1;
    for (;;) {
        int pos = p->pos;
        if (!parse_accept(p, TK_COMMA) || !kwarg_item(p, c, star, dstar)) {
            p->pos = pos;
            return n;
        }
        n++;
    }
}

/* kwargs: keyword/starred items, then keyword/double-starred items. */
static int kwargs(Parser *p, CallArgs *c)
{
    CallArgs saved = *c;
    int pos = p->pos;
    if (gather_kwargs(p, c, 1, 0)) {
        int mid = p->pos;
        CallArgs after_first = *c;
        if (parse_accept(p, TK_COMMA) && gather_kwargs(p, c, 0, 1))
            return 1;
        p->pos = mid;
        *c = after_first;
        return 1;
    }
    *c = saved;
    p->pos = pos;
    return gather_kwargs(p, c, 0, 1) > 0;
}

/* One positional argument: starred_expression | (assignment_expression |
 * expression !':=') !'='.  Returns 0 (position unchanged) if none. */
static int positional_arg(Parser *p, CallArgs *c)
{
    int pos = p->pos;
    Expr *e;
    if (parse_at(p, TK_STAR)) {
        const Token *t = parse_next(p);
        Expr *v = parse_attempt(p, parse_expression);
        if (!v) {
            p->pos = pos;
            return 0;
        }
        e = parse_expr_from(p, EXPR_STARRED, t);
        e->v.Starred.value = v;
        e->v.Starred.ctx = CTX_LOAD;
    } else {
        if (parse_at(p, TK_NAME) && parse_kind_at(p, 1) == TK_COLONEQUAL)
            e = parse_attempt(p, parse_assignment_expression);
        else
            e = parse_attempt(p, parse_expression);
        if (!e || parse_at(p, TK_COLONEQUAL) || parse_at(p, TK_EQUAL)) {
            p->pos = pos;
            return 0;
        }
    }
    SEQ_PUSH(p, c->args, c->acap, e);
    return 1;
}

/* args: positional arguments [',' kwargs] | kwargs.  Returns 0 when
 * nothing matched. */
static int args_rule(Parser *p, CallArgs *c)
{
    if (!positional_arg(p, c))
        return kwargs(p, c);
    for (;;) {
        int pos = p->pos;
        if (!parse_accept(p, TK_COMMA) || !positional_arg(p, c)) {
            p->pos = pos;
            break;
        }
    }
    int pos = p->pos;
    CallArgs saved = *c;
    if (!parse_accept(p, TK_COMMA) || !kwargs(p, c)) {
        p->pos = pos;
        *c = saved;
    }
    return 1;
}

/* The rest of a generator expression that is a call's sole argument: its
 * element elt is parsed, the current token is 'for'. */
static Expr *genexp_argument(Parser *p, const Token *open, Expr *elt)
{
    ComprehensionSeq gens = parse_for_if_clauses(p);
    parse_expect(p, TK_RPAR);
    Expr *e = parse_expr_from(p, EXPR_GENERATOREXP, open);
    e->v.GeneratorExp.elt = elt;
    e->v.GeneratorExp.generators = gens;
    return e;
}

typedef struct GenexpArg {
    const Token *open;
    Expr *elt, *result;
} GenexpArg;

static void run_genexp_argument(Parser *p, void *arg)
{
    GenexpArg *g = arg;
    g->result = genexp_argument(p, g->open, g->elt);
}

/* Generator expression must be parenthesized: range from a to the last
 * item of the comprehension gens. */
_Noreturn static void unparenthesized_genexp(Parser *p, const Expr *a, ComprehensionSeq gens)
{
    const Expr *last = parse_last_comprehension_item(gens);
    parse_error_range(p, a->lineno, a->col_offset, last->end_lineno,
                      last->end_col_offset, "Generator expression must be parenthesized");
}

/* CPython's invalid_arguments, after the valid rule failed. */
static void invalid_arguments(Parser *p, int start)
{
    CallArgs c;
    ComprehensionSeq gens;
    /* keyword arguments followed by ', *' */
    memset(&c, 0, sizeof c);
    p->pos = start;
    if (args_rule(p, &c) && c.kws.len > 0 && parse_accept(p, TK_COMMA) && parse_at(p, TK_STAR))
        parse_error_tok(p, parse_peek(p),
                        "iterable argument unpacking follows keyword argument unpacking");
    /* a=expression b=for_if_clauses ',' [args | expression for_if_clauses] */
    p->pos = start;
    Expr *a = parse_attempt(p, parse_expression);
    if (a && parse_try_clauses(p, &gens) && parse_at(p, TK_COMMA))
        unparenthesized_genexp(p, a, gens);
    /* a=NAME b='=' expression for_if_clauses */
    p->pos = start;
    if (parse_at(p, TK_NAME) && parse_kind_at(p, 1) == TK_EQUAL) {
        const Token *n = parse_next(p);
        const Token *eq = parse_next(p);
        if (parse_attempt(p, parse_expression) && parse_try_clauses(p, &gens))
            parse_error_range(p, n->lineno, n->col, eq->end_lineno, eq->end_col,
                              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    /* a=args b=for_if_clauses */
    p->pos = start;
    memset(&c, 0, sizeof c);
    if (args_rule(p, &c) && parse_try_clauses(p, &gens) && c.args.len > 1)
        unparenthesized_genexp(p, c.args.items[c.args.len - 1], gens);
    /* args ',' a=expression b=for_if_clauses */
    p->pos = start;
    memset(&c, 0, sizeof c);
    if (args_rule(p, &c) && parse_accept(p, TK_COMMA)) {
        a = parse_attempt(p, parse_expression);
        if (a && parse_try_clauses(p, &gens))
            unparenthesized_genexp(p, a, gens);
    }
    /* a=args ',' args */
    p->pos = start;
    memset(&c, 0, sizeof c);
    if (args_rule(p, &c) && parse_accept(p, TK_COMMA)) {
        CallArgs d;
        memset(&d, 0, sizeof d);
        if (args_rule(p, &d)) {
            int unpack = 0;
            for (int i = 0; i < c.kws.len; i++)
                unpack |= c.kws.items[i]->arg == NULL;
            parse_error_last(p, PERR_SYNTAX, unpack ?
                             "positional argument follows keyword argument unpacking" :
                             "positional argument follows keyword argument");
        }
    }
}

void parse_call_args(Parser *p, const Token *open, int allow_genexp,
                     ExprSeq *args, KeywordSeq *kws)
{
    int start = p->pos;
    CallArgs c;
    memset(&c, 0, sizeof c);
    if (!parse_at(p, TK_RPAR)) {
        int ok = args_rule(p, &c);
        if (ok && allow_genexp && parse_at_comp_for(p) && c.args.len == 1 && c.kws.len == 0 &&
            c.args.items[0]->kind != EXPR_STARRED) {
            /* `f(x for x in y)`: the sole argument is a generator expression
               spanning the call's parentheses */
            GenexpArg g = {open, c.args.items[0], NULL};
            int pos = p->pos;
            if (parse_try(p, run_genexp_argument, &g)) {
                *args = c.args;
                args->items[0] = g.result;
                *kws = c.kws;
                return;
            }
            p->pos = pos;
        }
        if (ok)
            parse_accept(p, TK_COMMA);
        if (!ok || !parse_at(p, TK_RPAR)) {
            if (p->invalid_pass)
                invalid_arguments(p, start);
            parse_fail_generic(p);
        }
    }
    parse_expect(p, TK_RPAR);
    *args = c.args;
    *kws = c.kws;
}
