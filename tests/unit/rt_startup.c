/* rt_startup.c - unit tests for the runtime: start-up (runtime_init),
 * builtin module registration and import, sys attributes, a file round
 * trip through open(), exception formatting, and running a -c program
 * with runtime_main. */
#include <stdio.h>
#include <string.h>

#include "modules/modules.h"

static int failures;
#define CHECK(cond, ...)                                \
    do {                                                \
        if (!(cond)) {                                  \
            failures++;                                 \
            printf("FAIL %s:%d: ", __FILE__, __LINE__); \
            printf(__VA_ARGS__);                        \
            printf("\n");                               \
        }                                               \
    } while (0)

/* Run source in a fresh namespace with builtins; returns the namespace. */
static Dict *run(const char *src) {
    Dict *ns = dict_new();
    Value b = dict_get_cstr(sys_modules, "builtins");
    dict_set_cstr(ns, "__builtins__", b);
    dict_set_cstr(ns, "__name__", OBJ_VAL(str_from_cstr("t")));
    Value code = compile_source(src, strlen(src), "<test>", COMPILE_EXEC);
    if (!code || !vm_run_code(code, ns, ns)) {
        Value e = err_fetch();
        if (e)
            exc_print(e);
        return NULL;
    }
    return ns;
}

int main(void) {
    int base;
    static char *argv[] = {"-c", "arg1", NULL};
    run_config.mode = RUN_COMMAND;
    run_config.command = "result = sum(range(10))";
    run_config.orig_argc = 2;
    run_config.orig_argv = argv;
    CHECK(runtime_init(2, argv, &base) == 0, "runtime_init failed");

    CHECK(dict_get_cstr(sys_modules, "sys") != VNULL, "sys not in sys.modules");
    CHECK(dict_get_cstr(sys_modules, "builtins") != VNULL, "builtins not in sys.modules");
    CHECK(dict_get_cstr(builtins_dict, "print") != VNULL, "print missing");
    CHECK(dict_get_cstr(builtins_dict, "ValueError") == OBJ_VAL(&ValueError_type),
          "ValueError missing");

    Value t = import_module(str_from_cstr("time"));
    CHECK(t && IS_EXACT(t, module_type), "import time failed");
    CHECK(import_module(str_from_cstr("time")) == t, "time imported twice");
    CHECK(!import_module(str_from_cstr("no_such_module_xyz")) &&
              err_matches(&ModuleNotFoundError_type),
          "missing module should raise ModuleNotFoundError");
    err_clear();

    Dict *ns = run("import sys\n"
                   "argv = sys.argv\n"
                   "ok = sys.maxsize == 2**63 - 1 and sys.version_info[:2] == (3, 11)\n"
                   "p = '/tmp/weft_rt_startup.txt'\n"
                   "with open(p, 'w') as f:\n"
                   "    f.write('a\\r\\nb\\n')\n"
                   "lines = open(p).readlines()\n"
                   "raw = open(p, 'rb').read()\n");
    CHECK(ns != NULL, "script failed");
    if (ns) {
        Str *r = obj_repr(dict_get_cstr(ns, "argv"));
        CHECK(r && str_eq_cstr(r, "['-c', 'arg1']"), "sys.argv = %s", r ? STR_CSTR(r) : "?");
        CHECK(dict_get_cstr(ns, "ok") == TRUE_V, "sys attributes");
        r = obj_repr(dict_get_cstr(ns, "lines"));
        CHECK(r && str_eq_cstr(r, "['a\\n', 'b\\n']"), "readlines = %s", r ? STR_CSTR(r) : "?");
        r = obj_repr(dict_get_cstr(ns, "raw"));
        CHECK(r && str_eq_cstr(r, "b'a\\r\\nb\\n'"), "raw = %s", r ? STR_CSTR(r) : "?");
    }

    /* exception formatting: final line and chaining */
    Value arg = OBJ_VAL(str_from_cstr("boom"));
    Value e = exc_new(&KeyError_type, &arg, 1);
    StrBuilder b;
    sb_init(&b);
    exc_format(e, &b);
    Str *s = sb_finish(&b);
    CHECK(s && str_eq_cstr(s, "KeyError: 'boom'\n"), "format: %s", s ? STR_CSTR(s) : "?");
    Value e2 = exc_new(&ValueError_type, NULL, 0);
    SET_FIELD(AS(BaseExc, e2), AS(BaseExc, e2)->cause, e);
    sb_init(&b);
    exc_format(e2, &b);
    s = sb_finish(&b);
    CHECK(s && str_eq_cstr(s, "KeyError: 'boom'\n\nThe above exception was the direct cause "
                              "of the following exception:\n\nValueError\n"),
          "chained format: %s", s ? STR_CSTR(s) : "?");

    CHECK(runtime_main(2, argv) == 0, "runtime_main failed");
    Value main = dict_get_cstr(sys_modules, "__main__");
    Value res = main ? obj_getattr_cstr(main, "result") : VNULL;
    CHECK(res == MK_INT(45), "result of -c program");

    if (failures)
        printf("rt_startup: %d failures\n", failures);
    return failures != 0;
}
