/* compile_expr.c - code generation for expressions, assignment targets,
 * calls, comprehensions and lambdas.
 */
#include <string.h>

#include "cint.h"

int c_binop_code(Operator op) {
    switch (op) {
    case OP_ADD: return NB_ADD;
    case OP_SUB: return NB_SUB;
    case OP_MULT: return NB_MUL;
    case OP_MATMULT: return NB_MATMUL;
    case OP_DIV: return NB_TRUEDIV;
    case OP_MOD: return NB_MOD;
    case OP_POW: return NB_POW;
    case OP_LSHIFT: return NB_LSHIFT;
    case OP_RSHIFT: return NB_RSHIFT;
    case OP_BITOR: return NB_OR;
    case OP_BITXOR: return NB_XOR;
    case OP_BITAND: return NB_AND;
    case OP_FLOORDIV: return NB_FLOORDIV;
    }
    return NB_ADD;
}

/* ---------------------------------------------------------------- names */
void c_name_op(Compiler *c, const char *name, int ctx) {
    Unit *u = c->u;
    int sc = scope_of(u->scope, name);
    const char *mangled = c_mangle(c, u->class_name, name);
    int op;
    if (u->is_function && (sc == SC_LOCAL)) {
        int k = c_varname(u, name);
        if (k >= 0) {
            op = ctx == CTX_LOAD ? OP_LOAD_FAST : ctx == CTX_STORE ? OP_STORE_FAST : OP_DELETE_FAST;
            c_emit(u, op, k);
            return;
        }
    }
    if (sc == SC_CELL || sc == SC_FREE) {
        int k = c_derefname(u, name);
        if (k >= 0) {
            if (ctx == CTX_LOAD)
                op = u->scope->kind == SK_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF;
            else
                op = ctx == CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF;
            if (op == OP_LOAD_CLASSDEREF) {
                /* operand: cell index, name looked up first in the class namespace */
                c_name(u, mangled);
            }
            c_emit(u, op, k);
            return;
        }
    }
    bool global = u->is_function || sc == SC_GLOBAL_EXPLICIT;
    if (u->scope->kind == SK_MODULE)
        global = false;
    if (global)
        op = ctx == CTX_LOAD ? OP_LOAD_GLOBAL : ctx == CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL;
    else
        op = ctx == CTX_LOAD ? OP_LOAD_NAME : ctx == CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME;
    c_emit(u, op, c_name(u, mangled));
}

/* ------------------------------------------------------------ helpers */
static bool has_starred(ExprSeq elts) {
    for (int i = 0; i < elts.len; i++)
        if (elts.items[i]->kind == EXPR_STARRED)
            return true;
    return false;
}

static void c_exprs(Compiler *c, ExprSeq s) {
    for (int i = 0; i < s.len; i++)
        c_expr(c, s.items[i]);
}

/* Build a list from elts (some starred) on top of `prefix` values already
 * pushed; leaves one list. */
static void starred_list(Compiler *c, ExprSeq elts, int prefix, bool call) {
    Unit *u = c->u;
    int i = 0;
    /* leading plain elements go into the BUILD_LIST directly */
    while (i < elts.len && elts.items[i]->kind != EXPR_STARRED) {
        c_expr(c, elts.items[i]);
        i++;
    }
    c_emit(u, OP_BUILD_LIST, prefix + i);
    for (; i < elts.len; i++) {
        Expr *e = elts.items[i];
        if (e->kind == EXPR_STARRED) {
            c_expr(c, e->v.Starred.value);
            c_emit(u, OP_LIST_EXTEND, call && prefix == 0 ? 0x8001 : 1);
        } else {
            c_expr(c, e);
            c_emit(u, OP_LIST_APPEND, 1);
        }
    }
}

/* A negated int/float literal, which the compiler folds to a constant. */
static bool is_negated_number(const Expr *e) {
    if (e->kind != EXPR_UNARYOP || e->v.UnaryOp.op != UOP_USUB)
        return false;
    const Expr *o = e->v.UnaryOp.operand;
    return o->kind == EXPR_CONSTANT &&
           (o->v.Constant.kind == CONST_INT || o->v.Constant.kind == CONST_FLOAT);
}

static bool all_const(ExprSeq elts) {
    for (int i = 0; i < elts.len; i++)
        if (elts.items[i]->kind != EXPR_CONSTANT)
            return false;
    return true;
}

/* Like all_const, also accepting folded negative numbers. */
static bool all_foldable(ExprSeq elts) {
    for (int i = 0; i < elts.len; i++)
        if (elts.items[i]->kind != EXPR_CONSTANT && !is_negated_number(elts.items[i]))
            return false;
    return true;
}

static Value folded_value(Compiler *c, const Expr *e) {
    if (e->kind == EXPR_CONSTANT)
        return c_constant(c, &e->v.Constant);
    Value r = num_neg(c_constant(c, &e->v.UnaryOp.operand->v.Constant));
    if (!r)
        c_pyerror(c);
    return r;
}

/* ------------------------------------------------------------ calls */
void c_call_helper(Compiler *c, ExprSeq args, KeywordSeq kws, int nprefix, int lineno) {
    Unit *u = c->u;
    bool dstar = false;
    for (int i = 0; i < kws.len; i++) {
        if (!kws.items[i]->arg)
            dstar = true;
        else
            for (int j = 0; j < i; j++)
                if (kws.items[j]->arg && strcmp(kws.items[j]->arg, kws.items[i]->arg) == 0)
                    c_error(c, kws.items[i]->lineno, kws.items[i]->col_offset,
                            "keyword argument repeated: %s", kws.items[i]->arg);
    }
    if (!dstar && !has_starred(args)) {
        c_exprs(c, args);
        for (int i = 0; i < kws.len; i++)
            c_expr(c, kws.items[i]->value);
        if (kws.len) {
            Tuple *names = tuple_new(kws.len);
            if (!names)
                c_pyerror(c);
            for (int i = 0; i < kws.len; i++)
                SET_FIELD(names, names->items[i], c_str(c, kws.items[i]->arg));
            c_emit(u, OP_KW_NAMES, c_const(u, (Value)names));
        }
        c_set_line(u, lineno);
        c_emit(u, OP_CALL, nprefix + args.len + kws.len);
        return;
    }
    starred_list(c, args, nprefix, true);
    c_emit(u, OP_LIST_TO_TUPLE, 0);
    int flags = 0;
    if (kws.len) {
        c_emit(u, OP_BUILD_MAP, 0);
        bool after_dstar = false;
        for (int i = 0; i < kws.len; i++) {
            Keyword *k = kws.items[i];
            if (k->arg) {
                /* after a **mapping, a named keyword may collide with one of
                 * its keys: merge it as a one-item dict so DICT_MERGE raises
                 * "got multiple values for keyword argument" */
                if (after_dstar)
                    c_emit(u, OP_BUILD_MAP, 0);
                c_emit(u, OP_LOAD_CONST, c_const(u, c_str(c, k->arg)));
                c_expr(c, k->value);
                c_emit(u, OP_MAP_ADD, 1);
                if (after_dstar)
                    c_emit(u, OP_DICT_MERGE, 1);
            } else {
                c_expr(c, k->value);
                c_emit(u, OP_DICT_MERGE, 1);
                after_dstar = true;
            }
        }
        flags = 1;
    }
    c_set_line(u, lineno);
    c_emit(u, OP_CALL_EX, flags);
}

static void c_call(Compiler *c, Expr *e) {
    Unit *u = c->u;
    Expr *f = e->v.Call.func;
    bool simple = !has_starred(e->v.Call.args);
    for (int i = 0; i < e->v.Call.keywords.len; i++)
        if (!e->v.Call.keywords.items[i]->arg)
            simple = false;
    if (f->kind == EXPR_ATTRIBUTE && simple) {
        c_expr(c, f->v.Attribute.value);
        c_emit(u, OP_LOAD_METHOD, c_name(u, c_mangle(c, u->class_name, f->v.Attribute.attr)));
    } else {
        c_emit(u, OP_PUSH_NULL, 0);
        c_expr(c, f);
    }
    c_call_helper(c, e->v.Call.args, e->v.Call.keywords, 0, e->lineno);
}

/* ------------------------------------------------------------ compare */
static void cmp_op(Unit *u, CmpOp op) {
    switch (op) {
    case AST_CMP_EQ: c_emit(u, OP_COMPARE_OP, CMP_EQ); break;
    case CMP_NOTEQ: c_emit(u, OP_COMPARE_OP, CMP_NE); break;
    case AST_CMP_LT: c_emit(u, OP_COMPARE_OP, CMP_LT); break;
    case CMP_LTE: c_emit(u, OP_COMPARE_OP, CMP_LE); break;
    case AST_CMP_GT: c_emit(u, OP_COMPARE_OP, CMP_GT); break;
    case CMP_GTE: c_emit(u, OP_COMPARE_OP, CMP_GE); break;
    case CMP_IS: c_emit(u, OP_IS_OP, 0); break;
    case CMP_ISNOT: c_emit(u, OP_IS_OP, 1); break;
    case CMP_IN: c_emit(u, OP_CONTAINS_OP, 0); break;
    case CMP_NOTIN: c_emit(u, OP_CONTAINS_OP, 1); break;
    }
}

static void c_compare(Compiler *c, Expr *e) {
    Unit *u = c->u;
    int n = e->v.Compare.ops.len;
    c_expr(c, e->v.Compare.left);
    if (n == 1) {
        c_expr(c, e->v.Compare.comparators.items[0]);
        c_set_line(u, e->lineno);
        cmp_op(u, e->v.Compare.ops.items[0]);
        return;
    }
    int cleanup = c_new_label(u), end = c_new_label(u);
    for (int i = 0; i < n - 1; i++) {
        c_expr(c, e->v.Compare.comparators.items[i]);
        c_emit(u, OP_DUP_TOP, 0);
        c_emit(u, OP_ROT_THREE, 0);
        c_set_line(u, e->lineno);
        cmp_op(u, e->v.Compare.ops.items[i]);
        c_emit(u, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    c_expr(c, e->v.Compare.comparators.items[n - 1]);
    cmp_op(u, e->v.Compare.ops.items[n - 1]);
    c_emit(u, OP_JUMP, end);
    c_use_label(u, cleanup);
    c_emit(u, OP_ROT_TWO, 0);
    c_emit(u, OP_POP_TOP, 0);
    c_use_label(u, end);
}

void c_jump_if(Compiler *c, Expr *e, bool cond, int label) {
    Unit *u = c->u;
    if (e->kind == EXPR_UNARYOP && e->v.UnaryOp.op == UOP_NOT) {
        c_jump_if(c, e->v.UnaryOp.operand, !cond, label);
        return;
    }
    if (e->kind == EXPR_BOOLOP) {
        bool is_and = e->v.BoolOp.op == BOOLOP_AND;
        ExprSeq vs = e->v.BoolOp.values;
        if (is_and != cond) {
            /* and/false or or/true: any operand decides */
            for (int i = 0; i < vs.len; i++)
                c_jump_if(c, vs.items[i], cond, label);
        } else {
            int next = c_new_label(u);
            for (int i = 0; i < vs.len - 1; i++)
                c_jump_if(c, vs.items[i], !cond, next);
            c_jump_if(c, vs.items[vs.len - 1], cond, label);
            c_use_label(u, next);
        }
        return;
    }
    c_expr(c, e);
    c_emit(u, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

/* ------------------------------------------------------------ targets */
static void c_unpack(Compiler *c, ExprSeq elts, Expr *t) {
    Unit *u = c->u;
    int star = -1;
    for (int i = 0; i < elts.len; i++)
        if (elts.items[i]->kind == EXPR_STARRED) {
            if (star >= 0)
                c_error(c, t->lineno, t->col_offset, "multiple starred expressions in assignment");
            star = i;
        }
    if (star < 0) {
        c_emit(u, OP_UNPACK_SEQUENCE, elts.len);
    } else {
        int after = elts.len - star - 1;
        if (star > 255 || after > 0xffff)
            c_error(c, t->lineno, t->col_offset, "too many expressions in star-unpacking assignment");
        c_emit(u, OP_UNPACK_EX, (uint32_t)star | ((uint32_t)after << 8));
    }
    for (int i = 0; i < elts.len; i++) {
        Expr *e = elts.items[i];
        c_store(c, e->kind == EXPR_STARRED ? e->v.Starred.value : e);
    }
}

void c_store(Compiler *c, Expr *t) {
    Unit *u = c->u;
    switch (t->kind) {
    case EXPR_NAME: c_name_op(c, t->v.Name.id, CTX_STORE); break;
    case EXPR_ATTRIBUTE:
        c_expr(c, t->v.Attribute.value);
        c_set_line(u, t->lineno);
        c_emit(u, OP_STORE_ATTR, c_name(u, c_mangle(c, u->class_name, t->v.Attribute.attr)));
        break;
    case EXPR_SUBSCRIPT:
        c_expr(c, t->v.Subscript.value);
        c_expr(c, t->v.Subscript.slice);
        c_set_line(u, t->lineno);
        c_emit(u, OP_STORE_SUBSCR, 0);
        break;
    case EXPR_TUPLE: c_unpack(c, t->v.Tuple.elts, t); break;
    case EXPR_LIST: c_unpack(c, t->v.List.elts, t); break;
    case EXPR_STARRED:
        c_error(c, t->lineno, t->col_offset, "starred assignment target must be in a list or tuple");
    default: c_error(c, t->lineno, t->col_offset, "cannot assign to expression");
    }
}

void c_delete(Compiler *c, Expr *t) {
    Unit *u = c->u;
    switch (t->kind) {
    case EXPR_NAME: c_name_op(c, t->v.Name.id, CTX_DEL); break;
    case EXPR_ATTRIBUTE:
        c_expr(c, t->v.Attribute.value);
        c_set_line(u, t->lineno);
        c_emit(u, OP_DELETE_ATTR, c_name(u, c_mangle(c, u->class_name, t->v.Attribute.attr)));
        break;
    case EXPR_SUBSCRIPT:
        c_expr(c, t->v.Subscript.value);
        c_expr(c, t->v.Subscript.slice);
        c_set_line(u, t->lineno);
        c_emit(u, OP_DELETE_SUBSCR, 0);
        break;
    case EXPR_TUPLE:
        for (int i = 0; i < t->v.Tuple.elts.len; i++)
            c_delete(c, t->v.Tuple.elts.items[i]);
        break;
    case EXPR_LIST:
        for (int i = 0; i < t->v.List.elts.len; i++)
            c_delete(c, t->v.List.elts.items[i]);
        break;
    default: c_error(c, t->lineno, t->col_offset, "cannot delete expression");
    }
}

/* ------------------------------------------------------- nested scopes */
void c_lambda(Compiler *c, Expr *e) {
    Unit *u = c->u;
    int flags = c_defaults(c, e->v.Lambda.args, e->lineno);
    Scope *sc = scope_for_node(&c->si, e);
    Unit lu;
    c_enter_unit(c, &lu, sc, "<lambda>", e->lineno);
    c_const(&lu, NONE);
    c_expr(c, e->v.Lambda.body);
    if (sc->is_generator) {
        c_emit(&lu, OP_POP_TOP, 0);
        c_emit(&lu, OP_LOAD_CONST, c_const(&lu, NONE));
    }
    c_emit(&lu, OP_RETURN_VALUE, 0);
    Code *code = c_leave_unit(c);
    c_set_line(u, e->lineno);
    c_make_closure(c, code, flags);
}

static void comp_gen(Compiler *c, Expr *e, ComprehensionSeq gens, int gi, Expr *elt, Expr *val) {
    Unit *u = c->u;
    Comprehension *g = gens.items[gi];
    int start = c_new_label(u), anchor = c_new_label(u);
    if (gi == 0) {
        c_emit(u, OP_LOAD_FAST, 0);
    } else {
        c_expr(c, g->iter);
        c_emit(u, OP_GET_ITER, 0);
    }
    c_use_label(u, start);
    c_emit(u, OP_FOR_ITER, anchor);
    c_store(c, g->target);
    for (int i = 0; i < g->ifs.len; i++)
        c_jump_if(c, g->ifs.items[i], false, start);
    if (gi + 1 < gens.len) {
        comp_gen(c, e, gens, gi + 1, elt, val);
    } else {
        int depth = gi + 2;
        switch (e->kind) {
        case EXPR_LISTCOMP: c_expr(c, elt); c_emit(u, OP_LIST_APPEND, depth); break;
        case EXPR_SETCOMP: c_expr(c, elt); c_emit(u, OP_SET_ADD, depth); break;
        case EXPR_DICTCOMP:
            c_expr(c, elt);
            c_expr(c, val);
            c_emit(u, OP_MAP_ADD, depth);
            break;
        default:
            c_expr(c, elt);
            c_emit(u, OP_YIELD_VALUE, 0);
            c_emit(u, OP_POP_TOP, 0);
            break;
        }
    }
    c_emit(u, OP_JUMP, start);
    c_use_label(u, anchor);
}

void c_comprehension(Compiler *c, Expr *e) {
    Unit *u = c->u;
    ComprehensionSeq gens;
    Expr *elt, *val = NULL;
    switch (e->kind) {
    case EXPR_LISTCOMP: gens = e->v.ListComp.generators; elt = e->v.ListComp.elt; break;
    case EXPR_SETCOMP: gens = e->v.SetComp.generators; elt = e->v.SetComp.elt; break;
    case EXPR_DICTCOMP:
        gens = e->v.DictComp.generators;
        elt = e->v.DictComp.key;
        val = e->v.DictComp.value;
        break;
    default: gens = e->v.GeneratorExp.generators; elt = e->v.GeneratorExp.elt; break;
    }
    Scope *sc = scope_for_node(&c->si, e);
    Unit cu;
    c_enter_unit(c, &cu, sc, sc->name, e->lineno);
    c_const(&cu, NONE);
    if (e->kind == EXPR_LISTCOMP)
        c_emit(&cu, OP_BUILD_LIST, 0);
    else if (e->kind == EXPR_SETCOMP)
        c_emit(&cu, OP_BUILD_SET, 0);
    else if (e->kind == EXPR_DICTCOMP)
        c_emit(&cu, OP_BUILD_MAP, 0);
    comp_gen(c, e, gens, 0, elt, val);
    if (e->kind == EXPR_GENERATOREXP)
        c_emit(&cu, OP_LOAD_CONST, c_const(&cu, NONE));
    c_emit(&cu, OP_RETURN_VALUE, 0);
    Code *code = c_leave_unit(c);
    c_set_line(u, e->lineno);
    c_emit(u, OP_PUSH_NULL, 0);
    c_make_closure(c, code, 0);
    c_expr(c, gens.items[0]->iter);
    c_emit(u, OP_GET_ITER, 0);
    c_emit(u, OP_CALL, 1);
}

/* ------------------------------------------------------------ expressions */
static int conv_flag(int conv) {
    switch (conv) {
    case CONV_STR: return FV_STR;
    case CONV_REPR: return FV_REPR;
    case CONV_ASCII: return FV_ASCII;
    default: return FV_NONE;
    }
}

static void c_expr_inner(Compiler *c, Expr *e);

void c_expr(Compiler *c, Expr *e) {
    if (++c->depth > COMPILE_MAX_DEPTH) {
        err_str(&RecursionError_type, "maximum recursion depth exceeded during compilation");
        c_pyerror(c);
    }
    c_expr_inner(c, e);
    c->depth--;
}

static void c_expr_inner(Compiler *c, Expr *e) {
    Unit *u = c->u;
    int saved_line = u->curline, saved_end = u->cur_end_line, saved_col = u->cur_col,
        saved_end_col = u->cur_end_col;
    c_set_loc(u, e->lineno, e->end_lineno, e->col_offset, e->end_col_offset);
    switch (e->kind) {
    case EXPR_BOOLOP: {
        int end = c_new_label(u);
        ExprSeq vs = e->v.BoolOp.values;
        int op = e->v.BoolOp.op == BOOLOP_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i < vs.len - 1; i++) {
            c_expr(c, vs.items[i]);
            c_emit(u, op, end);
        }
        c_expr(c, vs.items[vs.len - 1]);
        c_use_label(u, end);
        break;
    }
    case EXPR_NAMEDEXPR:
        c_expr(c, e->v.NamedExpr.value);
        c_emit(u, OP_DUP_TOP, 0);
        c_store(c, e->v.NamedExpr.target);
        break;
    case EXPR_BINOP:
        c_expr(c, e->v.BinOp.left);
        c_expr(c, e->v.BinOp.right);
        c_set_line(u, e->lineno);
        c_emit(u, OP_BINARY_OP, c_binop_code(e->v.BinOp.op));
        break;
    case EXPR_UNARYOP: {
        Expr *o = e->v.UnaryOp.operand;
        if (e->v.UnaryOp.op == UOP_USUB && o->kind == EXPR_CONSTANT &&
            (o->v.Constant.kind == CONST_INT || o->v.Constant.kind == CONST_FLOAT)) {
            Value v = c_constant(c, &o->v.Constant);
            Value r = num_neg(v);
            if (!r)
                c_pyerror(c);
            c_emit(u, OP_LOAD_CONST, c_const(u, r));
            break;
        }
        c_expr(c, o);
        c_set_line(u, e->lineno);
        switch (e->v.UnaryOp.op) {
        case UOP_INVERT: c_emit(u, OP_UNARY_INVERT, 0); break;
        case UOP_NOT: c_emit(u, OP_UNARY_NOT, 0); break;
        case UOP_UADD: c_emit(u, OP_UNARY_POSITIVE, 0); break;
        case UOP_USUB: c_emit(u, OP_UNARY_NEGATIVE, 0); break;
        }
        break;
    }
    case EXPR_LAMBDA: c_lambda(c, e); break;
    case EXPR_IFEXP: {
        int orelse = c_new_label(u), end = c_new_label(u);
        c_jump_if(c, e->v.IfExp.test, false, orelse);
        c_expr(c, e->v.IfExp.body);
        c_emit(u, OP_JUMP, end);
        c_use_label(u, orelse);
        c_expr(c, e->v.IfExp.orelse);
        c_use_label(u, end);
        break;
    }
    case EXPR_DICT: {
        ExprSeq ks = e->v.Dict.keys, vs = e->v.Dict.values;
        bool dstar = false;
        for (int i = 0; i < ks.len; i++)
            if (!ks.items[i])
                dstar = true;
        if (!dstar) {
            for (int i = 0; i < ks.len; i++) {
                c_expr(c, ks.items[i]);
                c_expr(c, vs.items[i]);
            }
            c_emit(u, OP_BUILD_MAP, ks.len);
        } else {
            c_emit(u, OP_BUILD_MAP, 0);
            for (int i = 0; i < ks.len; i++) {
                if (ks.items[i]) {
                    c_expr(c, ks.items[i]);
                    c_expr(c, vs.items[i]);
                    c_emit(u, OP_MAP_ADD, 1);
                } else {
                    c_expr(c, vs.items[i]);
                    c_emit(u, OP_DICT_UPDATE, 1);
                }
            }
        }
        break;
    }
    case EXPR_SET: {
        ExprSeq elts = e->v.Set.elts;
        if (elts.len > 2 && all_foldable(elts)) {
            /* As CPython: the constants become one frozenset constant that
             * the set is updated from; this decides the display's order. */
            Value vals[elts.len];
            for (int i = 0; i < elts.len; i++)
                vals[i] = folded_value(c, elts.items[i]);
            Set *fs = frozenset_const_from_array(vals, elts.len);
            if (!fs)
                c_pyerror(c);
            c_emit(u, OP_BUILD_SET, 0);
            c_emit(u, OP_LOAD_CONST, c_const(u, OBJ_VAL(fs)));
            c_emit(u, OP_SET_UPDATE, 1);
        } else if (!has_starred(elts)) {
            c_exprs(c, elts);
            c_emit(u, OP_BUILD_SET, elts.len);
        } else {
            c_emit(u, OP_BUILD_SET, 0);
            for (int i = 0; i < elts.len; i++) {
                Expr *x = elts.items[i];
                if (x->kind == EXPR_STARRED) {
                    c_expr(c, x->v.Starred.value);
                    c_emit(u, OP_SET_UPDATE, 1);
                } else {
                    c_expr(c, x);
                    c_emit(u, OP_SET_ADD, 1);
                }
            }
        }
        break;
    }
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_DICTCOMP:
    case EXPR_GENERATOREXP: c_comprehension(c, e); break;
    case EXPR_YIELD:
        if (e->v.Yield.value)
            c_expr(c, e->v.Yield.value);
        else
            c_emit(u, OP_LOAD_CONST, c_const(u, NONE));
        c_set_line(u, e->lineno);
        c_emit(u, OP_YIELD_VALUE, 0);
        break;
    case EXPR_YIELDFROM:
        c_expr(c, e->v.YieldFrom.value);
        c_set_line(u, e->lineno);
        c_emit(u, OP_GET_YIELD_FROM_ITER, 0);
        c_emit(u, OP_LOAD_CONST, c_const(u, NONE));
        c_emit(u, OP_YIELD_FROM, 0);
        break;
    case EXPR_COMPARE: c_compare(c, e); break;
    case EXPR_CALL: c_call(c, e); break;
    case EXPR_FORMATTEDVALUE: {
        int flags = conv_flag(e->v.FormattedValue.conversion);
        c_expr(c, e->v.FormattedValue.value);
        if (e->v.FormattedValue.format_spec) {
            c_expr(c, e->v.FormattedValue.format_spec);
            flags |= FV_SPEC;
        }
        c_set_line(u, e->lineno);
        c_emit(u, OP_FORMAT_VALUE, flags);
        break;
    }
    case EXPR_JOINEDSTR: {
        ExprSeq vs = e->v.JoinedStr.values;
        if (vs.len == 0) {
            c_emit(u, OP_LOAD_CONST, c_const(u, (Value)str_empty));
            break;
        }
        c_exprs(c, vs);
        if (vs.len > 1 || vs.items[0]->kind != EXPR_CONSTANT)
            c_emit(u, OP_BUILD_STRING, vs.len);
        break;
    }
    case EXPR_CONSTANT:
        c_emit(u, OP_LOAD_CONST, c_const(u, c_constant(c, &e->v.Constant)));
        break;
    case EXPR_ATTRIBUTE:
        c_expr(c, e->v.Attribute.value);
        c_emit(u, OP_LOAD_ATTR, c_name(u, c_mangle(c, u->class_name, e->v.Attribute.attr)));
        break;
    case EXPR_SUBSCRIPT:
        c_expr(c, e->v.Subscript.value);
        c_expr(c, e->v.Subscript.slice);
        c_set_line(u, e->lineno);
        c_emit(u, OP_BINARY_SUBSCR, 0);
        break;
    case EXPR_STARRED:
        c_error(c, e->lineno, e->col_offset, "can't use starred expression here");
    case EXPR_NAME: c_name_op(c, e->v.Name.id, CTX_LOAD); break;
    case EXPR_LIST:
        if (!has_starred(e->v.List.elts)) {
            c_exprs(c, e->v.List.elts);
            c_emit(u, OP_BUILD_LIST, e->v.List.elts.len);
        } else {
            starred_list(c, e->v.List.elts, 0, false);
        }
        break;
    case EXPR_TUPLE: {
        ExprSeq elts = e->v.Tuple.elts;
        if (elts.len > 0 && all_const(elts)) {
            Tuple *t = tuple_new(elts.len);
            if (!t)
                c_pyerror(c);
            for (int i = 0; i < elts.len; i++)
                SET_FIELD(t, t->items[i], c_constant(c, &elts.items[i]->v.Constant));
            c_emit(u, OP_LOAD_CONST, c_const(u, (Value)t));
        } else if (!has_starred(elts)) {
            c_exprs(c, elts);
            c_emit(u, OP_BUILD_TUPLE, elts.len);
        } else {
            starred_list(c, elts, 0, false);
            c_emit(u, OP_LIST_TO_TUPLE, 0);
        }
        break;
    }
    case EXPR_SLICE: {
        int n = 2;
        if (e->v.Slice.lower) c_expr(c, e->v.Slice.lower);
        else c_emit(u, OP_LOAD_CONST, c_const(u, NONE));
        if (e->v.Slice.upper) c_expr(c, e->v.Slice.upper);
        else c_emit(u, OP_LOAD_CONST, c_const(u, NONE));
        if (e->v.Slice.step) {
            c_expr(c, e->v.Slice.step);
            n = 3;
        }
        c_emit(u, OP_BUILD_SLICE, n);
        break;
    }
    default: c_error(c, e->lineno, e->col_offset, "unsupported expression");
    }
    u->curline = saved_line;
    u->cur_end_line = saved_end;
    u->cur_col = saved_col;
    u->cur_end_col = saved_end_col;
}
