/* func.c - function, cell and bound-method objects.
 *
 * Thread-safety: a Function's fields are published fully initialised;
 * later assignments (__defaults__, __code__, __name__, ...) are single
 * SET_FIELD stores and every reader of those fields uses LOAD_FIELD
 * (acquire), so a racing caller sees the old or the new value, never a torn
 * one.  A caller loads __code__ once per call and sizes and binds the frame
 * from that one Code (frame.c), and __code__ can only be replaced by code
 * with the same number of free variables, so a concurrent assignment never
 * mismatches a frame.  __dict__ and __annotations__ are created on first
 * use and published by CAS (one winner).  A Cell's value is one word:
 * SET_FIELD / LOAD_FIELD.  Bound methods are immutable.
 */
#include <stdio.h>
#include <stdlib.h>

#include "vm.h"

/* ---------------------------------------------------------------- cell */
static void cell_trace(Obj *o, Tracer *t) { gc_mark(t, ((Cell *)o)->v); }

Cell *cell_new(Value v) {
    Cell *c = gc_alloc(&cell_type, sizeof(Cell));
    if (c && v)
        SET_FIELD(c, c->v, v);
    return c;
}

static Str *cell_repr(Value v) {
    Cell *c = AS(Cell, v);
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)c);
    Value cv = LOAD_FIELD(c->v);
    if (!cv)
        return str_format("<cell at %s: empty>", addr);
    char addr2[32];
    snprintf(addr2, sizeof addr2, "%p", (void *)cv);
    return str_format("<cell at %s: %T object at %s>", addr, cv, addr2);
}

static Value cell_contents_get(Value s) {
    Value v = LOAD_FIELD(AS(Cell, s)->v);
    if (!v)
        return err_str(&ValueError_type, "Cell is empty");
    return v;
}
static int cell_contents_set(Value s, Value v) {
    SET_FIELD(AS(Obj, s), AS(Cell, s)->v, v);
    return 0;
}
static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_contents_get, cell_contents_set},
    {NULL, NULL, NULL},
};

Type cell_type = {
    .hdr = {&type_type},
    .name = "cell",
    .basicsize = sizeof(Cell),
    .trace = cell_trace,
    .repr = cell_repr,
    .getattr = obj_generic_getattr,
    .getsets = cell_getsets,
};

/* ------------------------------------------------------------ function */
static void function_trace(Obj *o, Tracer *t) {
    Function *f = (Function *)o;
    GC_MARK(t, f->code);
    GC_MARK(t, f->globals);
    GC_MARK(t, f->builtins);
    GC_MARK(t, f->defaults);
    GC_MARK(t, f->kwdefaults);
    GC_MARK(t, f->closure);
    GC_MARK(t, f->name);
    GC_MARK(t, f->qualname);
    gc_mark(t, f->doc);
    gc_mark(t, f->module);
    gc_mark(t, f->annotations);
    GC_MARK(t, f->dict);
}

Function *function_new(Code *code, Dict *globals, Value qualname) {
    Function *f = gc_alloc(&function_type, sizeof(Function));
    if (!f)
        return NULL;
    SET_FIELD(f, f->code, code);
    SET_FIELD(f, f->globals, globals);
    SET_FIELD(f, f->name, code->name);
    SET_FIELD(f, f->qualname, qualname ? AS(Str, qualname) : code->qualname);
    Value doc = NONE;
    if (code->consts && code->consts->len > 0 && IS_STR(code->consts->items[0]) &&
        (code->flags & CO_NEWLOCALS))
        doc = code->consts->items[0];
    SET_FIELD(f, f->doc, doc);
    Value mod = globals ? dict_get_str(globals, ID(__name__)) : VNULL;
    SET_FIELD(f, f->module, mod ? mod : NONE);
    return f;
}

static Value function_call(Value callable, Value *args, size_t nargs, Tuple *kwnames) {
    return vm_call_function(AS(Function, callable), args, nargs, kwnames);
}

static Value function_descr_get(Value descr, Value obj, Value type) {
    if (!obj)
        return descr;
    return method_new(descr, obj);
}

static Str *function_repr(Value v) {
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)v);
    return str_format("<function %U at %s>", LOAD_FIELD(AS(Function, v)->qualname), addr);
}

static int64_t identity_hash(Value v) { return (int64_t)(v >> 4); }

static Value fn_code_get(Value s) { return (Value)LOAD_FIELD(AS(Function, s)->code); }
static int fn_code_set(Value s, Value v) {
    if (!v || !IS_EXACT(v, code_type)) {
        err_str(&TypeError_type, "__code__ must be set to a code object");
        return -1;
    }
    Function *fn = AS(Function, s);
    /* the closure is fixed: the code must use exactly its cells */
    int64_t nclosure = fn->closure ? fn->closure->len : 0;
    if (AS(Code, v)->nfree != nclosure) {
        err_format(&ValueError_type, "%U() requires a code object with %lld free vars, not %lld",
                   LOAD_FIELD(fn->name), (long long)nclosure, (long long)AS(Code, v)->nfree);
        return -1;
    }
    SET_FIELD(fn, fn->code, AS(Code, v));
    return 0;
}
static Value fn_globals_get(Value s) { return (Value)AS(Function, s)->globals; }
static Value fn_name_get(Value s) { return (Value)LOAD_FIELD(AS(Function, s)->name); }
static int fn_name_set(Value s, Value v) {
    if (!v || !IS_STR(v)) {
        err_str(&TypeError_type, "__name__ must be set to a string object");
        return -1;
    }
    SET_FIELD(AS(Obj, s), AS(Function, s)->name, AS(Str, v));
    return 0;
}
static Value fn_qualname_get(Value s) { return (Value)LOAD_FIELD(AS(Function, s)->qualname); }
static int fn_qualname_set(Value s, Value v) {
    if (!v || !IS_STR(v)) {
        err_str(&TypeError_type, "__qualname__ must be set to a string object");
        return -1;
    }
    SET_FIELD(AS(Obj, s), AS(Function, s)->qualname, AS(Str, v));
    return 0;
}
static Value fn_defaults_get(Value s) {
    Tuple *d = LOAD_FIELD(AS(Function, s)->defaults);
    return d ? (Value)d : NONE;
}
static int fn_defaults_set(Value s, Value v) {
    if (v && v != NONE && !IS_TUPLE(v)) {
        err_str(&TypeError_type, "__defaults__ must be set to a tuple object");
        return -1;
    }
    Tuple *t = (v && v != NONE && AS(Tuple, v)->len) ? AS(Tuple, v) : NULL;
    SET_FIELD(AS(Obj, s), AS(Function, s)->defaults, t);
    return 0;
}
static Value fn_kwdefaults_get(Value s) {
    Dict *d = LOAD_FIELD(AS(Function, s)->kwdefaults);
    return d ? (Value)d : NONE;
}
static int fn_kwdefaults_set(Value s, Value v) {
    if (v && v != NONE && !IS_DICT(v)) {
        err_str(&TypeError_type, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    Dict *d = (v && v != NONE) ? AS(Dict, v) : NULL;
    SET_FIELD(AS(Obj, s), AS(Function, s)->kwdefaults, d);
    return 0;
}
static Value fn_closure_get(Value s) {
    Tuple *c = AS(Function, s)->closure;
    return c ? (Value)c : NONE;
}
static Value fn_doc_get(Value s) { return LOAD_FIELD(AS(Function, s)->doc); }
static int fn_doc_set(Value s, Value v) {
    SET_FIELD(AS(Obj, s), AS(Function, s)->doc, v ? v : NONE);
    return 0;
}
static Value fn_module_get(Value s) { return LOAD_FIELD(AS(Function, s)->module); }
static int fn_module_set(Value s, Value v) {
    SET_FIELD(AS(Obj, s), AS(Function, s)->module, v ? v : NONE);
    return 0;
}
/* Publish a lazily created field value by CAS: if another thread got there
 * first, use its value (acq_rel: release publishes ours, acquire sees
 * theirs).  Returns the value now in the field. */
static Value publish_once(Obj *owner, Value *field, Value expect, Value v) {
    if (__atomic_compare_exchange_n(field, &expect, v, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE)) {
        gc_barrier_bulk(owner);
        return v;
    }
    return expect;
}

static Value fn_annotations_get(Value s) {
    Function *f = AS(Function, s);
    Value a = LOAD_FIELD(f->annotations);
    if (!a || a == NONE) {
        Dict *d = dict_new();
        if (!d)
            return VNULL;
        Value cur = publish_once((Obj *)f, &f->annotations, a, (Value)d);
        if (cur != (Value)d && cur && cur != NONE)
            return cur;
        if (cur != (Value)d)     /* raced with a store of None/NULL: ours then */
            SET_FIELD(f, f->annotations, (Value)d);
        return (Value)d;
    }
    return a;
}
static int fn_annotations_set(Value s, Value v) {
    if (v && v != NONE && !IS_DICT(v)) {
        err_str(&TypeError_type, "__annotations__ must be set to a dict object");
        return -1;
    }
    SET_FIELD(AS(Obj, s), AS(Function, s)->annotations, v ? v : VNULL);
    return 0;
}
static Value fn_dict_get(Value s) {
    Function *f = AS(Function, s);
    Dict *cur = LOAD_FIELD(f->dict);
    if (cur)
        return (Value)cur;
    Dict *d = dict_new();
    if (!d)
        return VNULL;
    return publish_once((Obj *)f, (Value *)&f->dict, VNULL, (Value)d);
}
static int fn_dict_set(Value s, Value v) {
    if (!v || !IS_DICT(v)) {
        err_str(&TypeError_type, "__dict__ must be set to a dictionary");
        return -1;
    }
    SET_FIELD(AS(Obj, s), AS(Function, s)->dict, AS(Dict, v));
    return 0;
}
static Value fn_builtins_get(Value s) {
    Dict *b = AS(Function, s)->builtins;
    return b ? (Value)b : (Value)builtins_dict;
}

static const GetSetDef function_getsets[] = {
    {"__code__", fn_code_get, fn_code_set},
    {"__globals__", fn_globals_get, NULL},
    {"__builtins__", fn_builtins_get, NULL},
    {"__name__", fn_name_get, fn_name_set},
    {"__qualname__", fn_qualname_get, fn_qualname_set},
    {"__defaults__", fn_defaults_get, fn_defaults_set},
    {"__kwdefaults__", fn_kwdefaults_get, fn_kwdefaults_set},
    {"__closure__", fn_closure_get, NULL},
    {"__doc__", fn_doc_get, fn_doc_set},
    {"__module__", fn_module_get, fn_module_set},
    {"__annotations__", fn_annotations_get, fn_annotations_set},
    {"__dict__", fn_dict_get, fn_dict_set},
    {NULL, NULL, NULL},
};

Type function_type = {
    .hdr = {&type_type},
    .name = "function",
    .basicsize = sizeof(Function),
    .dict_offset = offsetof(Function, dict),
    .trace = function_trace,
    .call = function_call,
    .descr_get = function_descr_get,
    .repr = function_repr,
    .hash = identity_hash,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .getsets = function_getsets,
};

/* -------------------------------------------------------- bound method */
static void method_trace(Obj *o, Tracer *t) {
    gc_mark(t, ((Method *)o)->func);
    gc_mark(t, ((Method *)o)->self);
}

Value method_new(Value func, Value self) {
    Method *m = gc_alloc(&method_type, sizeof(Method));
    if (!m)
        return VNULL;
    SET_FIELD(m, m->func, func);
    SET_FIELD(m, m->self, self);
    return (Value)m;
}

static Value method_call(Value callable, Value *args, size_t nargs, Tuple *kwnames) {
    Method *m = AS(Method, callable);
    size_t total = nargs + (kwnames ? (size_t)kwnames->len : 0);
    Value small[8];
    Value *buf = total + 1 <= 8 ? small : malloc((total + 1) * sizeof(Value));
    if (!buf)
        return err_no_memory();
    /* buf may be malloc()ed: its values are also live in args (caller's
     * stack or frame) and m, so the collector still sees them. */
    buf[0] = m->self;
    for (size_t i = 0; i < total; i++)
        buf[i + 1] = args[i];
    Value r;
    if (IS_EXACT(m->func, function_type))
        r = vm_call_function(AS(Function, m->func), buf, nargs + 1, kwnames);
    else
        r = obj_call(m->func, buf, nargs + 1, kwnames);
    if (buf != small)
        free(buf);
    return r;
}

static Str *method_repr(Value v) {
    Method *m = AS(Method, v);
    Value name = obj_getattr_opt(m->func, ID(__qualname__));
    if (!name)
        name = obj_getattr_opt(m->func, ID(__name__));
    if (!name && err_occurred())
        return NULL;
    Str *sr = obj_repr(m->self);
    if (!sr)
        return NULL;
    return str_format("<bound method %S of %U>", name ? name : (Value)str_from_cstr("?"), sr);
}

static Value method_getattr(Value self, Str *name) {
    Value v = obj_generic_getattr(self, name);
    if (v || !err_matches(&AttributeError_type))
        return v;
    err_clear();
    return obj_getattr(AS(Method, self)->func, name);
}

static Value method_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_EXACT(b, method_type))
        return NOT_IMPLEMENTED;
    Method *x = AS(Method, a), *y = AS(Method, b);
    int eq = x->self == y->self;
    if (eq) {
        eq = obj_eq(x->func, y->func);
        if (eq < 0)
            return VNULL;
    }
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(Value v) {
    Method *m = AS(Method, v);
    int64_t h = obj_hash(m->func);
    if (h == -1 && err_occurred())
        return -1;
    h ^= (int64_t)(m->self >> 4);
    return h == -1 ? -2 : h;
}

static Value method_func_get(Value s) { return AS(Method, s)->func; }
static Value method_self_get(Value s) { return AS(Method, s)->self; }
static Value method_doc_get(Value s) {
    Value d = obj_getattr_opt(AS(Method, s)->func, ID(__doc__));
    return d ? d : (err_occurred() ? VNULL : NONE);
}

static const GetSetDef method_getsets[] = {
    {"__func__", method_func_get, NULL},
    {"__self__", method_self_get, NULL},
    {"__doc__", method_doc_get, NULL},
    {NULL, NULL, NULL},
};

/* types.MethodType(func, obj) */
static Value method_new_slot(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("method", kwnames) < 0 || args_count("method", nargs, 2, 2) < 0)
        return VNULL;
    if (!obj_callable(args[0]))
        return err_str(&TypeError_type, "first argument must be callable");
    if (args[1] == NONE)
        return err_str(&TypeError_type, "instance must not be None");
    return method_new(args[0], args[1]);
}

Type method_type = {
    .hdr = {&type_type},
    .name = "method",
    .basicsize = sizeof(Method),
    .new_ = method_new_slot,
    .trace = method_trace,
    .call = method_call,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .getsets = method_getsets,
};
