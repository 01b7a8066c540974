/* compile.c - the compiler's driver: compile_source(), code units,
 * instruction emission, labels, constants and names, and the assembler
 * (label resolution, stack depth, line table, Code object creation).
 *
 * Compilation runs on one thread over an arena-allocated AST.  A Unit (one
 * per function/class/module body being compiled) lives on the C stack, so
 * the GC objects it holds (constant and name lists) are found by the
 * conservative stack scan; instruction, label and line buffers are plain
 * malloc()ed arrays of integers.  Errors longjmp to compile_source(), which
 * frees every open unit's buffers.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cint.h"

/* ------------------------------------------------------------ errors */
_Noreturn void c_error(Compiler *c, int lineno, int col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err->msg, sizeof c->err->msg, fmt, ap);
    va_end(ap);
    c->err->kind = PERR_SYNTAX;
    c->err->lineno = lineno;
    c->err->offset = col + 1;
    c->err->end_lineno = 0;
    c->err->end_offset = 0;
    c->err->text = NULL;
    longjmp(c->fail, 1);
}

_Noreturn void c_pyerror(Compiler *c) {
    c->err->kind = PERR_NONE;  /* exception already set */
    longjmp(c->fail, 2);
}

static void *xrealloc(Compiler *c, void *p, size_t n) {
    void *q = realloc(p, n);
    if (!q) {
        err_no_memory();
        c_pyerror(c);
    }
    return q;
}

/* ------------------------------------------------------------ emission */
void c_set_line(Unit *u, int line) {
    if (line > 0 && line != u->curline) {
        u->curline = line;
        u->cur_end_line = line;
        u->cur_col = u->cur_end_col = -1;
    }
}

void c_set_loc(Unit *u, int line, int end_line, int col, int end_col) {
    if (line <= 0)
        return;
    u->curline = line;
    u->cur_end_line = end_line > 0 ? end_line : line;
    u->cur_col = col;
    u->cur_end_col = end_col;
}

int c_emit(Unit *u, int op, uint32_t arg) {
    if (arg > INSN_ARG_MAX)
        c_error(u->c, u->curline, 0, "too many constants or names");
    if (u->ncode == u->capcode) {
        u->capcode = u->capcode ? u->capcode * 2 : 64;
        u->code = xrealloc(u->c, u->code, u->capcode * sizeof(uint32_t));
    }
    int32_t *last = u->nlines ? u->lines + LT_STRIDE * (u->nlines - 1) : NULL;
    if (!last || last[1] != u->curline || last[2] != u->cur_end_line || last[3] != u->cur_col ||
        last[4] != u->cur_end_col) {
        if (!last || last[0] != u->ncode) {
            if (u->nlines == u->caplines) {
                u->caplines = u->caplines ? u->caplines * 2 : 16;
                u->lines = xrealloc(u->c, u->lines, u->caplines * LT_STRIDE * sizeof(int32_t));
            }
            last = u->lines + LT_STRIDE * u->nlines++;
            last[0] = u->ncode;
        }
        last[1] = u->curline;
        last[2] = u->cur_end_line;
        last[3] = u->cur_col;
        last[4] = u->cur_end_col;
    }
    u->code[u->ncode] = INSN(op, arg);
    return u->ncode++;
}

int c_new_label(Unit *u) {
    if (u->nlabels == u->caplabels) {
        u->caplabels = u->caplabels ? u->caplabels * 2 : 16;
        u->labels = xrealloc(u->c, u->labels, u->caplabels * sizeof(int));
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

void c_use_label(Unit *u, int label) { u->labels[label] = u->ncode; }

/* ------------------------------------------------------------ constants */
static bool const_same(Value a, Value b) {
    if (a == b)
        return true;
    if (IS_INT(a) || IS_INT(b))
        return false;
    if (AS_OBJ(a)->type != AS_OBJ(b)->type)
        return false;
    if (IS_STR_EXACT(a))
        return str_eq(AS(Str, a), AS(Str, b));
    return false;
}

uint32_t c_const(Unit *u, Value v) {
    int64_t n = list_len(u->consts);
    for (int64_t i = 0; i < n; i++)
        if (const_same(list_get(u->consts, i), v))
            return (uint32_t)i;
    if (list_append(u->consts, v) < 0)
        c_pyerror(u->c);
    return (uint32_t)n;
}

Value c_str(Compiler *c, const char *s) {
    Str *r = str_intern_cstr(s);
    if (!r)
        c_pyerror(c);
    return (Value)r;
}

uint32_t c_name_str(Unit *u, Str *s) {
    int64_t n = list_len(u->names);
    for (int64_t i = 0; i < n; i++)
        if (list_get(u->names, i) == (Value)s)
            return (uint32_t)i;
    if (list_append(u->names, (Value)s) < 0)
        c_pyerror(u->c);
    return (uint32_t)n;
}

uint32_t c_name(Unit *u, const char *name) { return c_name_str(u, AS(Str, c_str(u->c, name))); }

Value c_constant(Compiler *c, const Constant *k) {
    Value v = VNULL;
    switch (k->kind) {
    case CONST_NONE: return NONE;
    case CONST_TRUE: return TRUE_V;
    case CONST_FALSE: return FALSE_V;
    case CONST_ELLIPSIS: return ELLIPSIS;
    case CONST_INT:
        v = int_from_digits(k->u.i.digits, strlen(k->u.i.digits), k->u.i.base);
        break;
    case CONST_FLOAT: v = float_new(k->u.f); break;
    case CONST_IMAG: {
        Value args[2];
        args[0] = float_new(0.0);
        args[1] = args[0] ? float_new(k->u.f) : VNULL;
        if (args[1])
            v = obj_call((Value)&complex_type, args, 2, NULL);
        break;
    }
    case CONST_STR: {
        Str *s = str_decode_utf8(k->u.s.data, k->u.s.len, "surrogatepass");
        if (!s) {
            err_clear();
            s = str_from_utf8(k->u.s.data, k->u.s.len);
        }
        if (s && s->len < 40)
            s = str_intern(s);
        v = (Value)s;
        break;
    }
    case CONST_BYTES: v = (Value)bytes_new(k->u.s.data, k->u.s.len); break;
    }
    if (!v)
        c_pyerror(c);
    return v;
}

/* ------------------------------------------------------------ names */
int c_varname(Unit *u, const char *name) {
    for (int i = 0; i < u->nvarnames; i++)
        if (strcmp(u->varnames[i], name) == 0)
            return i;
    return -1;
}

int c_derefname(Unit *u, const char *name) {
    for (int i = 0; i < u->ncells; i++)
        if (strcmp(u->cellvars[i], name) == 0)
            return i;
    for (int i = 0; i < u->nfree; i++)
        if (strcmp(u->freevars[i], name) == 0)
            return u->ncells + i;
    return -1;
}

const char *c_mangle(Compiler *c, const char *cls, const char *name) {
    size_t n = strlen(name);
    if (!cls || n < 3 || name[0] != '_' || name[1] != '_')
        return name;
    if (name[n - 1] == '_' && name[n - 2] == '_')
        return name;
    if (strchr(name, '.'))
        return name;
    while (*cls == '_')
        cls++;
    if (!*cls)
        return name;
    size_t cn = strlen(cls);
    char *r = arena_alloc(c->arena, cn + n + 2);
    if (!r) {
        err_no_memory();
        c_pyerror(c);
    }
    r[0] = '_';
    memcpy(r + 1, cls, cn);
    memcpy(r + 1 + cn, name, n + 1);
    return r;
}

/* ------------------------------------------------------------ fblocks */
void c_push_fblock(Unit *u, int type, int l1, int l2, const void *data, int lineno) {
    if (u->nfb >= MAX_BLOCKS - 2)
        c_error(u->c, lineno, 0, "too many statically nested blocks");
    FBlock *b = &u->fb[u->nfb++];
    b->type = type;
    b->l_continue = l1;
    b->l_break = l2;
    b->data = data;
}

void c_pop_fblock(Unit *u) { u->nfb--; }

/* ------------------------------------------------------------ units */
static void add_varname(Unit *u, const char *name) {
    if (c_varname(u, name) >= 0)
        return;
    if (u->nvarnames == u->capvarnames) {
        u->capvarnames = u->capvarnames ? u->capvarnames * 2 : 16;
        u->varnames = xrealloc(u->c, u->varnames, u->capvarnames * sizeof(char *));
    }
    u->varnames[u->nvarnames++] = name;
}

static char *make_qualname(Compiler *c, Unit *parent, Scope *s, const char *name) {
    const char *prefix = NULL;
    const char *sep = "";
    if (parent && parent->scope->kind != SK_MODULE) {
        Sym *y = scope_lookup(parent->scope, name);
        bool global = y && y->scope == SC_GLOBAL_EXPLICIT;
        if (!global) {
            prefix = parent->qualname;
            sep = parent->scope->kind == SK_FUNCTION ? ".<locals>." : ".";
        }
    }
    size_t n = (prefix ? strlen(prefix) : 0) + strlen(sep) + strlen(name) + 1;
    char *q = xrealloc(c, NULL, n);
    snprintf(q, n, "%s%s%s", prefix ? prefix : "", sep, name);
    return q;
}

static void add_params(Unit *u, Arguments *a) {
    for (int i = 0; i < a->posonlyargs.len; i++)
        add_varname(u, a->posonlyargs.items[i]->arg);
    for (int i = 0; i < a->args.len; i++)
        add_varname(u, a->args.items[i]->arg);
    for (int i = 0; i < a->kwonlyargs.len; i++)
        add_varname(u, a->kwonlyargs.items[i]->arg);
    if (a->vararg)
        add_varname(u, a->vararg->arg);
    if (a->kwarg)
        add_varname(u, a->kwarg->arg);
    u->posonly = a->posonlyargs.len;
    u->argcount = a->posonlyargs.len + a->args.len;
    u->kwonly = a->kwonlyargs.len;
    if (a->vararg)
        u->flags |= CO_VARARGS;
    if (a->kwarg)
        u->flags |= CO_VARKEYWORDS;
}

void c_enter_unit(Compiler *c, Unit *u, Scope *s, const char *name, int lineno) {
    memset(u, 0, sizeof *u);
    u->c = c;
    u->scope = s;
    u->parent = c->u;
    u->firstlineno = lineno;
    u->curline = lineno;
    u->cur_end_line = lineno;
    u->cur_col = u->cur_end_col = -1;
    u->class_name = u->parent ? u->parent->class_name : NULL;
    c->u = u;
    u->consts = list_new(8);
    u->names = list_new(8);
    if (!u->consts || !u->names)
        c_pyerror(c);
    u->qualname = make_qualname(c, u->parent, s, name);
    if (s->kind == SK_FUNCTION) {
        u->is_function = true;
        u->flags |= CO_NEWLOCALS;
        if (s->is_generator)
            u->flags |= CO_GENERATOR;
        if (s->is_comprehension)
            u->flags |= CO_COMPREHENSION;
        const void *node = s->node;
        if (s->is_comprehension) {
            add_varname(u, ".0");
            u->argcount = 1;
        } else if (s->is_lambda) {
            add_params(u, ((const Expr *)node)->v.Lambda.args);
        } else {
            add_params(u, ((const Stmt *)node)->v.FunctionDef.args);
        }
        /* cells that are not parameters live only in their cell slot */
        for (int i = 0; i < s->nsyms; i++)
            if (s->syms[i].scope == SC_LOCAL)
                add_varname(u, s->syms[i].name);
    } else if (s->kind == SK_CLASS) {
        u->flags |= CO_CLASSBODY;
        u->class_name = name;
    }
    if (u->parent && u->parent->scope->kind != SK_MODULE)
        u->flags |= CO_NESTED;
    /* cells: names of this scope captured by inner scopes */
    int ncell = 0;
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == SC_CELL)
            ncell++;
    if (s->needs_class_cell)
        ncell++;
    u->cellvars = xrealloc(c, NULL, (ncell + 1) * sizeof(char *));
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == SC_CELL && s->kind == SK_FUNCTION)
            u->cellvars[u->ncells++] = s->syms[i].name;
    if (s->needs_class_cell)
        u->cellvars[u->ncells++] = "__class__";
    u->freevars = xrealloc(c, NULL, (s->nfree + 1) * sizeof(char *));
    for (int i = 0; i < s->nfree; i++)
        u->freevars[u->nfree++] = s->freevars[i];
}

static void free_unit(Unit *u) {
    free(u->code);
    free(u->lines);
    free(u->labels);
    free(u->varnames);
    free(u->cellvars);
    free(u->freevars);
    free(u->qualname);
    u->code = NULL;
    u->lines = NULL;
    u->labels = NULL;
    u->varnames = NULL;
    u->cellvars = NULL;
    u->freevars = NULL;
    u->qualname = NULL;
}

/* ------------------------------------------------------------ assembler */
/* Stack effect of an instruction; `jump` selects the effect when the jump
 * is taken (for exception setup: on entry to the handler). */
static int stack_effect(int op, uint32_t arg, bool jump) {
    switch (op) {
    case OP_NOP: case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR: return 0;
    case OP_POP_TOP: return -1;
    case OP_DUP_TOP: return 1;
    case OP_DUP_TOP_TWO: return 2;
    case OP_PUSH_NULL: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF:
    case OP_LOAD_CLASSDEREF: case OP_LOAD_CLOSURE: case OP_LOAD_NAME: case OP_LOAD_GLOBAL:
        return 1;
    case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_NAME: case OP_STORE_GLOBAL:
        return -1;
    case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_NAME: case OP_DELETE_GLOBAL:
        return 0;
    case OP_LOAD_ATTR: return 0;
    case OP_STORE_ATTR: return -2;
    case OP_DELETE_ATTR: return -1;
    case OP_LOAD_METHOD: return 1;
    case OP_BINARY_SUBSCR: return -1;
    case OP_STORE_SUBSCR: return -3;
    case OP_DELETE_SUBSCR: return -2;
    case OP_BINARY_OP: case OP_INPLACE_OP: return -1;
    case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_INVERT: case OP_UNARY_NOT:
        return 0;
    case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP: return -1;
    case OP_JUMP: return 0;
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: return -1;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_GET_ITER: return 0;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_SLICE:
    case OP_BUILD_STRING:
        return 1 - (int)arg;
    case OP_BUILD_MAP: return 1 - 2 * (int)arg;
    case OP_BUILD_CONST_KEY_MAP: return -(int)arg;
    case OP_LIST_APPEND: case OP_SET_ADD: return -1;
    case OP_MAP_ADD: return -2;
    case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE: return -1;
    case OP_LIST_TO_TUPLE: return 0;
    case OP_UNPACK_SEQUENCE: return (int)arg - 1;
    case OP_UNPACK_EX: return (int)(arg & 0xff) + (int)(arg >> 8);
    case OP_KW_NAMES: return 0;
    case OP_CALL: return -(int)arg - 1;
    case OP_CALL_EX: return -2 - (int)(arg & 1);
    case OP_MAKE_FUNCTION: return -1 - __builtin_popcount(arg);
    case OP_RETURN_VALUE: return -1;
    case OP_YIELD_VALUE: return 0;
    case OP_GET_YIELD_FROM_ITER: return 0;
    case OP_YIELD_FROM: return -1;
    case OP_SETUP_FINALLY: return jump ? 2 : 0;
    case OP_SETUP_WITH: return jump ? 2 : 1;
    case OP_POP_BLOCK: return 0;
    case OP_POP_EXCEPT: return -1;
    case OP_RERAISE: return -1;
    case OP_CHECK_EXC_MATCH: return 0;
    case OP_WITH_EXCEPT_START: return 1;
    case OP_RAISE_VARARGS: return -(int)arg;
    case OP_LOAD_BUILD_CLASS: return 1;
    case OP_IMPORT_NAME: return -1;
    case OP_IMPORT_FROM: return 1;
    case OP_IMPORT_STAR: return -1;
    case OP_FORMAT_VALUE: return (arg & FV_SPEC) ? -1 : 0;
    case OP_LOAD_ASSERTION_ERROR: return 1;
    case OP_SETUP_ANNOTATIONS: return 0;
    case OP_PRINT_EXPR: return -1;
    case OP_LOAD_LOCALS: return 1;
    case OP_CHECK_EG_MATCH: return 0;
    case OP_PREP_RERAISE_STAR: return -2;
    default: return 0;
    }
}

static bool is_jump(int op) { return opcode_kinds[op] == OPK_JUMP; }
static bool no_fallthrough(int op) {
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS;
}

static int compute_stacksize(Compiler *c, Unit *u) {
    int n = u->ncode;
    int *depth = malloc((n + 1) * sizeof(int));
    int *work = malloc((n + 1) * sizeof(int));
    char *queued = calloc(n + 1, 1);
    if (!depth || !work || !queued) {
        free(depth);
        free(work);
        free(queued);
        err_no_memory();
        c_pyerror(c);
    }
    for (int i = 0; i <= n; i++)
        depth[i] = -1;
    int nwork = 0, maxd = 0;
    depth[0] = 0;
    work[nwork++] = 0;
    queued[0] = 1;
    /* each entry point is queued at most once at a time, so the work list
     * never holds more than n+1 entries */
    while (nwork > 0) {
        int pc = work[--nwork];
        queued[pc] = 0;
        int d = depth[pc];
        while (pc < n) {
            uint32_t w = u->code[pc];
            int op = INSN_OP(w);
            uint32_t arg = INSN_ARG(w);
            if (is_jump(op)) {
                int t = (int)arg;
                int jd = d + stack_effect(op, arg, true);
                if (jd > maxd)
                    maxd = jd;
                if (t <= n && depth[t] < jd) {
                    depth[t] = jd;
                    if (!queued[t]) {
                        queued[t] = 1;
                        work[nwork++] = t;
                    }
                }
            }
            d += stack_effect(op, arg, false);
            if (d > maxd)
                maxd = d;
            if (no_fallthrough(op))
                break;
            pc++;
            if (pc <= n && depth[pc] >= d)
                break;
            if (pc <= n)
                depth[pc] = d;
        }
    }
    free(depth);
    free(work);
    free(queued);
    return maxd + 2;
}

static Tuple *names_tuple(Compiler *c, const char **names, int n) {
    Tuple *t = tuple_new(n);
    if (!t)
        c_pyerror(c);
    for (int i = 0; i < n; i++)
        SET_FIELD(t, t->items[i], c_str(c, names[i]));
    return t;
}

Code *c_leave_unit(Compiler *c) {
    Unit *u = c->u;
    /* resolve jump labels */
    for (int i = 0; i < u->ncode; i++) {
        int op = INSN_OP(u->code[i]);
        if (is_jump(op)) {
            int target = u->labels[INSN_ARG(u->code[i])];
            if (target < 0)
                c_error(c, u->curline, 0, "internal compiler error: unresolved label");
            u->code[i] = INSN(op, (uint32_t)target);
        }
    }
    int stacksize = compute_stacksize(c, u);
    Code *code = code_new(u->ncode, u->nlines);
    if (!code)
        c_pyerror(c);
    memcpy(code->insns, u->code, u->ncode * sizeof(uint32_t));
    /* inline cache slots for global and attribute lookups */
    int ncache = 0;
    for (int i = 0; i < u->ncode; i++) {
        int op = INSN_OP(u->code[i]);
        if (op == OP_LOAD_GLOBAL || op == OP_LOAD_ATTR || op == OP_LOAD_METHOD ||
            op == OP_STORE_ATTR)
            code->cache_index[i] = (uint32_t)++ncache;
    }
    if (ncache) {
        ValArray *ca = valarray_new(ncache);
        if (!ca)
            c_pyerror(c);
        SET_FIELD(code, code->caches, (Value)ca);
    }
    memcpy(code->linetab, u->lines, u->nlines * LT_STRIDE * sizeof(int32_t));
    code->argcount = u->argcount;
    code->posonlyargcount = u->posonly;
    code->kwonlyargcount = u->kwonly;
    code->nlocals = u->nvarnames;
    code->ncells = u->ncells;
    code->nfree = u->nfree;
    code->stacksize = stacksize;
    code->nslots = u->nvarnames + u->ncells + u->nfree + stacksize;
    code->firstlineno = u->firstlineno;
    code->flags = u->flags;
    Tuple *t = list_to_tuple(u->consts);
    if (!t)
        c_pyerror(c);
    SET_FIELD(code, code->consts, t);
    if (!(t = list_to_tuple(u->names)))
        c_pyerror(c);
    SET_FIELD(code, code->names, t);
    SET_FIELD(code, code->varnames, names_tuple(c, u->varnames, u->nvarnames));
    SET_FIELD(code, code->cellvars, names_tuple(c, u->cellvars, u->ncells));
    SET_FIELD(code, code->freevars, names_tuple(c, u->freevars, u->nfree));
    bool any = false;
    for (int i = 0; i < u->ncells; i++)
        if (c_varname(u, u->cellvars[i]) >= 0 &&
            c_varname(u, u->cellvars[i]) < u->argcount + u->kwonly +
                                               !!(u->flags & CO_VARARGS) +
                                               !!(u->flags & CO_VARKEYWORDS))
            any = true;
    if (any) {
        Tuple *ca = tuple_new(u->ncells);
        if (!ca)
            c_pyerror(c);
        int nparams = u->argcount + u->kwonly + !!(u->flags & CO_VARARGS) +
                      !!(u->flags & CO_VARKEYWORDS);
        for (int i = 0; i < u->ncells; i++) {
            int k = c_varname(u, u->cellvars[i]);
            SET_FIELD(ca, ca->items[i], MK_INT(k >= 0 && k < nparams ? k : -1));
        }
        SET_FIELD(code, code->cell2arg, ca);
    }
    const char *name = u->scope->kind == SK_MODULE ? "<module>" : u->scope->name;
    SET_FIELD(code, code->name, AS(Str, c_str(c, name)));
    Str *qn = str_from_cstr(u->scope->kind == SK_MODULE ? "<module>" : u->qualname);
    if (!qn)
        c_pyerror(c);
    SET_FIELD(code, code->qualname, qn);
    SET_FIELD(code, code->filename, c->filename_str);
    c->u = u->parent;
    free_unit(u);
    if (getenv("WEFT_DIS"))
        code_disassemble(code, stderr);
    return code;
}

void c_make_closure(Compiler *c, Code *code, int flags) {
    Unit *u = c->u;
    if (code->nfree > 0) {
        for (int i = 0; i < code->nfree; i++) {
            const char *n = STR_CSTR(AS(Str, code->freevars->items[i]));
            int k = c_derefname(u, n);
            if (k < 0)
                c_error(c, u->curline, 0, "internal compiler error: no cell for '%s'", n);
            c_emit(u, OP_LOAD_CLOSURE, k);
        }
        c_emit(u, OP_BUILD_TUPLE, code->nfree);
        flags |= MF_CLOSURE;
    }
    c_emit(u, OP_LOAD_CONST, c_const(u, (Value)code));
    c_emit(u, OP_LOAD_CONST, c_const(u, (Value)code->qualname));
    c_emit(u, OP_MAKE_FUNCTION, flags);
}

/* ------------------------------------------------------------ entry */
static Value syntax_error(ParseError *e, const char *filename) {
    Type *t = &SyntaxError_type;
    switch (e->kind) {
    case PERR_INDENTATION: t = &IndentationError_type; break;
    case PERR_TAB: t = &TabError_type; break;
    case PERR_MEMORY: return err_no_memory();
    case PERR_RECURSION: return err_str(&RecursionError_type, "maximum recursion depth exceeded during compilation");
    default: break;
    }
    Value msg = (Value)str_from_cstr(e->msg);
    Value fn = (Value)str_from_cstr(filename);
    Value text = NONE;
    if (e->text) {
        /* CPython keeps the line's newline, except for errors the
         * tokenizer reports on an unfinished line */
        bool nl = strncmp(e->msg, "unterminated", 12) != 0 &&
                  strncmp(e->msg, "closing parenthesis", 19) != 0 &&
                  strncmp(e->msg, "unmatched", 9) != 0;
        size_t n = strlen(e->text);
        char *buf = malloc(n + 2);
        if (!buf)
            return err_no_memory();
        memcpy(buf, e->text, n);
        if (nl && (n == 0 || buf[n - 1] != '\n'))
            buf[n++] = '\n';
        buf[n] = 0;
        text = (Value)str_from_cstr(buf);
        free(buf);
    }
    if (!msg || !fn || !text)
        return VNULL;
    Value lineno = e->lineno ? MK_INT(e->lineno) : NONE;
    Value offset = e->offset ? MK_INT(e->offset) : NONE;
    Value end_lineno = e->end_lineno ? MK_INT(e->end_lineno) : NONE;
    Value end_offset = e->end_offset ? MK_INT(e->end_offset) : NONE;
    Tuple *details = tuple_pack(6, fn, lineno, offset, text, end_lineno, end_offset);
    if (!details)
        return VNULL;
    Value args[2] = {msg, (Value)details};
    Value exc = exc_new(t, args, 2);
    if (!exc)
        return VNULL;
    if (obj_setattr(exc, ID(msg), msg) < 0 || obj_setattr(exc, ID(filename), fn) < 0 ||
        obj_setattr(exc, ID(lineno), lineno) < 0 || obj_setattr(exc, ID(offset), offset) < 0 ||
        obj_setattr(exc, ID(text), text) < 0 ||
        obj_setattr(exc, ID(end_lineno), end_lineno) < 0 ||
        obj_setattr(exc, ID(end_offset), end_offset) < 0)
        return VNULL;
    return err_set_value(exc);
}

/* Source line `lineno` (1-based) of src, copied into the arena. */
static const char *source_line(Arena *a, const char *src, size_t len, int lineno) {
    size_t i = 0;
    int line = 1;
    while (i < len && line < lineno) {
        if (src[i] == '\n')
            line++;
        i++;
    }
    if (line != lineno || i >= len)
        return NULL;
    size_t j = i;
    while (j < len && src[j] != '\n' && src[j] != '\r')
        j++;
    return arena_strndup(a, src + i, j - i);
}

static Code *compile_module(Compiler *c, AstModule *m) {
    Unit u;
    c_enter_unit(c, &u, c->si.top, "<module>", 1);
    if (m->kind == MOD_EXPRESSION) {
        c_set_line(&u, m->expr->lineno);
        c_expr(c, m->expr);
        c_emit(&u, OP_RETURN_VALUE, 0);
    } else {
        if (m->body.len > 0)
            c_set_line(&u, m->body.items[0]->lineno);
        if (c_has_annotations(m->body))
            c_emit(&u, OP_SETUP_ANNOTATIONS, 0);
        /* module docstring */
        StmtSeq body = m->body;
        if (c->mode != COMPILE_SINGLE && body.len > 0 && body.items[0]->kind == STMT_EXPR &&
            body.items[0]->v.Expr.value->kind == EXPR_CONSTANT &&
            body.items[0]->v.Expr.value->v.Constant.kind == CONST_STR) {
            c_expr(c, body.items[0]->v.Expr.value);
            c_store_name(c, "__doc__");
            body.items++;
            body.len--;
        }
        c_body(c, body);
        c_emit(&u, OP_LOAD_CONST, c_const(&u, NONE));
        c_emit(&u, OP_RETURN_VALUE, 0);
    }
    return c_leave_unit(c);
}

/* src/parse/symtable.h (not included: its Scope clashes with ours). */
struct SymTable *symtable_build(AstModule *mod, Arena *arena, ParseError *err);

Value compile_source(const char *src, size_t len, const char *filename, int mode) {
    Arena *arena = arena_new();
    if (!arena)
        return err_no_memory();
    ParseError err;
    memset(&err, 0, sizeof err);
    int pmode = mode == COMPILE_EVAL ? PARSE_EVAL : mode == COMPILE_SINGLE ? PARSE_SINGLE : PARSE_FILE;
    AstModule *m = parse_source(src, len, filename, pmode, arena, &err);
    if (!m) {
        if (!err.text && err.lineno > 0)
            err.text = source_line(arena, src, len, err.lineno);
        syntax_error(&err, filename);
        arena_free(arena);
        return VNULL;
    }
    Compiler *c = calloc(1, sizeof(Compiler));
    if (!c) {
        arena_free(arena);
        return err_no_memory();
    }
    c->arena = arena;
    c->si.arena = arena;
    c->err = &err;
    c->filename = filename;
    c->mode = mode;
    c->src = src;
    c->srclen = len;
    Value result = VNULL;
    volatile int stage = 0;
    if (setjmp(c->fail) == 0) {
        c->filename_str = str_intern_cstr(filename);
        if (!c->filename_str)
            c_pyerror(c);
        /* The front end's symbol table pass checks the scoping rules
         * (duplicate parameters, nonlocal/global misuse, return/yield
         * outside a function) with CPython's messages and positions. */
        if (!symtable_build(m, arena, &err) || scope_build(&c->si, m, &err) < 0) {
            stage = 1;
            longjmp(c->fail, 1);
        }
        result = (Value)compile_module(c, m);
    } else {
        while (c->u) {
            Unit *u = c->u;
            c->u = u->parent;
            free_unit(u);
        }
        if (err.kind != PERR_NONE) {
            /* as CPython, compiler errors show the source line only when
             * it can be read back from the named file */
            if (!err.text && err.lineno > 0 && access(filename, R_OK) == 0)
                err.text = source_line(arena, src, len, err.lineno);
            syntax_error(&err, filename);
        }
        result = VNULL;
    }
    (void)stage;
    free(c);
    arena_free(arena);
    return result;
}
