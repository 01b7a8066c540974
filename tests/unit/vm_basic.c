/* Unit test of the compiler and VM through their C entry points:
 * compile_source + vm_run_code (exec and eval), tracebacks and the line
 * table, SyntaxError attributes, generators surviving collections while
 * suspended, and RecursionError instead of a crash. */
#include <stdio.h>
#include <string.h>

#include "modules/modules.h"
#include "vm/vm.h"

static int failures;
#define CHECK(c)                                                         \
    do {                                                                 \
        if (!(c)) {                                                      \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c);          \
            failures++;                                                  \
        }                                                                \
    } while (0)

static Dict *new_globals(void) {
    Dict *g = dict_new();
    dict_set_cstr(g, "__builtins__", (Value)builtins_dict);
    dict_set_cstr(g, "__name__", (Value)str_from_cstr("__test__"));
    return g;
}

static Value run(Dict *g, const char *src, int mode) {
    Value code = compile_source(src, strlen(src), "<unit>", mode);
    if (!code)
        return VNULL;
    return vm_run_code(code, g, g);
}

static int64_t int_of(Value v) { return v && IS_INT(v) ? INT_VAL(v) : -999999; }

static void test_exec_eval(void) {
    Dict *g = new_globals();
    CHECK(run(g, "x = 1 + 2\ndef f(a, b=10):\n    return a * b\ny = f(x)\n", COMPILE_EXEC) == NONE);
    CHECK(int_of(dict_get_cstr(g, "x")) == 3);
    CHECK(int_of(dict_get_cstr(g, "y")) == 30);
    CHECK(int_of(run(g, "sum(i * i for i in range(10))", COMPILE_EVAL)) == 285);
    CHECK(int_of(run(g, "[k for k in range(5) if k % 2][-1]", COMPILE_EVAL)) == 3);
    CHECK(int_of(run(g, "(lambda *a, **k: len(a) + len(k))(1, 2, z=3)", COMPILE_EVAL)) == 3);
    err_clear();
}

static void test_traceback(void) {
    Dict *g = new_globals();
    Value r = run(g, "def f():\n    return 1 // 0\n\nf()\n", COMPILE_EXEC);
    CHECK(r == VNULL);
    Value e = err_fetch();
    CHECK(e && obj_is_instance_of(e, &ZeroDivisionError_type));
    if (e) {
        Traceback *tb = AS(BaseExc, e)->traceback;
        CHECK(tb && tb->lineno == 4);            /* outermost: the call */
        CHECK(tb && tb->next && tb->next->lineno == 2 && !tb->next->next);
        if (tb && tb->next) {
            CHECK(str_eq_cstr(code_name(tb->next->code), "f"));
            CHECK(code_addr_to_line(tb->next->code, tb->next->lasti) == 2);
            int l0, l1, c0, c1;
            CHECK(code_addr_to_position(tb->next->code, tb->next->lasti, &l0, &l1, &c0, &c1) == 0);
            CHECK(l0 == 2 && c0 == 11 && c1 == 17);
        }
    }
}

static void test_syntax_error(void) {
    const char *src = "x = 1\nwhile True:\n    pass\nbreak\n";
    Value code = compile_source(src, strlen(src), "<unit>", COMPILE_EXEC);
    CHECK(code == VNULL);
    Value e = err_fetch();
    CHECK(e && obj_is_instance_of(e, &SyntaxError_type));
    if (e) {
        Value ln = obj_getattr(e, ID(lineno));
        CHECK(int_of(ln) == 4);
        err_clear();
    }
}

static void test_generator_gc(void) {
    Dict *g = new_globals();
    CHECK(run(g, "def gen(n):\n    acc = [str(i) for i in range(n)]\n    for s in acc:\n"
                 "        yield len(s)\nit = gen(2000)\nfirst = next(it)\n",
              COMPILE_EXEC) == NONE);
    gc_collect();
    gc_collect();
    Value r = run(g, "first + sum(it)", COMPILE_EVAL);
    CHECK(int_of(r) == 6890);
    err_clear();
}

static void test_recursion(void) {
    Dict *g = new_globals();
    Value r = run(g, "def d(n):\n    return d(n + 1)\nd(0)\n", COMPILE_EXEC);
    CHECK(r == VNULL && err_matches(&RecursionError_type));
    err_clear();
    CHECK(ts_current->depth == 0);
    CHECK(int_of(run(g, "(lambda: 5)()", COMPILE_EVAL)) == 5);
}

int main(void) {
    int base;
    static char *argv[] = {"-c", NULL};
    run_config.mode = RUN_COMMAND;
    run_config.command = "pass";
    if (runtime_init(1, argv, &base) < 0) {
        printf("vm_basic: runtime_init failed\n");
        return 1;
    }
    test_exec_eval();
    test_traceback();
    test_syntax_error();
    test_generator_gc();
    test_recursion();
    if (failures)
        printf("vm_basic: %d failure(s)\n", failures);
    else
        printf("vm_basic: ok\n");
    return failures != 0;
}
