/* symcheck.c - the checks CPython makes outside its parser: __future__
 * imports (future.c, before the symbol table) and the errors its compiler
 * raises while generating code (compile.c, after the symbol table).
 *
 * The compiler walk visits nodes in CPython's code generation order
 * (a def's decorators, defaults and annotations, then its body, then the
 * binding of its name; a class's body before its bases and keywords; a
 * comprehension before its first iterable), so that of several errors the
 * one CPython reports first is the one reported here.  Locations follow
 * compile.c: the node being compiled, offsets made 1-based.
 */
#include <string.h>

#include "symtable_int.h"

/* ------------------------------------------------------------------ */
/* __future__                                                          */

static int is_docstring(const Stmt *s)
{
    return s->kind == STMT_EXPR && s->v.Expr.value->kind == EXPR_CONSTANT &&
           s->v.Expr.value->v.Constant.kind == CONST_STR;
}

static void future_features(Builder *b, const Stmt *s)
{
    static const char *const known[] = {
        "nested_scopes", "generators", "division", "absolute_import",
        "with_statement", "print_function", "unicode_literals", "generator_stop",
    };
    AliasSeq names = s->v.ImportFrom.names;
    for (int i = 0; i < names.len; i++) {
        const char *f = names.items[i]->name;
        int ok = 0;
        for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
            ok |= strcmp(f, known[k]) == 0;
        if (ok)
            continue;
        if (strcmp(f, "annotations") == 0)
            b->st->future_flags |= FUTURE_ANNOTATIONS;
        else if (strcmp(f, "barry_as_FLUFL") == 0)
            b->st->future_flags |= FUTURE_BARRY_AS_BDFL;
        else if (strcmp(f, "braces") == 0)
            symtable_error(b, s->lineno, s->col_offset + 1, 0, 0, "not a chance");
        else
            symtable_error(b, s->lineno, s->col_offset + 1, 0, 0,
                     "future feature %.100s is not defined", f);
    }
}

static int is_future_import(const Stmt *s)
{
    return s->kind == STMT_IMPORTFROM && s->v.ImportFrom.module &&
           strcmp(s->v.ImportFrom.module, "__future__") == 0;
}

/* CPython's future_parse: future imports may follow only a docstring and
 * other future imports (several on one line count as one group). */
void symcheck_future(Builder *b, Module *mod)
{
    if (mod->kind == MOD_EXPRESSION)
        return;
    StmtSeq body = mod->body;
    int i = 0, done = 0, prev_line = 0;
    if (body.len && is_docstring(body.items[0]))
        i++;
    for (; i < body.len; i++) {
        const Stmt *s = body.items[i];
        if (done && s->lineno > prev_line)
            return;
        prev_line = s->lineno;
        if (is_future_import(s)) {
            if (done)
                symtable_error(b, s->lineno, s->col_offset, 0, 0,
                         "from __future__ imports must occur at the beginning of the file");
            future_features(b, s);
            b->st->future_lineno = s->lineno;
        } else {
            done = 1;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Compiler checks                                                     */

typedef struct Check {
    Builder *b;
    ScopeType scope; /* of the code being compiled */
    int loops;       /* enclosing loops in this code object */
} Check;

static void check_expr(Check *c, const Expr *e, int starred_ok);
static void check_stmts(Check *c, StmtSeq seq);

#define ELOC(n) (n)->lineno, (n)->col_offset + 1, (n)->end_lineno, (n)->end_col_offset + 1

/* CPython's forbidden_name: __debug__ cannot be bound or deleted. */
static void forbidden(Check *c, const char *name, ExprContext ctx, int lineno, int offset,
                      int end_lineno, int end_offset)
{
    if (strcmp(name, "__debug__") != 0)
        return;
    symtable_error(c->b, lineno, offset, end_lineno, end_offset,
             ctx == CTX_DEL ? "cannot delete __debug__" : "cannot assign to __debug__");
}

static void check_arg_names(Check *c, const Arguments *a, int lineno, int offset,
                            int end_lineno, int end_offset)
{
    const ArgSeq *seqs[] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < seqs[k]->len; i++)
            forbidden(c, seqs[k]->items[i]->arg, CTX_STORE, lineno, offset, end_lineno,
                      end_offset);
    if (a->vararg)
        forbidden(c, a->vararg->arg, CTX_STORE, lineno, offset, end_lineno, end_offset);
    if (a->kwarg)
        forbidden(c, a->kwarg->arg, CTX_STORE, lineno, offset, end_lineno, end_offset);
}

static void check_exprs(Check *c, ExprSeq seq, int starred_ok)
{
    for (int i = 0; i < seq.len; i++)
        if (seq.items[i])
            check_expr(c, seq.items[i], starred_ok);
}

/* Keyword names of a call or class: no __debug__, no repeats. */
static void check_keywords(Check *c, KeywordSeq kws, int lineno, int offset,
                           int end_lineno, int end_offset)
{
    for (int i = 0; i < kws.len; i++) {
        const Keyword *k = kws.items[i];
        if (!k->arg)
            continue;
        forbidden(c, k->arg, CTX_STORE, lineno, offset, end_lineno, end_offset);
        for (int j = i + 1; j < kws.len; j++) {
            const Keyword *o = kws.items[j];
            if (o->arg && strcmp(o->arg, k->arg) == 0)
                symtable_error(c->b, ELOC(o), "keyword argument repeated: %s", k->arg);
        }
    }
}

/* A Tuple/List in a Store context: at most one starred element. */
static void check_unpack(Check *c, const Expr *e, ExprSeq elts)
{
    int seen = 0;
    for (int i = 0; i < elts.len; i++) {
        if (elts.items[i]->kind != EXPR_STARRED)
            continue;
        if (seen)
            symtable_error(c->b, ELOC(e), "multiple starred expressions in assignment");
        if (i >= 256)
            symtable_error(c->b, ELOC(e), "too many expressions in star-unpacking assignment");
        seen = 1;
    }
}

/* Code in a new code object (function body, lambda, comprehension). */
static Check nested(const Check *c, ScopeType scope)
{
    Check n = {c->b, scope, 0};
    return n;
}

static void check_comprehension(Check *c, const Expr *e, ComprehensionSeq gens,
                                const Expr *elt, const Expr *value)
{
    Check inner = nested(c, SCOPE_FUNCTION);
    for (int i = 0; i < gens.len; i++) {
        const Comprehension *g = gens.items[i];
        check_expr(&inner, g->target, 0);
        if (i > 0)
            check_expr(&inner, g->iter, 0);
        check_exprs(&inner, g->ifs, 0);
    }
    if (elt)
        check_expr(&inner, elt, e->kind != EXPR_GENERATOREXP);
    if (value)
        check_expr(&inner, value, 0);
    check_expr(c, gens.items[0]->iter, 0);
}

static void check_expr(Check *c, const Expr *e, int starred_ok)
{
    switch (e->kind) {
    case EXPR_NAME:
        if (e->v.Name.ctx != CTX_LOAD)
            forbidden(c, e->v.Name.id, e->v.Name.ctx, ELOC(e));
        break;
    case EXPR_STARRED:
        if (e->v.Starred.ctx == CTX_STORE && !starred_ok)
            symtable_error(c->b, ELOC(e), "starred assignment target must be in a list or tuple");
        if (e->v.Starred.ctx == CTX_LOAD && !starred_ok)
            symtable_error(c->b, ELOC(e), "can't use starred expression here");
        check_expr(c, e->v.Starred.value, 0);
        break;
    case EXPR_TUPLE:
    case EXPR_LIST: {
        ExprSeq elts = e->kind == EXPR_TUPLE ? e->v.Tuple.elts : e->v.List.elts;
        ExprContext ctx = e->kind == EXPR_TUPLE ? e->v.Tuple.ctx : e->v.List.ctx;
        if (ctx == CTX_STORE)
            check_unpack(c, e, elts);
        check_exprs(c, elts, 1);
        break;
    }
    case EXPR_SET: check_exprs(c, e->v.Set.elts, 1); break;
    case EXPR_CALL:
        check_expr(c, e->v.Call.func, 0);
        check_exprs(c, e->v.Call.args, 1);
        for (int i = 0; i < e->v.Call.keywords.len; i++)
            check_expr(c, e->v.Call.keywords.items[i]->value, 0);
        check_keywords(c, e->v.Call.keywords, ELOC(e));
        break;
    case EXPR_YIELD:
    case EXPR_YIELDFROM:
        if (c->scope != SCOPE_FUNCTION)
            symtable_error(c->b, ELOC(e), "'yield' outside function");
        if (e->kind == EXPR_YIELD && e->v.Yield.value)
            check_expr(c, e->v.Yield.value, 0);
        if (e->kind == EXPR_YIELDFROM)
            check_expr(c, e->v.YieldFrom.value, 0);
        break;
    case EXPR_LAMBDA: {
        const Arguments *a = e->v.Lambda.args;
        check_arg_names(c, a, ELOC(e));
        check_exprs(c, a->defaults, 0);
        check_exprs(c, a->kw_defaults, 0);
        Check inner = nested(c, SCOPE_FUNCTION);
        check_expr(&inner, e->v.Lambda.body, 0);
        break;
    }
    case EXPR_LISTCOMP:
        check_comprehension(c, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL);
        break;
    case EXPR_SETCOMP:
        check_comprehension(c, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL);
        break;
    case EXPR_GENERATOREXP:
        check_comprehension(c, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL);
        break;
    case EXPR_DICTCOMP:
        check_comprehension(c, e, e->v.DictComp.generators, e->v.DictComp.key,
                            e->v.DictComp.value);
        break;
    case EXPR_NAMEDEXPR:
        check_expr(c, e->v.NamedExpr.value, 0);
        check_expr(c, e->v.NamedExpr.target, 0);
        break;
    case EXPR_BOOLOP: check_exprs(c, e->v.BoolOp.values, 0); break;
    case EXPR_BINOP:
        check_expr(c, e->v.BinOp.left, 0);
        check_expr(c, e->v.BinOp.right, 0);
        break;
    case EXPR_UNARYOP: check_expr(c, e->v.UnaryOp.operand, 0); break;
    case EXPR_IFEXP:
        check_expr(c, e->v.IfExp.test, 0);
        check_expr(c, e->v.IfExp.body, 0);
        check_expr(c, e->v.IfExp.orelse, 0);
        break;
    case EXPR_DICT:
        for (int i = 0; i < e->v.Dict.values.len; i++) {
            if (e->v.Dict.keys.items[i])
                check_expr(c, e->v.Dict.keys.items[i], 0);
            check_expr(c, e->v.Dict.values.items[i], 0);
        }
        break;
    case EXPR_COMPARE:
        check_expr(c, e->v.Compare.left, 0);
        check_exprs(c, e->v.Compare.comparators, 0);
        break;
    case EXPR_FORMATTEDVALUE:
        check_expr(c, e->v.FormattedValue.value, 0);
        if (e->v.FormattedValue.format_spec)
            check_expr(c, e->v.FormattedValue.format_spec, 0);
        break;
    case EXPR_JOINEDSTR: check_exprs(c, e->v.JoinedStr.values, 0); break;
    case EXPR_ATTRIBUTE: check_expr(c, e->v.Attribute.value, 0); break;
    case EXPR_SUBSCRIPT:
        check_expr(c, e->v.Subscript.value, 0);
        check_expr(c, e->v.Subscript.slice, 0);
        break;
    case EXPR_SLICE:
        if (e->v.Slice.lower)
            check_expr(c, e->v.Slice.lower, 0);
        if (e->v.Slice.upper)
            check_expr(c, e->v.Slice.upper, 0);
        if (e->v.Slice.step)
            check_expr(c, e->v.Slice.step, 0);
        break;
    default:
        break;
    }
}

/* The names an import binds may not be __debug__. */
static void check_import(Check *c, const Stmt *s, AliasSeq names)
{
    for (int i = 0; i < names.len; i++) {
        const Alias *a = names.items[i];
        const char *n = a->asname ? a->asname : a->name;
        size_t len = strcspn(n, ".");
        if (len == 9 && strncmp(n, "__debug__", 9) == 0)
            symtable_error(c->b, ELOC(s), "cannot assign to __debug__");
    }
    if (s->kind == STMT_IMPORTFROM && is_future_import(s) &&
        s->lineno > c->b->st->future_lineno)
        symtable_error(c->b, ELOC(s), "from __future__ imports must occur at the beginning of the file");
}

static void check_function(Check *c, const Stmt *s)
{
    const Arguments *a = s->v.FunctionDef.args;
    check_arg_names(c, a, ELOC(s));
    check_exprs(c, s->v.FunctionDef.decorator_list, 0);
    check_exprs(c, a->defaults, 0);
    check_exprs(c, a->kw_defaults, 0);
    Check inner = nested(c, SCOPE_FUNCTION);
    check_stmts(&inner, s->v.FunctionDef.body);
    forbidden(c, s->v.FunctionDef.name, CTX_STORE, ELOC(s));
}

static void check_class(Check *c, const Stmt *s)
{
    check_exprs(c, s->v.ClassDef.decorator_list, 0);
    Check inner = nested(c, SCOPE_CLASS);
    check_stmts(&inner, s->v.ClassDef.body);
    check_exprs(c, s->v.ClassDef.bases, 1);
    for (int i = 0; i < s->v.ClassDef.keywords.len; i++)
        check_expr(c, s->v.ClassDef.keywords.items[i]->value, 0);
    check_keywords(c, s->v.ClassDef.keywords, ELOC(s));
    forbidden(c, s->v.ClassDef.name, CTX_STORE, ELOC(s));
}

static void check_try(Check *c, const Stmt *s)
{
    check_stmts(c, s->v.Try.body);
    ExceptHandlerSeq hs = s->v.Try.handlers;
    for (int i = 0; i < hs.len; i++) {
        const ExceptHandler *h = hs.items[i];
        if (!h->type && i < hs.len - 1)
            symtable_error(c->b, ELOC(h), "default 'except:' must be last");
        if (h->type)
            check_expr(c, h->type, 0);
        if (h->name)
            forbidden(c, h->name, CTX_STORE, ELOC(h));
        check_stmts(c, h->body);
    }
    check_stmts(c, s->v.Try.orelse);
    check_stmts(c, s->v.Try.finalbody);
}

/* A loop: its body is inside the loop, its else clause is not. */
static void check_loop_body(Check *c, StmtSeq body, StmtSeq orelse)
{
    c->loops++;
    check_stmts(c, body);
    c->loops--;
    check_stmts(c, orelse);
}

static void check_stmt(Check *c, const Stmt *s)
{
    switch (s->kind) {
    case STMT_FUNCTIONDEF: check_function(c, s); break;
    case STMT_CLASSDEF: check_class(c, s); break;
    case STMT_RETURN:
        if (c->scope != SCOPE_FUNCTION)
            symtable_error(c->b, ELOC(s), "'return' outside function");
        if (s->v.Return.value)
            check_expr(c, s->v.Return.value, 0);
        break;
    case STMT_DELETE: check_exprs(c, s->v.Delete.targets, 0); break;
    case STMT_ASSIGN:
        check_expr(c, s->v.Assign.value, 0);
        check_exprs(c, s->v.Assign.targets, 0);
        break;
    case STMT_AUGASSIGN:
        check_expr(c, s->v.AugAssign.value, 0);
        check_expr(c, s->v.AugAssign.target, 0);
        break;
    case STMT_ANNASSIGN:
        if (s->v.AnnAssign.target->kind == EXPR_NAME)
            forbidden(c, s->v.AnnAssign.target->v.Name.id, CTX_STORE, ELOC(s));
        else
            check_expr(c, s->v.AnnAssign.target, 0);
        check_expr(c, s->v.AnnAssign.annotation, 0);
        if (s->v.AnnAssign.value)
            check_expr(c, s->v.AnnAssign.value, 0);
        break;
    case STMT_FOR:
        check_expr(c, s->v.For.iter, 0);
        check_expr(c, s->v.For.target, 0);
        check_loop_body(c, s->v.For.body, s->v.For.orelse);
        break;
    case STMT_WHILE:
        check_expr(c, s->v.While.test, 0);
        check_loop_body(c, s->v.While.body, s->v.While.orelse);
        break;
    case STMT_IF:
        check_expr(c, s->v.If.test, 0);
        check_stmts(c, s->v.If.body);
        check_stmts(c, s->v.If.orelse);
        break;
    case STMT_WITH:
        for (int i = 0; i < s->v.With.items.len; i++) {
            const WithItem *w = s->v.With.items.items[i];
            check_expr(c, w->context_expr, 0);
            if (w->optional_vars)
                check_expr(c, w->optional_vars, 0);
        }
        check_stmts(c, s->v.With.body);
        break;
    case STMT_RAISE:
        if (s->v.Raise.exc)
            check_expr(c, s->v.Raise.exc, 0);
        if (s->v.Raise.cause)
            check_expr(c, s->v.Raise.cause, 0);
        break;
    case STMT_TRY:
    case STMT_TRYSTAR: check_try(c, s); break;
    case STMT_ASSERT:
        check_expr(c, s->v.Assert.test, 0);
        if (s->v.Assert.msg)
            check_expr(c, s->v.Assert.msg, 0);
        break;
    case STMT_IMPORT: check_import(c, s, s->v.Import.names); break;
    case STMT_IMPORTFROM: check_import(c, s, s->v.ImportFrom.names); break;
    case STMT_EXPR: check_expr(c, s->v.Expr.value, 0); break;
    case STMT_BREAK:
        if (!c->loops)
            symtable_error(c->b, ELOC(s), "'break' outside loop");
        break;
    case STMT_CONTINUE:
        if (!c->loops)
            symtable_error(c->b, ELOC(s), "'continue' not properly in loop");
        break;
    default:
        break;
    }
}

static void check_stmts(Check *c, StmtSeq seq)
{
    for (int i = 0; i < seq.len; i++)
        check_stmt(c, seq.items[i]);
}

void symcheck_module(Builder *b, Module *mod)
{
    Check c = {b, SCOPE_MODULE, 0};
    if (mod->kind == MOD_EXPRESSION)
        check_expr(&c, mod->expr, 0);
    else
        check_stmts(&c, mod->body);
}
