/* gcmodule.c - the `gc` module: control and statistics of the collector.
 *
 * Weft's collector is a tracing mark-sweep (not generational yet), so the
 * three "generations" CPython reports are shown as generation 0 holding the
 * real numbers and 1, 2 holding zeros.  gc.collect() returns the number of
 * objects freed (every unreachable object, not only cyclic garbage).
 *
 * Thread-safety: no state of its own besides two lists created at init;
 * everything else is the collector's (atomics inside src/gc).
 */
#include "../runtime.h"

static Value gc_collect_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const names[] = {"generation"};
    Value a[1];
    if (args_bind("collect", args, nargs, kwnames, names, 0, 1, a) < 0)
        return VNULL;
    if (a[0]) {
        int64_t g;
        if (num_as_ssize(a[0], &OverflowError_type, &g) < 0)
            return VNULL;
        if (g < 0 || g > 2)
            return err_str(&ValueError_type, "invalid generation");
    }
    return int_from_i64(gc_collect_count());
}

static Value gc_enable_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("gc.enable", kwnames) < 0 || args_count("gc.enable", nargs, 0, 0) < 0)
        return VNULL;
    gc_set_enabled(true);
    return NONE;
}

static Value gc_disable_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("gc.disable", kwnames) < 0 || args_count("gc.disable", nargs, 0, 0) < 0)
        return VNULL;
    gc_set_enabled(false);
    return NONE;
}

static Value gc_isenabled_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("gc.isenabled", kwnames) < 0 || args_count("gc.isenabled", nargs, 0, 0) < 0)
        return VNULL;
    return BOOL_V(gc_is_enabled());
}

static Value gc_get_count_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("gc.get_count", kwnames) < 0 || args_count("gc.get_count", nargs, 0, 0) < 0)
        return VNULL;
    GcStats s;
    gc_get_stats(&s);
    Value n = int_from_u64(s.allocated_since);
    if (!n)
        return VNULL;
    return OBJ_VAL(tuple_pack(3, n, MK_INT(0), MK_INT(0)));
}

static Dict *stats_dict(uint64_t collections, uint64_t collected) {
    Dict *d = dict_new();
    if (!d)
        return NULL;
    Value a = int_from_u64(collections), b = int_from_u64(collected);
    if (!a || !b || dict_set_cstr(d, "collections", a) < 0 ||
        dict_set_cstr(d, "collected", b) < 0 || dict_set_cstr(d, "uncollectable", MK_INT(0)) < 0)
        return NULL;
    return d;
}

static Value gc_get_stats_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("gc.get_stats", kwnames) < 0 || args_count("gc.get_stats", nargs, 0, 0) < 0)
        return VNULL;
    GcStats s;
    gc_get_stats(&s);
    List *l = list_new(3);
    if (!l)
        return VNULL;
    for (int g = 0; g < 3; g++) {
        Dict *d = g == 0 ? stats_dict(s.collections, s.collected) : stats_dict(0, 0);
        if (!d || list_append(l, OBJ_VAL(d)) < 0)
            return VNULL;
    }
    return OBJ_VAL(l);
}

/* gc._weft_stats(): Weft's own collector figures (not in CPython), for
 * benchmarks: collections, objects freed, heap and live bytes, pauses. */
static Value gc_weft_stats_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("gc._weft_stats", kwnames) < 0 || args_count("gc._weft_stats", nargs, 0, 0) < 0)
        return VNULL;
    GcStats s;
    gc_get_stats(&s);
    Dict *d = dict_new();
    if (!d)
        return VNULL;
    const struct { const char *k; uint64_t v; } f[] = {
        {"collections", s.collections},       {"collected", s.collected},
        {"heap_bytes", s.heap_bytes},         {"live_bytes", s.live_bytes_after_last},
        {"max_pause_ns", s.max_pause_ns},     {"total_pause_ns", s.total_pause_ns},
    };
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        Value v = int_from_u64(f[i].v);
        if (!v || dict_set_cstr(d, f[i].k, v) < 0)
            return VNULL;
    }
    return OBJ_VAL(d);
}

static Value gc_get_threshold_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("gc.get_threshold", kwnames) < 0 ||
        args_count("gc.get_threshold", nargs, 0, 0) < 0)
        return VNULL;
    int t[3];
    gc_get_threshold(t);
    return OBJ_VAL(tuple_pack(3, MK_INT(t[0]), MK_INT(t[1]), MK_INT(t[2])));
}

static Value gc_set_threshold_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("set_threshold", kwnames) < 0)
        return VNULL;
    if (nargs < 1)
        return err_format(&TypeError_type, "set_threshold() takes at least 1 argument (%zd given)",
                          nargs);
    if (nargs > 3)
        return err_format(&TypeError_type, "set_threshold() takes at most 3 arguments (%zd given)",
                          nargs);
    int t[3];
    gc_get_threshold(t);
    for (size_t i = 0; i < nargs; i++) {
        int64_t v;
        if (num_as_ssize(args[i], &OverflowError_type, &v) < 0)
            return VNULL;
        if (v > INT32_MAX || v < INT32_MIN)
            return err_str(&OverflowError_type, "signed integer is greater than maximum");
        t[i] = (int)v;
    }
    gc_set_threshold(t[0], t[1], t[2]);
    return NONE;
}

static Value gc_is_tracked_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("gc.is_tracked", kwnames) < 0 || args_count("gc.is_tracked", nargs, 1, 1) < 0)
        return VNULL;
    /* Objects that can hold references to other objects (CPython's notion
     * of "tracked"); atoms like int, str and None are not. */
    Value v = args[0];
    return BOOL_V(IS_OBJ(v) && val_type(v)->trace != NULL && gc_usable_size(AS_OBJ(v)) != 0);
}

static Value gc_is_finalized_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("gc.is_finalized", kwnames) < 0 ||
        args_count("gc.is_finalized", nargs, 1, 1) < 0)
        return VNULL;
    return FALSE_V;                  /* no finalizers yet */
}

static Value gc_freeze_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("gc.freeze", kwnames) < 0 || args_count("gc.freeze", nargs, 0, 0) < 0)
        return VNULL;
    return NONE;
}

static Value gc_get_freeze_count_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("gc.get_freeze_count", kwnames) < 0 ||
        args_count("gc.get_freeze_count", nargs, 0, 0) < 0)
        return VNULL;
    return MK_INT(0);
}

static const MethodDef gc_methods[] = {
    {"collect", gc_collect_fn, 0, "Run a full collection; return the number of objects freed."},
    {"enable", gc_enable_fn, 0, "Enable automatic garbage collection."},
    {"disable", gc_disable_fn, 0, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled_fn, 0, "Returns true if automatic garbage collection is enabled."},
    {"get_count", gc_get_count_fn, 0, "Return the current collection counts."},
    {"_weft_stats", gc_weft_stats_fn, 0, "Weft's collector statistics (pauses, heap)."},
    {"get_stats", gc_get_stats_fn, 0, "Return a list of dictionaries with collection statistics."},
    {"get_threshold", gc_get_threshold_fn, 0, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold_fn, 0, "Set the collection thresholds."},
    {"is_tracked", gc_is_tracked_fn, 0, "Returns true if the object can hold references."},
    {"is_finalized", gc_is_finalized_fn, 0, "Returns true if the object has been finalized."},
    {"freeze", gc_freeze_fn, 0, "No-op in Weft (no generations to freeze into)."},
    {"unfreeze", gc_freeze_fn, 0, "No-op in Weft."},
    {"get_freeze_count", gc_get_freeze_count_fn, 0, "Return 0."},
    {NULL, NULL, 0, NULL},
};

Module *gcmodule_init(void) {
    Module *m = module_new(str_from_cstr("gc"));
    if (!m || module_add_functions(m, gc_methods) < 0)
        return NULL;
    List *garbage = list_new(0), *callbacks = list_new(0);
    if (!garbage || !callbacks || module_add_value(m, "garbage", OBJ_VAL(garbage)) < 0 ||
        module_add_value(m, "callbacks", OBJ_VAL(callbacks)) < 0 ||
        module_add_value(m, "DEBUG_STATS", MK_INT(1)) < 0 ||
        module_add_value(m, "DEBUG_COLLECTABLE", MK_INT(2)) < 0 ||
        module_add_value(m, "DEBUG_UNCOLLECTABLE", MK_INT(4)) < 0 ||
        module_add_value(m, "DEBUG_SAVEALL", MK_INT(32)) < 0 ||
        module_add_value(m, "DEBUG_LEAK", MK_INT(38)) < 0)
        return NULL;
    return m;
}
