/* parse_expr.c - expressions: operators by precedence, primaries, atoms,
 * displays, comprehensions, call arguments, lambdas and parameter lists.
 *
 * Each function parses one rule of CPython's grammar (named in its
 * comment) and leaves p->pos after what it consumed; a mismatch fails
 * with parse_fail_generic().  Node spans follow CPython: an operator node
 * runs from its first operand (or prefix operator) to its last operand, a
 * parenthesized group keeps the span of its content, a tuple display
 * includes its parentheses, an unparenthesized tuple its trailing comma.
 *
 * In the invalid pass (p->invalid_pass) several rules first or last try
 * the checks of CPython's invalid_* rules, in CPython's order, so that the
 * same specialised message wins.  Those checks backtrack with parse_try()
 * and are memoized per token position to keep the second pass linear.
 */
#include "parse_int.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

static Expr *atom(Parser *p);
static Expr *primary(Parser *p);
static Expr *factor(Parser *p);
static Expr *star_named_expression(Parser *p);
static Expr *inversion(Parser *p);
static Expr *conjunction(Parser *p);
static void comprehension_clauses(Parser *p, void *out);

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */

static int at(Parser *p, TokKind k)
{
    return parse_kind(p) == k;
}

static Expr *new_name(Parser *p, const Token *t, ExprContext ctx)
{
    Expr *e = ast_expr_new(p->arena, EXPR_NAME, t->lineno, t->col,
                           t->end_lineno, t->end_col);
    if (!e)
        parse_out_of_memory(p);
    e->v.Name.id = parse_identifier(p, t);
    e->v.Name.ctx = ctx;
    return e;
}

static Expr *new_constant(Parser *p, const Token *t, ConstKind k)
{
    Expr *e = ast_expr_new(p->arena, EXPR_CONSTANT, t->lineno, t->col,
                           t->end_lineno, t->end_col);
    if (!e)
        parse_out_of_memory(p);
    e->v.Constant.kind = k;
    return e;
}

static Expr *new_tuple(Parser *p, ExprSeq elts, int lineno, int col)
{
    Expr *e = parse_expr_span(p, EXPR_TUPLE, lineno, col);
    e->v.Tuple.elts = elts;
    e->v.Tuple.ctx = CTX_LOAD;
    return e;
}

/* Does a comprehension clause start here (`for`, or `async for`, which
 * parse_for_if_clauses rejects)? */
static int at_comp_for(Parser *p)
{
    return at(p, TK_FOR) || (at(p, TK_ASYNC) && parse_kind_at(p, 1) == TK_FOR);
}

int parse_starts_expression(Parser *p)
{
    switch (parse_kind(p)) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_LPAR:
    case TK_LSQB: case TK_LBRACE: case TK_MINUS: case TK_PLUS:
    case TK_TILDE: case TK_NOT: case TK_LAMBDA: case TK_STAR:
    case TK_ELLIPSIS: case TK_NONE: case TK_TRUE: case TK_FALSE:
    case TK_AWAIT:
        return 1;
    default:
        return 0;
    }
}

/* Reject async/await cleanly: Weft does not implement coroutines. */
_Noreturn static void no_await(Parser *p, const Token *t)
{
    parse_error_tok(p, t, "'await' expressions are not supported");
}

/* ------------------------------------------------------------------ */
/* Memoization for the invalid pass                                    */

/* Memo slots per rule.  Only the second pass memoizes (the first never
 * re-parses a position).  As in CPython, a result computed while the
 * invalid_* checks were switched off (expression_without_invalid) is
 * reused later with the checks on, which decides several messages. */
enum { MEMO_EXPRESSION, MEMO_DISJUNCTION, MEMO_NAMED_INVALID, MEMO_RULES };

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

typedef Expr *(*RuleFn)(Parser *);

static void run_rule(Parser *p, void *arg)
{
    RuleFn *fn = arg;
    p->memo_result = (*fn)(p);
}

/* Parse rule fn at the current position through the memo table: a
 * generic failure is remembered and re-raised. */
static Expr *memoized(Parser *p, int rule, RuleFn fn)
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
static Expr *attempt(Parser *p, RuleFn fn)
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
static Expr *attempt_without_invalid(Parser *p, RuleFn fn)
{
    int saved = p->invalid_pass;
    p->invalid_pass = 0;
    Expr *e = attempt(p, fn);
    p->invalid_pass = saved;
    return e;
}

/* The operand after an operator (or another optional tail of a rule).
 * CPython's PEG semantics: if it fails, the rule ends before the operator
 * and the caller goes on as if the operator were not there, which decides
 * whether later forced tokens or invalid_* checks are reached; so on
 * failure this restores the position to `before` and returns NULL. */
static Expr *tail(Parser *p, RuleFn fn, int before)
{
    Expr *e = attempt(p, fn);
    if (!e)
        p->pos = before;
    return e;
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */

/* Copy the literal without underscores (and without a radix prefix). */
static char *strip_number(Parser *p, const Token *t, int skip, int lower)
{
    char *d = parse_alloc(p, (size_t)t->len + 1);
    int n = 0;
    for (int i = skip; i < t->len; i++) {
        char c = t->start[i];
        if (c == '_')
            continue;
        if (lower && c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        d[n++] = c;
    }
    d[n] = '\0';
    return d;
}

/* strtod that ignores the C locale's decimal separator. */
static double parse_double(const char *s)
{
    const char *dp = localeconv()->decimal_point;
    if (dp && strcmp(dp, ".") != 0 && strchr(s, '.')) {
        char buf[512];
        size_t n = strlen(s);
        if (n + strlen(dp) < sizeof buf) {
            const char *dot = strchr(s, '.');
            size_t k = (size_t)(dot - s);
            memcpy(buf, s, k);
            strcpy(buf + k, dp);
            strcat(buf, dot + 1);
            return strtod(buf, NULL);
        }
    }
    return strtod(s, NULL);
}

static Expr *number(Parser *p, const Token *t)
{
    const char *s = t->start;
    int n = t->len;
    char last = s[n - 1];
    int radix = 10;
    if (n > 1 && s[0] == '0') {
        char c = s[1] | 0x20;
        radix = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
    }
    if (radix == 10 && (last == 'j' || last == 'J')) {
        Expr *e = new_constant(p, t, CONST_IMAG);
        char *d = strip_number(p, t, 0, 0);
        d[strlen(d) - 1] = '\0';
        e->v.Constant.u.f = parse_double(d);
        return e;
    }
    if (radix == 10 && memchr(s, '.', (size_t)n) == NULL &&
        !memchr(s, 'e', (size_t)n) && !memchr(s, 'E', (size_t)n)) {
        /* decimal integer */
    } else if (radix == 10) {
        Expr *e = new_constant(p, t, CONST_FLOAT);
        e->v.Constant.u.f = parse_double(strip_number(p, t, 0, 0));
        return e;
    }
    Expr *e = new_constant(p, t, CONST_INT);
    char *d = strip_number(p, t, radix == 10 ? 0 : 2, 1);
    while (d[0] == '0' && d[1])
        d++; /* canonical: no leading zeros */
    e->v.Constant.u.i.digits = d;
    e->v.Constant.u.i.base = radix;
    return e;
}

/* ------------------------------------------------------------------ */
/* Comprehensions                                                      */

/* CPython's invalid_for_target: the targets read as star_expressions
 * (which may report their own errors) and checked. */
static void invalid_for_target(Parser *p, int start)
{
    if (!p->invalid_pass)
        return;
    p->pos = start;
    Expr *a = attempt(p, parse_star_expressions);
    if (a)
        parse_raise_invalid_target(p, TARGETS_FOR, a);
}

/* One star_target: ['*'] primary (no operators, as in CPython). */
static Expr *star_target(Parser *p)
{
    if (!at(p, TK_STAR))
        return primary(p);
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
        Expr *e = attempt(p, star_target);
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
    Expr *t = comma ? new_tuple(p, elts, first->lineno, first->col) : elts.items[0];
    if (!parse_is_target(t, TARGETS_FOR) || !at(p, TK_IN)) {
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
    while (at(p, TK_FOR) || at(p, TK_ASYNC)) {
        if (at(p, TK_ASYNC))
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
static const Expr *last_comprehension_item(ComprehensionSeq gens)
{
    const Comprehension *c = gens.items[gens.len - 1];
    return c->ifs.len ? c->ifs.items[c->ifs.len - 1] : c->iter;
}

/* ------------------------------------------------------------------ */
/* Displays                                                            */

/* Elements of a list/set/tuple display after the first one. */
static void display_tail(Parser *p, ExprSeq *elts, int *cap, TokKind close)
{
    while (parse_accept(p, TK_COMMA)) {
        if (at(p, close))
            break;
        Expr *e = star_named_expression(p);
        SEQ_PUSH(p, *elts, *cap, e);
    }
}

/* ('[' | '{') a=star_named_expression ',' b=star_named_expressions
 * for_if_clauses: "did you forget parentheses around the comprehension
 * target?" (CPython's invalid_comprehension alternatives 2 and 3). */
static void invalid_comprehension_target(Parser *p, const Expr *first)
{
    int pos = p->pos;
    if (!p->invalid_pass || !at(p, TK_COMMA))
        return;
    const Token *comma = parse_next(p);
    const Expr *last = NULL;
    while (parse_starts_expression(p)) {
        Expr *e = attempt(p, star_named_expression);
        if (!e)
            break;
        last = e;
        if (!at(p, TK_COMMA))
            break;
        parse_next(p);
    }
    ComprehensionSeq gens;
    if (at(p, TK_FOR) && parse_try(p, comprehension_clauses, &gens)) {
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
    if (first->kind == EXPR_STARRED && at(p, TK_FOR)) {
        if (p->invalid_pass)
            parse_error_node(p, first, "iterable unpacking cannot be used in comprehension");
        parse_fail_generic(p);
    }
}

/* list | listcomp: current token is '['. */
static Expr *list_display(Parser *p)
{
    const Token *open = parse_next(p);
    ExprSeq elts = {0, NULL};
    int cap = 0;
    if (!at(p, TK_RSQB)) {
        Expr *first = star_named_expression(p);
        starred_in_comprehension(p, first);
        if (at_comp_for(p)) {
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
    if (at(p, TK_DOUBLESTAR)) {
        const Token *ds = parse_next(p);
        if (attempt(p, parse_expression) && at(p, TK_RPAR))
            parse_error_tok(p, ds, "cannot use double starred expression here");
    }
    p->pos = pos;
}

/* tuple | group | genexp: current token is '('. */
static Expr *paren_display(Parser *p)
{
    const Token *open = parse_next(p);
    if (parse_accept(p, TK_RPAR))
        return new_tuple(p, (ExprSeq){0, NULL}, open->lineno, open->col);
    if (at(p, TK_YIELD)) {
        Expr *y = parse_yield_expr(p);
        parse_expect(p, TK_RPAR);
        return y;
    }
    invalid_group(p, open);
    Expr *first = star_named_expression(p);
    if (at_comp_for(p)) {
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
    if (!at(p, TK_COMMA))
        parse_fail_generic(p);
    ExprSeq elts = {0, NULL};
    int cap = 0;
    SEQ_PUSH(p, elts, cap, first);
    display_tail(p, &elts, &cap, TK_RPAR);
    parse_expect(p, TK_RPAR);
    return new_tuple(p, elts, open->lineno, open->col);
}

/* invalid_kvpair / invalid_double_starred_kvpairs checks, at the start
 * of a dict entry. */
static void invalid_kvpair(Parser *p, int first_entry)
{
    if (!p->invalid_pass)
        return;
    int pos = p->pos;
    if (at(p, TK_DOUBLESTAR)) {
        return;
    }
    /* CPython 3.11 ends up reading the keys after the first entry without
       its invalid_* rules (so `{1: 2, 'a' 3}` reports the missing ':'
       rather than a missing comma); emulate that observed behaviour. */
    Expr *key = first_entry ? attempt(p, parse_expression)
                            : attempt_without_invalid(p, parse_expression);
    if (key) {
        if (!at(p, TK_COLON)) {
            if (!first_entry)
                parse_error_raw(p, PERR_SYNTAX, key->lineno, key->end_col_offset,
                                key->end_lineno, -1, "':' expected after dictionary key");
        } else {
            const Token *colon = parse_next(p);
            if (at(p, TK_STAR)) {
                const Token *star = parse_peek(p);
                parse_error_from(p, star->lineno, star->col,
                                 "cannot use a starred expression in a dictionary value");
            }
            if (at(p, TK_RBRACE) || at(p, TK_COMMA))
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
            k = attempt_without_invalid(p, parse_expression);
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
        if (at(p, TK_RBRACE))
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
static Expr *brace_display(Parser *p)
{
    const Token *open = parse_next(p);
    if (parse_accept(p, TK_RBRACE)) {
        Expr *e = parse_expr_from(p, EXPR_DICT, open);
        return e;
    }
    invalid_kvpair(p, 1);
    if (at(p, TK_DOUBLESTAR)) {
        const Token *ds = parse_next(p);
        Expr *v = parse_bitwise_or(p);
        if (at(p, TK_FOR)) {
            if (p->invalid_pass)
                parse_error_tok(p, ds, "dict unpacking cannot be used in dict comprehension");
            parse_fail_generic(p);
        }
        return dict_rest(p, open, NULL, v);
    }
    Expr *first;
    int first_pos = p->pos;
    if (at(p, TK_STAR) || (at(p, TK_NAME) && parse_kind_at(p, 1) == TK_COLONEQUAL)) {
        first = star_named_expression(p);
    } else {
        first = parse_expression(p);
        if (parse_accept(p, TK_COLON)) {
            Expr *value = parse_expression(p);
            if (at_comp_for(p)) {
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
            first = star_named_expression(p);
        } else if (at(p, TK_COLONEQUAL)) {
            parse_fail_generic(p);
        }
    }
    starred_in_comprehension(p, first);
    if (at_comp_for(p)) {
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

/* ------------------------------------------------------------------ */
/* Atoms and primaries                                                 */

static Expr *atom(Parser *p)
{
    const Token *t = parse_peek(p);
    switch (t->kind) {
    case TK_NAME:
        parse_next(p);
        return new_name(p, t, CTX_LOAD);
    case TK_TRUE:
        parse_next(p);
        return new_constant(p, t, CONST_TRUE);
    case TK_FALSE:
        parse_next(p);
        return new_constant(p, t, CONST_FALSE);
    case TK_NONE:
        parse_next(p);
        return new_constant(p, t, CONST_NONE);
    case TK_ELLIPSIS:
        parse_next(p);
        return new_constant(p, t, CONST_ELLIPSIS);
    case TK_NUMBER:
        parse_next(p);
        return number(p, t);
    case TK_STRING:
        return strlit_parse(p);
    case TK_LPAR: {
        parse_enter(p, BRACKET_COST);
        Expr *e = paren_display(p);
        parse_leave(p, BRACKET_COST);
        return e;
    }
    case TK_LSQB: {
        parse_enter(p, BRACKET_COST);
        Expr *e = list_display(p);
        parse_leave(p, BRACKET_COST);
        return e;
    }
    case TK_LBRACE: {
        parse_enter(p, BRACKET_COST);
        Expr *e = brace_display(p);
        parse_leave(p, BRACKET_COST);
        return e;
    }
    case TK_AWAIT:
        no_await(p, t);
    default:
        parse_fail_generic(p);
    }
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static Expr *slice(Parser *p)
{
    const Token *first = parse_peek(p);
    Expr *lower = NULL;
    if (at(p, TK_STAR)) {
        /* starred_expression is allowed among slices (PEP 646) */
        const Token *star = parse_next(p);
        Expr *v = parse_expression(p);
        Expr *e = parse_expr_from(p, EXPR_STARRED, star);
        e->v.Starred.value = v;
        e->v.Starred.ctx = CTX_LOAD;
        return e;
    }
    if (!at(p, TK_COLON)) {
        if (at(p, TK_NAME) && parse_kind_at(p, 1) == TK_COLONEQUAL)
            return parse_named_expression(p);
        int pos = p->pos;
        lower = parse_expression(p);
        if (!at(p, TK_COLON)) {
            if (p->invalid_pass) {
                p->pos = pos;
                return parse_named_expression(p);
            }
            if (at(p, TK_COLONEQUAL))
                parse_fail_generic(p);
            return lower;
        }
    }
    parse_expect(p, TK_COLON);
    Expr *upper = NULL, *step = NULL;
    if (!at(p, TK_COLON) && parse_starts_expression(p) && !at(p, TK_STAR))
        upper = parse_expression(p);
    if (parse_accept(p, TK_COLON)) {
        if (parse_starts_expression(p) && !at(p, TK_STAR))
            step = parse_expression(p);
    }
    Expr *e = parse_expr_from(p, EXPR_SLICE, first);
    e->v.Slice.lower = lower;
    e->v.Slice.upper = upper;
    e->v.Slice.step = step;
    return e;
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
static Expr *slices(Parser *p)
{
    const Token *first = parse_peek(p);
    Expr *s = slice(p);
    if (!at(p, TK_COMMA) && s->kind != EXPR_STARRED)
        return s;
    ExprSeq elts = {0, NULL};
    int cap = 0;
    SEQ_PUSH(p, elts, cap, s);
    while (parse_accept(p, TK_COMMA)) {
        if (at(p, TK_RSQB))
            break;
        Expr *e = slice(p);
        SEQ_PUSH(p, elts, cap, e);
    }
    return new_tuple(p, elts, first->lineno, first->col);
}

/* One trailer (.name, (args) or [slices]) applied to p->trail_value,
 * whose first token is p->trail_first. */
static Expr *trailer(Parser *p)
{
    Expr *value = p->trail_value;
    const Token *first = p->trail_first;
    Expr *n;
    TokKind k = parse_kind(p);
    if (k == TK_DOT) {
        parse_next(p);
        const Token *name = parse_expect(p, TK_NAME);
        n = parse_expr_from(p, EXPR_ATTRIBUTE, first);
        n->v.Attribute.value = value;
        n->v.Attribute.attr = parse_identifier(p, name);
        n->v.Attribute.ctx = CTX_LOAD;
        return n;
    }
    parse_enter(p, BRACKET_COST);
    if (k == TK_LPAR) {
        const Token *open = parse_next(p);
        ExprSeq args;
        KeywordSeq kws;
        parse_call_args(p, open, 1, &args, &kws);
        n = parse_expr_from(p, EXPR_CALL, first);
        n->v.Call.func = value;
        n->v.Call.args = args;
        n->v.Call.keywords = kws;
    } else {
        parse_next(p);
        Expr *s = slices(p);
        parse_expect(p, TK_RSQB);
        n = parse_expr_from(p, EXPR_SUBSCRIPT, first);
        n->v.Subscript.value = value;
        n->v.Subscript.slice = s;
        n->v.Subscript.ctx = CTX_LOAD;
    }
    parse_leave(p, BRACKET_COST);
    return n;
}

Expr *parse_primary(Parser *p)
{
    return primary(p);
}

/* primary: atom followed by any number of .name, (args), [slices] */
static Expr *primary(Parser *p)
{
    const Token *first = parse_peek(p);
    Expr *e = atom(p);
    for (;;) {
        TokKind k = parse_kind(p);
        if (k != TK_DOT && k != TK_LPAR && k != TK_LSQB)
            return e;
        p->trail_value = e;
        p->trail_first = first;
        Expr *n = tail(p, trailer, p->pos);
        if (!n)
            return e;
        e = n;
    }
}

/* ------------------------------------------------------------------ */
/* Operators                                                           */

/* power: primary ['**' factor] */
static Expr *power(Parser *p)
{
    if (at(p, TK_AWAIT))
        no_await(p, parse_peek(p));
    const Token *first = parse_peek(p);
    Expr *left = primary(p);
    int before = p->pos;
    if (!parse_accept(p, TK_DOUBLESTAR))
        return left;
    parse_enter(p, 2); /* power -> factor -> power nests in CPython too */
    Expr *right = tail(p, factor, before);
    parse_leave(p, 2);
    if (!right)
        return left;
    Expr *e = parse_expr_from(p, EXPR_BINOP, first);
    e->v.BinOp.left = left;
    e->v.BinOp.op = OP_POW;
    e->v.BinOp.right = right;
    return e;
}

/* factor: ('+' | '-' | '~') factor | power */
static Expr *factor(Parser *p)
{
    UnaryOpKind op;
    switch (parse_kind(p)) {
    case TK_PLUS: op = UOP_UADD; break;
    case TK_MINUS: op = UOP_USUB; break;
    case TK_TILDE: op = UOP_INVERT; break;
    default: return power(p);
    }
    const Token *t = parse_next(p);
    parse_enter(p, 1);
    Expr *operand = factor(p);
    parse_leave(p, 1);
    Expr *e = parse_expr_from(p, EXPR_UNARYOP, t);
    e->v.UnaryOp.op = op;
    e->v.UnaryOp.operand = operand;
    return e;
}

/* Binary operator levels, loosest first. */
enum { LV_BITOR, LV_BITXOR, LV_BITAND, LV_SHIFT, LV_SUM, LV_TERM };

static Operator binop_at(TokKind k, int level)
{
    switch (level) {
    case LV_BITOR: return k == TK_VBAR ? OP_BITOR : 0;
    case LV_BITXOR: return k == TK_CIRCUMFLEX ? OP_BITXOR : 0;
    case LV_BITAND: return k == TK_AMPER ? OP_BITAND : 0;
    case LV_SHIFT:
        return k == TK_LEFTSHIFT ? OP_LSHIFT : k == TK_RIGHTSHIFT ? OP_RSHIFT : 0;
    case LV_SUM: return k == TK_PLUS ? OP_ADD : k == TK_MINUS ? OP_SUB : 0;
    default:
        switch (k) {
        case TK_STAR: return OP_MULT;
        case TK_SLASH: return OP_DIV;
        case TK_DOUBLESLASH: return OP_FLOORDIV;
        case TK_PERCENT: return OP_MOD;
        case TK_AT: return OP_MATMULT;
        default: return 0;
        }
    }
}

static Expr *binary(Parser *p, int level);

static Expr *bin_bitxor(Parser *p) { return binary(p, LV_BITXOR); }
static Expr *bin_bitand(Parser *p) { return binary(p, LV_BITAND); }
static Expr *bin_shift(Parser *p) { return binary(p, LV_SHIFT); }
static Expr *bin_sum(Parser *p) { return binary(p, LV_SUM); }
static Expr *bin_term(Parser *p) { return binary(p, LV_TERM); }

/* The operand rule of each level: the next tighter level. */
static RuleFn operand_rule(int level)
{
    static const RuleFn next[] = {bin_bitxor, bin_bitand, bin_shift, bin_sum, bin_term, factor};
    return next[level];
}

/* Left-associative binary operators of one precedence level. */
static Expr *binary(Parser *p, int level)
{
    const Token *first = parse_peek(p);
    RuleFn operand = operand_rule(level);
    Expr *left = operand(p);
    Operator op;
    while ((op = binop_at(parse_kind(p), level)) != 0) {
        int before = p->pos;
        parse_next(p);
        Expr *right = tail(p, operand, before);
        if (!right)
            break;
        Expr *e = parse_expr_from(p, EXPR_BINOP, first);
        e->v.BinOp.left = left;
        e->v.BinOp.op = op;
        e->v.BinOp.right = right;
        left = e;
    }
    return left;
}

Expr *parse_bitwise_or(Parser *p)
{
    return binary(p, LV_BITOR);
}

/* The comparison operator at the current token, consuming it (and the
 * second word of `not in` / `is not`); 0 if there is none. */
static CmpOp comparison_operator(Parser *p)
{
    CmpOp op;
    switch (parse_kind(p)) {
    case TK_EQEQUAL: op = CMP_EQ; break;
    case TK_NOTEQUAL: op = CMP_NOTEQ; break;
    case TK_LESSEQUAL: op = CMP_LTE; break;
    case TK_LESS: op = CMP_LT; break;
    case TK_GREATEREQUAL: op = CMP_GTE; break;
    case TK_GREATER: op = CMP_GT; break;
    case TK_IN: op = CMP_IN; break;
    case TK_NOT:
        if (parse_kind_at(p, 1) != TK_IN)
            return 0;
        parse_next(p);
        op = CMP_NOTIN;
        break;
    case TK_IS:
        if (parse_kind_at(p, 1) == TK_NOT) {
            parse_next(p);
            op = CMP_ISNOT;
        } else {
            op = CMP_IS;
        }
        break;
    default:
        return 0;
    }
    parse_next(p);
    return op;
}

/* comparison: bitwise_or (compare_op bitwise_or)* */
static Expr *comparison(Parser *p)
{
    const Token *first = parse_peek(p);
    Expr *left = parse_bitwise_or(p);
    int before = p->pos;
    CmpOp op = comparison_operator(p);
    if (!op)
        return left;
    CmpOpSeq ops = {0, NULL};
    ExprSeq comparators = {0, NULL};
    int ocap = 0, ccap = 0;
    do {
        Expr *right = tail(p, parse_bitwise_or, before);
        if (!right)
            break;
        SEQ_PUSH(p, ops, ocap, op);
        SEQ_PUSH(p, comparators, ccap, right);
        before = p->pos;
    } while ((op = comparison_operator(p)) != 0);
    if (ops.len == 0)
        return left;
    Expr *e = parse_expr_from(p, EXPR_COMPARE, first);
    e->v.Compare.left = left;
    e->v.Compare.ops = ops;
    e->v.Compare.comparators = comparators;
    return e;
}

/* inversion: 'not' inversion | comparison */
static Expr *inversion(Parser *p)
{
    if (!at(p, TK_NOT))
        return comparison(p);
    const Token *t = parse_next(p);
    parse_enter(p, 1);
    Expr *operand = inversion(p);
    parse_leave(p, 1);
    Expr *e = parse_expr_from(p, EXPR_UNARYOP, t);
    e->v.UnaryOp.op = UOP_NOT;
    e->v.UnaryOp.operand = operand;
    return e;
}

/* conjunction / disjunction: x ('and' x)+ and x ('or' x)+ */
static Expr *boolop(Parser *p, BoolOpKind op)
{
    TokKind kw = op == BOOLOP_AND ? TK_AND : TK_OR;
    const Token *start = parse_peek(p);
    Expr *first = op == BOOLOP_AND ? inversion(p) : boolop(p, BOOLOP_AND);
    if (!at(p, kw))
        return first;
    ExprSeq values = {0, NULL};
    int cap = 0;
    SEQ_PUSH(p, values, cap, first);
    for (;;) {
        int before = p->pos;
        if (!parse_accept(p, kw))
            break;
        Expr *next = tail(p, op == BOOLOP_AND ? inversion : conjunction, before);
        if (!next)
            break;
        SEQ_PUSH(p, values, cap, next);
    }
    if (values.len == 1)
        return first;
    Expr *e = parse_expr_from(p, EXPR_BOOLOP, start);
    e->v.BoolOp.op = op;
    e->v.BoolOp.values = values;
    return e;
}

static Expr *conjunction(Parser *p)
{
    return boolop(p, BOOLOP_AND);
}

static Expr *disjunction_raw(Parser *p)
{
    return boolop(p, BOOLOP_OR);
}

Expr *parse_disjunction(Parser *p)
{
    /* Not memoized: CPython 3.11 re-parses a disjunction seen earlier
       without the invalid_* checks, and reports what they find. */
    return disjunction_raw(p);
}

/* ------------------------------------------------------------------ */
/* expression, named_expression, star_expressions                     */

static int is_legacy_name(const Expr *e)
{
    return e->kind == EXPR_NAME && (strcmp(e->v.Name.id, "print") == 0 ||
                                    strcmp(e->v.Name.id, "exec") == 0);
}

static Expr *conditional_tail(Parser *p);

/* CPython's expression_without_invalid: the body of `expression` (it is a
 * rule of its own, so its result is not memoized as an `expression`). */
static Expr *expression_without_invalid(Parser *p)
{
    if (at(p, TK_LAMBDA))
        return parse_lambdef(p);
    const Token *first = parse_peek(p);
    Expr *body = parse_disjunction(p);
    if (at(p, TK_IF)) {
        Expr *e = tail(p, conditional_tail, p->pos);
        if (e) {
            e->lineno = first->lineno;
            e->col_offset = first->col;
            e->v.IfExp.body = body;
            body = e;
        }
    }
    return body;
}

/* CPython's invalid_expression and invalid_legacy_expression, tried
 * before `expression` in the invalid pass. */
static void invalid_expression(Parser *p)
{
    int pos = p->pos;
    TokKind k0 = parse_kind(p);
    int name_string = k0 == TK_NAME && parse_kind_at(p, 1) == TK_STRING;
    int soft_kw = 0;
    if (k0 == TK_NAME) {
        /* CPython 3.11 compares only the token's length of each soft
           keyword, so any prefix of "_", "case" or "match" counts. */
        static const char *const soft[] = {"_", "case", "match"};
        const Token *t = parse_peek(p);
        for (int i = 0; i < 3; i++)
            soft_kw |= (size_t)t->len <= strlen(soft[i]) &&
                       memcmp(soft[i], t->start, (size_t)t->len) == 0;
    }
    if (!name_string && !soft_kw) {
        Expr *a = attempt(p, parse_disjunction);
        if (a) {
            Expr *b = attempt_without_invalid(p, expression_without_invalid);
            if (b && !is_legacy_name(a) && p->toks[p->pos - 1].level != 0)
                parse_error_range(p, a->lineno, a->col_offset, b->end_lineno,
                                  b->end_col_offset,
                                  "invalid syntax. Perhaps you forgot a comma?");
        }
        p->pos = pos;
    }
    Expr *a = attempt(p, parse_disjunction);
    if (a && parse_accept(p, TK_IF)) {
        Expr *b = attempt(p, parse_disjunction);
        if (b && !at(p, TK_ELSE) && !at(p, TK_COLON))
            parse_error_range(p, a->lineno, a->col_offset, b->end_lineno,
                              b->end_col_offset, "expected 'else' after 'if' expression");
    }
    p->pos = pos;
    if (k0 == TK_NAME && parse_kind_at(p, 1) != TK_LPAR) {
        const Token *name = parse_next(p);
        Expr *b = attempt(p, parse_star_expressions);
        if (b) {
            Expr n = {.kind = EXPR_NAME};
            n.v.Name.id = parse_identifier(p, name);
            if (is_legacy_name(&n))
                parse_error_range(p, name->lineno, name->col, b->end_lineno,
                                  b->end_col_offset,
                                  "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                                  n.v.Name.id, n.v.Name.id);
        }
        p->pos = pos;
    }
}

/* 'if' disjunction 'else' expression, after the body of a conditional;
 * the caller fills in the body and the start. */
static Expr *conditional_tail(Parser *p)
{
    const Token *kw = parse_next(p);
    Expr *test = parse_disjunction(p);
    parse_expect(p, TK_ELSE);
    Expr *orelse = parse_expression(p);
    Expr *e = parse_expr_from(p, EXPR_IFEXP, kw);
    e->v.IfExp.test = test;
    e->v.IfExp.orelse = orelse;
    return e;
}

static Expr *expression_raw(Parser *p)
{
    if (p->invalid_pass)
        invalid_expression(p);
    if (at(p, TK_LAMBDA))
        return parse_lambdef(p);
    parse_enter(p, 1);
    const Token *first = parse_peek(p);
    Expr *body = parse_disjunction(p);
    if (at(p, TK_IF)) {
        Expr *e = tail(p, conditional_tail, p->pos);
        if (e) {
            e->lineno = first->lineno;
            e->col_offset = first->col;
            e->v.IfExp.body = body;
            body = e;
        }
    }
    parse_leave(p, 1);
    return body;
}

Expr *parse_expression(Parser *p)
{
    return memoized(p, MEMO_EXPRESSION, expression_raw);
}

/* NAME ':=' expression (current token is the NAME). */
static Expr *assignment_expression(Parser *p)
{
    const Token *name = parse_next(p);
    parse_next(p);
    Expr *target = new_name(p, name, CTX_STORE);
    Expr *value = parse_expression(p);
    Expr *e = parse_expr_from(p, EXPR_NAMEDEXPR, name);
    e->v.NamedExpr.target = target;
    e->v.NamedExpr.value = value;
    return e;
}

/* Does a list, tuple or generator expression (or True/None/False) start
 * here?  CPython's !(list|tuple|genexp|'True'|'None'|'False'). */
static int starts_display_literal(Parser *p)
{
    TokKind k = parse_kind(p);
    if (k == TK_TRUE || k == TK_NONE || k == TK_FALSE)
        return 1;
    if (k != TK_LSQB && k != TK_LPAR)
        return 0;
    int pos = p->pos;
    Expr *a = attempt(p, atom);
    p->pos = pos;
    return a && (a->kind == EXPR_LIST || a->kind == EXPR_GENERATOREXP ||
                 (a->kind == EXPR_TUPLE && k == TK_LPAR &&
                  a->col_offset == parse_peek(p)->col &&
                  a->lineno == parse_peek(p)->lineno));
}

static Expr *invalid_named_expression_raw(Parser *p)
{
    int pos = p->pos;
    Expr *a = attempt(p, parse_expression);
    if (a && parse_accept(p, TK_COLONEQUAL) && attempt(p, parse_expression))
        parse_error_node(p, a, "cannot use assignment expressions with %s",
                         parse_expr_name(a));
    p->pos = pos;
    if (at(p, TK_NAME) && parse_kind_at(p, 1) == TK_EQUAL) {
        const Token *name = parse_next(p);
        parse_next(p);
        Expr *b = attempt(p, parse_bitwise_or);
        if (b && !at(p, TK_EQUAL) && !at(p, TK_COLONEQUAL))
            parse_error_range(p, name->lineno, name->col, b->end_lineno,
                              b->end_col_offset,
                              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        p->pos = pos;
    }
    if (!starts_display_literal(p)) {
        a = attempt(p, parse_bitwise_or);
        if (a && parse_accept(p, TK_EQUAL) && attempt(p, parse_bitwise_or) &&
            !at(p, TK_EQUAL) && !at(p, TK_COLONEQUAL))
            parse_error_node(p, a, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                             parse_expr_name(a));
        p->pos = pos;
    }
    parse_fail_generic(p);
}

static Expr *invalid_named_expression(Parser *p)
{
    return memoized(p, MEMO_NAMED_INVALID, invalid_named_expression_raw);
}

/* named_expression: NAME ':=' expression | expression !':=' */
Expr *parse_named_expression(Parser *p)
{
    if (at(p, TK_NAME) && parse_kind_at(p, 1) == TK_COLONEQUAL)
        return assignment_expression(p);
    if (p->invalid_pass) {
        int pos = p->pos;
        attempt(p, invalid_named_expression);
        p->pos = pos;
    }
    Expr *e = parse_expression(p);
    if (at(p, TK_COLONEQUAL))
        parse_fail_generic(p);
    return e;
}

/* star_named_expression: '*' bitwise_or | named_expression */
static Expr *star_named_expression(Parser *p)
{
    if (!at(p, TK_STAR))
        return parse_named_expression(p);
    const Token *star = parse_next(p);
    Expr *v = parse_bitwise_or(p);
    Expr *e = parse_expr_from(p, EXPR_STARRED, star);
    e->v.Starred.value = v;
    e->v.Starred.ctx = CTX_LOAD;
    return e;
}

Expr *parse_star_named_expression(Parser *p)
{
    return star_named_expression(p);
}

/* star_expression: '*' bitwise_or | expression */
static Expr *star_expression(Parser *p)
{
    if (!at(p, TK_STAR))
        return parse_expression(p);
    const Token *star = parse_next(p);
    Expr *v = parse_bitwise_or(p);
    Expr *e = parse_expr_from(p, EXPR_STARRED, star);
    e->v.Starred.value = v;
    e->v.Starred.ctx = CTX_LOAD;
    return e;
}

/* star_expressions: star_expression (',' star_expression)* [','] */
Expr *parse_star_expressions(Parser *p)
{
    const Token *first = parse_peek(p);
    Expr *e = star_expression(p);
    if (!at(p, TK_COMMA))
        return e;
    ExprSeq elts = {0, NULL};
    int cap = 0;
    SEQ_PUSH(p, elts, cap, e);
    while (parse_accept(p, TK_COMMA)) {
        if (!parse_starts_expression(p))
            break;
        e = star_expression(p);
        SEQ_PUSH(p, elts, cap, e);
    }
    return new_tuple(p, elts, first->lineno, first->col);
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
Expr *parse_yield_expr(Parser *p)
{
    const Token *y = parse_expect(p, TK_YIELD);
    if (parse_accept(p, TK_FROM)) {
        Expr *v = parse_expression(p);
        Expr *e = parse_expr_from(p, EXPR_YIELDFROM, y);
        e->v.YieldFrom.value = v;
        return e;
    }
    Expr *v = NULL;
    if (parse_starts_expression(p))
        v = parse_star_expressions(p);
    Expr *e = parse_expr_from(p, EXPR_YIELD, y);
    e->v.Yield.value = v;
    return e;
}

Expr *parse_annotated_rhs(Parser *p)
{
    if (at(p, TK_YIELD))
        return parse_yield_expr(p);
    return parse_star_expressions(p);
}

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
        a->annotation = star_annotation && at(p, TK_STAR) ? star_expression(p)
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
    if (p->invalid_pass && (at(p, TK_RPAR) || at(p, TK_COMMA)))
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
        return !at(p, st->close);
    if (!at(p, st->close))
        parse_fail_generic(p);
    return 0;
}

/* A positional (or positional-or-keyword) parameter with its default. */
static void positional_param(Parser *p, ParamState *st)
{
    Arg *arg = param(p, st->lambda, 0);
    Expr *def = param_default(p);
    if (!def && st->have_default) {
        if (p->invalid_pass && (at(p, TK_COMMA) || at(p, st->close)))
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
    if (parse_accept(p, TK_COMMA) && !at(p, st->close)) {
        const Token *t = parse_peek(p);
        if (p->invalid_pass && (t->kind == TK_NAME || t->kind == TK_STAR ||
                                t->kind == TK_DOUBLESTAR || t->kind == TK_SLASH))
            parse_error_tok(p, t, "arguments cannot follow var-keyword argument");
        parse_fail_generic(p);
    }
    if (!at(p, st->close))
        parse_fail_generic(p);
}

/* Keyword-only parameters and the rest after a '*' (star_etc). */
static void star_params(Parser *p, ParamState *st)
{
    const Token *star = parse_next(p);
    if (at(p, TK_NAME)) {
        st->a->vararg = param(p, st->lambda, 1);
        const Token *eq = parse_peek(p);
        if (eq->kind == TK_EQUAL) {
            if (p->invalid_pass)
                parse_error_tok(p, eq, "var-positional argument cannot have default value");
            parse_fail_generic(p);
        }
    } else if (at(p, st->close) || (at(p, TK_COMMA) &&
               (parse_kind_at(p, 1) == st->close || parse_kind_at(p, 1) == TK_DOUBLESTAR))) {
        if (p->invalid_pass) {
            if (st->lambda)
                parse_error_last(p, PERR_SYNTAX, "named arguments must follow bare *");
            parse_error_tok(p, star, "named arguments must follow bare *");
        }
        parse_fail_generic(p);
    } else if (!at(p, TK_COMMA)) {
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
    if (!at(p, st->close))
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
    while (at(p, TK_NAME)) {
        parse_next(p);
        n++;
        if (!st->lambda && parse_accept(p, TK_COLON) && !attempt(p, parse_expression))
            break;
        if (!parse_accept(p, TK_COMMA))
            break;
    }
    if (n && at(p, TK_RPAR)) {
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
    if (!at(p, st.close))
        parse_fail_generic(p);
    return st.a;
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
Expr *parse_lambdef(Parser *p)
{
    const Token *kw = parse_expect(p, TK_LAMBDA);
    parse_enter(p, 2);
    Arguments *args = at(p, TK_COLON) ? parse_empty_arguments(p) : parse_params(p, 1);
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

static void comprehension_clauses(Parser *p, void *out)
{
    *(ComprehensionSeq *)out = parse_for_if_clauses(p);
}

/* Try for_if_clauses at the current position. */
static int try_clauses(Parser *p, ComprehensionSeq *gens)
{
    if (!at(p, TK_FOR))
        return 0;
    return parse_try(p, comprehension_clauses, gens);
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
        if (attempt(p, parse_expression) && try_clauses(p, &gens))
            parse_error_range(p, a->lineno, a->col, b->end_lineno, b->end_col,
                              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        p->pos = pos;
        return;
    }
    Expr *a = attempt(p, parse_expression);
    if (a && at(p, TK_EQUAL)) {
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
    if (at(p, TK_NAME) && parse_kind_at(p, 1) == TK_EQUAL) {
        const Token *name = parse_next(p);
        parse_next(p);
        Expr *v = attempt(p, parse_expression);
        if (v) {
            Keyword *k = new_keyword(p, name, parse_identifier(p, name), v);
            SEQ_PUSH(p, c->kws, c->kcap, k);
            return 1;
        }
        p->pos = pos;
    }
    if ((star && at(p, TK_STAR)) || (dstar && at(p, TK_DOUBLESTAR))) {
        const Token *t = parse_next(p);
        Expr *v = attempt(p, parse_expression);
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
    if (at(p, TK_STAR)) {
        const Token *t = parse_next(p);
        Expr *v = attempt(p, parse_expression);
        if (!v) {
            p->pos = pos;
            return 0;
        }
        e = parse_expr_from(p, EXPR_STARRED, t);
        e->v.Starred.value = v;
        e->v.Starred.ctx = CTX_LOAD;
    } else {
        if (at(p, TK_NAME) && parse_kind_at(p, 1) == TK_COLONEQUAL)
            e = attempt(p, assignment_expression);
        else
            e = attempt(p, parse_expression);
        if (!e || at(p, TK_COLONEQUAL) || at(p, TK_EQUAL)) {
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
    const Expr *last = last_comprehension_item(gens);
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
    if (args_rule(p, &c) && c.kws.len > 0 && parse_accept(p, TK_COMMA) && at(p, TK_STAR))
        parse_error_tok(p, parse_peek(p),
                        "iterable argument unpacking follows keyword argument unpacking");
    /* a=expression b=for_if_clauses ',' [args | expression for_if_clauses] */
    p->pos = start;
    Expr *a = attempt(p, parse_expression);
    if (a && try_clauses(p, &gens) && at(p, TK_COMMA))
        unparenthesized_genexp(p, a, gens);
    /* a=NAME b='=' expression for_if_clauses */
    p->pos = start;
    if (at(p, TK_NAME) && parse_kind_at(p, 1) == TK_EQUAL) {
        const Token *n = parse_next(p);
        const Token *eq = parse_next(p);
        if (attempt(p, parse_expression) && try_clauses(p, &gens))
            parse_error_range(p, n->lineno, n->col, eq->end_lineno, eq->end_col,
                              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    /* a=args b=for_if_clauses */
    p->pos = start;
    memset(&c, 0, sizeof c);
    if (args_rule(p, &c) && try_clauses(p, &gens) && c.args.len > 1)
        unparenthesized_genexp(p, c.args.items[c.args.len - 1], gens);
    /* args ',' a=expression b=for_if_clauses */
    p->pos = start;
    memset(&c, 0, sizeof c);
    if (args_rule(p, &c) && parse_accept(p, TK_COMMA)) {
        a = attempt(p, parse_expression);
        if (a && try_clauses(p, &gens))
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
    if (!at(p, TK_RPAR)) {
        int ok = args_rule(p, &c);
        if (ok && allow_genexp && at_comp_for(p) && c.args.len == 1 && c.kws.len == 0 &&
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
        if (!ok || !at(p, TK_RPAR)) {
            if (p->invalid_pass)
                invalid_arguments(p, start);
            parse_fail_generic(p);
        }
    }
    parse_expect(p, TK_RPAR);
    *args = c.args;
    *kws = c.kws;
}
