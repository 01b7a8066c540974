/* compile_stmt.c - code generation for statements, function and class
 * definitions, and the unwinding of frame blocks for return, break and
 * continue (see docs/vm.md for the block/handler protocol).
 */
#include <string.h>

#include "cint.h"

void c_store_name(Compiler *c, const char *name) { c_name_op(c, name, CTX_STORE); }

void c_body(Compiler *c, StmtSeq body) {
    for (int i = 0; i < body.len; i++)
        c_stmt(c, body.items[i]);
}

static bool has_ann(Stmt *s);
static bool has_ann_seq(StmtSeq b) {
    for (int i = 0; i < b.len; i++)
        if (has_ann(b.items[i]))
            return true;
    return false;
}
static bool has_ann(Stmt *s) {
    switch (s->kind) {
    case STMT_ANNASSIGN: return true;
    case STMT_FOR: return has_ann_seq(s->v.For.body) || has_ann_seq(s->v.For.orelse);
    case STMT_WHILE: return has_ann_seq(s->v.While.body) || has_ann_seq(s->v.While.orelse);
    case STMT_IF: return has_ann_seq(s->v.If.body) || has_ann_seq(s->v.If.orelse);
    case STMT_WITH: return has_ann_seq(s->v.With.body);
    case STMT_TRY:
    case STMT_TRYSTAR:
        if (has_ann_seq(s->v.Try.body) || has_ann_seq(s->v.Try.orelse) ||
            has_ann_seq(s->v.Try.finalbody))
            return true;
        for (int i = 0; i < s->v.Try.handlers.len; i++)
            if (has_ann_seq(s->v.Try.handlers.items[i]->body))
                return true;
        return false;
    default: return false;
    }
}
bool c_has_annotations(StmtSeq body) { return has_ann_seq(body); }

/* ---------------------------------------------------------- unwinding */
static void unwind_fblock(Compiler *c, FBlock *b, bool preserve_tos);

/* Emit the cleanup of every frame block down to (not including) the
 * innermost loop (loop != NULL) or all of them (loop == NULL). */
static void unwind_stack(Compiler *c, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfb == 0)
        return;
    FBlock *top = &u->fb[u->nfb - 1];
    if (loop && (top->type == FB_WHILE || top->type == FB_FOR)) {
        *loop = top;
        return;
    }
    FBlock copy = *top;
    u->nfb--;
    unwind_fblock(c, &copy, preserve_tos);
    unwind_stack(c, preserve_tos, loop);
    u->fb[u->nfb++] = copy;
}

static void emit_exit_none(Unit *u) {
    c_emit(u, OP_LOAD_CONST, c_const(u, NONE));
    c_emit(u, OP_DUP_TOP, 0);
    c_emit(u, OP_DUP_TOP, 0);
    c_emit(u, OP_CALL, 2);
    c_emit(u, OP_POP_TOP, 0);
}

static void unwind_fblock(Compiler *c, FBlock *b, bool preserve_tos) {
    Unit *u = c->u;
    switch (b->type) {
    case FB_WHILE: break;
    case FB_FOR:
        if (preserve_tos)
            c_emit(u, OP_ROT_TWO, 0);
        c_emit(u, OP_POP_TOP, 0);
        break;
    case FB_TRY_EXCEPT: c_emit(u, OP_POP_BLOCK, 0); break;
    case FB_FINALLY_TRY: {
        c_emit(u, OP_POP_BLOCK, 0);
        const Stmt *t = b->data;
        c_body(c, t->v.Try.finalbody);
        break;
    }
    case FB_FINALLY_END:
        if (preserve_tos)
            c_emit(u, OP_ROT_TWO, 0);
        c_emit(u, OP_POP_TOP, 0);
        c_emit(u, OP_POP_EXCEPT, 0);
        break;
    case FB_HANDLER:
        c_emit(u, OP_POP_EXCEPT, 0);
        if (b->data) {
            c_emit(u, OP_LOAD_CONST, c_const(u, NONE));
            c_name_op(c, b->data, CTX_STORE);
            c_name_op(c, b->data, CTX_DEL);
        }
        break;
    case FB_WITH:
        c_emit(u, OP_POP_BLOCK, 0);
        if (preserve_tos)
            c_emit(u, OP_ROT_TWO, 0);
        emit_exit_none(u);
        break;
    }
}

/* ---------------------------------------------------------- functions */
/* Emit defaults / kwdefaults (and annotations) for a def or lambda;
 * returns the MAKE_FUNCTION flags. */
int c_defaults(Compiler *c, Arguments *a, int lineno) {
    Unit *u = c->u;
    int flags = 0;
    if (a->defaults.len > 0) {
        for (int i = 0; i < a->defaults.len; i++)
            c_expr(c, a->defaults.items[i]);
        c_emit(u, OP_BUILD_TUPLE, a->defaults.len);
        flags |= MF_DEFAULTS;
    }
    int nkw = 0;
    for (int i = 0; i < a->kwonlyargs.len; i++) {
        Expr *d = i < a->kw_defaults.len ? a->kw_defaults.items[i] : NULL;
        if (!d)
            continue;
        c_emit(u, OP_LOAD_CONST,
               c_const(u, c_str(c, c_mangle(c, u->class_name, a->kwonlyargs.items[i]->arg))));
        c_expr(c, d);
        nkw++;
    }
    if (nkw) {
        c_emit(u, OP_BUILD_MAP, nkw);
        flags |= MF_KWDEFAULTS;
    }
    return flags;
}

/* Source text of e (its span in the source), for PEP 563 annotations. */
static Value source_segment(Compiler *c, Expr *e) {
    const char *p = c->src, *end = c->src + c->srclen;
    for (int line = 1; line < e->lineno && p < end; p++)
        if (*p == '\n')
            line++;
    const char *start = p + e->col_offset;
    const char *q = p;
    for (int line = e->lineno; line < e->end_lineno && q < end; q++)
        if (*q == '\n')
            line++;
    const char *stop = q + e->end_col_offset;
    if (start > end || stop > end || stop < start)
        return (Value)str_empty;
    /* join continuation lines the way ast.unparse would print them */
    StrBuilder b;
    sb_init(&b);
    bool space = false;
    for (const char *r = start; r < stop; r++) {
        if (*r == '\n' || *r == '\r' || *r == '\\') {
            space = true;
            continue;
        }
        if (space && (*r == ' ' || *r == '\t'))
            continue;
        space = false;
        if (sb_append_utf8(&b, r, 1) < 0) {
            sb_free(&b);
            c_pyerror(c);
        }
    }
    Str *s = sb_finish(&b);
    if (!s)
        c_pyerror(c);
    return (Value)s;
}

void c_annotation(Compiler *c, Expr *e) {
    if (c->future_annotations && c->src) {
        Unit *u = c->u;
        c_emit(u, OP_LOAD_CONST, c_const(u, source_segment(c, e)));
        return;
    }
    c_expr(c, e);
}

static int annotations(Compiler *c, Arguments *a, Expr *returns) {
    Unit *u = c->u;
    int n = 0;
    ArgSeq seqs[3] = {a->posonlyargs, a->args, a->kwonlyargs};
    for (int k = 0; k < 3; k++) {
        if (k == 2 && a->vararg && a->vararg->annotation) {
            c_emit(u, OP_LOAD_CONST, c_const(u, c_str(c, a->vararg->arg)));
            c_annotation(c, a->vararg->annotation);
            n++;
        }
        for (int i = 0; i < seqs[k].len; i++)
            if (seqs[k].items[i]->annotation) {
                c_emit(u, OP_LOAD_CONST, c_const(u, c_str(c, seqs[k].items[i]->arg)));
                c_annotation(c, seqs[k].items[i]->annotation);
                n++;
            }
    }
    if (a->kwarg && a->kwarg->annotation) {
        c_emit(u, OP_LOAD_CONST, c_const(u, c_str(c, a->kwarg->arg)));
        c_annotation(c, a->kwarg->annotation);
        n++;
    }
    if (returns) {
        c_emit(u, OP_LOAD_CONST, c_const(u, c_str(c, "return")));
        c_annotation(c, returns);
        n++;
    }
    if (!n)
        return 0;
    c_emit(u, OP_BUILD_MAP, n);
    return MF_ANNOTATIONS;
}

static bool is_docstring(Stmt *s) {
    return s->kind == STMT_EXPR && s->v.Expr.value->kind == EXPR_CONSTANT &&
           s->v.Expr.value->v.Constant.kind == CONST_STR;
}

static void decorators(Compiler *c, ExprSeq decos) {
    for (int i = 0; i < decos.len; i++) {
        c_set_line(c->u, decos.items[i]->lineno);
        c_emit(c->u, OP_PUSH_NULL, 0);
        c_expr(c, decos.items[i]);
    }
}

static void apply_decorators(Compiler *c, ExprSeq decos) {
    for (int i = decos.len - 1; i >= 0; i--) {
        c_set_line(c->u, decos.items[i]->lineno);
        c_emit(c->u, OP_CALL, 1);
    }
}

void c_function(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    decorators(c, s->v.FunctionDef.decorator_list);
    c_set_line(u, s->lineno);
    int flags = c_defaults(c, s->v.FunctionDef.args, s->lineno);
    flags |= annotations(c, s->v.FunctionDef.args, s->v.FunctionDef.returns);
    Scope *sc = scope_for_node(&c->si, s);
    int first = s->v.FunctionDef.decorator_list.len ? s->v.FunctionDef.decorator_list.items[0]->lineno
                                                     : s->lineno;
    Unit fu;
    c_enter_unit(c, &fu, sc, s->v.FunctionDef.name, first);
    StmtSeq body = s->v.FunctionDef.body;
    if (body.len > 0 && is_docstring(body.items[0])) {
        c_const(&fu, c_constant(c, &body.items[0]->v.Expr.value->v.Constant));
        body.items++;
        body.len--;
    } else {
        c_const(&fu, NONE);
    }
    if (body.len > 0)
        c_set_line(&fu, body.items[0]->lineno);
    c_body(c, body);
    c_emit(&fu, OP_LOAD_CONST, c_const(&fu, NONE));
    c_emit(&fu, OP_RETURN_VALUE, 0);
    Code *code = c_leave_unit(c);
    c_set_line(u, s->lineno);
    c_make_closure(c, code, flags);
    apply_decorators(c, s->v.FunctionDef.decorator_list);
    c_store_name(c, s->v.FunctionDef.name);
}

void c_class(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    decorators(c, s->v.ClassDef.decorator_list);
    c_set_line(u, s->lineno);
    Scope *sc = scope_for_node(&c->si, s);
    int first = s->v.ClassDef.decorator_list.len ? s->v.ClassDef.decorator_list.items[0]->lineno
                                                  : s->lineno;
    Unit cu;
    c_enter_unit(c, &cu, sc, s->v.ClassDef.name, first);
    c_set_line(&cu, s->lineno);
    c_name_op(c, "__name__", CTX_LOAD);
    c_name_op(c, "__module__", CTX_STORE);
    c_emit(&cu, OP_LOAD_CONST, c_const(&cu, c_str(c, cu.qualname)));
    c_name_op(c, "__qualname__", CTX_STORE);
    StmtSeq body = s->v.ClassDef.body;
    if (c_has_annotations(body))
        c_emit(&cu, OP_SETUP_ANNOTATIONS, 0);
    if (body.len > 0 && is_docstring(body.items[0])) {
        c_set_line(&cu, body.items[0]->lineno);
        c_expr(c, body.items[0]->v.Expr.value);
        c_name_op(c, "__doc__", CTX_STORE);
        body.items++;
        body.len--;
    }
    c_body(c, body);
    if (sc->needs_class_cell) {
        c_emit(&cu, OP_LOAD_CLOSURE, c_derefname(&cu, "__class__"));
    } else {
        c_emit(&cu, OP_LOAD_CONST, c_const(&cu, NONE));
    }
    c_emit(&cu, OP_RETURN_VALUE, 0);
    Code *code = c_leave_unit(c);
    c_set_line(u, s->lineno);
    c_emit(u, OP_PUSH_NULL, 0);
    c_emit(u, OP_LOAD_BUILD_CLASS, 0);
    c_make_closure(c, code, 0);
    c_emit(u, OP_LOAD_CONST, c_const(u, c_str(c, s->v.ClassDef.name)));
    /* bases and keywords as call arguments, after (func, name) */
    c_call_helper(c, s->v.ClassDef.bases, s->v.ClassDef.keywords, 2, s->lineno);
    apply_decorators(c, s->v.ClassDef.decorator_list);
    c_store_name(c, s->v.ClassDef.name);
}

/* ---------------------------------------------------------- statements */
static void c_return(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    Expr *v = s->v.Return.value;
    if (v)
        c_expr(c, v);
    else
        c_emit(u, OP_LOAD_CONST, c_const(u, NONE));
    unwind_stack(c, true, NULL);
    c_set_line(u, s->lineno);
    c_emit(u, OP_RETURN_VALUE, 0);
}

static void c_break_continue(Compiler *c, Stmt *s, bool brk) {
    Unit *u = c->u;
    FBlock *loop = NULL;
    bool found = false;
    for (int i = u->nfb - 1; i >= 0; i--)
        if (u->fb[i].type == FB_WHILE || u->fb[i].type == FB_FOR)
            found = true;
    if (!found)
        c_error(c, s->lineno, s->col_offset,
                brk ? "'break' outside loop" : "'continue' not properly in loop");
    unwind_stack(c, false, &loop);
    c_set_line(u, s->lineno);
    if (brk) {
        if (loop->type == FB_FOR)
            c_emit(u, OP_POP_TOP, 0);
        c_emit(u, OP_JUMP, loop->l_break);
    } else {
        c_emit(u, OP_JUMP, loop->l_continue);
    }
}

static bool const_true(Expr *e) {
    if (e->kind != EXPR_CONSTANT)
        return false;
    const Constant *k = &e->v.Constant;
    return k->kind == CONST_TRUE ||
           (k->kind == CONST_INT && strspn(k->u.i.digits, "0") != strlen(k->u.i.digits));
}

static void c_while(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    int top = c_new_label(u), orelse = c_new_label(u), end = c_new_label(u);
    c_use_label(u, top);
    if (!const_true(s->v.While.test))
        c_jump_if(c, s->v.While.test, false, orelse);
    c_push_fblock(u, FB_WHILE, top, end, NULL, s->lineno);
    c_body(c, s->v.While.body);
    c_pop_fblock(u);
    c_set_line(u, s->lineno);
    c_emit(u, OP_JUMP, top);
    c_use_label(u, orelse);
    c_body(c, s->v.While.orelse);
    c_use_label(u, end);
}

static void c_for(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    int top = c_new_label(u), orelse = c_new_label(u), end = c_new_label(u);
    c_expr(c, s->v.For.iter);
    c_set_line(u, s->lineno);
    c_emit(u, OP_GET_ITER, 0);
    c_use_label(u, top);
    c_emit(u, OP_FOR_ITER, orelse);
    c_store(c, s->v.For.target);
    c_push_fblock(u, FB_FOR, top, end, NULL, s->lineno);
    c_body(c, s->v.For.body);
    c_pop_fblock(u);
    c_set_line(u, s->lineno);
    c_emit(u, OP_JUMP, top);
    c_use_label(u, orelse);
    c_body(c, s->v.For.orelse);
    c_use_label(u, end);
}

static void c_if(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    int end = c_new_label(u);
    int next = s->v.If.orelse.len ? c_new_label(u) : end;
    c_jump_if(c, s->v.If.test, false, next);
    c_body(c, s->v.If.body);
    if (s->v.If.orelse.len) {
        c_emit(u, OP_JUMP, end);
        c_use_label(u, next);
        c_body(c, s->v.If.orelse);
    }
    c_use_label(u, end);
}

static void c_with_item(Compiler *c, Stmt *s, int i) {
    Unit *u = c->u;
    WithItem *it = s->v.With.items.items[i];
    int handler = c_new_label(u), suppress = c_new_label(u), end = c_new_label(u);
    c_expr(c, it->context_expr);
    c_set_line(u, s->lineno);
    c_emit(u, OP_SETUP_WITH, handler);
    c_push_fblock(u, FB_WITH, -1, -1, NULL, s->lineno);
    if (it->optional_vars)
        c_store(c, it->optional_vars);
    else
        c_emit(u, OP_POP_TOP, 0);
    if (i + 1 < s->v.With.items.len)
        c_with_item(c, s, i + 1);
    else
        c_body(c, s->v.With.body);
    c_pop_fblock(u);
    c_set_line(u, s->lineno);
    c_emit(u, OP_POP_BLOCK, 0);
    emit_exit_none(u);
    c_emit(u, OP_JUMP, end);
    c_use_label(u, handler);
    c_emit(u, OP_WITH_EXCEPT_START, 0);
    c_emit(u, OP_POP_JUMP_IF_TRUE, suppress);
    c_emit(u, OP_RERAISE, 0);
    c_use_label(u, suppress);
    c_emit(u, OP_POP_TOP, 0);
    c_emit(u, OP_POP_EXCEPT, 0);
    c_emit(u, OP_POP_TOP, 0);
    c_use_label(u, end);
}

static void c_try_except(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    int handler = c_new_label(u), end = c_new_label(u);
    c_emit(u, OP_SETUP_FINALLY, handler);
    c_push_fblock(u, FB_TRY_EXCEPT, -1, -1, NULL, s->lineno);
    c_body(c, s->v.Try.body);
    c_pop_fblock(u);
    c_emit(u, OP_POP_BLOCK, 0);
    c_body(c, s->v.Try.orelse);
    c_emit(u, OP_JUMP, end);
    c_use_label(u, handler);
    ExceptHandlerSeq hs = s->v.Try.handlers;
    for (int i = 0; i < hs.len; i++) {
        ExceptHandler *h = hs.items[i];
        c_set_line(u, h->lineno);
        if (!h->type && i + 1 < hs.len)
            c_error(c, h->lineno, h->col_offset, "default 'except:' must be last");
        int next = c_new_label(u);
        if (h->type) {
            c_expr(c, h->type);
            c_emit(u, OP_CHECK_EXC_MATCH, 0);
            c_emit(u, OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->name)
            c_name_op(c, h->name, CTX_STORE);
        else
            c_emit(u, OP_POP_TOP, 0);
        c_push_fblock(u, FB_HANDLER, -1, -1, h->name, h->lineno);
        c_body(c, h->body);
        c_pop_fblock(u);
        c_emit(u, OP_POP_EXCEPT, 0);
        if (h->name) {
            c_emit(u, OP_LOAD_CONST, c_const(u, NONE));
            c_name_op(c, h->name, CTX_STORE);
            c_name_op(c, h->name, CTX_DEL);
        }
        c_emit(u, OP_JUMP, end);
        c_use_label(u, next);
    }
    c_emit(u, OP_RERAISE, 0);
    c_use_label(u, end);
}

/* try/except*: the handler keeps [prev, raised-list, orig, rest] and
 * narrows `rest` clause by clause with CHECK_EG_MATCH; exceptions raised by
 * clause bodies are collected and PREP_RERAISE_STAR builds what propagates. */
static void c_try_star(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    int handler = c_new_label(u), end = c_new_label(u), handled = c_new_label(u);
    c_emit(u, OP_SETUP_FINALLY, handler);
    c_push_fblock(u, FB_TRY_EXCEPT, -1, -1, NULL, s->lineno);
    c_body(c, s->v.TryStar.body);
    c_pop_fblock(u);
    c_emit(u, OP_POP_BLOCK, 0);
    c_body(c, s->v.TryStar.orelse);
    c_emit(u, OP_JUMP, end);
    c_use_label(u, handler);
    /* [prev, exc] -> [prev, list, orig, rest] */
    c_emit(u, OP_BUILD_LIST, 0);
    c_emit(u, OP_ROT_TWO, 0);
    c_emit(u, OP_DUP_TOP, 0);
    ExceptHandlerSeq hs = s->v.TryStar.handlers;
    for (int i = 0; i < hs.len; i++) {
        ExceptHandler *h = hs.items[i];
        c_set_line(u, h->lineno);
        int next = c_new_label(u), nomatch = c_new_label(u), raised = c_new_label(u);
        if (!h->type)
            c_error(c, h->lineno, h->col_offset, "expected one or more exception types");
        c_expr(c, h->type);
        c_emit(u, OP_CHECK_EG_MATCH, 0);
        c_emit(u, OP_DUP_TOP, 0);
        c_emit(u, OP_LOAD_CONST, c_const(u, NONE));
        c_emit(u, OP_IS_OP, 0);
        c_emit(u, OP_POP_JUMP_IF_TRUE, nomatch);
        if (h->name)
            c_name_op(c, h->name, CTX_STORE);
        else
            c_emit(u, OP_POP_TOP, 0);
        c_emit(u, OP_SETUP_FINALLY, raised);
        c_push_fblock(u, FB_TRY_EXCEPT, -1, -1, NULL, h->lineno);
        c_body(c, h->body);
        c_pop_fblock(u);
        c_emit(u, OP_POP_BLOCK, 0);
        if (h->name) {
            c_emit(u, OP_LOAD_CONST, c_const(u, NONE));
            c_name_op(c, h->name, CTX_STORE);
            c_name_op(c, h->name, CTX_DEL);
        }
        c_emit(u, OP_JUMP, next);
        /* [prev, list, orig, rest, prev2, raised] */
        c_use_label(u, raised);
        c_emit(u, OP_LIST_APPEND, 4);
        c_emit(u, OP_POP_EXCEPT, 0);
        c_emit(u, OP_JUMP, next);
        c_use_label(u, nomatch);
        c_emit(u, OP_POP_TOP, 0);
        c_use_label(u, next);
    }
    c_emit(u, OP_PREP_RERAISE_STAR, 0);
    c_emit(u, OP_DUP_TOP, 0);
    c_emit(u, OP_LOAD_CONST, c_const(u, NONE));
    c_emit(u, OP_IS_OP, 0);
    c_emit(u, OP_POP_JUMP_IF_TRUE, handled);
    c_emit(u, OP_RERAISE, 0);
    c_use_label(u, handled);
    c_emit(u, OP_POP_TOP, 0);
    c_emit(u, OP_POP_EXCEPT, 0);
    c_use_label(u, end);
}

static void c_try(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    bool star = s->kind == STMT_TRYSTAR;
    if (s->v.Try.finalbody.len == 0) {
        if (star)
            c_try_star(c, s);
        else
            c_try_except(c, s);
        return;
    }
    int handler = c_new_label(u), end = c_new_label(u);
    c_emit(u, OP_SETUP_FINALLY, handler);
    c_push_fblock(u, FB_FINALLY_TRY, -1, -1, s, s->lineno);
    if (s->v.Try.handlers.len && star)
        c_try_star(c, s);
    else if (s->v.Try.handlers.len)
        c_try_except(c, s);
    else
        c_body(c, s->v.Try.body);
    c_pop_fblock(u);
    c_emit(u, OP_POP_BLOCK, 0);
    c_body(c, s->v.Try.finalbody);
    c_emit(u, OP_JUMP, end);
    c_use_label(u, handler);
    c_push_fblock(u, FB_FINALLY_END, -1, -1, NULL, s->lineno);
    c_body(c, s->v.Try.finalbody);
    c_pop_fblock(u);
    c_emit(u, OP_RERAISE, 0);
    c_use_label(u, end);
}

static void c_import(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    for (int i = 0; i < s->v.Import.names.len; i++) {
        Alias *a = s->v.Import.names.items[i];
        c_emit(u, OP_LOAD_CONST, c_const(u, MK_INT(0)));
        c_emit(u, OP_LOAD_CONST, c_const(u, NONE));
        c_emit(u, OP_IMPORT_NAME, c_name(u, a->name));
        const char *dot = strchr(a->name, '.');
        if (a->asname) {
            while (dot) {
                const char *start = dot + 1;
                dot = strchr(start, '.');
                size_t n = dot ? (size_t)(dot - start) : strlen(start);
                char *part = arena_strndup(c->arena, start, n);
                c_emit(u, OP_IMPORT_FROM, c_name(u, part));
                c_emit(u, OP_ROT_TWO, 0);
                c_emit(u, OP_POP_TOP, 0);
            }
            c_store_name(c, a->asname);
        } else {
            const char *first = dot ? arena_strndup(c->arena, a->name, dot - a->name) : a->name;
            c_store_name(c, first);
        }
    }
}

static void c_import_from(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    AliasSeq names = s->v.ImportFrom.names;
    if (s->v.ImportFrom.module && strcmp(s->v.ImportFrom.module, "__future__") == 0 &&
        s->v.ImportFrom.level == 0) {
        /* compiler directives (the parser validated the feature names);
         * nothing is imported at run time */
        for (int i = 0; i < names.len; i++)
            if (strcmp(names.items[i]->name, "annotations") == 0)
                c->future_annotations = true;
        return;
    }
    Tuple *fl = tuple_new(names.len);
    if (!fl)
        c_pyerror(c);
    for (int i = 0; i < names.len; i++)
        SET_FIELD(fl, fl->items[i], c_str(c, names.items[i]->name));
    c_emit(u, OP_LOAD_CONST, c_const(u, MK_INT(s->v.ImportFrom.level)));
    c_emit(u, OP_LOAD_CONST, c_const(u, (Value)fl));
    c_emit(u, OP_IMPORT_NAME, c_name(u, s->v.ImportFrom.module ? s->v.ImportFrom.module : ""));
    for (int i = 0; i < names.len; i++) {
        Alias *a = names.items[i];
        if (strcmp(a->name, "*") == 0) {
            c_emit(u, OP_IMPORT_STAR, 0);
            return;
        }
        c_emit(u, OP_IMPORT_FROM, c_name(u, a->name));
        c_store_name(c, a->asname ? a->asname : a->name);
    }
    c_emit(u, OP_POP_TOP, 0);
}

static void c_annassign(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    Expr *t = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value) {
        c_expr(c, s->v.AnnAssign.value);
        c_store(c, t);
    }
    if (t->kind == EXPR_NAME && s->v.AnnAssign.simple && !u->is_function) {
        c_annotation(c, s->v.AnnAssign.annotation);
        c_name_op(c, "__annotations__", CTX_LOAD);
        c_emit(u, OP_LOAD_CONST,
               c_const(u, c_str(c, c_mangle(c, u->class_name, t->v.Name.id))));
        c_emit(u, OP_STORE_SUBSCR, 0);
    } else if (t->kind != EXPR_NAME && !s->v.AnnAssign.value) {
        /* evaluate the target's object for its side effects */
        if (t->kind == EXPR_ATTRIBUTE) {
            c_expr(c, t->v.Attribute.value);
            c_emit(u, OP_POP_TOP, 0);
        } else if (t->kind == EXPR_SUBSCRIPT) {
            c_expr(c, t->v.Subscript.value);
            c_emit(u, OP_POP_TOP, 0);
            c_expr(c, t->v.Subscript.slice);
            c_emit(u, OP_POP_TOP, 0);
        }
    }
}

static void c_augassign(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    Expr *t = s->v.AugAssign.target;
    int op = c_binop_code(s->v.AugAssign.op);
    switch (t->kind) {
    case EXPR_NAME:
        c_name_op(c, t->v.Name.id, CTX_LOAD);
        c_expr(c, s->v.AugAssign.value);
        c_set_line(u, s->lineno);
        c_emit(u, OP_INPLACE_OP, op);
        c_name_op(c, t->v.Name.id, CTX_STORE);
        break;
    case EXPR_ATTRIBUTE: {
        uint32_t n = c_name(u, c_mangle(c, u->class_name, t->v.Attribute.attr));
        c_expr(c, t->v.Attribute.value);
        c_emit(u, OP_DUP_TOP, 0);
        c_emit(u, OP_LOAD_ATTR, n);
        c_expr(c, s->v.AugAssign.value);
        c_set_line(u, s->lineno);
        c_emit(u, OP_INPLACE_OP, op);
        c_emit(u, OP_ROT_TWO, 0);
        c_emit(u, OP_STORE_ATTR, n);
        break;
    }
    case EXPR_SUBSCRIPT:
        c_expr(c, t->v.Subscript.value);
        c_expr(c, t->v.Subscript.slice);
        c_emit(u, OP_DUP_TOP_TWO, 0);
        c_emit(u, OP_BINARY_SUBSCR, 0);
        c_expr(c, s->v.AugAssign.value);
        c_set_line(u, s->lineno);
        c_emit(u, OP_INPLACE_OP, op);
        c_emit(u, OP_ROT_THREE, 0);
        c_emit(u, OP_STORE_SUBSCR, 0);
        break;
    default:
        c_error(c, t->lineno, t->col_offset, "'%s' is an illegal expression for augmented assignment",
                "expression");
    }
}

static void c_stmt_inner(Compiler *c, Stmt *s);

void c_stmt(Compiler *c, Stmt *s) {
    if (++c->depth > COMPILE_MAX_DEPTH) {
        err_str(&RecursionError_type, "maximum recursion depth exceeded during compilation");
        c_pyerror(c);
    }
    c_stmt_inner(c, s);
    c->depth--;
}

static void c_stmt_inner(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    c_set_loc(u, s->lineno, s->end_lineno, s->col_offset, s->end_col_offset);
    switch (s->kind) {
    case STMT_FUNCTIONDEF: c_function(c, s); break;
    case STMT_CLASSDEF: c_class(c, s); break;
    case STMT_RETURN: c_return(c, s); break;
    case STMT_DELETE:
        for (int i = 0; i < s->v.Delete.targets.len; i++)
            c_delete(c, s->v.Delete.targets.items[i]);
        break;
    case STMT_ASSIGN: {
        ExprSeq ts = s->v.Assign.targets;
        c_expr(c, s->v.Assign.value);
        for (int i = 0; i < ts.len; i++) {
            if (i + 1 < ts.len)
                c_emit(u, OP_DUP_TOP, 0);
            c_store(c, ts.items[i]);
        }
        break;
    }
    case STMT_AUGASSIGN: c_augassign(c, s); break;
    case STMT_ANNASSIGN: c_annassign(c, s); break;
    case STMT_FOR: c_for(c, s); break;
    case STMT_WHILE: c_while(c, s); break;
    case STMT_IF: c_if(c, s); break;
    case STMT_WITH: c_with_item(c, s, 0); break;
    case STMT_RAISE: {
        int n = 0;
        if (s->v.Raise.exc) {
            c_expr(c, s->v.Raise.exc);
            n++;
            if (s->v.Raise.cause) {
                c_expr(c, s->v.Raise.cause);
                n++;
            }
        }
        c_set_line(u, s->lineno);
        c_emit(u, OP_RAISE_VARARGS, n);
        break;
    }
    case STMT_TRY:
    case STMT_TRYSTAR: c_try(c, s); break;
    case STMT_ASSERT: {
        int end = c_new_label(u);
        c_jump_if(c, s->v.Assert.test, true, end);
        Expr *t = s->v.Assert.test;
        c_set_loc(u, t->lineno, t->end_lineno, t->col_offset, t->end_col_offset);
        if (s->v.Assert.msg) {
            c_emit(u, OP_PUSH_NULL, 0);
            c_emit(u, OP_LOAD_ASSERTION_ERROR, 0);
            c_expr(c, s->v.Assert.msg);
            c_emit(u, OP_CALL, 1);
        } else {
            c_emit(u, OP_LOAD_ASSERTION_ERROR, 0);
        }
        c_emit(u, OP_RAISE_VARARGS, 1);
        c_use_label(u, end);
        break;
    }
    case STMT_IMPORT: c_import(c, s); break;
    case STMT_IMPORTFROM: c_import_from(c, s); break;
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
    case STMT_PASS: break;
    case STMT_EXPR:
        if (c->mode == COMPILE_SINGLE && u->scope->kind == SK_MODULE) {
            c_expr(c, s->v.Expr.value);
            c_emit(u, OP_PRINT_EXPR, 0);
        } else if (s->v.Expr.value->kind == EXPR_CONSTANT) {
            /* no effect */
        } else {
            c_expr(c, s->v.Expr.value);
            c_emit(u, OP_POP_TOP, 0);
        }
        break;
    case STMT_BREAK: c_break_continue(c, s, true); break;
    case STMT_CONTINUE: c_break_continue(c, s, false); break;
    default: c_error(c, s->lineno, s->col_offset, "unsupported statement");
    }
}
