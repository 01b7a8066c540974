/* parse_target.c - assignment, deletion and loop targets.
 *
 * The parser reads a target as an ordinary expression and then checks it
 * here: a valid target (CPython's star_targets / del_targets grammar) gets
 * its context switched to Store or Del; an invalid one yields CPython's
 * "cannot assign to ..." messages, which name the first offending
 * sub-expression exactly as _PyPegen_get_invalid_target does.
 */
#include "parse_int.h"

int parse_is_target(const Expr *e, int kind)
{
    switch (e->kind) {
    case EXPR_NAME:
    case EXPR_ATTRIBUTE:
    case EXPR_SUBSCRIPT:
        return 1;
    case EXPR_STARRED:
        /* `*a` is a star_target; `**a`-like nesting and del are not */
        return kind != TARGETS_DEL && e->v.Starred.value->kind != EXPR_STARRED &&
               parse_is_target(e->v.Starred.value, kind);
    case EXPR_TUPLE:
        for (int i = 0; i < e->v.Tuple.elts.len; i++)
            if (!parse_is_target(e->v.Tuple.elts.items[i], kind))
                return 0;
        return 1;
    case EXPR_LIST:
        for (int i = 0; i < e->v.List.elts.len; i++)
            if (!parse_is_target(e->v.List.elts.items[i], kind))
                return 0;
        return 1;
    default:
        return 0;
    }
}

void parse_set_context(Expr *e, ExprContext ctx)
{
    switch (e->kind) {
    case EXPR_NAME:
        e->v.Name.ctx = ctx;
        break;
    case EXPR_ATTRIBUTE:
        e->v.Attribute.ctx = ctx;
        break;
    case EXPR_SUBSCRIPT:
        e->v.Subscript.ctx = ctx;
        break;
    case EXPR_STARRED:
        e->v.Starred.ctx = ctx;
        parse_set_context(e->v.Starred.value, ctx);
        break;
    case EXPR_TUPLE:
        e->v.Tuple.ctx = ctx;
        for (int i = 0; i < e->v.Tuple.elts.len; i++)
            parse_set_context(e->v.Tuple.elts.items[i], ctx);
        break;
    case EXPR_LIST:
        e->v.List.ctx = ctx;
        for (int i = 0; i < e->v.List.elts.len; i++)
            parse_set_context(e->v.List.elts.items[i], ctx);
        break;
    default:
        break;
    }
}

static const Expr *invalid_in(ExprSeq elts, int kind)
{
    for (int i = 0; i < elts.len; i++) {
        const Expr *bad = parse_invalid_target(elts.items[i], kind);
        if (bad)
            return bad;
    }
    return NULL;
}

const Expr *parse_invalid_target(const Expr *e, int kind)
{
    if (!e)
        return NULL;
    switch (e->kind) {
    case EXPR_LIST:
        return invalid_in(e->v.List.elts, kind);
    case EXPR_TUPLE:
        return invalid_in(e->v.Tuple.elts, kind);
    case EXPR_STARRED:
        if (kind == TARGETS_DEL)
            return e;
        return parse_invalid_target(e->v.Starred.value, kind);
    case EXPR_COMPARE:
        /* `for a in b` parsed as an expression is a comparison; its left
           side holds the real target. */
        if (kind == TARGETS_FOR) {
            if (e->v.Compare.ops.items[0] == CMP_IN)
                return parse_invalid_target(e->v.Compare.left, kind);
            return NULL;
        }
        return e;
    case EXPR_NAME:
    case EXPR_SUBSCRIPT:
    case EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

const char *parse_expr_name(const Expr *e)
{
    switch (e->kind) {
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_STARRED: return "starred";
    case EXPR_NAME: return "name";
    case EXPR_LIST: return "list";
    case EXPR_TUPLE: return "tuple";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_CALL: return "function call";
    case EXPR_BOOLOP: case EXPR_BINOP: case EXPR_UNARYOP: return "expression";
    case EXPR_GENERATOREXP: return "generator expression";
    case EXPR_YIELD: case EXPR_YIELDFROM: return "yield expression";
    case EXPR_LISTCOMP: return "list comprehension";
    case EXPR_SETCOMP: return "set comprehension";
    case EXPR_DICTCOMP: return "dict comprehension";
    case EXPR_DICT: return "dict literal";
    case EXPR_SET: return "set display";
    case EXPR_JOINEDSTR: case EXPR_FORMATTEDVALUE: return "f-string expression";
    case EXPR_CONSTANT:
        switch (e->v.Constant.kind) {
        case CONST_NONE: return "None";
        case CONST_FALSE: return "False";
        case CONST_TRUE: return "True";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case EXPR_COMPARE: return "comparison";
    case EXPR_IFEXP: return "conditional expression";
    case EXPR_NAMEDEXPR: return "named expression";
    default: return "expression";
    }
}

void parse_raise_invalid_target(Parser *p, int kind, const Expr *e)
{
    const Expr *bad = parse_invalid_target(e, kind);
    if (!bad)
        return;
    parse_error_node(p, bad, kind == TARGETS_DEL ? "cannot delete %s" : "cannot assign to %s",
                     parse_expr_name(bad));
}
