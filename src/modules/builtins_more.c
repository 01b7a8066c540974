/* builtins_more.c - builtin functions that iterate: all, any, min, max,
 * sum, sorted, iter, next, dir, round, vars.
 *
 * Thread-safety: stateless; iteration goes through the iterator protocol,
 * so concurrent mutation of the argument behaves as the container allows.
 * Every loop over an iterator polls SAFEPOINT(): iterating a range or a
 * list of small ints allocates nothing, and a collection requested by
 * another thread must not wait for sum(range(10**9)) to finish.
 */
#include <string.h>

#include "modules.h"
#include "../vm/vm.h"

extern const MethodDef vm_builtin_methods[] __attribute__((weak));

static Value b_all(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("all", nargs, 1, 1) < 0)
        return VNULL;
    Value it = obj_getiter(args[0]);
    if (!it)
        return VNULL;
    Value x;
    while ((x = obj_iternext(it))) {
        SAFEPOINT();
        int t = obj_truthy(x);
        if (t < 0)
            return VNULL;
        if (!t)
            return FALSE_V;
    }
    return err_occurred() ? VNULL : TRUE_V;
}

static Value b_any(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("any", nargs, 1, 1) < 0)
        return VNULL;
    Value it = obj_getiter(args[0]);
    if (!it)
        return VNULL;
    Value x;
    while ((x = obj_iternext(it))) {
        SAFEPOINT();
        int t = obj_truthy(x);
        if (t < 0)
            return VNULL;
        if (t)
            return TRUE_V;
    }
    return err_occurred() ? VNULL : FALSE_V;
}

/* min()/max(): op is CMP_LT for min, CMP_GT for max. */
static Value minmax(const char *name, Value *args, size_t nargs, Tuple *kw, int op) {
    Value key = NONE, deflt = VNULL;
    if (kw) {
        for (int64_t i = 0; i < kw->len; i++) {
            Str *k = AS(Str, kw->items[i]);
            if (str_eq_cstr(k, "key"))
                key = args[nargs + i];
            else if (str_eq_cstr(k, "default"))
                deflt = args[nargs + i];
            else
                return err_format(&TypeError_type, "'%U' is an invalid keyword argument for %s()",
                                  k, name);
        }
    }
    if (nargs == 0)
        return err_format(&TypeError_type, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && deflt)
        return err_format(&TypeError_type,
                          "Cannot specify a default for %s() with multiple positional arguments",
                          name);
    Value it;
    if (nargs == 1) {
        it = obj_getiter(args[0]);
    } else {
        Tuple *t = tuple_from_array(args, (int64_t)nargs);
        it = t ? obj_getiter(OBJ_VAL(t)) : VNULL;
    }
    if (!it)
        return VNULL;
    Value best = VNULL, bestkey = VNULL, x;
    while ((x = obj_iternext(it))) {
        SAFEPOINT();
        Value k = x;
        if (key != NONE) {
            k = obj_call1(key, x);
            if (!k)
                return VNULL;
        }
        if (!best) {
            best = x;
            bestkey = k;
            continue;
        }
        int c = obj_richcompare_bool(k, bestkey, op);
        if (c < 0)
            return VNULL;
        if (c) {
            best = x;
            bestkey = k;
        }
    }
    if (err_occurred())
        return VNULL;
    if (!best) {
        if (deflt)
            return deflt;
        return err_format(&ValueError_type, "%s() arg is an empty sequence", name);
    }
    return best;
}

static Value b_min(Value self, Value *args, size_t nargs, Tuple *kw) {
    return minmax("min", args, nargs, kw, CMP_LT);
}
static Value b_max(Value self, Value *args, size_t nargs, Tuple *kw) {
    return minmax("max", args, nargs, kw, CMP_GT);
}

/* sum(iterable, /, start=0) with CPython 3.11's int and float fast paths
 * (floats accumulate with plain double addition, as 3.11 does). */
static Value b_sum(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"", "start"};
    Value a[2];
    if (args_bind("sum", args, nargs, kw, names, 1, 2, a) < 0)
        return VNULL;
    Value result = a[1] ? a[1] : MK_INT(0);
    if (IS_STR(result))
        return err_str(&TypeError_type, "sum() can't sum strings [use ''.join(seq) instead]");
    if (IS_BYTES(result))
        return err_str(&TypeError_type, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (IS_BYTEARRAY(result))
        return err_str(&TypeError_type,
                       "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value it = obj_getiter(a[0]);
    if (!it)
        return VNULL;
    Value x = VNULL;
    /* int fast path */
    if (IS_INT(result)) {
        int64_t acc = INT_VAL(result);
        for (;;) {
            x = obj_iternext(it);
            SAFEPOINT();
            if (!x) {
                if (err_occurred())
                    return VNULL;
                return int_from_i64(acc);
            }
            int64_t r;
            if (IS_INT(x) && !__builtin_add_overflow(acc, INT_VAL(x), &r) && FITS_SMALL(r)) {
                acc = r;
                continue;
            }
            result = int_from_i64(acc);
            break;
        }
        /* x is the item that left the fast path */
        if (IS_FLOAT_EXACT(x)) {
            double d;
            if (int_as_double(result, &d) < 0)
                return VNULL;
            result = float_new(d + float_val(x));
            x = VNULL;
        } else {
            result = num_binop(result, x, NB_ADD);
            if (!result)
                return VNULL;
            x = VNULL;
        }
    }
    /* float fast path */
    if (IS_FLOAT_EXACT(result)) {
        double acc = float_val(result);
        for (;;) {
            x = obj_iternext(it);
            SAFEPOINT();
            if (!x) {
                if (err_occurred())
                    return VNULL;
                return float_new(acc);
            }
            if (IS_FLOAT_EXACT(x)) {
                acc += float_val(x);
                continue;
            }
            if (IS_INT(x)) {
                acc += (double)INT_VAL(x);
                continue;
            }
            result = float_new(acc);
            if (!result)
                return VNULL;
            result = num_binop(result, x, NB_ADD);
            if (!result)
                return VNULL;
            break;
        }
    }
    /* generic */
    while ((x = obj_iternext(it))) {
        SAFEPOINT();
        result = num_binop(result, x, NB_ADD);
        if (!result)
            return VNULL;
    }
    if (err_occurred())
        return VNULL;
    return result;
}

static Value b_sorted(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (nargs != 1)
        return err_format(&TypeError_type, "sorted expected 1 argument, got %zd", nargs);
    Value key = NONE, reverse = FALSE_V;
    if (kw) {
        if (kw->len > 2)
            return err_format(&TypeError_type,
                              "sort() takes at most 2 keyword arguments (%lld given)",
                              (long long)kw->len);
        for (int64_t i = 0; i < kw->len; i++) {
            Str *k = AS(Str, kw->items[i]);
            if (str_eq_cstr(k, "key"))
                key = args[nargs + i];
            else if (str_eq_cstr(k, "reverse"))
                reverse = args[nargs + i];
            else
                return err_format(&TypeError_type,
                                  "'%U' is an invalid keyword argument for sort()", k);
        }
    }
    List *l = obj_to_list(args[0]);
    if (!l)
        return VNULL;
    if (IS_LIST(args[0]) && l == AS(List, args[0])) {
        l = list_copy(l);
        if (!l)
            return VNULL;
    }
    int rev = obj_truthy(reverse);
    if (rev < 0)
        return VNULL;
    if (list_sort(l, key == NONE ? VNULL : key, rev) < 0)
        return VNULL;
    return OBJ_VAL(l);
}

static Value b_iter(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("iter", nargs, 1, 2) < 0)
        return VNULL;
    if (nargs == 1)
        return obj_getiter(args[0]);
    if (!obj_callable(args[0]))
        return err_str(&TypeError_type, "iter(v, w): v must be callable");
    return calliter_new(args[0], args[1]);
}

static Value b_next(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("next", nargs, 1, 2) < 0)
        return VNULL;
    Type *t = val_type(args[0]);
    if (!t->iternext)
        return err_format(&TypeError_type, "'%T' object is not an iterator", args[0]);
    Value v;
    if (t == &generator_type) {
        /* keep the generator's return value for StopIteration(value) */
        int done = 0;
        /* (a finished generator gives VNULL, done: no flag read here, it
         * belongs to whichever thread runs the generator) */
        v = gen_send_ex(AS(Generator, args[0]), NONE, false, &done);
        if (v && done) {
            if (nargs > 1)
                return args[1];
            if (v == NONE)
                return err_set_value(OBJ_VAL(&StopIteration_type));
            return err_set_arg(&StopIteration_type, v);
        }
    } else if (t->flags & TF_HEAPTYPE) {
        /* a class's __next__: its StopIteration (and args) propagate as is */
        bool found = false;
        v = obj_call_special(args[0], ID(__next__), NULL, 0, &found);
        if (!v && !found && !err_occurred())
            v = t->iternext(args[0]);
    } else
        v = t->iternext(args[0]);
    if (v)
        return v;
    if (err_occurred()) {
        if (nargs > 1 && err_matches(&StopIteration_type)) {
            err_clear();
            return args[1];
        }
        return VNULL;
    }
    if (nargs > 1)
        return args[1];
    return err_set_value(OBJ_VAL(&StopIteration_type));
}

/* The VM's locals() (for dir() and vars() without arguments). */
static Value call_vm_builtin(const char *name, Value self) {
    if (!vm_builtin_methods)
        return err_str(&SystemError_type, "no current frame");
    for (const MethodDef *d = vm_builtin_methods; d->name; d++)
        if (strcmp(d->name, name) == 0)
            return d->fn(self, NULL, 0, NULL);
    return err_str(&SystemError_type, "no current frame");
}

static Value b_dir(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("dir", nargs, 0, 1) < 0)
        return VNULL;
    List *l;
    if (nargs == 0) {
        Value loc = call_vm_builtin("locals", self);
        if (!loc)
            return VNULL;
        if (IS_DICT(loc))
            l = dict_keys_list(AS(Dict, loc));
        else
            l = obj_to_list(loc);
    } else {
        bool found = false;
        Value r = obj_call_special(args[0], ID(__dir__), NULL, 0, &found);
        if (!r) {
            if (!found && !err_occurred())
                return err_str(&TypeError_type, "object does not provide __dir__");
            return VNULL;
        }
        l = obj_to_list(r);
        if (l && IS_LIST(r) && l == AS(List, r))
            l = list_copy(l);
    }
    if (!l || list_sort(l, VNULL, false) < 0)
        return VNULL;
    return OBJ_VAL(l);
}

static Value b_vars(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("vars", nargs, 0, 1) < 0)
        return VNULL;
    if (nargs == 0)
        return call_vm_builtin("locals", self);
    Value d = obj_getattr_opt(args[0], ID(__dict__));
    if (!d) {
        if (err_occurred() && !err_matches(&AttributeError_type))
            return VNULL;
        err_clear();
        return err_str(&TypeError_type, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static Value b_round(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"number", "ndigits"};
    Value a[2];
    if (args_bind("round", args, nargs, kw, names, 1, 2, a) < 0)
        return VNULL;
    bool found = false;
    Value r;
    if (!a[1] || a[1] == NONE)
        r = obj_call_special(a[0], ID(__round__), NULL, 0, &found);
    else
        r = obj_call_special(a[0], ID(__round__), &a[1], 1, &found);
    if (!r && !found && !err_occurred())
        return err_format(&TypeError_type, "type %s doesn't define __round__ method",
                          type_name(val_type(a[0])));
    return r;
}

static Value b_aiter(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("aiter", nargs, 1, 1) < 0)
        return VNULL;
    bool found = false;
    Value r = obj_call_special(args[0], ID(__aiter__), NULL, 0, &found);
    if (!r && !found && !err_occurred())
        return err_format(&TypeError_type, "'%T' object is not an async iterable", args[0]);
    return r;
}

static Value b_anext(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("anext", nargs, 1, 1) < 0)
        return VNULL;
    bool found = false;
    Value r = obj_call_special(args[0], ID(__anext__), NULL, 0, &found);
    if (!r && !found && !err_occurred())
        return err_format(&TypeError_type, "'%T' object is not an async iterator", args[0]);
    return r;
}

/* help(obj): a minimal pydoc: the object's repr and docstring. */
static Value b_help(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("help", nargs, 0, 1) < 0)
        return VNULL;
    if (nargs == 0) {
        Str *m = str_from_cstr("Weft has no interactive help; try help(object).\n");
        return m && sys_write_stdout(m) == 0 ? NONE : VNULL;
    }
    Value doc = obj_getattr_opt(args[0], ID(__doc__));
    if (!doc && err_occurred())
        return VNULL;
    Str *r = obj_repr(args[0]);
    if (!r)
        return VNULL;
    Str *text = doc && IS_STR(doc) ? str_format("Help on %U:\n\n%U\n", r, AS(Str, doc))
                                   : str_format("Help on %U:\n\n(no documentation)\n", r);
    return text && sys_write_stdout(text) == 0 ? NONE : VNULL;
}

const MethodDef builtins_more_methods[] = {
    {"aiter", b_aiter, METH_NOKW},
    {"anext", b_anext, METH_NOKW},
    {"help", b_help, METH_NOKW},
    {"all", b_all, METH_NOKW},
    {"any", b_any, METH_NOKW},
    {"min", b_min, 0},
    {"max", b_max, 0},
    {"sum", b_sum, 0},
    {"sorted", b_sorted, 0},
    {"iter", b_iter, METH_NOKW},
    {"next", b_next, METH_NOKW},
    {"dir", b_dir, METH_NOKW},
    {"vars", b_vars, METH_NOKW},
    {"round", b_round, 0},
    {NULL},
};
