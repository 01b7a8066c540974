/* scope.c - scope analysis: which names of each function, class, lambda
 * and comprehension are local, global (explicit or implicit), free or
 * cells, as CPython's symtable does.
 *
 * Two passes: gather (walk the tree, record how each scope uses each name)
 * and resolve (top-down: classify each name by walking the enclosing
 * scopes, which are already classified; then bottom-up: a name free in a
 * child becomes a cell of the scope that binds it, or a free variable
 * passed through the scopes in between).  Everything lives in the parse
 * arena; no GC objects.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cint.h"

static void *xalloc(ScopeInfo *si, size_t n) {
    void *p = arena_alloc(si->arena, n);
    if (!p) {
        si->err->kind = PERR_MEMORY;
        longjmp(si->fail, 1);
    }
    return p;
}

#define GROW(si, arr, n, cap)                                                 \
    do {                                                                      \
        if ((n) == (cap)) {                                                   \
            int nc_ = (cap) ? (cap) * 2 : 8;                                  \
            void *np_ = xalloc((si), sizeof(*(arr)) * nc_);                   \
            if (n)                                                            \
                memcpy(np_, (arr), sizeof(*(arr)) * (n));                     \
            (arr) = np_;                                                      \
            (cap) = nc_;                                                      \
        }                                                                     \
    } while (0)

static void fail(ScopeInfo *si, int lineno, int col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(si->err->msg, sizeof si->err->msg, fmt, ap);
    va_end(ap);
    si->err->kind = PERR_SYNTAX;
    si->err->lineno = lineno;
    si->err->offset = col + 1;
    si->err->end_lineno = 0;
    si->err->end_offset = 0;
    longjmp(si->fail, 1);
}

Sym *scope_lookup(Scope *s, const char *name) {
    for (int i = 0; i < s->nsyms; i++)
        if (strcmp(s->syms[i].name, name) == 0)
            return &s->syms[i];
    return NULL;
}

static Sym *add_sym(ScopeInfo *si, Scope *s, const char *name, int flags) {
    Sym *y = scope_lookup(s, name);
    if (!y) {
        GROW(si, s->syms, s->nsyms, s->capsyms);
        y = &s->syms[s->nsyms++];
        y->name = name;
        y->flags = 0;
        y->scope = SC_NONE;
    }
    y->flags |= flags;
    return y;
}

static Scope *new_scope(ScopeInfo *si, Scope *parent, int kind, const char *name,
                        const void *node, int lineno) {
    Scope *s = xalloc(si, sizeof(Scope));
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = parent;
    s->lineno = lineno;
    if (parent) {
        GROW(si, parent->children, parent->nchildren, parent->capchildren);
        parent->children[parent->nchildren++] = s;
    }
    GROW(si, si->all, si->nall, si->capall);
    si->all[si->nall++] = s;
    return s;
}

Scope *scope_for_node(ScopeInfo *si, const void *node) {
    for (int i = si->nall - 1; i >= 0; i--)
        if (si->all[i]->node == node)
            return si->all[i];
    return NULL;
}

/* ------------------------------------------------------------ gather */
static void visit_expr(ScopeInfo *si, Scope *s, Expr *e);
static void mark_targets(ScopeInfo *si, Scope *c, Expr *t);
static void visit_stmts(ScopeInfo *si, Scope *s, StmtSeq seq);

static void visit_exprs(ScopeInfo *si, Scope *s, ExprSeq seq) {
    for (int i = 0; i < seq.len; i++)
        if (seq.items[i])
            visit_expr(si, s, seq.items[i]);
}

static void visit_params(ScopeInfo *si, Scope *s, Arguments *a) {
    for (int i = 0; i < a->posonlyargs.len; i++)
        add_sym(si, s, a->posonlyargs.items[i]->arg, SF_PARAM);
    for (int i = 0; i < a->args.len; i++)
        add_sym(si, s, a->args.items[i]->arg, SF_PARAM);
    for (int i = 0; i < a->kwonlyargs.len; i++)
        add_sym(si, s, a->kwonlyargs.items[i]->arg, SF_PARAM);
    if (a->vararg)
        add_sym(si, s, a->vararg->arg, SF_PARAM);
    if (a->kwarg)
        add_sym(si, s, a->kwarg->arg, SF_PARAM);
}

static void visit_arg_annotations(ScopeInfo *si, Scope *s, Arguments *a) {
    ArgSeq seqs[3] = {a->posonlyargs, a->args, a->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < seqs[k].len; i++)
            if (seqs[k].items[i]->annotation)
                visit_expr(si, s, seqs[k].items[i]->annotation);
    if (a->vararg && a->vararg->annotation)
        visit_expr(si, s, a->vararg->annotation);
    if (a->kwarg && a->kwarg->annotation)
        visit_expr(si, s, a->kwarg->annotation);
}

static void visit_defaults(ScopeInfo *si, Scope *s, Arguments *a) {
    visit_exprs(si, s, a->defaults);
    visit_exprs(si, s, a->kw_defaults);
}

static void visit_comprehension(ScopeInfo *si, Scope *s, Expr *e, ComprehensionSeq gens,
                                Expr *elt, Expr *val, bool is_gen) {
    /* the outermost iterable is evaluated in the enclosing scope */
    visit_expr(si, s, gens.items[0]->iter);
    const char *name = e->kind == EXPR_LISTCOMP ? "<listcomp>"
                       : e->kind == EXPR_SETCOMP ? "<setcomp>"
                       : e->kind == EXPR_DICTCOMP ? "<dictcomp>" : "<genexpr>";
    Scope *c = new_scope(si, s, SK_FUNCTION, name, e, e->lineno);
    c->is_comprehension = true;
    c->is_generator = is_gen;
    add_sym(si, c, ".0", SF_PARAM);
    for (int i = 0; i < gens.len; i++) {
        Comprehension *g = gens.items[i];
        if (i > 0)
            visit_expr(si, c, g->iter);
        visit_expr(si, c, g->target);
        mark_targets(si, c, g->target);
        visit_exprs(si, c, g->ifs);
    }
    if (elt)
        visit_expr(si, c, elt);
    if (val)
        visit_expr(si, c, val);
}

static void bind_walrus(ScopeInfo *si, Scope *s, Expr *target) {
    const char *name = target->v.Name.id;
    if (!s->is_comprehension) {
        add_sym(si, s, name, SF_ASSIGN);
        return;
    }
    Scope *e = s;
    while (e->is_comprehension) {
        Sym *y = scope_lookup(e, name);
        if (y && (y->flags & SF_COMP_ITER))
            fail(si, target->lineno, target->col_offset,
                 "assignment expression cannot rebind comprehension iteration variable '%s'",
                 name);
        e = e->parent;
    }
    if (e->kind == SK_CLASS)
        fail(si, target->lineno, target->col_offset,
             "assignment expression within a comprehension cannot be used in a class body");
    for (Scope *c = s; c != e; c = c->parent)
        add_sym(si, c, name, e->kind == SK_MODULE ? SF_GLOBAL : SF_NONLOCAL);
    add_sym(si, e, name, SF_ASSIGN);
}

static void visit_expr_inner(ScopeInfo *si, Scope *s, Expr *e);

static void visit_expr(ScopeInfo *si, Scope *s, Expr *e) {
    if (++si->depth > COMPILE_MAX_DEPTH) {
        si->err->kind = PERR_RECURSION;
        snprintf(si->err->msg, sizeof si->err->msg,
                 "maximum recursion depth exceeded during compilation");
        longjmp(si->fail, 1);
    }
    visit_expr_inner(si, s, e);
    si->depth--;
}

static void visit_expr_inner(ScopeInfo *si, Scope *s, Expr *e) {
    switch (e->kind) {
    case EXPR_BOOLOP: visit_exprs(si, s, e->v.BoolOp.values); break;
    case EXPR_NAMEDEXPR:
        visit_expr(si, s, e->v.NamedExpr.value);
        bind_walrus(si, s, e->v.NamedExpr.target);
        break;
    case EXPR_BINOP:
        visit_expr(si, s, e->v.BinOp.left);
        visit_expr(si, s, e->v.BinOp.right);
        break;
    case EXPR_UNARYOP: visit_expr(si, s, e->v.UnaryOp.operand); break;
    case EXPR_LAMBDA: {
        visit_defaults(si, s, e->v.Lambda.args);
        Scope *c = new_scope(si, s, SK_FUNCTION, "<lambda>", e, e->lineno);
        c->is_lambda = true;
        visit_params(si, c, e->v.Lambda.args);
        visit_expr(si, c, e->v.Lambda.body);
        break;
    }
    case EXPR_IFEXP:
        visit_expr(si, s, e->v.IfExp.test);
        visit_expr(si, s, e->v.IfExp.body);
        visit_expr(si, s, e->v.IfExp.orelse);
        break;
    case EXPR_DICT:
        visit_exprs(si, s, e->v.Dict.keys);
        visit_exprs(si, s, e->v.Dict.values);
        break;
    case EXPR_SET: visit_exprs(si, s, e->v.Set.elts); break;
    case EXPR_LISTCOMP:
        visit_comprehension(si, s, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL, false);
        break;
    case EXPR_SETCOMP:
        visit_comprehension(si, s, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL, false);
        break;
    case EXPR_DICTCOMP:
        visit_comprehension(si, s, e, e->v.DictComp.generators, e->v.DictComp.key,
                            e->v.DictComp.value, false);
        break;
    case EXPR_GENERATOREXP:
        visit_comprehension(si, s, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt,
                            NULL, true);
        break;
    case EXPR_YIELD:
        if (s->kind != SK_FUNCTION || s->is_comprehension)
            fail(si, e->lineno, e->col_offset,
                 s->is_comprehension ? "'yield' inside list comprehension"
                                     : "'yield' outside function");
        s->is_generator = true;
        if (e->v.Yield.value)
            visit_expr(si, s, e->v.Yield.value);
        break;
    case EXPR_YIELDFROM:
        if (s->kind != SK_FUNCTION || s->is_comprehension)
            fail(si, e->lineno, e->col_offset,
                 s->is_comprehension ? "'yield' inside list comprehension"
                                     : "'yield' outside function");
        s->is_generator = true;
        visit_expr(si, s, e->v.YieldFrom.value);
        break;
    case EXPR_COMPARE:
        visit_expr(si, s, e->v.Compare.left);
        visit_exprs(si, s, e->v.Compare.comparators);
        break;
    case EXPR_CALL:
        visit_expr(si, s, e->v.Call.func);
        visit_exprs(si, s, e->v.Call.args);
        for (int i = 0; i < e->v.Call.keywords.len; i++)
            visit_expr(si, s, e->v.Call.keywords.items[i]->value);
        break;
    case EXPR_FORMATTEDVALUE:
        visit_expr(si, s, e->v.FormattedValue.value);
        if (e->v.FormattedValue.format_spec)
            visit_expr(si, s, e->v.FormattedValue.format_spec);
        break;
    case EXPR_JOINEDSTR: visit_exprs(si, s, e->v.JoinedStr.values); break;
    case EXPR_CONSTANT: break;
    case EXPR_ATTRIBUTE: visit_expr(si, s, e->v.Attribute.value); break;
    case EXPR_SUBSCRIPT:
        visit_expr(si, s, e->v.Subscript.value);
        visit_expr(si, s, e->v.Subscript.slice);
        break;
    case EXPR_STARRED: visit_expr(si, s, e->v.Starred.value); break;
    case EXPR_NAME:
        if (e->v.Name.ctx == CTX_LOAD) {
            add_sym(si, s, e->v.Name.id, SF_USE);
            if (s->kind == SK_FUNCTION && strcmp(e->v.Name.id, "super") == 0)
                add_sym(si, s, "__class__", SF_USE);
        } else {
            add_sym(si, s, e->v.Name.id, SF_ASSIGN);
        }
        break;
    case EXPR_LIST: visit_exprs(si, s, e->v.List.elts); break;
    case EXPR_TUPLE: visit_exprs(si, s, e->v.Tuple.elts); break;
    case EXPR_SLICE:
        if (e->v.Slice.lower) visit_expr(si, s, e->v.Slice.lower);
        if (e->v.Slice.upper) visit_expr(si, s, e->v.Slice.upper);
        if (e->v.Slice.step) visit_expr(si, s, e->v.Slice.step);
        break;
    default: break;
    }
}


static void visit_stmt_inner(ScopeInfo *si, Scope *s, Stmt *st);

static void visit_stmt(ScopeInfo *si, Scope *s, Stmt *st) {
    if (++si->depth > COMPILE_MAX_DEPTH) {
        si->err->kind = PERR_RECURSION;
        snprintf(si->err->msg, sizeof si->err->msg,
                 "maximum recursion depth exceeded during compilation");
        longjmp(si->fail, 1);
    }
    visit_stmt_inner(si, s, st);
    si->depth--;
}

static void visit_stmt_inner(ScopeInfo *si, Scope *s, Stmt *st) {
    switch (st->kind) {
    case STMT_FUNCTIONDEF: {
        visit_exprs(si, s, st->v.FunctionDef.decorator_list);
        visit_defaults(si, s, st->v.FunctionDef.args);
        visit_arg_annotations(si, s, st->v.FunctionDef.args);
        if (st->v.FunctionDef.returns)
            visit_expr(si, s, st->v.FunctionDef.returns);
        add_sym(si, s, st->v.FunctionDef.name, SF_ASSIGN);
        Scope *c = new_scope(si, s, SK_FUNCTION, st->v.FunctionDef.name, st, st->lineno);
        visit_params(si, c, st->v.FunctionDef.args);
        visit_stmts(si, c, st->v.FunctionDef.body);
        break;
    }
    case STMT_CLASSDEF: {
        visit_exprs(si, s, st->v.ClassDef.decorator_list);
        visit_exprs(si, s, st->v.ClassDef.bases);
        for (int i = 0; i < st->v.ClassDef.keywords.len; i++)
            visit_expr(si, s, st->v.ClassDef.keywords.items[i]->value);
        add_sym(si, s, st->v.ClassDef.name, SF_ASSIGN);
        Scope *c = new_scope(si, s, SK_CLASS, st->v.ClassDef.name, st, st->lineno);
        visit_stmts(si, c, st->v.ClassDef.body);
        break;
    }
    case STMT_RETURN:
        if (s->kind != SK_FUNCTION)
            fail(si, st->lineno, st->col_offset, "'return' outside function");
        if (st->v.Return.value)
            visit_expr(si, s, st->v.Return.value);
        break;
    case STMT_DELETE: visit_exprs(si, s, st->v.Delete.targets); break;
    case STMT_ASSIGN:
        visit_expr(si, s, st->v.Assign.value);
        visit_exprs(si, s, st->v.Assign.targets);
        break;
    case STMT_AUGASSIGN:
        visit_expr(si, s, st->v.AugAssign.value);
        visit_expr(si, s, st->v.AugAssign.target);
        if (st->v.AugAssign.target->kind == EXPR_NAME)
            add_sym(si, s, st->v.AugAssign.target->v.Name.id, SF_USE);
        break;
    case STMT_ANNASSIGN: {
        Expr *t = st->v.AnnAssign.target;
        if (t->kind == EXPR_NAME) {
            Sym *y = scope_lookup(s, t->v.Name.id);
            if (y && (y->flags & (SF_GLOBAL | SF_NONLOCAL)) && st->v.AnnAssign.simple)
                fail(si, st->lineno, st->col_offset, "annotated name '%s' can't be %s",
                     t->v.Name.id, (y->flags & SF_GLOBAL) ? "global" : "nonlocal");
            add_sym(si, s, t->v.Name.id, SF_ASSIGN | SF_ANNOT);
        } else {
            visit_expr(si, s, t);
        }
        if (s->kind != SK_FUNCTION)
            visit_expr(si, s, st->v.AnnAssign.annotation);
        if (st->v.AnnAssign.value)
            visit_expr(si, s, st->v.AnnAssign.value);
        break;
    }
    case STMT_FOR:
        visit_expr(si, s, st->v.For.target);
        visit_expr(si, s, st->v.For.iter);
        visit_stmts(si, s, st->v.For.body);
        visit_stmts(si, s, st->v.For.orelse);
        break;
    case STMT_WHILE:
        visit_expr(si, s, st->v.While.test);
        visit_stmts(si, s, st->v.While.body);
        visit_stmts(si, s, st->v.While.orelse);
        break;
    case STMT_IF:
        visit_expr(si, s, st->v.If.test);
        visit_stmts(si, s, st->v.If.body);
        visit_stmts(si, s, st->v.If.orelse);
        break;
    case STMT_WITH:
        for (int i = 0; i < st->v.With.items.len; i++) {
            visit_expr(si, s, st->v.With.items.items[i]->context_expr);
            if (st->v.With.items.items[i]->optional_vars)
                visit_expr(si, s, st->v.With.items.items[i]->optional_vars);
        }
        visit_stmts(si, s, st->v.With.body);
        break;
    case STMT_RAISE:
        if (st->v.Raise.exc) visit_expr(si, s, st->v.Raise.exc);
        if (st->v.Raise.cause) visit_expr(si, s, st->v.Raise.cause);
        break;
    case STMT_TRY:
    case STMT_TRYSTAR:
        visit_stmts(si, s, st->v.Try.body);
        for (int i = 0; i < st->v.Try.handlers.len; i++) {
            ExceptHandler *h = st->v.Try.handlers.items[i];
            if (h->type)
                visit_expr(si, s, h->type);
            if (h->name)
                add_sym(si, s, h->name, SF_ASSIGN);
            visit_stmts(si, s, h->body);
        }
        visit_stmts(si, s, st->v.Try.orelse);
        visit_stmts(si, s, st->v.Try.finalbody);
        break;
    case STMT_ASSERT:
        visit_expr(si, s, st->v.Assert.test);
        if (st->v.Assert.msg)
            visit_expr(si, s, st->v.Assert.msg);
        break;
    case STMT_IMPORT:
    case STMT_IMPORTFROM: {
        AliasSeq names = st->kind == STMT_IMPORT ? st->v.Import.names : st->v.ImportFrom.names;
        for (int i = 0; i < names.len; i++) {
            Alias *a = names.items[i];
            if (strcmp(a->name, "*") == 0) {
                if (s->kind != SK_MODULE)
                    fail(si, st->lineno, st->col_offset,
                         "import * only allowed at module level");
                s->has_star_import = true;
                continue;
            }
            const char *bound = a->asname;
            if (!bound) {
                const char *dot = strchr(a->name, '.');
                bound = dot ? arena_strndup(si->arena, a->name, dot - a->name) : a->name;
            }
            add_sym(si, s, bound, SF_ASSIGN);
        }
        break;
    }
    case STMT_GLOBAL:
    case STMT_NONLOCAL: {
        bool glob = st->kind == STMT_GLOBAL;
        IdentSeq names = glob ? st->v.Global.names : st->v.Nonlocal.names;
        if (!glob && s->kind == SK_MODULE)
            fail(si, st->lineno, st->col_offset, "nonlocal declaration not allowed at module level");
        for (int i = 0; i < names.len; i++) {
            const char *n = names.items[i];
            Sym *y = scope_lookup(s, n);
            if (y && (y->flags & SF_PARAM))
                fail(si, st->lineno, st->col_offset, "name '%s' is parameter and %s", n,
                     glob ? "global" : "nonlocal");
            if (y && (y->flags & (glob ? SF_NONLOCAL : SF_GLOBAL)))
                fail(si, st->lineno, st->col_offset, "name '%s' is nonlocal and global", n);
            if (y && (y->flags & SF_USE) && !(y->flags & (SF_GLOBAL | SF_NONLOCAL)))
                fail(si, st->lineno, st->col_offset, "name '%s' is used prior to %s declaration",
                     n, glob ? "global" : "nonlocal");
            if (y && (y->flags & SF_ASSIGN) && !(y->flags & (SF_GLOBAL | SF_NONLOCAL)))
                fail(si, st->lineno, st->col_offset,
                     "name '%s' is assigned to before %s declaration", n,
                     glob ? "global" : "nonlocal");
            y = add_sym(si, s, n, glob ? SF_GLOBAL : SF_NONLOCAL);
            y->lineno = st->lineno;
            y->col = st->col_offset;
        }
        break;
    }
    case STMT_EXPR: visit_expr(si, s, st->v.Expr.value); break;
    default: break;
    }
}

static void visit_stmts(ScopeInfo *si, Scope *s, StmtSeq seq) {
    for (int i = 0; i < seq.len; i++)
        visit_stmt(si, s, seq.items[i]);
}

/* Names bound by a comprehension's `for` targets (walrus may not rebind). */
static void mark_targets(ScopeInfo *si, Scope *c, Expr *t) {
    if (t->kind == EXPR_NAME)
        add_sym(si, c, t->v.Name.id, SF_COMP_ITER);
    else if (t->kind == EXPR_TUPLE || t->kind == EXPR_LIST) {
        ExprSeq elts = t->kind == EXPR_TUPLE ? t->v.Tuple.elts : t->v.List.elts;
        for (int i = 0; i < elts.len; i++)
            mark_targets(si, c, elts.items[i]);
    } else if (t->kind == EXPR_STARRED)
        mark_targets(si, c, t->v.Starred.value);
}

/* ------------------------------------------------------------ resolve */
static void add_free(ScopeInfo *si, Scope *s, const char *name) {
    for (int i = 0; i < s->nfree; i++)
        if (strcmp(s->freevars[i], name) == 0)
            return;
    GROW(si, s->freevars, s->nfree, s->capfree);
    s->freevars[s->nfree++] = name;
}

/* Is `name` bound in a function scope enclosing s (visible to s)? */
static bool bound_outside(Scope *s, const char *name) {
    for (Scope *p = s->parent; p; p = p->parent) {
        if (p->kind == SK_MODULE)
            return false;
        if (p->kind == SK_CLASS) {
            if (strcmp(name, "__class__") == 0)
                return true;
            continue;
        }
        Sym *y = scope_lookup(p, name);
        if (y) {
            if (y->scope == SC_LOCAL || y->scope == SC_CELL || y->scope == SC_FREE)
                return true;
            if (y->scope == SC_GLOBAL_EXPLICIT)
                return false;
        }
    }
    return false;
}

static void resolve(ScopeInfo *si, Scope *s) {
    for (int i = 0; i < s->nsyms; i++) {
        Sym *y = &s->syms[i];
        if (y->flags & SF_GLOBAL)
            y->scope = SC_GLOBAL_EXPLICIT;
        else if (y->flags & SF_NONLOCAL) {
            if (!bound_outside(s, y->name))
                fail(si, y->lineno, y->col, "no binding for nonlocal '%s' found", y->name);
            y->scope = SC_FREE;
        } else if (y->flags & (SF_ASSIGN | SF_PARAM))
            y->scope = s->kind == SK_MODULE ? SC_GLOBAL_IMPLICIT : SC_LOCAL;
        else if (s->kind != SK_MODULE && bound_outside(s, y->name))
            y->scope = SC_FREE;
        else
            y->scope = SC_GLOBAL_IMPLICIT;
        if (y->scope == SC_FREE && s->kind == SK_FUNCTION)
            add_free(si, s, y->name);
        if (y->scope == SC_FREE && s->kind == SK_CLASS)
            add_free(si, s, y->name);
    }
    for (int i = 0; i < s->nchildren; i++) {
        Scope *c = s->children[i];
        resolve(si, c);
        for (int j = 0; j < c->nfree; j++) {
            const char *n = c->freevars[j];
            if (s->kind == SK_CLASS) {
                if (strcmp(n, "__class__") == 0)
                    s->needs_class_cell = true;
                else
                    add_free(si, s, n);
                continue;
            }
            Sym *y = scope_lookup(s, n);
            if (y && y->scope == SC_LOCAL)
                y->scope = SC_CELL;
            else if (y && (y->scope == SC_CELL || y->scope == SC_FREE))
                ;
            else if (s->kind == SK_FUNCTION) {
                y = add_sym(si, s, n, 0);
                y->scope = SC_FREE;
                add_free(si, s, n);
            }
        }
    }
}

int scope_of(Scope *s, const char *name) {
    Sym *y = scope_lookup(s, name);
    if (!y)
        return SC_GLOBAL_IMPLICIT;
    return y->scope;
}

int scope_build(ScopeInfo *si, AstModule *mod, ParseError *err) {
    si->err = err;
    if (setjmp(si->fail))
        return -1;
    Scope *top = new_scope(si, NULL, SK_MODULE, "<module>", mod, 1);
    si->top = top;
    if (mod->kind == MOD_EXPRESSION)
        visit_expr(si, top, mod->expr);
    else
        visit_stmts(si, top, mod->body);
    resolve(si, top);
    return 0;
}
