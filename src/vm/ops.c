/* ops.c - slow paths of the eval loop: name lookups in mappings, unpacking,
 * raise, except matching, with, imports, f-string formatting, display and
 * call helpers.  Each returns VNULL / -1 with an exception set on error.
 */
#include <string.h>

#include "vm.h"

Value vm_name_error(Str *name) {
    err_format(&NameError_type, "name '%U' is not defined", name);
    Value e = err_fetch();
    if (e) {
        if (obj_setattr(e, ID(name), (Value)name) < 0)
            err_clear();
        ts_current->exc = e;
    }
    return VNULL;
}

Value vm_unbound_local(Str *name) {
    return err_format(&UnboundLocalError_type,
                      "cannot access local variable '%U' where it is not associated with a value",
                      name);
}

Value vm_unbound_free(Str *name) {
    return err_format(&NameError_type,
                      "cannot access free variable '%U' where it is not associated with a value in "
                      "enclosing scope",
                      name);
}

static Value mapping_get(Value m, Str *name) {
    if (IS_EXACT(m, dict_type))
        return dict_get_str(AS(Dict, m), name);
    Value v = obj_getitem(m, (Value)name);
    if (!v && err_matches(&KeyError_type))
        err_clear();
    return v;
}

Value vm_load_global(Frame *f, Str *name) {
    Value v = dict_get_str(f->globals, name);
    if (v)
        return v;
    if (f->builtins) {
        v = dict_get_str(f->builtins, name);
        if (v)
            return v;
    }
    return vm_name_error(name);
}

Value vm_load_name(Frame *f, Str *name) {
    Value v;
    if (f->locals) {
        v = mapping_get(f->locals, name);
        if (v)
            return v;
        if (err_occurred())
            return VNULL;
    }
    return vm_load_global(f, name);
}

int vm_store_name(Frame *f, Str *name, Value v) {
    if (!f->locals) {
        err_format(&SystemError_type, "no locals found when storing %R", (Value)name);
        return -1;
    }
    if (IS_EXACT(f->locals, dict_type))
        return dict_set_str(AS(Dict, f->locals), name, v);
    return obj_setitem(f->locals, (Value)name, v);
}

int vm_delete_name(Frame *f, Str *name) {
    if (IS_EXACT(f->locals, dict_type)) {
        int r = dict_del_str(AS(Dict, f->locals), name);
        if (r == 0) {
            vm_name_error(name);
            return -1;
        }
        return r < 0 ? -1 : 0;
    }
    if (obj_delitem(f->locals, (Value)name) < 0) {
        if (err_matches(&KeyError_type)) {
            err_clear();
            vm_name_error(name);
        }
        return -1;
    }
    return 0;
}

int vm_delete_global(Frame *f, Str *name) {
    int r = dict_del_str(f->globals, name);
    if (r == 0) {
        vm_name_error(name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

/* ---------------------------------------------------------- unpacking */
static bool not_iterable(Value v) {
    Type *t = val_type(v);
    return !t->iter && !t->getitem;
}

static void not_iterable_unpack(Value seq) {
    if (err_matches(&TypeError_type) && not_iterable(seq)) {
        err_clear();
        err_format(&TypeError_type, "cannot unpack non-iterable %T object", seq);
    }
}

int vm_unpack_sequence(Value seq, int n, Value *sp) {
    Value *items = NULL;
    int64_t len = -1;
    if (IS_EXACT(seq, tuple_type)) {
        items = AS(Tuple, seq)->items;
        len = AS(Tuple, seq)->len;
    } else if (IS_EXACT(seq, list_type)) {
        List *l = AS(List, seq);
        len = list_len(l);
        if (len == n) {
            for (int i = 0; i < n; i++) {
                Value v = list_get(l, i);
                if (!v)
                    goto generic;
                sp[n - 1 - i] = v;
            }
            return 0;
        }
    }
    if (items) {
        if (len == n) {
            for (int i = 0; i < n; i++)
                sp[n - 1 - i] = items[i];
            return 0;
        }
        if (len < n)
            err_format(&ValueError_type, "not enough values to unpack (expected %d, got %lld)", n,
                       (long long)len);
        else
            err_format(&ValueError_type, "too many values to unpack (expected %d)", n);
        return -1;
    }
    if (len >= 0) {
        if (len < n)
            err_format(&ValueError_type, "not enough values to unpack (expected %d, got %lld)", n,
                       (long long)len);
        else
            err_format(&ValueError_type, "too many values to unpack (expected %d)", n);
        return -1;
    }
generic: {
    Value it = obj_getiter(seq);
    if (!it) {
        not_iterable_unpack(seq);
        return -1;
    }
    for (int i = 0; i < n; i++) {
        Value v = obj_iternext(it);
        if (!v) {
            if (!err_occurred())
                err_format(&ValueError_type, "not enough values to unpack (expected %d, got %d)", n,
                           i);
            return -1;
        }
        sp[n - 1 - i] = v;
    }
    Value extra = obj_iternext(it);
    if (extra) {
        err_format(&ValueError_type, "too many values to unpack (expected %d)", n);
        return -1;
    }
    return err_occurred() ? -1 : 0;
}
}

int vm_unpack_ex(Value seq, int before, int after, Value *sp) {
    List *l;
    Value it = obj_getiter(seq);
    if (!it) {
        not_iterable_unpack(seq);
        return -1;
    }
    l = obj_to_list(it);
    if (!l)
        return -1;
    int64_t len = list_len(l);
    if (len < before + after) {
        err_format(&ValueError_type, "not enough values to unpack (expected at least %d, got %lld)",
                   before + after, (long long)len);
        return -1;
    }
    int total = before + after + 1;
    /* sp[total-1] is the first item (top of stack after the push) */
    for (int i = 0; i < before; i++)
        sp[total - 1 - i] = list_get(l, i);
    List *mid = list_new(len - before - after);
    if (!mid)
        return -1;
    for (int64_t i = before; i < len - after; i++)
        if (list_append(mid, list_get(l, i)) < 0)
            return -1;
    sp[total - 1 - before] = (Value)mid;
    for (int i = 0; i < after; i++)
        sp[after - 1 - i] = list_get(l, len - after + i);
    return 0;
}

/* ---------------------------------------------------------- exceptions */
static bool is_exc_class(Value v) {
    return IS_TYPE(v) && type_is_subtype(AS(Type, v), &BaseException_type);
}
static bool is_exc_instance(Value v) { return IS_OBJ(v) && TYPE_FLAG(v, TF_EXC_SUBCLASS); }

void vm_do_raise(Value exc, Value cause, bool has_cause) {
    if (is_exc_class(exc)) {
        Value inst = obj_call0(exc);
        if (!inst)
            return;
        if (!is_exc_instance(inst)) {
            err_format(&TypeError_type,
                       "calling %R should have returned an instance of BaseException, not %T", exc,
                       inst);
            return;
        }
        exc = inst;
    } else if (!is_exc_instance(exc)) {
        err_str(&TypeError_type, "exceptions must derive from BaseException");
        return;
    }
    if (has_cause) {
        Value c = cause;
        if (is_exc_class(c)) {
            c = obj_call0(c);
            if (!c)
                return;
        } else if (c == NONE) {
            c = VNULL;
        } else if (!is_exc_instance(c)) {
            err_str(&TypeError_type, "exception causes must derive from BaseException");
            return;
        }
        BaseExc *e = AS(BaseExc, exc);
        SET_FIELD(e, e->cause, c);
        e->suppress_context = true;
    }
    ts_current->exc = exc;
}

int vm_exc_match(Value exc, Value type) {
    if (IS_TUPLE(type)) {
        Tuple *t = AS(Tuple, type);
        for (int64_t i = 0; i < t->len; i++)
            if (!is_exc_class(t->items[i]))
                goto bad;
    } else if (!is_exc_class(type)) {
        goto bad;
    }
    return obj_isinstance(exc, type);
bad:
    err_str(&TypeError_type, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

static Value bind_special(Value obj, Str *name) {
    Type *t = val_type(obj);
    Value d = type_lookup(t, name);
    if (!d)
        return VNULL;
    Type *dt = val_type(d);
    if (dt->descr_get)
        return dt->descr_get(d, obj, (Value)t);
    return d;
}

Value vm_setup_with(Value mgr, Value *res) {
    Value enter = bind_special(mgr, ID(__enter__));
    if (!enter) {
        if (!err_occurred())
            err_format(&TypeError_type,
                       "'%s' object does not support the context manager protocol",
                       type_name(val_type(mgr)));
        return VNULL;
    }
    Value exit = bind_special(mgr, ID(__exit__));
    if (!exit) {
        if (!err_occurred())
            err_format(&TypeError_type,
                       "'%s' object does not support the context manager protocol (missed "
                       "__exit__ method)",
                       type_name(val_type(mgr)));
        return VNULL;
    }
    Value r = obj_call0(enter);
    if (!r)
        return VNULL;
    *res = r;
    return exit;
}

Value vm_with_exit_exc(Value exit, Value exc) {
    Value args[3];
    args[0] = (Value)val_type(exc);
    args[1] = exc;
    Traceback *tb = is_exc_instance(exc) ? LOAD_FIELD(AS(BaseExc, exc)->traceback) : NULL;
    args[2] = tb ? (Value)tb : NONE;
    return obj_call(exit, args, 3, NULL);
}

/* ---------------------------------------------------------- imports */
Value vm_import_from(Value mod, Str *name) {
    Value v = obj_getattr_opt(mod, name);
    if (v || err_occurred())
        return v;
    Value pkgname = obj_getattr_opt(mod, ID(__name__));
    if (pkgname && IS_STR(pkgname)) {
        Str *full = str_format("%U.%U", AS(Str, pkgname), name);
        if (!full)
            return VNULL;
        if (sys_modules) {
            v = dict_get(sys_modules, (Value)full);
            if (v)
                return v;
            if (err_occurred())
                return VNULL;
        }
    }
    err_clear();
    Value file = obj_getattr_opt(mod, ID(__file__));
    err_clear();
    if (pkgname && IS_STR(pkgname)) {
        if (file && IS_STR(file))
            err_format(&ImportError_type, "cannot import name '%U' from '%U' (%U)", name,
                       AS(Str, pkgname), AS(Str, file));
        else
            err_format(&ImportError_type, "cannot import name '%U' from '%U' (unknown location)",
                       name, AS(Str, pkgname));
        Value e = err_fetch();
        if (e) {
            obj_setattr(e, ID(name), pkgname);
            obj_setattr(e, ID(path), file && IS_STR(file) ? file : NONE);
            err_clear();
            ts_current->exc = e;
        }
        return VNULL;
    }
    return err_format(&ImportError_type, "cannot import name '%U'", name);
}

int vm_import_star(Frame *f, Value mod) {
    Value all = obj_getattr_opt(mod, ID(__all__));
    if (!all && err_occurred())
        return -1;
    bool skip_private = false;
    if (!all) {
        Value d = obj_getattr_opt(mod, ID(__dict__));
        if (!d) {
            if (!err_occurred())
                err_str(&ImportError_type, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        if (IS_DICT(d))
            all = (Value)dict_keys_list(AS(Dict, d));
        else
            all = (Value)obj_to_list(d);
        if (!all)
            return -1;
        skip_private = true;
    }
    List *names = obj_to_list(all);
    if (!names)
        return -1;
    for (int64_t i = 0; i < list_len(names); i++) {
        Value n = list_get(names, i);
        if (!IS_STR(n)) {
            err_format(&TypeError_type, "Item in %s.__all__ must be str, not %T", "module", n);
            return -1;
        }
        if (skip_private && AS(Str, n)->len > 0 && str_char_at(AS(Str, n), 0) == '_')
            continue;
        Value v = obj_getattr(mod, AS(Str, n));
        if (!v)
            return -1;
        if (vm_store_name(f, AS(Str, n), v) < 0)
            return -1;
    }
    return 0;
}

/* ---------------------------------------------------------- strings */
Value vm_format_value(Value v, int flags, Value spec) {
    switch (flags & 3) {
    case FV_STR: v = (Value)obj_str(v); break;
    case FV_REPR: v = (Value)obj_repr(v); break;
    case FV_ASCII: v = (Value)obj_ascii(v); break;
    default: break;
    }
    if (!v)
        return VNULL;
    if (!spec && IS_STR_EXACT(v))
        return v;
    return (Value)format_value(v, spec ? AS(Str, spec) : str_empty);
}

Value vm_build_string(Value *items, int n) {
    StrBuilder b;
    sb_init(&b);
    for (int i = 0; i < n; i++)
        if (sb_append_str(&b, AS(Str, items[i])) < 0) {
            sb_free(&b);
            return VNULL;
        }
    return (Value)sb_finish(&b);
}

static Str *func_display_name(Value func);

/* ---------------------------------------------------------- displays */
Value vm_build_set(Value *items, int n) {
    Set *s = set_new();
    if (!s)
        return VNULL;
    for (int i = 0; i < n; i++)
        if (set_add(s, items[i]) < 0)
            return VNULL;
    return (Value)s;
}

Value vm_build_map(Value *items, int n) {
    Dict *d = dict_new_presized(n);
    if (!d)
        return VNULL;
    for (int i = 0; i < n; i++)
        if (dict_set(d, items[2 * i], items[2 * i + 1]) < 0)
            return VNULL;
    return (Value)d;
}

int vm_set_update(Value set, Value iterable) {
    /* set.update's merge copies a same-sized table slot for slot, which is
     * what gives set displays CPython's order */
    return set_update(AS(Set, set), iterable);
}

int vm_list_extend(Value list, Value iterable, Value func) {
    if (list_extend(AS(List, list), iterable) < 0) {
        if (err_matches(&TypeError_type) && not_iterable(iterable)) {
            err_clear();
            Str *fn = func ? func_display_name(func) : NULL;
            if (fn)
                err_format(&TypeError_type, "%U argument after * must be an iterable, not %T", fn,
                           iterable);
            else if (!func)
                err_format(&TypeError_type, "Value after * must be an iterable, not %T", iterable);
        }
        return -1;
    }
    return 0;
}

int vm_dict_update(Value dict, Value other) {
    if (!IS_DICT(other) && !obj_hasattr(other, ID(keys))) {
        err_format(&TypeError_type, "'%s' object is not a mapping", type_name(val_type(other)));
        return -1;
    }
    return dict_update(AS(Dict, dict), other);
}

static Str *func_display_name(Value func) {
    Value q = obj_getattr_opt(func, ID(__qualname__));
    if (q && IS_STR(q)) {
        Value m = obj_getattr_opt(func, ID(__module__));
        err_clear();
        if (m && IS_STR(m) && !str_eq_cstr(AS(Str, m), "builtins"))
            return str_format("%U.%U()", AS(Str, m), AS(Str, q));
        return str_format("%U()", AS(Str, q));
    }
    err_clear();
    return str_format("%T object", func);
}

int vm_dict_merge(Value func, Value dict, Value other) {
    Dict *d = AS(Dict, dict);
    List *keys;
    if (IS_DICT(other)) {
        keys = dict_keys_list(AS(Dict, other));
    } else {
        Value km = obj_getattr_opt(other, ID(keys));
        if (!km) {
            if (!err_occurred()) {
                Str *fn = func_display_name(func);
                if (fn)
                    err_format(&TypeError_type, "%U argument after ** must be a mapping, not %T",
                               fn, other);
            }
            return -1;
        }
        Value ks = obj_call0(km);
        if (!ks)
            return -1;
        keys = obj_to_list(ks);
    }
    if (!keys)
        return -1;
    for (int64_t i = 0; i < list_len(keys); i++) {
        Value k = list_get(keys, i);
        if (!IS_STR(k)) {
            err_str(&TypeError_type, "keywords must be strings");
            return -1;
        }
        Value existing = dict_get(d, k);
        if (existing) {
            Str *fn = func_display_name(func);
            if (fn)
                err_format(&TypeError_type, "%U got multiple values for keyword argument '%U'", fn,
                           AS(Str, k));
            return -1;
        }
        /* a dict (subclass or not) that iterates as a dict gives its stored
         * values, as CPython's merge does; other mappings go through [] */
        Value v = IS_DICT(other) && val_type(other)->iter == dict_type.iter
                      ? dict_get(AS(Dict, other), k)
                      : obj_getitem(other, k);
        if (!v) {
            if (!err_occurred())
                err_set_arg(&KeyError_type, k);
            return -1;
        }
        if (dict_set(d, k, v) < 0)
            return -1;
    }
    return 0;
}

/* ---------------------------------------------------------- functions */
Value vm_make_function(Frame *f, Value code, Value qualname, int flags, Value *extras) {
    Function *fn = function_new(AS(Code, code), f->globals, qualname);
    if (!fn)
        return VNULL;
    if (f->builtins != builtins_dict)
        SET_FIELD(fn, fn->builtins, f->builtins);
    int k = 0;
    if (flags & MF_DEFAULTS) {
        Tuple *d = AS(Tuple, extras[k++]);
        SET_FIELD(fn, fn->defaults, d->len ? d : NULL);
    }
    if (flags & MF_KWDEFAULTS)
        SET_FIELD(fn, fn->kwdefaults, AS(Dict, extras[k++]));
    if (flags & MF_ANNOTATIONS)
        SET_FIELD(fn, fn->annotations, extras[k++]);
    if (flags & MF_CLOSURE)
        SET_FIELD(fn, fn->closure, AS(Tuple, extras[k++]));
    return (Value)fn;
}

/* Flatten f(*args, **kwargs) into a vector call: *vec holds the positional
 * values then the keyword values (a tuple, kept alive by the caller's C
 * stack), *names the keyword names (NULL if none).  0 ok, -1 error. */
int vm_call_ex_args(Value func, Value args, Value kwargs, Tuple **vec, int64_t *npos,
                    Tuple **names) {
    Tuple *pos;
    *names = NULL;
    if (IS_EXACT(args, tuple_type)) {
        pos = AS(Tuple, args);
    } else {
        pos = obj_to_tuple(args);
        if (!pos) {
            if (err_matches(&TypeError_type) && not_iterable(args)) {
                err_clear();
                Str *fn = func_display_name(func);
                if (fn)
                    err_format(&TypeError_type, "%U argument after * must be an iterable, not %T",
                               fn, args);
            }
            return -1;
        }
    }
    *npos = pos->len;
    if (!kwargs || (IS_DICT(kwargs) && dict_len(AS(Dict, kwargs)) == 0)) {
        *vec = pos;
        return 0;
    }
    Dict *kw;
    if (IS_EXACT(kwargs, dict_type)) {
        kw = AS(Dict, kwargs);
    } else {
        kw = dict_new();
        if (!kw || vm_dict_merge(func, (Value)kw, kwargs) < 0)
            return -1;
    }
    int64_t nkw = dict_len(kw);
    Tuple *nm = tuple_new(nkw);
    Tuple *v = tuple_new(pos->len + nkw);
    if (!nm || !v)
        return -1;
    for (int64_t i = 0; i < pos->len; i++)
        SET_FIELD(v, v->items[i], pos->items[i]);
    int64_t p = 0, i = 0;
    Value k, val;
    while (i < nkw && dict_next(kw, &p, &k, &val)) {
        if (!IS_STR(k)) {
            err_str(&TypeError_type, "keywords must be strings");
            return -1;
        }
        SET_FIELD(nm, nm->items[i], k);
        SET_FIELD(v, v->items[pos->len + i], val);
        i++;
    }
    if (i < nkw)
        nm->len = i;
    *vec = v;
    *names = nm->len ? nm : NULL;
    return 0;
}

Value vm_call_ex(Value func, Value args, Value kwargs) {
    Tuple *vec, *names;
    int64_t npos;
    if (vm_call_ex_args(func, args, kwargs, &vec, &npos, &names) < 0)
        return VNULL;
    return obj_call(func, vec->items, (size_t)npos, names);
}

int vm_setup_annotations(Frame *f) {
    if (!f->locals) {
        err_str(&SystemError_type, "no locals found when setting up annotations");
        return -1;
    }
    Value v = mapping_get(f->locals, ID(__annotations__));
    if (v)
        return 0;
    if (err_occurred())
        return -1;
    Dict *d = dict_new();
    if (!d)
        return -1;
    return vm_store_name(f, ID(__annotations__), (Value)d);
}

int vm_print_expr(Value v) {
    if (v == NONE)
        return 0;
    if (builtins_dict && dict_set_str(builtins_dict, ID(_), NONE) < 0)
        return -1;
    Str *r = obj_repr(v);
    if (!r)
        return -1;
    if (sys_write_stdout(r) < 0 || sys_write_stdout(str_from_cstr("\n")) < 0)
        return -1;
    if (builtins_dict && dict_set_str(builtins_dict, ID(_), v) < 0)
        return -1;
    return 0;
}

/* ---------------------------------------------------------- except* */
static Value eg_type(void) {
    Value t = builtins_dict ? dict_get_cstr(builtins_dict, "BaseExceptionGroup") : VNULL;
    if (!t && !err_occurred())
        err_str(&SystemError_type, "BaseExceptionGroup is not available");
    return t;
}

static Value make_eg(Value excs_list) {
    Value t = eg_type();
    if (!t)
        return VNULL;
    Value args[2] = {(Value)str_empty, excs_list};
    return obj_call(t, args, 2, NULL);
}

Value vm_eg_match(Value rest, Value type, Value *match) {
    *match = NONE;
    if (rest == NONE)
        return NONE;
    Value egt = eg_type();
    if (!egt)
        return VNULL;
    Tuple *types = IS_TUPLE(type) ? AS(Tuple, type) : NULL;
    for (int64_t i = 0; i < (types ? types->len : 1); i++) {
        Value t = types ? types->items[i] : type;
        if (!is_exc_class(t)) {
            err_str(&TypeError_type,
                    "catching classes that do not inherit from BaseException is not allowed");
            return VNULL;
        }
        if (type_is_subtype(AS(Type, t), AS(Type, egt))) {
            err_str(&TypeError_type,
                    "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return VNULL;
        }
    }
    if (obj_isinstance(rest, egt) == 1) {
        Value r = obj_call_method(rest, ID(split), &type, 1);
        if (!r)
            return VNULL;
        if (!IS_TUPLE(r) || AS(Tuple, r)->len != 2) {
            err_str(&TypeError_type, "ExceptionGroup.split must return a 2-tuple");
            return VNULL;
        }
        *match = AS(Tuple, r)->items[0];
        return AS(Tuple, r)->items[1];
    }
    int m = obj_isinstance(rest, type);
    if (m < 0)
        return VNULL;
    if (!m)
        return rest;
    List *l = list_from_array(&rest, 1);
    if (!l)
        return VNULL;
    Value g = make_eg((Value)l);
    if (!g)
        return VNULL;
    BaseExc *src = AS(BaseExc, rest), *dst = AS(BaseExc, g);
    SET_FIELD(dst, dst->traceback, LOAD_FIELD(src->traceback));
    *match = g;
    return NONE;
}

Value vm_prep_reraise_star(Value orig, Value raised_list, Value rest) {
    List *raised = AS(List, raised_list);
    int64_t n = list_len(raised);
    if (n == 0)
        return rest;
    List *all = list_new(n + 1);
    if (!all)
        return VNULL;
    for (int64_t i = 0; i < n; i++)
        if (list_append(all, list_get(raised, i)) < 0)
            return VNULL;
    if (rest != NONE && list_append(all, rest) < 0)
        return VNULL;
    if (list_len(all) == 1 && obj_isinstance(list_get(all, 0), eg_type()) == 1)
        return list_get(all, 0);
    return make_eg((Value)all);
}
