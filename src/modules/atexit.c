/* atexit.c - the atexit module: functions registered here run, last
 * registered first, when the program ends normally or by SystemExit
 * (runtime.c calls atexit_run_all before flushing the std streams).
 *
 * Thread-safety: the registry is a List (list rules: append/pop are atomic
 * under the list's own lock); running the handlers happens once, on the
 * main thread, at exit.
 */
#include "modules.h"

static List *handlers;      /* of (func, args tuple, kwargs dict) tuples; GC root */

static Value ae_register(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (nargs < 1)
        return err_str(&TypeError_type, "register() takes at least 1 argument (0 given)");
    if (!obj_callable(args[0]))
        return err_str(&TypeError_type, "the first argument must be callable");
    Tuple *pos = tuple_from_array(args + 1, (int64_t)nargs - 1);
    Dict *kw = dict_new();
    if (!pos || !kw)
        return VNULL;
    if (kwnames)
        for (int64_t i = 0; i < kwnames->len; i++)
            if (dict_set(kw, kwnames->items[i], args[nargs + i]) < 0)
                return VNULL;
    Tuple *entry = tuple_pack(3, args[0], OBJ_VAL(pos), OBJ_VAL(kw));
    if (!entry || list_append(handlers, OBJ_VAL(entry)) < 0)
        return VNULL;
    return args[0];
}

static Value ae_unregister(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("unregister", nargs, 1, 1) < 0)
        return VNULL;
    for (int64_t i = list_len(handlers) - 1; i >= 0; i--) {
        Value e = list_get(handlers, i);
        if (!e)
            continue;
        int eq = obj_eq(AS(Tuple, e)->items[0], args[0]);
        if (eq < 0)
            return VNULL;
        if (eq && !list_pop(handlers, i))
            return VNULL;
    }
    return NONE;
}

static Value ae_clear(Value self, Value *args, size_t nargs, Tuple *kw) {
    while (list_len(handlers) > 0)
        if (!list_pop(handlers, -1))
            return VNULL;
    return NONE;
}

static Value ae_ncallbacks(Value self, Value *args, size_t nargs, Tuple *kw) {
    return MK_INT(list_len(handlers));
}

/* Call every handler, last first; an exception in one is printed as
 * "Exception ignored in atexit callback" and the rest still run. */
void atexit_run_all(void) {
    if (!handlers)
        return;
    while (list_len(handlers) > 0) {
        Value e = list_pop(handlers, -1);
        if (!e) {
            err_clear();
            return;
        }
        Tuple *t = AS(Tuple, e);
        Tuple *pos = AS(Tuple, t->items[1]);
        Dict *kw = AS(Dict, t->items[2]);
        int64_t nkw = dict_len(kw), np = pos->len;
        Value argv[np + nkw + 1];
        Tuple *names = NULL;
        for (int64_t i = 0; i < np; i++)
            argv[i] = pos->items[i];
        if (nkw) {
            names = tuple_new(nkw);
            if (!names)
                return;
            int64_t p = 0, k = 0;
            Value key, val;
            while (dict_next(kw, &p, &key, &val) && k < nkw) {
                SET_FIELD(names, names->items[k], key);
                argv[np + k] = val;
                k++;
            }
        }
        Value r = obj_call(t->items[0], argv, (size_t)np, names);
        if (!r) {
            Value exc = err_fetch();
            if (exc && !obj_is_instance_of(exc, &SystemExit_type)) {
                Str *fr = obj_repr(t->items[0]);
                err_clear();
                io_flush_std();
                sys_write_stderr("Exception ignored in atexit callback: ");
                sys_write_stderr(fr ? STR_CSTR(fr) : "<callback>");
                sys_write_stderr("\n");
                exc_print(exc);
            }
        }
    }
}

static Value ae_run(Value self, Value *args, size_t nargs, Tuple *kw) {
    atexit_run_all();
    return NONE;
}

static const MethodDef atexit_methods[] = {
    {"register", ae_register, 0},
    {"unregister", ae_unregister, METH_NOKW},
    {"_clear", ae_clear, METH_NOKW},
    {"_ncallbacks", ae_ncallbacks, METH_NOKW},
    {"_run_exitfuncs", ae_run, METH_NOKW},
    {NULL},
};

Module *atexitmodule_init(void) {
    if (!handlers) {
        gc_register_root(&handlers);
        handlers = list_new(0);
        if (!handlers)
            return NULL;
    }
    Module *m = module_new(str_intern_cstr("atexit"));
    if (!m || module_add_functions(m, atexit_methods) < 0)
        return NULL;
    return m;
}
