/* parse_expr.c - expressions: operators by precedence, primaries and
 * atoms, named and starred expressions, yield, and the checks of CPython's
 * invalid_expression / invalid_named_expression rules.  Displays live in
 * parse_display.c, parameters and call arguments in parse_args.c.
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

static Expr *primary(Parser *p);
static Expr *factor(Parser *p);
static Expr *star_named_expression(Parser *p);
static Expr *inversion(Parser *p);
static Expr *conjunction(Parser *p);

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */

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

Expr *parse_new_tuple(Parser *p, ExprSeq elts, int lineno, int col)
{
    Expr *e = parse_expr_span(p, EXPR_TUPLE, lineno, col);
    e->v.Tuple.elts = elts;
    e->v.Tuple.ctx = CTX_LOAD;
    return e;
}

int parse_at_comp_for(Parser *p)
{
    return parse_at(p, TK_FOR) || (parse_at(p, TK_ASYNC) && parse_kind_at(p, 1) == TK_FOR);
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
        Expr *e = parse_paren_display(p);
        parse_leave(p, BRACKET_COST);
        return e;
    }
    case TK_LSQB: {
        parse_enter(p, BRACKET_COST);
        Expr *e = parse_list_display(p);
        parse_leave(p, BRACKET_COST);
        return e;
    }
    case TK_LBRACE: {
        parse_enter(p, BRACKET_COST);
        Expr *e = parse_brace_display(p);
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
    if (parse_at(p, TK_STAR)) {
        /* starred_expression is allowed among slices (PEP 646) */
        const Token *star = parse_next(p);
        Expr *v = parse_expression(p);
        Expr *e = parse_expr_from(p, EXPR_STARRED, star);
        e->v.Starred.value = v;
        e->v.Starred.ctx = CTX_LOAD;
        return e;
    }
    if (!parse_at(p, TK_COLON)) {
        if (parse_at(p, TK_NAME) && parse_kind_at(p, 1) == TK_COLONEQUAL)
            return parse_named_expression(p);
        int pos = p->pos;
        lower = parse_expression(p);
        if (!parse_at(p, TK_COLON)) {
            if (p->invalid_pass) {
                p->pos = pos;
                return parse_named_expression(p);
            }
            if (parse_at(p, TK_COLONEQUAL))
                parse_fail_generic(p);
            return lower;
        }
    }
    parse_expect(p, TK_COLON);
    Expr *upper = NULL, *step = NULL;
    if (!parse_at(p, TK_COLON) && parse_starts_expression(p) && !parse_at(p, TK_STAR))
        upper = parse_expression(p);
    if (parse_accept(p, TK_COLON)) {
        if (parse_starts_expression(p) && !parse_at(p, TK_STAR))
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
    if (!parse_at(p, TK_COMMA) && s->kind != EXPR_STARRED)
        return s;
    ExprSeq elts = {0, NULL};
    int cap = 0;
    SEQ_PUSH(p, elts, cap, s);
    while (parse_accept(p, TK_COMMA)) {
        if (parse_at(p, TK_RSQB))
            break;
        Expr *e = slice(p);
        SEQ_PUSH(p, elts, cap, e);
    }
    return parse_new_tuple(p, elts, first->lineno, first->col);
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
        Expr *n = parse_tail(p, trailer, p->pos);
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
    if (parse_at(p, TK_AWAIT))
        no_await(p, parse_peek(p));
    const Token *first = parse_peek(p);
    Expr *left = primary(p);
    int before = p->pos;
    if (!parse_accept(p, TK_DOUBLESTAR))
        return left;
    parse_enter(p, 2); /* power -> factor -> power nests in CPython too */
    Expr *right = parse_tail(p, factor, before);
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
        Expr *right = parse_tail(p, operand, before);
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
        Expr *right = parse_tail(p, parse_bitwise_or, before);
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
    if (!parse_at(p, TK_NOT))
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
    if (!parse_at(p, kw))
        return first;
    ExprSeq values = {0, NULL};
    int cap = 0;
    SEQ_PUSH(p, values, cap, first);
    for (;;) {
        int before = p->pos;
        if (!parse_accept(p, kw))
            break;
        Expr *next = parse_tail(p, op == BOOLOP_AND ? inversion : conjunction, before);
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
    if (parse_at(p, TK_LAMBDA))
        return parse_lambdef(p);
    const Token *first = parse_peek(p);
    Expr *body = parse_disjunction(p);
    if (parse_at(p, TK_IF)) {
        Expr *e = parse_tail(p, conditional_tail, p->pos);
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
        Expr *a = parse_attempt(p, parse_disjunction);
        if (a) {
            Expr *b = parse_attempt_without_invalid(p, expression_without_invalid);
            if (b && !is_legacy_name(a) && p->toks[p->pos - 1].level != 0)
                parse_error_range(p, a->lineno, a->col_offset, b->end_lineno,
                                  b->end_col_offset,
                                  "invalid syntax. Perhaps you forgot a comma?");
        }
        p->pos = pos;
    }
    Expr *a = parse_attempt(p, parse_disjunction);
    if (a && parse_accept(p, TK_IF)) {
        Expr *b = parse_attempt(p, parse_disjunction);
        if (b && !parse_at(p, TK_ELSE) && !parse_at(p, TK_COLON))
            parse_error_range(p, a->lineno, a->col_offset, b->end_lineno,
                              b->end_col_offset, "expected 'else' after 'if' expression");
    }
    p->pos = pos;
    if (k0 == TK_NAME && parse_kind_at(p, 1) != TK_LPAR) {
        const Token *name = parse_next(p);
        Expr *b = parse_attempt(p, parse_star_expressions);
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
    if (parse_at(p, TK_LAMBDA))
        return parse_lambdef(p);
    parse_enter(p, 1);
    const Token *first = parse_peek(p);
    Expr *body = parse_disjunction(p);
    if (parse_at(p, TK_IF)) {
        Expr *e = parse_tail(p, conditional_tail, p->pos);
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
    return parse_memoized(p, MEMO_EXPRESSION, expression_raw);
}

/* NAME ':=' expression (current token is the NAME). */
Expr *parse_assignment_expression(Parser *p)
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
    Expr *a = parse_attempt(p, atom);
    p->pos = pos;
    return a && (a->kind == EXPR_LIST || a->kind == EXPR_GENERATOREXP ||
                 (a->kind == EXPR_TUPLE && k == TK_LPAR &&
                  a->col_offset == parse_peek(p)->col &&
                  a->lineno == parse_peek(p)->lineno));
}

static Expr *invalid_named_expression_raw(Parser *p)
{
    int pos = p->pos;
    Expr *a = parse_attempt(p, parse_expression);
    if (a && parse_accept(p, TK_COLONEQUAL) && parse_attempt(p, parse_expression))
        parse_error_node(p, a, "cannot use assignment expressions with %s",
                         parse_expr_name(a));
    p->pos = pos;
    if (parse_at(p, TK_NAME) && parse_kind_at(p, 1) == TK_EQUAL) {
        const Token *name = parse_next(p);
        parse_next(p);
        Expr *b = parse_attempt(p, parse_bitwise_or);
        if (b && !parse_at(p, TK_EQUAL) && !parse_at(p, TK_COLONEQUAL))
            parse_error_range(p, name->lineno, name->col, b->end_lineno,
                              b->end_col_offset,
                              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        p->pos = pos;
    }
    if (!starts_display_literal(p)) {
        a = parse_attempt(p, parse_bitwise_or);
        if (a && parse_accept(p, TK_EQUAL) && parse_attempt(p, parse_bitwise_or) &&
            !parse_at(p, TK_EQUAL) && !parse_at(p, TK_COLONEQUAL))
            parse_error_node(p, a, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                             parse_expr_name(a));
        p->pos = pos;
    }
    parse_fail_generic(p);
}

static Expr *invalid_named_expression(Parser *p)
{
    return parse_memoized(p, MEMO_NAMED_INVALID, invalid_named_expression_raw);
}

/* named_expression: NAME ':=' expression | expression !':=' */
Expr *parse_named_expression(Parser *p)
{
    if (parse_at(p, TK_NAME) && parse_kind_at(p, 1) == TK_COLONEQUAL)
        return parse_assignment_expression(p);
    if (p->invalid_pass) {
        int pos = p->pos;
        parse_attempt(p, invalid_named_expression);
        p->pos = pos;
    }
    Expr *e = parse_expression(p);
    if (parse_at(p, TK_COLONEQUAL))
        parse_fail_generic(p);
    return e;
}

/* star_named_expression: '*' bitwise_or | named_expression */
static Expr *star_named_expression(Parser *p)
{
    if (!parse_at(p, TK_STAR))
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
Expr *parse_star_expression(Parser *p)
{
    if (!parse_at(p, TK_STAR))
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
    Expr *e = parse_star_expression(p);
    if (!parse_at(p, TK_COMMA))
        return e;
    ExprSeq elts = {0, NULL};
    int cap = 0;
    SEQ_PUSH(p, elts, cap, e);
    while (parse_accept(p, TK_COMMA)) {
        if (!parse_starts_expression(p))
            break;
        e = parse_star_expression(p);
        SEQ_PUSH(p, elts, cap, e);
    }
    return parse_new_tuple(p, elts, first->lineno, first->col);
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
    if (parse_at(p, TK_YIELD))
        return parse_yield_expr(p);
    return parse_star_expressions(p);
}

