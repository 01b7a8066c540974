/* symvisit.c - pass 1 of the symbol table: walk the AST, open scopes and
 * record how each name is used (CPython 3.11's symtable_visit_*).
 *
 * The visiting order matters: symbols are kept in order of first use,
 * which fixes the order of locals and of error reports.  Default values,
 * decorators, annotations (without `from __future__ import annotations`),
 * class bases and the first iterable of a comprehension belong to the
 * enclosing scope; everything else of a def/lambda/class/comprehension to
 * its own.
 */
#include <string.h>

#include "symtable_int.h"

static void visit_expr(Builder *b, Expr *e);
static void visit_stmts(Builder *b, StmtSeq seq);

/* ------------------------------------------------------------------ */
/* Recording names                                                     */

/* CPython's symtable_add_def_helper for an interned name in scope sc;
 * the location is the node being visited. */
static void add_def_in(Builder *b, Scope *sc, const char *iname, unsigned flag,
                       int lineno, int col, int end_lineno, int end_col)
{
    Symbol *s = symtable_symbol(b, sc, iname, 0);
    unsigned val = flag;
    if (s) {
        if ((flag & SYMF_PARAM) && (s->flags & SYMF_PARAM))
            symtable_error(b, lineno, col + 1, end_lineno, end_col + 1,
                     "duplicate argument '%s' in function definition", iname);
        val = s->flags | flag;
    }
    if (sc->comp_iter_target) {
        /* an iteration variable may not be a walrus target elsewhere */
        if (val & (SYMF_GLOBAL | SYMF_NONLOCAL))
            symtable_error(b, lineno, col + 1, end_lineno, end_col + 1,
                     "comprehension inner loop cannot rebind assignment expression "
                     "target '%s'", iname);
        val |= SYMF_COMP_ITER;
    }
    if (!s)
        s = symtable_symbol(b, sc, iname, 1);
    s->flags = val;
    if (flag & SYMF_PARAM) {
        ST_PUSH(b, sc->varnames, sc->nvarnames, sc->varcap, iname);
    } else if (flag & SYMF_GLOBAL) {
        /* `global x` anywhere also marks x in the module's table */
        Symbol *g = symtable_symbol(b, b->top, iname, 1);
        g->flags |= flag;
    }
}

static void add_def(Builder *b, const char *name, unsigned flag, int lineno, int col,
                    int end_lineno, int end_col)
{
    add_def_in(b, b->cur, symtable_name(b, name), flag, lineno, col, end_lineno, end_col);
}

#define LOC(n) (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset

static unsigned flags_of(Builder *b, Scope *sc, const char *iname)
{
    (void)b;
    Symbol *s = symtable_symbol(b, sc, iname, 0);
    return s ? s->flags : 0;
}

static void record_directive(Builder *b, const char *iname, int lineno, int col,
                             int end_lineno, int end_col)
{
    Directive *d = symtable_alloc(b, b->arena, sizeof(Directive));
    d->name = iname;
    d->lineno = lineno;
    d->col = col;
    d->end_lineno = end_lineno;
    d->end_col = end_col;
    d->next = b->cur->directives;
    b->cur->directives = d;
}

static void enter_depth(Builder *b)
{
    if (++b->depth > SYMTABLE_MAX_DEPTH) {
        b->err->kind = PERR_RECURSION;
        strcpy(b->err->msg, "maximum recursion depth exceeded during compilation");
        longjmp(b->jmp, 1);
    }
}

/* ------------------------------------------------------------------ */
/* Expressions                                                         */

static void visit_exprs(Builder *b, ExprSeq seq)
{
    for (int i = 0; i < seq.len; i++)
        if (seq.items[i]) /* Dict keys and kw_defaults may hold NULL */
            visit_expr(b, seq.items[i]);
}

/* Annotation scopes take names that must not leak into real scopes. */
static void no_annotation_scope(Builder *b, const Expr *e, const char *what)
{
    if (b->cur->type == SCOPE_ANNOTATION)
        symtable_error(b, e->lineno, e->col_offset + 1, e->end_lineno, e->end_col_offset + 1,
                 "'%s' can not be used within an annotation", what);
}

static void visit_annotation(Builder *b, Expr *annotation, const void *owner)
{
    if (!(b->st->future_flags & FUTURE_ANNOTATIONS)) {
        visit_expr(b, annotation);
        return;
    }
    symtable_enter(b, SCOPE_ANNOTATION, "_annotation", owner, annotation->lineno,
             annotation->col_offset);
    visit_expr(b, annotation);
    symtable_exit(b);
}

/* A walrus target inside a comprehension binds in the nearest enclosing
 * function or module scope (CPython's symtable_extend_namedexpr_scope). */
static void extend_namedexpr_scope(Builder *b, Expr *target)
{
    const char *iname = symtable_name(b, target->v.Name.id);
    for (Scope *sc = b->cur; sc; sc = sc->parent) {
        if (sc->comprehension) {
            if (flags_of(b, sc, iname) & SYMF_COMP_ITER)
                symtable_error(b, target->lineno, target->col_offset + 1, target->end_lineno,
                         target->end_col_offset + 1,
                         "assignment expression cannot rebind comprehension iteration "
                         "variable '%s'", iname);
            continue;
        }
        if (sc->type == SCOPE_FUNCTION) {
            unsigned f = flags_of(b, sc, iname) & SYMF_GLOBAL ? SYMF_GLOBAL : SYMF_NONLOCAL;
            add_def_in(b, b->cur, iname, f, LOC(target));
            record_directive(b, iname, LOC(target));
            add_def_in(b, sc, iname, SYMF_LOCAL, LOC(target));
            return;
        }
        if (sc->type == SCOPE_MODULE) {
            add_def_in(b, b->cur, iname, SYMF_GLOBAL, LOC(target));
            record_directive(b, iname, LOC(target));
            add_def_in(b, sc, iname, SYMF_GLOBAL, LOC(target));
            return;
        }
        if (sc->type == SCOPE_CLASS)
            symtable_error(b, target->lineno, target->col_offset + 1, target->end_lineno,
                     target->end_col_offset + 1,
                     "assignment expression within a comprehension cannot be used in "
                     "a class body");
    }
}

static void visit_named_expr(Builder *b, Expr *e)
{
    no_annotation_scope(b, e, "named expression");
    if (b->cur->comp_iter_expr > 0)
        symtable_error(b, e->lineno, e->col_offset + 1, e->end_lineno, e->end_col_offset + 1,
                 "assignment expression cannot be used in a comprehension iterable "
                 "expression");
    if (b->cur->comprehension)
        extend_namedexpr_scope(b, e->v.NamedExpr.target);
    visit_expr(b, e->v.NamedExpr.value);
    visit_expr(b, e->v.NamedExpr.target);
}

static void visit_params(Builder *b, ArgSeq args)
{
    for (int i = 0; i < args.len; i++)
        add_def(b, args.items[i]->arg, SYMF_PARAM, LOC(args.items[i]));
}

/* Parameters, in CPython's co_varnames order. */
static void visit_arguments(Builder *b, Arguments *a)
{
    visit_params(b, a->posonlyargs);
    visit_params(b, a->args);
    visit_params(b, a->kwonlyargs);
    if (a->vararg) {
        add_def(b, a->vararg->arg, SYMF_PARAM, LOC(a->vararg));
        b->cur->has_varargs = 1;
    }
    if (a->kwarg) {
        add_def(b, a->kwarg->arg, SYMF_PARAM, LOC(a->kwarg));
        b->cur->has_varkw = 1;
    }
    b->cur->posonlyargcount = a->posonlyargs.len;
    b->cur->argcount = a->posonlyargs.len + a->args.len;
    b->cur->kwonlyargcount = a->kwonlyargs.len;
}

static void visit_comprehension(Builder *b, Comprehension *c)
{
    b->cur->comp_iter_target = 1;
    visit_expr(b, c->target);
    b->cur->comp_iter_target = 0;
    b->cur->comp_iter_expr++;
    visit_expr(b, c->iter);
    b->cur->comp_iter_expr--;
    visit_exprs(b, c->ifs);
}

/* CPython's symtable_handle_comprehension: the first iterable in the
 * current scope, the rest in a new function scope with parameter ".0". */
static void visit_comprehension_scope(Builder *b, Expr *e, const char *name,
                                      ComprehensionSeq gens, Expr *elt, Expr *value,
                                      CompKind kind)
{
    Comprehension *outer = gens.items[0];
    b->cur->comp_iter_expr++;
    visit_expr(b, outer->iter);
    b->cur->comp_iter_expr--;
    Scope *sc = symtable_enter(b, SCOPE_FUNCTION, name, e, e->lineno, e->col_offset);
    sc->comprehension = kind;
    add_def(b, ".0", SYMF_PARAM, LOC(e));
    sc->argcount = 1;
    sc->comp_iter_target = 1;
    visit_expr(b, outer->target);
    sc->comp_iter_target = 0;
    visit_exprs(b, outer->ifs);
    for (int i = 1; i < gens.len; i++)
        visit_comprehension(b, gens.items[i]);
    if (value)
        visit_expr(b, value);
    visit_expr(b, elt);
    sc->is_generator = kind == COMP_GENEXP;
    symtable_exit(b);
}

static void visit_yield(Builder *b, Expr *e, Expr *value)
{
    no_annotation_scope(b, e, "yield expression");
    if (value)
        visit_expr(b, value);
    Scope *sc = b->cur;
    sc->is_generator = 1;
    if (sc->comprehension)
        symtable_error(b, e->lineno, e->col_offset + 1, e->end_lineno, e->end_col_offset + 1,
                 "%s", sc->comprehension == COMP_LIST ? "'yield' inside list comprehension" :
                       sc->comprehension == COMP_SET ? "'yield' inside set comprehension" :
                       sc->comprehension == COMP_DICT ? "'yield' inside dict comprehension" :
                       "'yield' inside generator expression");
}

static void visit_name(Builder *b, Expr *e)
{
    add_def(b, e->v.Name.id, e->v.Name.ctx == CTX_LOAD ? SYMF_USE : SYMF_LOCAL, LOC(e));
    /* super() needs the __class__ cell of the enclosing class */
    if (e->v.Name.ctx == CTX_LOAD && b->cur->type == SCOPE_FUNCTION &&
        strcmp(e->v.Name.id, "super") == 0)
        add_def(b, "__class__", SYMF_USE, LOC(e));
}

static void visit_lambda(Builder *b, Expr *e)
{
    Arguments *a = e->v.Lambda.args;
    visit_exprs(b, a->defaults);
    visit_exprs(b, a->kw_defaults);
    Scope *sc = symtable_enter(b, SCOPE_FUNCTION, "lambda", e, e->lineno, e->col_offset);
    sc->is_lambda = 1;
    visit_arguments(b, a);
    visit_expr(b, e->v.Lambda.body);
    symtable_exit(b);
}

static void visit_expr(Builder *b, Expr *e)
{
    enter_depth(b);
    switch (e->kind) {
    case EXPR_NAMEDEXPR: visit_named_expr(b, e); break;
    case EXPR_BOOLOP: visit_exprs(b, e->v.BoolOp.values); break;
    case EXPR_BINOP:
        visit_expr(b, e->v.BinOp.left);
        visit_expr(b, e->v.BinOp.right);
        break;
    case EXPR_UNARYOP: visit_expr(b, e->v.UnaryOp.operand); break;
    case EXPR_LAMBDA: visit_lambda(b, e); break;
    case EXPR_IFEXP:
        visit_expr(b, e->v.IfExp.test);
        visit_expr(b, e->v.IfExp.body);
        visit_expr(b, e->v.IfExp.orelse);
        break;
    case EXPR_DICT:
        visit_exprs(b, e->v.Dict.keys);
        visit_exprs(b, e->v.Dict.values);
        break;
    case EXPR_SET: visit_exprs(b, e->v.Set.elts); break;
    case EXPR_GENERATOREXP:
        visit_comprehension_scope(b, e, "genexpr", e->v.GeneratorExp.generators,
                                  e->v.GeneratorExp.elt, NULL, COMP_GENEXP);
        break;
    case EXPR_LISTCOMP:
        visit_comprehension_scope(b, e, "listcomp", e->v.ListComp.generators,
                                  e->v.ListComp.elt, NULL, COMP_LIST);
        break;
    case EXPR_SETCOMP:
        visit_comprehension_scope(b, e, "setcomp", e->v.SetComp.generators,
                                  e->v.SetComp.elt, NULL, COMP_SET);
        break;
    case EXPR_DICTCOMP:
        visit_comprehension_scope(b, e, "dictcomp", e->v.DictComp.generators,
                                  e->v.DictComp.key, e->v.DictComp.value, COMP_DICT);
        break;
    case EXPR_YIELD: visit_yield(b, e, e->v.Yield.value); break;
    case EXPR_YIELDFROM: visit_yield(b, e, e->v.YieldFrom.value); break;
    case EXPR_COMPARE:
        visit_expr(b, e->v.Compare.left);
        visit_exprs(b, e->v.Compare.comparators);
        break;
    case EXPR_CALL:
        visit_expr(b, e->v.Call.func);
        visit_exprs(b, e->v.Call.args);
        for (int i = 0; i < e->v.Call.keywords.len; i++)
            visit_expr(b, e->v.Call.keywords.items[i]->value);
        break;
    case EXPR_FORMATTEDVALUE:
        visit_expr(b, e->v.FormattedValue.value);
        if (e->v.FormattedValue.format_spec)
            visit_expr(b, e->v.FormattedValue.format_spec);
        break;
    case EXPR_JOINEDSTR: visit_exprs(b, e->v.JoinedStr.values); break;
    case EXPR_CONSTANT: break;
    case EXPR_ATTRIBUTE: visit_expr(b, e->v.Attribute.value); break;
    case EXPR_SUBSCRIPT:
        visit_expr(b, e->v.Subscript.value);
        visit_expr(b, e->v.Subscript.slice);
        break;
    case EXPR_STARRED: visit_expr(b, e->v.Starred.value); break;
    case EXPR_SLICE:
        if (e->v.Slice.lower)
            visit_expr(b, e->v.Slice.lower);
        if (e->v.Slice.upper)
            visit_expr(b, e->v.Slice.upper);
        if (e->v.Slice.step)
            visit_expr(b, e->v.Slice.step);
        break;
    case EXPR_NAME: visit_name(b, e); break;
    case EXPR_LIST: visit_exprs(b, e->v.List.elts); break;
    case EXPR_TUPLE: visit_exprs(b, e->v.Tuple.elts); break;
    default: break;
    }
    b->depth--;
}

/* ------------------------------------------------------------------ */
/* Statements                                                          */

static void visit_arg_annotations(Builder *b, ArgSeq args)
{
    for (int i = 0; i < args.len; i++)
        if (args.items[i]->annotation)
            visit_expr(b, args.items[i]->annotation);
}

/* Parameter and return annotations of a def, in the enclosing scope (or
 * one annotation scope under `from __future__ import annotations`). */
static void visit_def_annotations(Builder *b, Stmt *s, Arguments *a, Expr *returns)
{
    int future = (b->st->future_flags & FUTURE_ANNOTATIONS) != 0;
    if (future)
        symtable_enter(b, SCOPE_ANNOTATION, "_annotation", s, s->lineno, s->col_offset);
    visit_arg_annotations(b, a->posonlyargs);
    visit_arg_annotations(b, a->args);
    if (a->vararg && a->vararg->annotation)
        visit_expr(b, a->vararg->annotation);
    if (a->kwarg && a->kwarg->annotation)
        visit_expr(b, a->kwarg->annotation);
    visit_arg_annotations(b, a->kwonlyargs);
    if (future)
        symtable_exit(b);
    if (returns)
        visit_annotation(b, returns, returns);
}

static void visit_function(Builder *b, Stmt *s)
{
    Arguments *a = s->v.FunctionDef.args;
    add_def(b, s->v.FunctionDef.name, SYMF_LOCAL, LOC(s));
    visit_exprs(b, a->defaults);
    visit_exprs(b, a->kw_defaults);
    visit_def_annotations(b, s, a, s->v.FunctionDef.returns);
    visit_exprs(b, s->v.FunctionDef.decorator_list);
    symtable_enter(b, SCOPE_FUNCTION, s->v.FunctionDef.name, s, s->lineno, s->col_offset);
    visit_arguments(b, a);
    visit_stmts(b, s->v.FunctionDef.body);
    symtable_exit(b);
}

static void visit_class(Builder *b, Stmt *s)
{
    add_def(b, s->v.ClassDef.name, SYMF_LOCAL, LOC(s));
    visit_exprs(b, s->v.ClassDef.bases);
    for (int i = 0; i < s->v.ClassDef.keywords.len; i++)
        visit_expr(b, s->v.ClassDef.keywords.items[i]->value);
    visit_exprs(b, s->v.ClassDef.decorator_list);
    Scope *sc = symtable_enter(b, SCOPE_CLASS, s->v.ClassDef.name, s, s->lineno, s->col_offset);
    const char *saved = b->private_name;
    b->private_name = s->v.ClassDef.name;
    sc->private_name = s->v.ClassDef.name;
    visit_stmts(b, s->v.ClassDef.body);
    b->private_name = saved;
    symtable_exit(b);
}

static void visit_ann_assign(Builder *b, Stmt *s)
{
    Expr *t = s->v.AnnAssign.target;
    if (t->kind == EXPR_NAME) {
        unsigned cur = flags_of(b, b->cur, symtable_name(b, t->v.Name.id));
        if ((cur & (SYMF_GLOBAL | SYMF_NONLOCAL)) && b->cur != b->top &&
            s->v.AnnAssign.simple)
            symtable_error(b, s->lineno, s->col_offset + 1, s->end_lineno, s->end_col_offset + 1,
                     cur & SYMF_GLOBAL ? "annotated name '%s' can't be global"
                                       : "annotated name '%s' can't be nonlocal",
                     t->v.Name.id);
        if (s->v.AnnAssign.simple)
            add_def(b, t->v.Name.id, SYMF_ANNOT | SYMF_LOCAL, LOC(t));
        else if (s->v.AnnAssign.value)
            add_def(b, t->v.Name.id, SYMF_LOCAL, LOC(t));
    } else {
        visit_expr(b, t);
    }
    visit_annotation(b, s->v.AnnAssign.annotation, s->v.AnnAssign.annotation);
    if (s->v.AnnAssign.value)
        visit_expr(b, s->v.AnnAssign.value);
}

/* global / nonlocal statement. */
static void visit_declaration(Builder *b, Stmt *s, int global)
{
    IdentSeq names = global ? s->v.Global.names : s->v.Nonlocal.names;
    const char *what = global ? "global" : "nonlocal";
    for (int i = 0; i < names.len; i++) {
        const char *iname = symtable_name(b, names.items[i]);
        unsigned cur = flags_of(b, b->cur, iname);
        if (cur & (SYMF_PARAM | SYMF_LOCAL | SYMF_USE | SYMF_ANNOT)) {
            const char *fmt = cur & SYMF_PARAM ? "name '%s' is parameter and %s"
                            : cur & SYMF_USE ? "name '%s' is used prior to %s declaration"
                            : cur & SYMF_ANNOT ? "annotated name '%s' can't be %s"
                                               : "name '%s' is assigned to before %s declaration";
            symtable_error(b, s->lineno, s->col_offset + 1, s->end_lineno, s->end_col_offset + 1,
                     fmt, names.items[i], what);
        }
        add_def(b, names.items[i], global ? SYMF_GLOBAL : SYMF_NONLOCAL, LOC(s));
        record_directive(b, iname, LOC(s));
    }
}

/* The name an import binds: its asname, or the first dotted component. */
static void visit_alias(Builder *b, Alias *a)
{
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (b->cur->type != SCOPE_MODULE)
            symtable_error(b, a->lineno, a->col_offset + 1, a->end_lineno, a->end_col_offset + 1,
                     "import * only allowed at module level");
        return;
    }
    const char *dot = strchr(name, '.');
    if (dot) {
        size_t n = (size_t)(dot - name);
        char *first = symtable_alloc(b, b->arena, n + 1);
        memcpy(first, name, n);
        first[n] = '\0';
        name = first;
    }
    add_def(b, name, SYMF_IMPORT, LOC(a));
}

static void visit_try(Builder *b, Stmt *s)
{
    visit_stmts(b, s->v.Try.body);
    visit_stmts(b, s->v.Try.orelse);
    for (int i = 0; i < s->v.Try.handlers.len; i++) {
        ExceptHandler *h = s->v.Try.handlers.items[i];
        if (h->type)
            visit_expr(b, h->type);
        if (h->name)
            add_def(b, h->name, SYMF_LOCAL, LOC(h));
        visit_stmts(b, h->body);
    }
    visit_stmts(b, s->v.Try.finalbody);
}

static void visit_stmt(Builder *b, Stmt *s)
{
    enter_depth(b);
    switch (s->kind) {
    case STMT_FUNCTIONDEF: visit_function(b, s); break;
    case STMT_CLASSDEF: visit_class(b, s); break;
    case STMT_RETURN:
        if (s->v.Return.value) {
            visit_expr(b, s->v.Return.value);
            b->cur->returns_value = 1;
        }
        break;
    case STMT_DELETE: visit_exprs(b, s->v.Delete.targets); break;
    case STMT_ASSIGN:
        visit_exprs(b, s->v.Assign.targets);
        visit_expr(b, s->v.Assign.value);
        break;
    case STMT_ANNASSIGN: visit_ann_assign(b, s); break;
    case STMT_AUGASSIGN:
        visit_expr(b, s->v.AugAssign.target);
        visit_expr(b, s->v.AugAssign.value);
        break;
    case STMT_FOR:
        visit_expr(b, s->v.For.target);
        visit_expr(b, s->v.For.iter);
        visit_stmts(b, s->v.For.body);
        visit_stmts(b, s->v.For.orelse);
        break;
    case STMT_WHILE:
        visit_expr(b, s->v.While.test);
        visit_stmts(b, s->v.While.body);
        visit_stmts(b, s->v.While.orelse);
        break;
    case STMT_IF:
        visit_expr(b, s->v.If.test);
        visit_stmts(b, s->v.If.body);
        visit_stmts(b, s->v.If.orelse);
        break;
    case STMT_RAISE:
        if (s->v.Raise.exc)
            visit_expr(b, s->v.Raise.exc);
        if (s->v.Raise.cause)
            visit_expr(b, s->v.Raise.cause);
        break;
    case STMT_TRY:
    case STMT_TRYSTAR: visit_try(b, s); break;
    case STMT_ASSERT:
        visit_expr(b, s->v.Assert.test);
        if (s->v.Assert.msg)
            visit_expr(b, s->v.Assert.msg);
        break;
    case STMT_IMPORT:
        for (int i = 0; i < s->v.Import.names.len; i++)
            visit_alias(b, s->v.Import.names.items[i]);
        break;
    case STMT_IMPORTFROM:
        for (int i = 0; i < s->v.ImportFrom.names.len; i++)
            visit_alias(b, s->v.ImportFrom.names.items[i]);
        break;
    case STMT_GLOBAL: visit_declaration(b, s, 1); break;
    case STMT_NONLOCAL: visit_declaration(b, s, 0); break;
    case STMT_EXPR: visit_expr(b, s->v.Expr.value); break;
    case STMT_WITH:
        for (int i = 0; i < s->v.With.items.len; i++) {
            WithItem *w = s->v.With.items.items[i];
            visit_expr(b, w->context_expr);
            if (w->optional_vars)
                visit_expr(b, w->optional_vars);
        }
        visit_stmts(b, s->v.With.body);
        break;
    default: /* pass, break, continue */
        break;
    }
    b->depth--;
}

static void visit_stmts(Builder *b, StmtSeq seq)
{
    for (int i = 0; i < seq.len; i++)
        visit_stmt(b, seq.items[i]);
}

void symvisit_module(Builder *b, Module *mod)
{
    if (mod->kind == MOD_EXPRESSION)
        visit_expr(b, mod->expr);
    else
        visit_stmts(b, mod->body);
}
