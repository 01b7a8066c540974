/* mappingproxy.c - the read-only view of a class namespace returned by
 * `cls.__dict__`.  Writes to a class must go through setattr so the type's
 * version (and every cache keyed on it) changes; handing out the dict itself
 * would let `cls.__dict__[k] = v` bypass that.  Immutable: no locking.
 */
#include "../runtime.h"
#include "slots.h"

typedef struct MappingProxy {
    Obj hdr;
    Value mapping;
} MappingProxy;

static void proxy_trace(Obj *o, Tracer *t) {
    gc_mark(t, ((MappingProxy *)o)->mapping);
}

static Value proxy_make(Value mapping) {
    MappingProxy *p = gc_alloc(&mappingproxy_type, sizeof(MappingProxy));
    if (!p)
        return VNULL;
    SET_FIELD(p, p->mapping, mapping);
    return OBJ_VAL(p);
}

Value mappingproxy_new(Value mapping) {
    return proxy_make(mapping);
}

static Value proxy_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("mappingproxy", kwnames) < 0 || args_count("mappingproxy", nargs, 1, 1) < 0)
        return VNULL;
    if (!IS_DICT(args[0]) && !IS_EXACT(args[0], mappingproxy_type))
        return err_format(&TypeError_type, "mappingproxy() argument must be a mapping, not %T",
                          args[0]);
    return proxy_make(args[0]);
}

#define M(self) (AS(MappingProxy, self)->mapping)

static Value proxy_getitem(Value self, Value key) { return obj_getitem(M(self), key); }
static int64_t proxy_len(Value self) { return obj_len(M(self)); }
static int proxy_contains(Value self, Value key) { return obj_contains(M(self), key); }
static Value proxy_iter(Value self) { return obj_getiter(M(self)); }
static Str *proxy_repr(Value self) { return str_format("mappingproxy(%R)", M(self)); }
static Str *proxy_str(Value self) { return obj_str(M(self)); }

static Value proxy_richcompare(Value a, Value b, int op) {
    if (IS_EXACT(b, mappingproxy_type))
        b = M(b);
    return obj_richcompare(M(a), b, op);
}

static Value forward(Value self, const char *name, Value *args, size_t nargs) {
    return obj_call_method(M(self), str_intern_cstr(name), args, nargs);
}
static Value proxy_keys(Value s, Value *a, size_t n, Tuple *k) { return forward(s, "keys", a, n); }
static Value proxy_values(Value s, Value *a, size_t n, Tuple *k) { return forward(s, "values", a, n); }
static Value proxy_items(Value s, Value *a, size_t n, Tuple *k) { return forward(s, "items", a, n); }
static Value proxy_get(Value s, Value *a, size_t n, Tuple *k) { return forward(s, "get", a, n); }
static Value proxy_copy(Value s, Value *a, size_t n, Tuple *k) { return forward(s, "copy", a, n); }

static const MethodDef proxy_methods[] = {
    {"keys", proxy_keys, METH_NOKW},
    {"values", proxy_values, METH_NOKW},
    {"items", proxy_items, METH_NOKW},
    {"get", proxy_get, METH_NOKW},
    {"copy", proxy_copy, METH_NOKW},
    {NULL},
};

Type mappingproxy_type = {
    .hdr = {&type_type},
    .name = "mappingproxy",
    .basicsize = sizeof(MappingProxy),
    .trace = proxy_trace,
    .new_ = proxy_new,
    .getitem = proxy_getitem,
    .len = proxy_len,
    .contains = proxy_contains,
    .iter = proxy_iter,
    .repr = proxy_repr,
    .str = proxy_str,
    .richcompare = proxy_richcompare,
    .methods = proxy_methods,
};
