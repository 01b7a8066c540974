/* parse_display.c - displays and comprehensions: (tuples, groups,
 * generator expressions), [lists, list comprehensions], {dicts, sets and
 * their comprehensions}, for-targets and `for ... if ...` clauses.
 *
 * A display is read element by element, deciding from the tokens after
 * the first element which kind it is.  In the invalid pass the checks of
 * CPython's invalid_comprehension, invalid_group, invalid_kvpair and
 * invalid_for_target rules run at the points where CPython tries them.
 * Spans: a display or comprehension includes its brackets; a group keeps
 * the span of its content.
 */
#include "parse_int.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Comprehensions                                                      */

/* CPython's invalid_for_target: the targets read as star_expressions
 * (which may report their own errors) and checked. */
static void invalid_for_target(Parser *p, int start)
{
    if (!p->invalid_pass)
        return;
    p->pos = start;
    Expr *a = parse_attempt(p, parse_star_expressions);
    if (a)
        parse_raise_invalid_target(p, TARGETS_FOR, a);
}

/* One star_target: ['*'] primary (no operators, as in CPython). */
static Expr *star_target(Parser *p)
{
    if (!parse_at(p, TK_STAR))
        return parse_primary(p);
    const Token *star = parse_next(p);
    Expr *v = star_target(p);
    Expr *e = parse_expr_from(p, EXPR_STARRED, star);
    e->v.Starred.value = v;
    e->v.Starred.ctx = CTX_LOAD;
    return e;
}

Expr *parse_for_targets(Parser *p)
{
    const Token *first = parse_peek(p);
    int start = p->pos;
    ExprSeq elts = {0, NULL};
    int cap = 0, comma = 0;
    for (;;) {
        Expr *e = parse_attempt(p, star_target);
        if (!e) {
            invalid_for_target(p, start);
            parse_fail_generic(p);
        }
        SEQ_PUSH(p, elts, cap, e);
        if (!parse_accept(p, TK_COMMA))
            break;
        comma = 1;
        if (!parse_starts_expression(p))
            break;
    }
    Expr *t = comma ? parse_new_tuple(p, elts, first->lineno, first->col) : elts.items[0];
    if (!parse_is_target(t, TARGETS_FOR) || !parse_at(p, TK_IN)) {
        invalid_for_target(p, start);
        parse_fail_generic(p);
    }
    parse_set_context(t, CTX_STORE);
    return t;
}

ComprehensionSeq parse_for_if_clauses(Parser *p)
{
    ComprehensionSeq seq = {0, NULL};
    int cap = 0;
    while (parse_at(p, TK_FOR) || parse_at(p, TK_ASYNC)) {
        if (parse_at(p, TK_ASYNC))
            parse_error_tok(p, parse_peek(p),
                            "asynchronous comprehensions are not supported");
        parse_next(p);
        Comprehension *c = parse_alloc(p, sizeof(Comprehension));
        c->target = parse_for_targets(p);
        parse_expect(p, TK_IN);
        c->iter = parse_disjunction(p);
        int icap = 0;
        while (parse_accept(p, TK_IF)) {
            Expr *cond = parse_disjunction(p);
            SEQ_PUSH(p, c->ifs, icap, cond);
        }
        SEQ_PUSH(p, seq, cap, c);
    }
    if (seq.len == 0)
        parse_fail_generic(p);
    return seq;
}

/* The last expression of a comprehension (its last `if`, else its
 * iterable): CPython's end of "must be parenthesized" ranges. */
const Expr *parse_last_comprehension_item(ComprehensionSeq gens)
{
    const Comprehension *c = gens.items[gens.len - 1];
    return c->ifs.len ? c->ifs.items[c->ifs.len - 1] : c->iter;
}

static void comprehension_clauses(Parser *p, void *out)
{
    *(ComprehensionSeq *)out = parse_for_if_clauses(p);
}

/* Try for_if_clauses at the current position. */
int parse_try_clauses(Parser *p, ComprehensionSeq *gens)
{
    if (!parse_at(p, TK_FOR))
        return 0;
    return parse_try(p, comprehension_clauses, gens);
}

/* ------------------------------------------------------------------ */
/* Displays                                                            */

/* Elements of a list/set/tuple display after the first one. */
static void display_tail(Parser *p, ExprSeq *elts, int *cap, TokKind close)
{
    while (parse_accept(p, TK_COMMA)) {
        if (parse_at(p, close))
            break;
        Expr *e = parse_star_named_expression(p);
        SEQ_PUSH(p, *elts, *cap, e);
    }
}

/* ('[' | '{') a=star_named_expression ',' b=star_named_expressions
 * for_if_clauses: "did you forget parentheses around the comprehension
 * target?" (CPython's invalid_comprehension alternatives 2 and 3). */
static void invalid_comprehension_target(Parser *p, const Expr *first)
{
    int pos = p->pos;
    if (!p->invalid_pass || !parse_at(p, TK_COMMA))
        return;
    const Token *comma = parse_next(p);
    const Expr *last = NULL;
    while (parse_starts_expression(p)) {
        Expr *e = parse_attempt(p, parse_star_named_expression);
        if (!e)
            break;
        last = e;
        if (!parse_at(p, TK_COMMA))
            break;
        parse_next(p);
    }
    ComprehensionSeq gens;
    if (parse_try_clauses(p, &gens)) {
        if (last)
            parse_error_range(p, first->lineno, first->col_offset, last->end_lineno,
                              last->end_col_offset,
                              "did you forget parentheses around the comprehension target?");
        if (!last)
            parse_error_range(p, first->lineno, first->col_offset, comma->end_lineno,
                              comma->end_col,
                              "did you forget parentheses around the comprehension target?");
    }
    p->pos = pos;
}

static void starred_in_comprehension(Parser *p, const Expr *first)
{
    if (first->kind == EXPR_STARRED && parse_at(p, TK_FOR)) {
        if (p->invalid_pass)
            parse_error_node(p, first, "iterable unpacking cannot be used in comprehension");
        parse_fail_generic(p);
    }
}

/* list | listcomp: current token is '['. */
Expr *parse_list_display(Parser *p)
{
    const Token *open = parse_next(p);
    ExprSeq elts = {0, NULL};
    int cap = 0;
    if (!parse_at(p, TK_RSQB)) {
        Expr *first = parse_star_named_expression(p);
        starred_in_comprehension(p, first);
        if (parse_at_comp_for(p)) {
            ComprehensionSeq gens = parse_for_if_clauses(p);
            parse_expect(p, TK_RSQB);
            Expr *e = parse_expr_from(p, EXPR_LISTCOMP, open);
            e->v.ListComp.elt = first;
            e->v.ListComp.generators = gens;
            return e;
        }
        invalid_comprehension_target(p, first);
        SEQ_PUSH(p, elts, cap, first);
        display_tail(p, &elts, &cap, TK_RSQB);
    }
    parse_expect(p, TK_RSQB);
    Expr *e = parse_expr_from(p, EXPR_LIST, open);
    e->v.List.elts = elts;
    e->v.List.ctx = CTX_LOAD;
    return e;
}

/* invalid_group: '(' starred ')' and '(' '**' expression ')'. */
static void invalid_group(Parser *p, const Token *open)
{
    if (!p->invalid_pass)
        return;
    int pos = p->pos;
    p->pos = (int)(open - p->toks) + 1;
    if (parse_at(p, TK_DOUBLESTAR)) {
        const Token *ds = parse_next(p);
        if (parse_attempt(p, parse_expression) && parse_at(p, TK_RPAR))
            parse_error_tok(p, ds, "cannot use double starred expression here");
    }
    p->pos = pos;
}

/* tuple | group | genexp: current token is '('. */
Expr *parse_paren_display(Parser *p)
{
    const Token *open = parse_next(p);
    if (parse_accept(p, TK_RPAR))
        return parse_new_tuple(p, (ExprSeq){0, NULL}, open->lineno, open->col);
    if (parse_at(p, TK_YIELD)) {
        Expr *y = parse_yield_expr(p);
        parse_expect(p, TK_RPAR);
        return y;
    }
    invalid_group(p, open);
    Expr *first = parse_star_named_expression(p);
    if (parse_at_comp_for(p)) {
        starred_in_comprehension(p, first);
        ComprehensionSeq gens = parse_for_if_clauses(p);
        parse_expect(p, TK_RPAR);
        Expr *e = parse_expr_from(p, EXPR_GENERATOREXP, open);
        e->v.GeneratorExp.elt = first;
        e->v.GeneratorExp.generators = gens;
        return e;
    }
    if (parse_accept(p, TK_RPAR)) {
        if (first->kind == EXPR_STARRED) {
            if (p->invalid_pass)
                parse_error_node(p, first, "cannot use starred expression here");
            parse_fail_generic(p);
        }
        return first; /* a group keeps the span of its content */
    }
    if (!parse_at(p, TK_COMMA))
        parse_fail_generic(p);
    ExprSeq elts = {0, NULL};
    int cap = 0;
    SEQ_PUSH(p, elts, cap, first);
    display_tail(p, &elts, &cap, TK_RPAR);
    parse_expect(p, TK_RPAR);
    return parse_new_tuple(p, elts, open->lineno, open->col);
}

/* invalid_kvpair / invalid_double_starred_kvpairs checks, at the start
 * of a dict entry. */
static void invalid_kvpair(Parser *p, int first_entry)
{
    if (!p->invalid_pass)
        return;
    int pos = p->pos;
    if (parse_at(p, TK_DOUBLESTAR)) {
        return;
    }
    /* CPython 3.11 ends up reading the keys after the first entry without
       its invalid_* rules (so `{1: 2, 'a' 3}` reports the missing ':'
       rather than a missing comma); emulate that observed behaviour. */
    Expr *key = first_entry ? parse_attempt(p, parse_expression)
                            : parse_attempt_without_invalid(p, parse_expression);
    if (key) {
        if (!parse_at(p, TK_COLON)) {
            if (!first_entry)
                parse_error_raw(p, PERR_SYNTAX, key->lineno, key->end_col_offset,
                                key->end_lineno, -1, "':' expected after dictionary key");
        } else {
            const Token *colon = parse_next(p);
            if (parse_at(p, TK_STAR)) {
                const Token *star = parse_peek(p);
                parse_error_from(p, star->lineno, star->col,
                                 "cannot use a starred expression in a dictionary value");
            }
            if (parse_at(p, TK_RBRACE) || parse_at(p, TK_COMMA))
                parse_error_tok(p, colon, "expression expected after dictionary key and ':'");
        }
    }
    p->pos = pos;
}

/* One `key: value` or `**mapping` entry of a dict display. */
static void dict_entry(Parser *p, ExprSeq *keys, ExprSeq *values, int *kcap,
                       int *vcap, int first_entry)
{
    invalid_kvpair(p, first_entry);
    Expr *k = NULL, *v;
    if (parse_accept(p, TK_DOUBLESTAR)) {
        v = parse_bitwise_or(p);
    } else {
        if (first_entry || !p->invalid_pass) {
            k = parse_expression(p);
        } else {
            k = parse_attempt_without_invalid(p, parse_expression);
            if (!k)
                parse_fail_generic(p);
        }
        parse_expect(p, TK_COLON);
        v = parse_expression(p);
    }
    SEQ_PUSH(p, *keys, *kcap, k);
    SEQ_PUSH(p, *values, *vcap, v);
}

/* The rest of a dict display whose first entry is (key, value). */
static Expr *dict_rest(Parser *p, const Token *open, Expr *key, Expr *value)
{
    ExprSeq keys = {0, NULL}, values = {0, NULL};
    int kcap = 0, vcap = 0;
    SEQ_PUSH(p, keys, kcap, key);
    SEQ_PUSH(p, values, vcap, value);
    while (parse_accept(p, TK_COMMA)) {
        if (parse_at(p, TK_RBRACE))
            break;
        dict_entry(p, &keys, &values, &kcap, &vcap, 0);
    }
    parse_expect(p, TK_RBRACE);
    Expr *e = parse_expr_from(p, EXPR_DICT, open);
    e->v.Dict.keys = keys;
    e->v.Dict.values = values;
    return e;
}

static Expr *set_rest(Parser *p, const Token *open, Expr *first)
{
    ExprSeq elts = {0, NULL};
    int cap = 0;
    SEQ_PUSH(p, elts, cap, first);
    display_tail(p, &elts, &cap, TK_RBRACE);
    parse_expect(p, TK_RBRACE);
    Expr *e = parse_expr_from(p, EXPR_SET, open);
    e->v.Set.elts = elts;
    return e;
}

/* dict | set | dictcomp | setcomp: current token is '{'. */
Expr *parse_brace_display(Parser *p)
{
    const Token *open = parse_next(p);
    if (parse_accept(p, TK_RBRACE)) {
        Expr *e = parse_expr_from(p, EXPR_DICT, open);
        return e;
    }
    invalid_kvpair(p, 1);
    if (parse_at(p, TK_DOUBLESTAR)) {
        const Token *ds = parse_next(p);
        Expr *v = parse_bitwise_or(p);
        if (parse_at(p, TK_FOR)) {
            if (p->invalid_pass)
                parse_error_tok(p, ds, "dict unpacking cannot be used in dict comprehension");
            parse_fail_generic(p);
        }
        return dict_rest(p, open, NULL, v);
    }
    Expr *first;
    int first_pos = p->pos;
    if (parse_at(p, TK_STAR) || (parse_at(p, TK_NAME) && parse_kind_at(p, 1) == TK_COLONEQUAL)) {
        first = parse_star_named_expression(p);
    } else {
        first = parse_expression(p);
        if (parse_accept(p, TK_COLON)) {
            Expr *value = parse_expression(p);
            if (parse_at_comp_for(p)) {
                ComprehensionSeq gens = parse_for_if_clauses(p);
                parse_expect(p, TK_RBRACE);
                Expr *e = parse_expr_from(p, EXPR_DICTCOMP, open);
                e->v.DictComp.key = first;
                e->v.DictComp.value = value;
                e->v.DictComp.generators = gens;
                return e;
            }
            return dict_rest(p, open, first, value);
        }
        if (p->invalid_pass) {
            /* not a dict: CPython's set rule reads a named_expression */
            p->pos = first_pos;
            first = parse_star_named_expression(p);
        } else if (parse_at(p, TK_COLONEQUAL)) {
            parse_fail_generic(p);
        }
    }
    starred_in_comprehension(p, first);
    if (parse_at_comp_for(p)) {
        ComprehensionSeq gens = parse_for_if_clauses(p);
        parse_expect(p, TK_RBRACE);
        Expr *e = parse_expr_from(p, EXPR_SETCOMP, open);
        e->v.SetComp.elt = first;
        e->v.SetComp.generators = gens;
        return e;
    }
    invalid_comprehension_target(p, first);
    return set_rest(p, open, first);
}
