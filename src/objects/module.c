/* module.c - module objects: a name plus a namespace dict.
 *
 * Thread-safety: the dict field is set once at creation; all state lives
 * in the dict, which follows the dict rules (lock-free reads, locked
 * writes), so module attribute access needs no lock of its own.
 */
#include "../runtime.h"

static void module_trace(Obj *o, Tracer *t) {
    Module *m = (Module *)o;
    GC_MARK(t, m->dict);
    GC_MARK(t, m->name);
}

Module *module_new(Str *name) {
    Module *m = gc_alloc(&module_type, sizeof(Module));
    if (!m)
        return NULL;
    Dict *d = dict_new();
    if (!d)
        return NULL;
    SET_FIELD(m, m->dict, d);
    SET_FIELD(m, m->name, name);
    if (dict_set_str(d, ID(__name__), OBJ_VAL(name)) < 0 ||
        dict_set_str(d, ID(__doc__), NONE) < 0 || dict_set_str(d, ID(__package__), NONE) < 0 ||
        dict_set_str(d, ID(__loader__), NONE) < 0 || dict_set_str(d, ID(__spec__), NONE) < 0)
        return NULL;
    return m;
}

static Value module_new_slot(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const names[] = {"name", "doc"};
    Value a[2];
    if (args_bind("module", args, nargs, kwnames, names, 1, 2, a) < 0)
        return VNULL;
    if (!IS_STR(a[0]))
        return err_format(&TypeError_type, "module.__init__() argument 'name' must be str, not %T",
                          a[0]);
    Module *m = module_new(AS(Str, a[0]));
    if (!m)
        return VNULL;
    if (a[1] && dict_set_str(m->dict, ID(__doc__), a[1]) < 0)
        return VNULL;
    return OBJ_VAL(m);
}

int module_add_functions(Module *m, const MethodDef *defs) {
    for (const MethodDef *d = defs; d->name; d++) {
        Value f = cfunction_new(d, OBJ_VAL(m), OBJ_VAL(m->name));
        if (!f || dict_set_str(m->dict, str_intern_cstr(d->name), f) < 0)
            return -1;
    }
    return 0;
}

int module_add_value(Module *m, const char *name, Value v) {
    if (!v)
        return -1;
    return dict_set_str(m->dict, str_intern_cstr(name), v);
}

static Value module_getattro(Value self, Str *name) {
    Module *m = AS(Module, self);
    Value v = dict_get_str(m->dict, name);
    if (v)
        return v;
    /* __dict__, __class__ and friends come from the type */
    Value descr = type_lookup(&module_type, name);
    if (descr) {
        DescrGetFn g = val_type(descr)->descr_get;
        return g ? g(descr, self, OBJ_VAL(&module_type)) : descr;
    }
    Value getattr = dict_get_str(m->dict, ID(__getattr__));
    if (getattr)
        return obj_call1(getattr, OBJ_VAL(name));
    return err_format(&AttributeError_type, "module '%U' has no attribute '%U'", m->name, name);
}

static int module_setattro(Value self, Str *name, Value v) {
    Module *m = AS(Module, self);
    if (v)
        return dict_set_str(m->dict, str_intern(name), v);
    int r = dict_del_str(m->dict, name);
    if (r == 0)
        err_format(&AttributeError_type, "module '%U' has no attribute '%U'", m->name, name);
    return r > 0 ? 0 : -1;
}

static Str *module_repr(Value self) {
    Module *m = AS(Module, self);
    Value file = dict_get_str(m->dict, ID(__file__));
    if (file && IS_STR(file))
        return str_format("<module %R from %R>", OBJ_VAL(m->name), file);
    return str_format("<module %R (built-in)>", OBJ_VAL(m->name));
}

static Value module_get_dict(Value self) {
    return OBJ_VAL(AS(Module, self)->dict);
}

static Value module_dir(Value self, Value *args, size_t nargs, Tuple *kw) {
    /* PEP 562: a module-level __dir__() decides */
    Value hook = dict_get_str(AS(Module, self)->dict, ID(__dir__));
    if (hook)
        return obj_call0(hook);
    return OBJ_VAL(dict_keys_list(AS(Module, self)->dict));
}

static const GetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL},
    {NULL},
};

static const MethodDef module_methods[] = {
    {"__dir__", module_dir, METH_NOKW},
    {NULL},
};

Type module_type = {
    .hdr = {&type_type},
    .name = "module",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(Module),
    .trace = module_trace,
    .new_ = module_new_slot,
    .getattr = module_getattro,
    .setattr = module_setattro,
    .repr = module_repr,
    .getsets = module_getsets,
    .methods = module_methods,
};
