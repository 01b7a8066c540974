/* astdump.c - test driver for the Weft front end.
 *
 * Parses a Python file with src/parse and prints, byte for byte, what
 * CPython 3.11 prints for the same file (the reference side is
 * tests/parse/pydump.py), so the two can be diffed:
 *   astdump FILE               ast.dump(tree)
 *   astdump --attrs FILE       ast.dump(tree, include_attributes=True)
 *   astdump --error FILE       "Kind: msg (line L, col C)" or "OK"
 *   astdump --symtable FILE    scopes and symbols (tests/parse/symdump.py)
 *   astdump --mode eval|single ...   other start rules
 *   astdump --time N FILE      parse N times and report the time
 * Python reprs (str, bytes, int, float, complex) are reproduced here.
 */
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../src/parse/ast.h"
#include "../../src/parse/chartab.h"
#include "../../src/parse/parser.h"
#ifndef NO_SYMTABLE
#include "../../src/parse/symtable.h"
#endif

static int with_attrs;

/* ------------------------------------------------------------------ */
/* Output buffer                                                       */

static char *out;
static size_t out_len, out_cap;

static void put(const char *s, size_t n)
{
    if (out_len + n + 1 > out_cap) {
        out_cap = (out_len + n + 1) * 2;
        out = realloc(out, out_cap);
        if (!out) {
            perror("realloc");
            exit(2);
        }
    }
    memcpy(out + out_len, s, n);
    out_len += n;
}

static void puts_(const char *s)
{
    put(s, strlen(s));
}

static void putf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void putf(const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    put(buf, (size_t)n);
}

/* ------------------------------------------------------------------ */
/* Python reprs                                                        */

static void repr_str(const char *s, size_t n)
{
    int sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    put(&quote, 1);
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        uint32_t cp = c;
        int k = 1;
        if (c >= 0x80) {
            /* generalized UTF-8: surrogates are 3-byte sequences */
            if (c >= 0xF0)
                k = 4, cp = c & 0x07;
            else if (c >= 0xE0)
                k = 3, cp = c & 0x0F;
            else
                k = 2, cp = c & 0x1F;
            for (int j = 1; j < k && i + (size_t)j < n; j++)
                cp = (cp << 6) | ((unsigned char)s[i + (size_t)j] & 0x3F);
        }
        if (cp == (uint32_t)quote || cp == '\\') {
            putf("\\%c", (char)cp);
        } else if (cp == '\t') {
            puts_("\\t");
        } else if (cp == '\n') {
            puts_("\\n");
        } else if (cp == '\r') {
            puts_("\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            putf("\\x%02x", cp);
        } else if (cp < 0x7f) {
            put((const char *)&s[i], 1);
        } else if (chartab_is_printable(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            put(s + i, (size_t)k);
        } else if (cp <= 0xff) {
            putf("\\x%02x", cp);
        } else if (cp <= 0xffff) {
            putf("\\u%04x", cp);
        } else {
            putf("\\U%08x", cp);
        }
        i += (size_t)k;
    }
    put(&quote, 1);
}

static void repr_bytes(const char *s, size_t n)
{
    int sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    puts_("b");
    put(&quote, 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)quote || c == '\\')
            putf("\\%c", c);
        else if (c == '\t')
            puts_("\\t");
        else if (c == '\n')
            puts_("\\n");
        else if (c == '\r')
            puts_("\\r");
        else if (c < 0x20 || c >= 0x7f)
            putf("\\x%02x", c);
        else
            put((const char *)&c, 1);
    }
    put(&quote, 1);
}

/* Decimal text of an integer given as digits in base 2..16. */
static void repr_int(const char *digits, int base)
{
    size_t n = strlen(digits);
    uint32_t *limb = calloc(n + 1, sizeof(uint32_t)); /* base 1e9, little end */
    size_t used = 1;
    for (size_t i = 0; i < n; i++) {
        int d = digits[i] <= '9' ? digits[i] - '0' : (digits[i] | 0x20) - 'a' + 10;
        uint64_t carry = (uint64_t)d;
        for (size_t j = 0; j < used; j++) {
            uint64_t v = (uint64_t)limb[j] * (uint64_t)base + carry;
            limb[j] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry)
            limb[used++] = (uint32_t)carry;
    }
    putf("%u", limb[used - 1]);
    for (size_t j = used - 1; j-- > 0;)
        putf("%09u", limb[j]);
    free(limb);
}

/* Python's repr() of a finite double (shortest round-trip digits, 'r'
 * formatting); add_dot0 appends ".0" to integral values (float repr). */
static void repr_double(double x, int add_dot0)
{
    if (isinf(x)) {
        puts_(x > 0 ? "inf" : "-inf");
        return;
    }
    if (isnan(x)) {
        puts_("nan");
        return;
    }
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    /* buf is [-]d[.ddd]e[+-]XX: split into digits and exponent */
    char digits[32];
    int nd = 0, neg = 0;
    char *p = buf;
    if (*p == '-')
        neg = 1, p++;
    for (; *p != 'e'; p++)
        if (*p != '.')
            digits[nd++] = *p;
    int exp10 = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = '\0';
    int decpt = exp10 + 1; /* value = 0.digits * 10^decpt */
    if (neg)
        puts_("-");
    if (decpt <= -4 || decpt > 16) {
        put(digits, 1);
        if (nd > 1) {
            puts_(".");
            put(digits + 1, (size_t)nd - 1);
        }
        putf("e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
    } else if (decpt <= 0) {
        puts_("0.");
        for (int i = 0; i < -decpt; i++)
            puts_("0");
        put(digits, (size_t)nd);
    } else if (decpt >= nd) {
        put(digits, (size_t)nd);
        for (int i = nd; i < decpt; i++)
            puts_("0");
        if (add_dot0)
            puts_(".0");
    } else {
        put(digits, (size_t)decpt);
        puts_(".");
        put(digits + decpt, (size_t)(nd - decpt));
    }
}

static void repr_constant(const Constant *c)
{
    switch (c->kind) {
    case CONST_NONE: puts_("None"); break;
    case CONST_TRUE: puts_("True"); break;
    case CONST_FALSE: puts_("False"); break;
    case CONST_ELLIPSIS: puts_("Ellipsis"); break;
    case CONST_INT: repr_int(c->u.i.digits, c->u.i.base); break;
    case CONST_FLOAT: repr_double(c->u.f, 1); break;
    case CONST_IMAG:
        repr_double(c->u.f, 0);
        puts_("j");
        break;
    case CONST_STR: repr_str(c->u.s.data, c->u.s.len); break;
    case CONST_BYTES: repr_bytes(c->u.s.data, c->u.s.len); break;
    }
}

/* ------------------------------------------------------------------ */
/* Tree printer                                                        */

static void dump_expr(const Expr *e);
static void dump_stmt(const Stmt *s);

/* Field separator state: one per node being printed. */
typedef struct Node {
    int first;
} Node;

static void open_node(Node *n, const char *name)
{
    puts_(name);
    puts_("(");
    n->first = 1;
}

static void field(Node *n, const char *name)
{
    if (!n->first)
        puts_(", ");
    n->first = 0;
    puts_(name);
    puts_("=");
}

static void loc(Node *n, int lineno, int col, int end_lineno, int end_col)
{
    if (!with_attrs)
        return;
    field(n, "lineno");
    putf("%d", lineno);
    field(n, "col_offset");
    putf("%d", col);
    field(n, "end_lineno");
    putf("%d", end_lineno);
    field(n, "end_col_offset");
    putf("%d", end_col);
}

static void close_node(void)
{
    puts_(")");
}

static void ident(const char *s)
{
    repr_str(s, strlen(s));
}

static void opt_expr(Node *n, const char *name, const Expr *e)
{
    if (e) {
        field(n, name);
        dump_expr(e);
    }
}

static void expr_field(Node *n, const char *name, const Expr *e)
{
    field(n, name);
    dump_expr(e);
}

static void expr_list(Node *n, const char *name, ExprSeq seq)
{
    field(n, name);
    puts_("[");
    for (int i = 0; i < seq.len; i++) {
        if (i)
            puts_(", ");
        if (seq.items[i])
            dump_expr(seq.items[i]);
        else
            puts_("None");
    }
    puts_("]");
}

static void stmt_list(Node *n, const char *name, StmtSeq seq)
{
    field(n, name);
    puts_("[");
    for (int i = 0; i < seq.len; i++) {
        if (i)
            puts_(", ");
        dump_stmt(seq.items[i]);
    }
    puts_("]");
}

static void simple(Node *n, const char *name, const char *cls)
{
    field(n, name);
    puts_(cls);
    puts_("()");
}

static void ctx_field(Node *n, ExprContext ctx)
{
    simple(n, "ctx", ast_context_name(ctx));
}

static void dump_arg(const Arg *a)
{
    Node n;
    open_node(&n, "arg");
    field(&n, "arg");
    ident(a->arg);
    opt_expr(&n, "annotation", a->annotation);
    loc(&n, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
    close_node();
}

static void arg_list(Node *n, const char *name, ArgSeq seq)
{
    field(n, name);
    puts_("[");
    for (int i = 0; i < seq.len; i++) {
        if (i)
            puts_(", ");
        dump_arg(seq.items[i]);
    }
    puts_("]");
}

static void dump_arguments(const Arguments *a)
{
    Node n;
    open_node(&n, "arguments");
    arg_list(&n, "posonlyargs", a->posonlyargs);
    arg_list(&n, "args", a->args);
    if (a->vararg) {
        field(&n, "vararg");
        dump_arg(a->vararg);
    }
    arg_list(&n, "kwonlyargs", a->kwonlyargs);
    expr_list(&n, "kw_defaults", a->kw_defaults);
    if (a->kwarg) {
        field(&n, "kwarg");
        dump_arg(a->kwarg);
    }
    expr_list(&n, "defaults", a->defaults);
    close_node();
}

static void keyword_list(Node *n, KeywordSeq seq)
{
    field(n, "keywords");
    puts_("[");
    for (int i = 0; i < seq.len; i++) {
        const Keyword *k = seq.items[i];
        Node kn;
        if (i)
            puts_(", ");
        open_node(&kn, "keyword");
        if (k->arg) {
            field(&kn, "arg");
            ident(k->arg);
        }
        expr_field(&kn, "value", k->value);
        loc(&kn, k->lineno, k->col_offset, k->end_lineno, k->end_col_offset);
        close_node();
    }
    puts_("]");
}

static void generators(Node *n, ComprehensionSeq seq)
{
    field(n, "generators");
    puts_("[");
    for (int i = 0; i < seq.len; i++) {
        const Comprehension *c = seq.items[i];
        Node cn;
        if (i)
            puts_(", ");
        open_node(&cn, "comprehension");
        expr_field(&cn, "target", c->target);
        expr_field(&cn, "iter", c->iter);
        expr_list(&cn, "ifs", c->ifs);
        field(&cn, "is_async");
        putf("%d", c->is_async);
        close_node();
    }
    puts_("]");
}

static void dump_expr(const Expr *e)
{
    Node n;
    open_node(&n, ast_expr_kind_name(e->kind));
    switch (e->kind) {
    case EXPR_BOOLOP:
        simple(&n, "op", ast_boolop_name(e->v.BoolOp.op));
        expr_list(&n, "values", e->v.BoolOp.values);
        break;
    case EXPR_NAMEDEXPR:
        expr_field(&n, "target", e->v.NamedExpr.target);
        expr_field(&n, "value", e->v.NamedExpr.value);
        break;
    case EXPR_BINOP:
        expr_field(&n, "left", e->v.BinOp.left);
        simple(&n, "op", ast_operator_name(e->v.BinOp.op));
        expr_field(&n, "right", e->v.BinOp.right);
        break;
    case EXPR_UNARYOP:
        simple(&n, "op", ast_unaryop_name(e->v.UnaryOp.op));
        expr_field(&n, "operand", e->v.UnaryOp.operand);
        break;
    case EXPR_LAMBDA:
        field(&n, "args");
        dump_arguments(e->v.Lambda.args);
        expr_field(&n, "body", e->v.Lambda.body);
        break;
    case EXPR_IFEXP:
        expr_field(&n, "test", e->v.IfExp.test);
        expr_field(&n, "body", e->v.IfExp.body);
        expr_field(&n, "orelse", e->v.IfExp.orelse);
        break;
    case EXPR_DICT:
        expr_list(&n, "keys", e->v.Dict.keys);
        expr_list(&n, "values", e->v.Dict.values);
        break;
    case EXPR_SET:
        expr_list(&n, "elts", e->v.Set.elts);
        break;
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_GENERATOREXP:
        /* the three share one layout */
        expr_field(&n, "elt", e->v.ListComp.elt);
        generators(&n, e->v.ListComp.generators);
        break;
    case EXPR_DICTCOMP:
        expr_field(&n, "key", e->v.DictComp.key);
        expr_field(&n, "value", e->v.DictComp.value);
        generators(&n, e->v.DictComp.generators);
        break;
    case EXPR_YIELD:
        opt_expr(&n, "value", e->v.Yield.value);
        break;
    case EXPR_YIELDFROM:
        expr_field(&n, "value", e->v.YieldFrom.value);
        break;
    case EXPR_COMPARE:
        expr_field(&n, "left", e->v.Compare.left);
        field(&n, "ops");
        puts_("[");
        for (int i = 0; i < e->v.Compare.ops.len; i++) {
            if (i)
                puts_(", ");
            puts_(ast_cmpop_name(e->v.Compare.ops.items[i]));
            puts_("()");
        }
        puts_("]");
        expr_list(&n, "comparators", e->v.Compare.comparators);
        break;
    case EXPR_CALL:
        expr_field(&n, "func", e->v.Call.func);
        expr_list(&n, "args", e->v.Call.args);
        keyword_list(&n, e->v.Call.keywords);
        break;
    case EXPR_FORMATTEDVALUE:
        expr_field(&n, "value", e->v.FormattedValue.value);
        field(&n, "conversion");
        putf("%d", e->v.FormattedValue.conversion);
        opt_expr(&n, "format_spec", e->v.FormattedValue.format_spec);
        break;
    case EXPR_JOINEDSTR:
        expr_list(&n, "values", e->v.JoinedStr.values);
        break;
    case EXPR_CONSTANT:
        field(&n, "value");
        repr_constant(&e->v.Constant);
        if (e->v.Constant.is_u) {
            field(&n, "kind");
            puts_("'u'");
        }
        break;
    case EXPR_ATTRIBUTE:
        expr_field(&n, "value", e->v.Attribute.value);
        field(&n, "attr");
        ident(e->v.Attribute.attr);
        ctx_field(&n, e->v.Attribute.ctx);
        break;
    case EXPR_SUBSCRIPT:
        expr_field(&n, "value", e->v.Subscript.value);
        expr_field(&n, "slice", e->v.Subscript.slice);
        ctx_field(&n, e->v.Subscript.ctx);
        break;
    case EXPR_STARRED:
        expr_field(&n, "value", e->v.Starred.value);
        ctx_field(&n, e->v.Starred.ctx);
        break;
    case EXPR_NAME:
        field(&n, "id");
        ident(e->v.Name.id);
        ctx_field(&n, e->v.Name.ctx);
        break;
    case EXPR_LIST:
        expr_list(&n, "elts", e->v.List.elts);
        ctx_field(&n, e->v.List.ctx);
        break;
    case EXPR_TUPLE:
        expr_list(&n, "elts", e->v.Tuple.elts);
        ctx_field(&n, e->v.Tuple.ctx);
        break;
    case EXPR_SLICE:
        opt_expr(&n, "lower", e->v.Slice.lower);
        opt_expr(&n, "upper", e->v.Slice.upper);
        opt_expr(&n, "step", e->v.Slice.step);
        break;
    default:
        break;
    }
    loc(&n, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    close_node();
}

static void alias_list(Node *n, AliasSeq seq)
{
    field(n, "names");
    puts_("[");
    for (int i = 0; i < seq.len; i++) {
        const Alias *a = seq.items[i];
        Node an;
        if (i)
            puts_(", ");
        open_node(&an, "alias");
        field(&an, "name");
        ident(a->name);
        if (a->asname) {
            field(&an, "asname");
            ident(a->asname);
        }
        loc(&an, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
        close_node();
    }
    puts_("]");
}

static void ident_list(Node *n, IdentSeq seq)
{
    field(n, "names");
    puts_("[");
    for (int i = 0; i < seq.len; i++) {
        if (i)
            puts_(", ");
        ident(seq.items[i]);
    }
    puts_("]");
}

static void handlers(Node *n, ExceptHandlerSeq seq)
{
    field(n, "handlers");
    puts_("[");
    for (int i = 0; i < seq.len; i++) {
        const ExceptHandler *h = seq.items[i];
        Node hn;
        if (i)
            puts_(", ");
        open_node(&hn, "ExceptHandler");
        opt_expr(&hn, "type", h->type);
        if (h->name) {
            field(&hn, "name");
            ident(h->name);
        }
        stmt_list(&hn, "body", h->body);
        loc(&hn, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset);
        close_node();
    }
    puts_("]");
}

static void with_items(Node *n, WithItemSeq seq)
{
    field(n, "items");
    puts_("[");
    for (int i = 0; i < seq.len; i++) {
        const WithItem *w = seq.items[i];
        Node wn;
        if (i)
            puts_(", ");
        open_node(&wn, "withitem");
        expr_field(&wn, "context_expr", w->context_expr);
        opt_expr(&wn, "optional_vars", w->optional_vars);
        close_node();
    }
    puts_("]");
}

static void dump_stmt(const Stmt *s)
{
    Node n;
    open_node(&n, ast_stmt_kind_name(s->kind));
    switch (s->kind) {
    case STMT_FUNCTIONDEF:
        field(&n, "name");
        ident(s->v.FunctionDef.name);
        field(&n, "args");
        dump_arguments(s->v.FunctionDef.args);
        stmt_list(&n, "body", s->v.FunctionDef.body);
        expr_list(&n, "decorator_list", s->v.FunctionDef.decorator_list);
        opt_expr(&n, "returns", s->v.FunctionDef.returns);
        break;
    case STMT_CLASSDEF:
        field(&n, "name");
        ident(s->v.ClassDef.name);
        expr_list(&n, "bases", s->v.ClassDef.bases);
        keyword_list(&n, s->v.ClassDef.keywords);
        stmt_list(&n, "body", s->v.ClassDef.body);
        expr_list(&n, "decorator_list", s->v.ClassDef.decorator_list);
        break;
    case STMT_RETURN:
        opt_expr(&n, "value", s->v.Return.value);
        break;
    case STMT_DELETE:
        expr_list(&n, "targets", s->v.Delete.targets);
        break;
    case STMT_ASSIGN:
        expr_list(&n, "targets", s->v.Assign.targets);
        expr_field(&n, "value", s->v.Assign.value);
        break;
    case STMT_AUGASSIGN:
        expr_field(&n, "target", s->v.AugAssign.target);
        simple(&n, "op", ast_operator_name(s->v.AugAssign.op));
        expr_field(&n, "value", s->v.AugAssign.value);
        break;
    case STMT_ANNASSIGN:
        expr_field(&n, "target", s->v.AnnAssign.target);
        expr_field(&n, "annotation", s->v.AnnAssign.annotation);
        opt_expr(&n, "value", s->v.AnnAssign.value);
        field(&n, "simple");
        putf("%d", s->v.AnnAssign.simple);
        break;
    case STMT_FOR:
        expr_field(&n, "target", s->v.For.target);
        expr_field(&n, "iter", s->v.For.iter);
        stmt_list(&n, "body", s->v.For.body);
        stmt_list(&n, "orelse", s->v.For.orelse);
        break;
    case STMT_WHILE:
        expr_field(&n, "test", s->v.While.test);
        stmt_list(&n, "body", s->v.While.body);
        stmt_list(&n, "orelse", s->v.While.orelse);
        break;
    case STMT_IF:
        expr_field(&n, "test", s->v.If.test);
        stmt_list(&n, "body", s->v.If.body);
        stmt_list(&n, "orelse", s->v.If.orelse);
        break;
    case STMT_WITH:
        with_items(&n, s->v.With.items);
        stmt_list(&n, "body", s->v.With.body);
        break;
    case STMT_RAISE:
        opt_expr(&n, "exc", s->v.Raise.exc);
        opt_expr(&n, "cause", s->v.Raise.cause);
        break;
    case STMT_TRY:
    case STMT_TRYSTAR:
        stmt_list(&n, "body", s->v.Try.body);
        handlers(&n, s->v.Try.handlers);
        stmt_list(&n, "orelse", s->v.Try.orelse);
        stmt_list(&n, "finalbody", s->v.Try.finalbody);
        break;
    case STMT_ASSERT:
        expr_field(&n, "test", s->v.Assert.test);
        opt_expr(&n, "msg", s->v.Assert.msg);
        break;
    case STMT_IMPORT:
        alias_list(&n, s->v.Import.names);
        break;
    case STMT_IMPORTFROM:
        if (s->v.ImportFrom.module) {
            field(&n, "module");
            ident(s->v.ImportFrom.module);
        }
        alias_list(&n, s->v.ImportFrom.names);
        field(&n, "level");
        putf("%d", s->v.ImportFrom.level);
        break;
    case STMT_GLOBAL:
        ident_list(&n, s->v.Global.names);
        break;
    case STMT_NONLOCAL:
        ident_list(&n, s->v.Nonlocal.names);
        break;
    case STMT_EXPR:
        expr_field(&n, "value", s->v.Expr.value);
        break;
    default:
        break;
    }
    loc(&n, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    close_node();
}

static void dump_module(const Module *m)
{
    Node n;
    switch (m->kind) {
    case MOD_EXPRESSION:
        open_node(&n, "Expression");
        expr_field(&n, "body", m->expr);
        break;
    case MOD_INTERACTIVE:
        open_node(&n, "Interactive");
        stmt_list(&n, "body", m->body);
        break;
    default:
        open_node(&n, "Module");
        stmt_list(&n, "body", m->body);
        field(&n, "type_ignores");
        puts_("[]");
        break;
    }
    close_node();
    puts_("\n");
}

/* ------------------------------------------------------------------ */
/* Driver                                                              */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    if (f != stdin)
        fclose(f);
    *len = n;
    return buf;
}

static void print_error(const ParseError *err)
{
    putf("%s: ", parse_error_kind_name(err->kind));
    puts_(err->msg);
    if (err->lineno || err->offset)
        putf(" (line %d, col %d)\n", err->lineno, err->offset);
    else
        puts_(" (line None, col None)\n");
}

static int usage(void)
{
    fprintf(stderr, "usage: astdump [--attrs|--error|--symtable] [--mode exec|eval|single] "
                    "[--time N] FILE\n");
    return 2;
}

static int real_main(int argc, char **argv)
{
    int error_mode = 0, sym_mode = 0, mode = PARSE_FILE, repeat = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--attrs") == 0)
            with_attrs = 1;
        else if (strcmp(argv[i], "--error") == 0)
            error_mode = 1;
        else if (strcmp(argv[i], "--symtable") == 0)
            sym_mode = 1;
        else if (strcmp(argv[i], "--time") == 0 && i + 1 < argc)
            repeat = atoi(argv[++i]);
        else if (strcmp(argv[i], "--mode") == 0 && i + 1 < argc) {
            const char *m = argv[++i];
            mode = strcmp(m, "eval") == 0 ? PARSE_EVAL : strcmp(m, "single") == 0 ? PARSE_SINGLE
                                                                                   : PARSE_FILE;
        } else if (argv[i][0] == '-' && argv[i][1])
            return usage();
        else
            path = argv[i];
    }
    if (!path)
        return usage();
    size_t rawlen, len;
    char *raw = read_file(path, &rawlen), *src;
    {
        ParseError derr;
        if (parse_decode_source(raw, rawlen, &src, &len, &derr) < 0) {
            print_error(&derr);
            fwrite(out, 1, out_len, stdout);
            return error_mode ? 0 : 1;
        }
        free(raw);
    }
    if (repeat > 0) {
        clock_t t0 = clock();
        for (int i = 0; i < repeat; i++) {
            Arena *a = arena_new();
            ParseError err;
            parse_source(src, len, path, mode, a, &err);
            arena_free(a);
        }
        double ms = (double)(clock() - t0) * 1000.0 / CLOCKS_PER_SEC / repeat;
        printf("%.3f ms per parse\n", ms);
        free(src);
        return 0;
    }
    Arena *arena = arena_new();
    ParseError err;
    Module *m = parse_source(src, len, path, mode, arena, &err);
    int rc = 0;
#ifndef NO_SYMTABLE
    if (m && (sym_mode || error_mode)) {
        SymTable *st = symtable_build(m, arena, &err);
        if (!st)
            m = NULL;
        else if (sym_mode)
            symtable_dump(st, puts_);
    }
#endif
    if (!m) {
        print_error(&err);
        rc = error_mode ? 0 : 1;
    } else if (error_mode) {
        puts_("OK\n");
    } else if (!sym_mode) {
        dump_module(m);
    }
    fwrite(out, 1, out_len, stdout);
    free(out);
    arena_free(arena);
    free(src);
    return rc;
}

/* The front end may use several MiB of stack on pathological input (see
 * PARSE_MAX_STACK); run it on a thread with plenty. */
typedef struct MainArgs {
    int argc;
    char **argv;
    int rc;
} MainArgs;

static void *main_thread(void *arg)
{
    MainArgs *m = arg;
    m->rc = real_main(m->argc, m->argv);
    return NULL;
}

int main(int argc, char **argv)
{
    MainArgs m = {argc, argv, 2};
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)64 << 20);
    if (pthread_create(&t, &attr, main_thread, &m) != 0)
        return real_main(argc, argv);
    pthread_join(t, NULL);
    return m.rc;
}
