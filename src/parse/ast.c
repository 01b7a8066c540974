/* ast.c - AST node constructors and kind names (see ast.h).
 *
 * Nodes are zero-filled by the arena, so a constructor only sets the kind
 * and the span; callers fill the union member of that kind.
 */
#include "ast.h"

Expr *ast_expr_new(Arena *a, ExprKind k, int lineno, int col, int end_lineno,
                   int end_col)
{
    Expr *e = arena_alloc(a, sizeof(Expr));
    if (!e)
        return NULL;
    e->kind = k;
    e->lineno = lineno;
    e->col_offset = col;
    e->end_lineno = end_lineno;
    e->end_col_offset = end_col;
    return e;
}

Stmt *ast_stmt_new(Arena *a, StmtKind k, int lineno, int col, int end_lineno,
                   int end_col)
{
    Stmt *s = arena_alloc(a, sizeof(Stmt));
    if (!s)
        return NULL;
    s->kind = k;
    s->lineno = lineno;
    s->col_offset = col;
    s->end_lineno = end_lineno;
    s->end_col_offset = end_col;
    return s;
}

const char *ast_expr_kind_name(ExprKind k)
{
    static const char *const names[] = {
#define X(e, n) #n,
        AST_EXPR_KINDS(X)
#undef X
    };
    return (unsigned)k < EXPR_KIND_COUNT ? names[k] : "?";
}

const char *ast_stmt_kind_name(StmtKind k)
{
    static const char *const names[] = {
#define X(e, n) #n,
        AST_STMT_KINDS(X)
#undef X
    };
    return (unsigned)k < STMT_KIND_COUNT ? names[k] : "?";
}

const char *ast_operator_name(Operator op)
{
    static const char *const names[] = {
        "?", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
        "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv",
    };
    return (unsigned)op <= OP_FLOORDIV ? names[op] : "?";
}

const char *ast_unaryop_name(UnaryOpKind op)
{
    static const char *const names[] = {"?", "Invert", "Not", "UAdd", "USub"};
    return (unsigned)op <= UOP_USUB ? names[op] : "?";
}

const char *ast_boolop_name(BoolOpKind op)
{
    return op == BOOLOP_AND ? "And" : op == BOOLOP_OR ? "Or" : "?";
}

const char *ast_cmpop_name(CmpOp op)
{
    static const char *const names[] = {
        "?", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In",
        "NotIn",
    };
    return (unsigned)op <= CMP_NOTIN ? names[op] : "?";
}

const char *ast_context_name(ExprContext ctx)
{
    static const char *const names[] = {"?", "Load", "Store", "Del"};
    return (unsigned)ctx <= CTX_DEL ? names[ctx] : "?";
}
