/* api_test.c - checks of the front end's C API that a compiler relies on
 * and that the text dumps do not show: constant payloads, error fields,
 * scope lookup by node, varnames/cellvars/freevars order, mangling.
 * Prints one line per failed check and "api_test: N checks, N failed". */
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "../../src/parse/parser.h"
#include "../../src/parse/symtable.h"

static int checks, failed;

static void check(int ok, const char *what, int line)
{
    checks++;
    if (!ok) {
        failed++;
        printf("FAIL line %d: %s\n", line, what);
    }
}
#define CHECK(c) check((c), #c, __LINE__)

static Module *parse(Arena *a, const char *src, int mode, ParseError *err)
{
    return parse_source(src, strlen(src), "<test>", mode, a, err);
}

static const Expr *first_expr(const Module *m)
{
    return m->body.items[0]->v.Expr.value;
}

static void test_constants(void)
{
    Arena *a = arena_new();
    ParseError err;
    Module *m = parse(a, "0x_Ff\n0o17\n0b101\n1_000\n0\n00\n1.5e3\n2j\n'a\\0b'\nb'\\xff\\x00'\n"
                         "u'x'\n'a' 'b' r'\\n'\n...\nNone\n", PARSE_FILE, &err);
    CHECK(m != NULL);
    if (!m)
        return;
    const Constant *c = &m->body.items[0]->v.Expr.value->v.Constant;
    CHECK(c->kind == CONST_INT && c->u.i.base == 16 && strcmp(c->u.i.digits, "ff") == 0);
    c = &m->body.items[1]->v.Expr.value->v.Constant;
    CHECK(c->kind == CONST_INT && c->u.i.base == 8 && strcmp(c->u.i.digits, "17") == 0);
    c = &m->body.items[2]->v.Expr.value->v.Constant;
    CHECK(c->u.i.base == 2 && strcmp(c->u.i.digits, "101") == 0);
    c = &m->body.items[3]->v.Expr.value->v.Constant;
    CHECK(c->u.i.base == 10 && strcmp(c->u.i.digits, "1000") == 0);
    c = &m->body.items[4]->v.Expr.value->v.Constant;
    CHECK(strcmp(c->u.i.digits, "0") == 0);
    c = &m->body.items[5]->v.Expr.value->v.Constant;
    CHECK(strcmp(c->u.i.digits, "0") == 0);
    c = &m->body.items[6]->v.Expr.value->v.Constant;
    CHECK(c->kind == CONST_FLOAT && c->u.f == 1500.0);
    c = &m->body.items[7]->v.Expr.value->v.Constant;
    CHECK(c->kind == CONST_IMAG && c->u.f == 2.0);
    c = &m->body.items[8]->v.Expr.value->v.Constant;
    CHECK(c->kind == CONST_STR && c->u.s.len == 3 && memcmp(c->u.s.data, "a\0b", 3) == 0);
    c = &m->body.items[9]->v.Expr.value->v.Constant;
    CHECK(c->kind == CONST_BYTES && c->u.s.len == 2 && (unsigned char)c->u.s.data[0] == 0xff &&
          c->u.s.data[1] == 0);
    c = &m->body.items[10]->v.Expr.value->v.Constant;
    CHECK(c->kind == CONST_STR && c->is_u);
    c = &m->body.items[11]->v.Expr.value->v.Constant;
    CHECK(c->u.s.len == 4 && strcmp(c->u.s.data, "ab\\n") == 0 && !c->is_u);
    CHECK(m->body.items[12]->v.Expr.value->v.Constant.kind == CONST_ELLIPSIS);
    CHECK(m->body.items[13]->v.Expr.value->v.Constant.kind == CONST_NONE);
    arena_free(a);
}

static void test_errors(void)
{
    Arena *a = arena_new();
    ParseError err;
    CHECK(parse(a, "x = 1\nif x\n    pass\n", PARSE_FILE, &err) == NULL);
    CHECK(err.kind == PERR_SYNTAX && strcmp(err.msg, "expected ':'") == 0);
    CHECK(err.lineno == 2 && err.offset == 5 && strcmp(err.text, "if x") == 0);
    CHECK(strcmp(err.filename, "<test>") == 0);
    CHECK(parse(a, "if x:\n\tif y:\n        pass\n", PARSE_FILE, &err) == NULL);
    CHECK(err.kind == PERR_TAB);
    CHECK(parse(a, "x = 'é€' + $\n", PARSE_FILE, &err) == NULL);
    CHECK(err.offset == 12); /* characters, not bytes */
    Module *m = parse(a, "1 +", PARSE_EVAL, &err);
    CHECK(m == NULL && err.kind == PERR_SYNTAX);
    m = parse(a, "def f():\n    return 1\nreturn 2\n", PARSE_FILE, &err);
    CHECK(m != NULL);
    CHECK(m && symtable_build(m, a, &err) == NULL && strcmp(err.msg, "'return' outside function") == 0 &&
          err.lineno == 3);
    arena_free(a);
}

static void test_scopes(void)
{
    Arena *a = arena_new();
    ParseError err;
    const char *src =
        "def f(b, a, /, c, *args, d, **kw):\n"
        "    z = 1\n"
        "    y = 2\n"
        "    def g():\n"
        "        nonlocal y\n"
        "        return z + y\n"
        "    yield g\n"
        "class C:\n"
        "    __p = 1\n"
        "    def m(self):\n"
        "        return super().m\n";
    Module *m = parse(a, src, PARSE_FILE, &err);
    CHECK(m != NULL);
    SymTable *st = m ? symtable_build(m, a, &err) : NULL;
    CHECK(st != NULL);
    if (!st)
        return;
    Stmt *fdef = m->body.items[0];
    Scope *f = symtable_lookup_scope(st, fdef);
    CHECK(f && f->type == SCOPE_FUNCTION && strcmp(f->name, "f") == 0);
    CHECK(symtable_lookup_scope(st, m) == st->top);
    CHECK(f->argcount == 3 && f->posonlyargcount == 2 && f->kwonlyargcount == 1);
    CHECK(f->has_varargs && f->has_varkw && f->is_generator);
    const char *want[] = {"b", "a", "c", "d", "args", "kw", "z", "y", "g"};
    CHECK(f->nvarnames == 9);
    for (int i = 0; i < f->nvarnames && i < 9; i++)
        CHECK(strcmp(f->varnames[i], want[i]) == 0);
    CHECK(f->ncellvars == 2 && strcmp(f->cellvars[0], "y") == 0 && strcmp(f->cellvars[1], "z") == 0);
    CHECK(scope_name_kind(f, "z") == SYM_CELL && scope_name_kind(f, "a") == SYM_LOCAL);
    Scope *g = f->nchildren == 1 ? f->children[0] : NULL;
    CHECK(g && g->nfreevars == 2 && strcmp(g->freevars[0], "y") == 0);
    CHECK(g && scope_name_kind(g, "y") == SYM_FREE && scope_name_kind(g, "nothing") == 0);
    char buf[8] = "z"; /* lookups work with any string, not only interned */
    CHECK(g && scope_name_kind(g, buf) == SYM_FREE);
    Scope *c = symtable_lookup_scope(st, m->body.items[1]);
    CHECK(c && c->type == SCOPE_CLASS && c->needs_class_closure);
    CHECK(c && c->ncellvars == 1 && strcmp(c->cellvars[0], "__class__") == 0);
    CHECK(c && strcmp(c->private_name, "C") == 0);
    const char *mangled = symtable_mangle(a, c->private_name, "__p");
    CHECK(strcmp(mangled, "_C__p") == 0 && scope_name_kind(c, mangled) == SYM_LOCAL);
    CHECK(strcmp(symtable_mangle(a, "C", "__init__"), "__init__") == 0);
    CHECK(strcmp(symtable_mangle(a, "___", "__x"), "__x") == 0);
    Scope *meth = c->children[0];
    CHECK(meth->nfreevars == 1 && strcmp(meth->freevars[0], "__class__") == 0);
    arena_free(a);
}

static void test_comprehension_scope(void)
{
    Arena *a = arena_new();
    ParseError err;
    Module *m = parse(a, "x = [i * j for i in a for j in b]\n", PARSE_FILE, &err);
    SymTable *st = m ? symtable_build(m, a, &err) : NULL;
    CHECK(st != NULL);
    if (!st)
        return;
    const Expr *lc = m->body.items[0]->v.Assign.value;
    Scope *sc = symtable_lookup_scope(st, lc);
    CHECK(sc && sc->comprehension == COMP_LIST && sc->argcount == 1);
    CHECK(sc && strcmp(sc->varnames[0], ".0") == 0 && sc->nvarnames == 3);
    CHECK(scope_name_kind(st->top, "a") == SYM_GLOBAL_IMPLICIT);
    CHECK(sc && scope_name_kind(sc, "b") == SYM_GLOBAL_IMPLICIT);
    arena_free(a);
}

static void test_future_and_modes(void)
{
    Arena *a = arena_new();
    ParseError err;
    Module *m = parse(a, "'''doc'''\nfrom __future__ import annotations\ndef f(x: T) -> U: pass\n",
                      PARSE_FILE, &err);
    SymTable *st = m ? symtable_build(m, a, &err) : NULL;
    CHECK(st && (st->future_flags & FUTURE_ANNOTATIONS));
    CHECK(st && scope_name_kind(st->top, "T") == 0);
    m = parse(a, "x = 1\n", PARSE_SINGLE, &err);
    CHECK(m && m->kind == MOD_INTERACTIVE && m->body.len == 1);
    m = parse(a, "a, b\n", PARSE_EVAL, &err);
    CHECK(m && m->kind == MOD_EXPRESSION && m->expr->kind == EXPR_TUPLE);
    const Expr *e = m ? m->expr : NULL;
    CHECK(e && e->lineno == 1 && e->col_offset == 0 && e->end_col_offset == 4);
    (void)first_expr;
    arena_free(a);
}

static void test_decode(void)
{
    ParseError err;
    char *out;
    size_t n;
    const char latin[] = "# -*- coding: latin-1 -*-\nx = '\xe9'\n";
    CHECK(parse_decode_source(latin, sizeof latin - 1, &out, &n, &err) == 0);
    CHECK(n == sizeof latin && strstr(out, "'\xc3\xa9'") != NULL);
    free(out);
    const char koi[] = "# coding: koi8-r\n";
    CHECK(parse_decode_source(koi, sizeof koi - 1, &out, &n, &err) < 0);
    CHECK(strcmp(err.msg, "unknown encoding: koi8-r") == 0);
}

int main(void)
{
    test_constants();
    test_errors();
    test_scopes();
    test_comprehension_scope();
    test_future_and_modes();
    test_decode();
    printf("api_test: %d checks, %d failed\n", checks, failed);
    return failed != 0;
}
