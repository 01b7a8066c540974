/* builtins_vm.c - builtins that need the interpreter's current frame:
 * globals, locals, vars() without arguments, exec, eval, compile,
 * __build_class__ (the class statement), and the helpers behind
 * zero-argument super() and sys.exc_info().  The runtime engineer adds
 * vm_builtin_methods[] to the builtins module.
 *
 * "Current frame" is ts->frame: builtins are C functions called from the
 * eval loop without a frame of their own, so it is the caller's frame.
 */
#include <string.h>

#include "vm.h"

static Frame *current_frame(void) { return ts_current->frame; }

Dict *vm_current_globals(void) {
    Frame *f = current_frame();
    return f ? f->globals : NULL;
}

Value vm_exc_info(void) {
    Value h = ts_current->handled_exc;
    return h ? h : NONE;
}

/* A dict snapshot of a function frame's locals (fast slots and cells). */
static Value frame_locals(Frame *f) {
    if (f->locals)
        return f->locals;
    Code *co = f->code;
    Dict *d = dict_new();
    if (!d)
        return VNULL;
    for (int i = 0; i < co->nlocals; i++) {
        Value v = f->slots[i];
        Str *name = AS(Str, co->varnames->items[i]);
        bool is_cell = false;
        for (int k = 0; k < co->ncells; k++)
            if (str_eq(AS(Str, co->cellvars->items[k]), name))
                is_cell = true;
        if (v && !is_cell && dict_set_str(d, name, v) < 0)
            return VNULL;
    }
    for (int i = 0; i < co->ncells + co->nfree; i++) {
        Value c = f->slots[co->nlocals + i];
        Str *name = AS(Str, i < co->ncells ? co->cellvars->items[i]
                                           : co->freevars->items[i - co->ncells]);
        Value cv = c ? LOAD_FIELD(AS(Cell, c)->v) : VNULL;  /* cells are shared */
        if (cv && dict_set_str(d, name, cv) < 0)
            return VNULL;
    }
    return (Value)d;
}

static Value bi_globals(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("globals", kwnames) < 0 || args_count("globals", nargs, 0, 0) < 0)
        return VNULL;
    Frame *f = current_frame();
    if (!f)
        return err_str(&SystemError_type, "globals(): no current frame");
    return (Value)f->globals;
}

static Value bi_locals(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("locals", kwnames) < 0 || args_count("locals", nargs, 0, 0) < 0)
        return VNULL;
    Frame *f = current_frame();
    if (!f)
        return err_str(&SystemError_type, "locals(): no current frame");
    return frame_locals(f);
}

static Value bi_vars(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("vars", kwnames) < 0 || args_count("vars", nargs, 0, 1) < 0)
        return VNULL;
    if (nargs == 0) {
        Frame *f = current_frame();
        if (!f)
            return err_str(&SystemError_type, "vars(): no current frame");
        return frame_locals(f);
    }
    Value d = obj_getattr_opt(args[0], ID(__dict__));
    if (!d && !err_occurred())
        return err_str(&TypeError_type, "vars() argument must have __dict__ attribute");
    return d;
}

/* Source argument of exec/eval/compile as UTF-8. */
static const char *source_text(Value src, const char *fname, size_t *len, bool strip) {
    const char *s;
    if (IS_STR(src)) {
        s = str_utf8(AS(Str, src), len);
    } else if (IS_OBJ(src) && TYPE_FLAG(src, TF_BYTES_SUBCLASS)) {
        Bytes *b = AS(Bytes, src);
        s = (const char *)b->data;
        *len = (size_t)b->len;
    } else {
        err_format(&TypeError_type, "%s() arg 1 must be a string, bytes or code object", fname);
        return NULL;
    }
    if (!s)
        return NULL;
    if (memchr(s, 0, *len)) {
        err_str(&SyntaxError_type, "source code string cannot contain null bytes");
        return NULL;
    }
    if (strip) {
        while (*len > 0 && (*s == ' ' || *s == '\t')) {
            s++;
            (*len)--;
        }
    }
    return s;
}

static Value exec_or_eval(const char *fname, Value *args, size_t nargs, Tuple *kwnames, int mode) {
    static const char *const kwlist[] = {"", "globals", "locals"};
    Value a[3] = {VNULL, VNULL, VNULL};
    if (args_bind(fname, args, nargs, kwnames, kwlist, 1, 3, a) < 0)
        return VNULL;
    Value src = a[0];
    Value g = a[1] && a[1] != NONE ? a[1] : VNULL;
    Value l = a[2] && a[2] != NONE ? a[2] : VNULL;
    if (g && !IS_DICT(g))
        return err_format(&TypeError_type, mode == COMPILE_EVAL
                                               ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                               : "exec() globals must be a dict, not %T",
                          g);
    if (l && !obj_hasattr(l, ID(__getitem__)))
        return err_format(&TypeError_type, "locals must be a mapping");
    Frame *f = current_frame();
    if (!g) {
        if (!f)
            return err_str(&SystemError_type, "no current frame");
        g = (Value)f->globals;
        if (!l) {
            l = frame_locals(f);
            if (!l)
                return VNULL;
        }
    } else if (!l) {
        l = g;
    }
    if (!dict_get_str(AS(Dict, g), ID(__builtins__)) && builtins_dict) {
        if (dict_set_str(AS(Dict, g), ID(__builtins__), (Value)builtins_dict) < 0)
            return VNULL;
    }
    Value code;
    if (IS_EXACT(src, code_type)) {
        code = src;
    } else {
        size_t len;
        const char *s = source_text(src, fname, &len, mode == COMPILE_EVAL);
        if (!s)
            return VNULL;
        code = compile_source(s, len, "<string>", mode);
        if (!code)
            return VNULL;
    }
    Value r = vm_run_code_mapping(code, AS(Dict, g), l);
    if (!r)
        return VNULL;
    return mode == COMPILE_EVAL ? r : NONE;
}

static Value bi_exec(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return exec_or_eval("exec", args, nargs, kwnames, COMPILE_EXEC);
}

static Value bi_eval(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return exec_or_eval("eval", args, nargs, kwnames, COMPILE_EVAL);
}

static Value bi_compile(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const kwlist[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                         "optimize"};
    Value a[6] = {0};
    if (args_bind("compile", args, nargs, kwnames, kwlist, 3, 6, a) < 0)
        return VNULL;
    if (!IS_STR(a[2]))
        return err_format(&TypeError_type, "compile() argument 'mode' must be str, not %T", a[2]);
    int mode;
    Str *m = AS(Str, a[2]);
    if (str_eq_cstr(m, "exec"))
        mode = COMPILE_EXEC;
    else if (str_eq_cstr(m, "eval"))
        mode = COMPILE_EVAL;
    else if (str_eq_cstr(m, "single"))
        mode = COMPILE_SINGLE;
    else
        return err_str(&ValueError_type, "compile() mode must be 'exec', 'eval' or 'single'");
    if (IS_EXACT(a[0], code_type))
        return a[0];
    Str *fn;
    if (IS_STR(a[1]))
        fn = AS(Str, a[1]);
    else if (!(fn = obj_str(a[1])))
        return VNULL;
    size_t len;
    const char *s = source_text(a[0], "compile", &len, mode == COMPILE_EVAL);
    if (!s)
        return VNULL;
    return compile_source(s, len, STR_CSTR(fn), mode);
}

/* ---------------------------------------------------------- classes */
static Type *calculate_meta(Type *meta, Tuple *bases) {
    Type *winner = meta;
    for (int64_t i = 0; i < bases->len; i++) {
        Type *bt = val_type(bases->items[i]);
        if (type_is_subtype(winner, bt))
            continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        err_str(&TypeError_type,
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Resolve __mro_entries__ on non-class bases (PEP 560). */
static Tuple *update_bases(Tuple *bases, Value *orig_out) {
    bool any = false;
    for (int64_t i = 0; i < bases->len; i++) {
        Value b = bases->items[i];
        if (IS_TYPE(b))
            continue;
        Value m = obj_getattr_opt(b, ID(__mro_entries__));
        if (m) {
            any = true;
            break;
        }
        if (err_occurred())
            return NULL;
    }
    if (!any)
        return bases;
    List *out = list_new(bases->len);
    if (!out)
        return NULL;
    for (int64_t i = 0; i < bases->len; i++) {
        Value b = bases->items[i];
        Value m = IS_TYPE(b) ? VNULL : obj_getattr_opt(b, ID(__mro_entries__));
        if (!m) {
            if (err_occurred() || list_append(out, b) < 0)
                return NULL;
            continue;
        }
        Value r = obj_call1(m, (Value)bases);
        if (!r)
            return NULL;
        if (!IS_TUPLE(r)) {
            err_str(&TypeError_type, "__mro_entries__ must return a tuple");
            return NULL;
        }
        if (list_extend(out, r) < 0)
            return NULL;
    }
    *orig_out = (Value)bases;
    return list_to_tuple(out);
}

Value vm_build_class(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (nargs < 2)
        return err_str(&TypeError_type, "__build_class__: not enough arguments");
    Value func = args[0];
    if (!IS_EXACT(func, function_type))
        return err_str(&TypeError_type, "__build_class__: func must be a function");
    if (!IS_STR(args[1]))
        return err_str(&TypeError_type, "__build_class__: name is not a string");
    Str *name = AS(Str, args[1]);
    Tuple *orig_bases = tuple_from_array(args + 2, (int64_t)nargs - 2);
    if (!orig_bases)
        return VNULL;
    Value orig = VNULL;
    Tuple *bases = update_bases(orig_bases, &orig);
    if (!bases)
        return VNULL;
    /* split keywords: metaclass= and the rest */
    Value meta = VNULL;
    int64_t nkw = kwnames ? kwnames->len : 0;
    Tuple *kwn2 = NULL;
    Value *kwv = args + nargs;
    Value kwv2[nkw > 0 ? nkw : 1];
    int64_t n2 = 0;
    if (nkw) {
        kwn2 = tuple_new(nkw);
        if (!kwn2)
            return VNULL;
        for (int64_t i = 0; i < nkw; i++) {
            Str *k = AS(Str, kwnames->items[i]);
            if (str_eq_cstr(k, "metaclass")) {
                meta = kwv[i];
                continue;
            }
            SET_FIELD(kwn2, kwn2->items[n2], (Value)k);
            kwv2[n2++] = kwv[i];
        }
        kwn2->len = n2;
        if (n2 == 0)
            kwn2 = NULL;
    }
    bool isclass;
    if (!meta) {
        meta = bases->len ? (Value)val_type(bases->items[0]) : (Value)&type_type;
        isclass = true;
    } else {
        isclass = IS_TYPE(meta);
    }
    if (isclass) {
        Type *w = calculate_meta(AS(Type, meta), bases);
        if (!w)
            return VNULL;
        meta = (Value)w;
    }
    /* namespace */
    Value ns;
    Value prep = obj_getattr_opt(meta, ID(__prepare__));
    if (prep) {
        Value pargs[2 + (nkw > 0 ? nkw : 0)];
        pargs[0] = (Value)name;
        pargs[1] = (Value)bases;
        for (int64_t i = 0; i < n2; i++)
            pargs[2 + i] = kwv2[i];
        ns = obj_call(prep, pargs, 2, kwn2);
        if (!ns)
            return VNULL;
        if (!obj_hasattr(ns, ID(__getitem__))) {
            return err_format(&TypeError_type,
                              "%s.__prepare__() must return a mapping, not %T",
                              isclass ? type_name(AS(Type, meta)) : "<metaclass>", ns);
        }
    } else {
        if (err_occurred())
            return VNULL;
        ns = (Value)dict_new();
        if (!ns)
            return VNULL;
    }
    /* run the body with ns as its locals */
    Function *fn = AS(Function, func);
    ThreadState *ts = ts_current;
    Frame *f = vm_push_frame(ts, LOAD_FIELD(fn->code), fn, fn->globals, ns);
    if (!f)
        return VNULL;
    if (vm_bind_args(fn, f, NULL, 0, NULL) < 0) {
        vm_pop_frame(ts, f);
        return VNULL;
    }
    f->is_entry = 1;
    Value cell = vm_eval(ts, f);
    if (!cell)
        return VNULL;
    if (orig && IS_DICT(ns)) {
        if (dict_set_str(AS(Dict, ns), ID(__orig_bases__), orig) < 0)
            return VNULL;
    }
    Value margs[3 + (nkw > 0 ? nkw : 0)];
    margs[0] = (Value)name;
    margs[1] = (Value)bases;
    margs[2] = ns;
    for (int64_t i = 0; i < n2; i++)
        margs[3 + i] = kwv2[i];
    Value cls = obj_call(meta, margs, 3, kwn2);
    if (!cls)
        return VNULL;
    if (IS_EXACT(cell, cell_type)) {
        Cell *c = AS(Cell, cell);
        if (!c->v)
            SET_FIELD(c, c->v, cls);
    }
    return cls;
}

int vm_super_args(Type **cls, Value *self) {
    Frame *f = current_frame();
    if (!f) {
        err_str(&RuntimeError_type, "super(): no current frame");
        return -1;
    }
    Code *co = f->code;
    if (co->argcount == 0 && !(co->flags & CO_VARARGS)) {
        err_str(&RuntimeError_type, "super(): no arguments");
        return -1;
    }
    Value first = f->slots[0];
    /* the first argument may live in a cell */
    if (co->cell2arg) {
        for (int i = 0; i < co->ncells; i++)
            if (INT_VAL(co->cell2arg->items[i]) == 0) {
                Value c = f->slots[co->nlocals + i];
                first = c ? LOAD_FIELD(AS(Cell, c)->v) : VNULL;
            }
    }
    if (co->argcount == 0 && first && IS_TUPLE(first))
        first = AS(Tuple, first)->len ? AS(Tuple, first)->items[0] : VNULL;
    if (!first) {
        err_str(&RuntimeError_type, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->nfree; i++) {
        if (str_eq_cstr(AS(Str, co->freevars->items[i]), "__class__")) {
            Value c = f->slots[co->nlocals + co->ncells + i];
            Value v = c ? LOAD_FIELD(AS(Cell, c)->v) : VNULL;
            if (!v) {
                err_str(&RuntimeError_type, "super(): empty __class__ cell");
                return -1;
            }
            if (!IS_TYPE(v)) {
                err_format(&RuntimeError_type, "super(): __class__ is not a type (%T)", v);
                return -1;
            }
            *cls = AS(Type, v);
            *self = first;
            return 0;
        }
    }
    err_str(&RuntimeError_type, "super(): __class__ cell not found");
    return -1;
}

const MethodDef vm_builtin_methods[] = {
    {"globals", bi_globals, METH_NOKW, "Return the dictionary containing the current scope's global variables."},
    {"locals", bi_locals, METH_NOKW, "Return a dictionary containing the current scope's local variables."},
    {"vars", bi_vars, METH_NOKW, "Show vars."},
    {"exec", bi_exec, 0, "Execute the given source in the context of globals and locals."},
    {"eval", bi_eval, 0, "Evaluate the given source in the context of globals and locals."},
    {"compile", bi_compile, 0, "Compile source into a code object."},
    {"__build_class__", vm_build_class, 0, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {NULL, NULL, 0, NULL},
};
