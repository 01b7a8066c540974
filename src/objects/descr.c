/* descr.c - builtin functions and the descriptor types: method
 * descriptors of builtin types, getset and member (__slots__) descriptors,
 * classmethod, staticmethod, property and super.
 *
 * All of these are immutable after construction except property, whose
 * getter/setter/deleter methods return new objects rather than mutating,
 * and member slots, which are single-word fields written with SET_FIELD.
 */
#include <string.h>

#include "../runtime.h"
#include "slots.h"

/* ---- builtin functions (CFunction) ---- */

static Value cfunction_call(Value f, Value *args, size_t nargs, Tuple *kwnames) {
    CFunction *cf = AS(CFunction, f);
    const MethodDef *d = cf->def;
    if ((d->flags & METH_NOKW) && kwnames && kwnames->len)
        return err_format(&TypeError_type, "%s() takes no keyword arguments", d->name);
    return d->fn(cf->self, args, nargs, kwnames);
}

static Str *cfunction_repr(Value f) {
    CFunction *cf = AS(CFunction, f);
    if (!cf->self || IS_EXACT(cf->self, module_type))
        return str_format("<built-in function %s>", cf->def->name);
    if (IS_TYPE(cf->self))
        return str_format("<built-in method %s of type object at %p>", cf->def->name,
                          (void *)cf->self);
    return str_format("<built-in method %s of %T object at %p>", cf->def->name, cf->self,
                      (void *)cf->self);
}

static void cfunction_trace(Obj *o, Tracer *t) {
    CFunction *cf = (CFunction *)o;
    gc_mark(t, cf->self);
    gc_mark(t, cf->module);
}

static Value cfunction_get_name(Value f) {
    return OBJ_VAL(str_intern_cstr(AS(CFunction, f)->def->name));
}
static Value cfunction_get_self(Value f) {
    Value s = AS(CFunction, f)->self;
    return s ? s : NONE;
}
static Value cfunction_get_module(Value f) {
    Value m = AS(CFunction, f)->module;
    return m ? m : NONE;
}
static Value cfunction_get_doc(Value f) {
    const char *d = AS(CFunction, f)->def->doc;
    return d ? OBJ_VAL(str_from_cstr(d)) : NONE;
}
static const GetSetDef cfunction_getsets[] = {
    {"__name__", cfunction_get_name, NULL},
    {"__qualname__", cfunction_get_name, NULL},
    {"__self__", cfunction_get_self, NULL},
    {"__module__", cfunction_get_module, NULL},
    {"__doc__", cfunction_get_doc, NULL},
    {NULL},
};

Type cfunction_type = {
    .hdr = {&type_type},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(CFunction),
    .trace = cfunction_trace,
    .call = cfunction_call,
    .repr = cfunction_repr,
    .getsets = cfunction_getsets,
};

Value cfunction_new(const MethodDef *def, Value self, Value module) {
    CFunction *cf = gc_alloc(&cfunction_type, sizeof(CFunction));
    if (!cf)
        return VNULL;
    cf->def = def;
    SET_FIELD(cf, cf->self, self);
    SET_FIELD(cf, cf->module, module);
    return OBJ_VAL(cf);
}

/* ---- method descriptors of builtin types ---- */

static void descr_trace(Obj *o, Tracer *t) {
    GC_MARK(t, ((MethodDescr *)o)->owner);
}

Value method_descr_call(MethodDescr *d, Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!obj_is_instance_of(self, d->owner))
        return err_format(&TypeError_type,
                          "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                          d->def->name, d->owner->name, self);
    if ((d->def->flags & METH_NOKW) && kwnames && kwnames->len)
        return err_format(&TypeError_type, "%s.%s() takes no keyword arguments",
                          d->owner->name, d->def->name);
    return d->def->fn(self, args, nargs, kwnames);
}

static Value method_descr_vcall(Value f, Value *args, size_t nargs, Tuple *kwnames) {
    MethodDescr *d = AS(MethodDescr, f);
    if (nargs < 1)
        return err_format(&TypeError_type, "unbound method %s.%s() needs an argument",
                          d->owner->name, d->def->name);
    return method_descr_call(d, args[0], args + 1, nargs - 1, kwnames);
}

static Value method_descr_get(Value descr, Value obj, Value type) {
    if (!obj)
        return descr;
    MethodDescr *d = AS(MethodDescr, descr);
    if (!obj_is_instance_of(obj, d->owner))
        return err_format(&TypeError_type,
                          "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                          d->def->name, d->owner->name, obj);
    return cfunction_new(d->def, obj, VNULL);
}

static Str *method_descr_repr(Value v) {
    MethodDescr *d = AS(MethodDescr, v);
    return str_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static Value method_descr_get_name(Value v) {
    return OBJ_VAL(str_intern_cstr(AS(MethodDescr, v)->def->name));
}
static Value method_descr_get_qualname(Value v) {
    MethodDescr *d = AS(MethodDescr, v);
    return OBJ_VAL(str_format("%s.%s", d->owner->name, d->def->name));
}
static Value method_descr_get_objclass(Value v) {
    return OBJ_VAL(AS(MethodDescr, v)->owner);
}
static Value method_descr_get_doc(Value v) {
    const char *d = AS(MethodDescr, v)->def->doc;
    return d ? OBJ_VAL(str_from_cstr(d)) : NONE;
}
static const GetSetDef method_descr_getsets[] = {
    {"__name__", method_descr_get_name, NULL},
    {"__qualname__", method_descr_get_qualname, NULL},
    {"__objclass__", method_descr_get_objclass, NULL},
    {"__doc__", method_descr_get_doc, NULL},
    {NULL},
};

Type method_descr_type = {
    .hdr = {&type_type},
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescr),
    .trace = descr_trace,
    .call = method_descr_vcall,
    .descr_get = method_descr_get,
    .repr = method_descr_repr,
    .getsets = method_descr_getsets,
};

/* Method, classmethod and getset descriptors share one layout: a pointer
 * to a static definition and the owning type. */
_Static_assert(sizeof(MethodDescr) == sizeof(GetSetDescr) &&
                   offsetof(MethodDescr, owner) == offsetof(GetSetDescr, owner),
               "descriptor layouts");
static Value descr_make(Type *t, const void *def, Type *owner) {
    MethodDescr *d = gc_alloc(t, sizeof(MethodDescr));
    if (!d)
        return VNULL;
    d->def = def;
    SET_FIELD(d, d->owner, owner);
    return OBJ_VAL(d);
}

Value method_descr_new(const MethodDef *def, Type *owner) {
    return descr_make(&method_descr_type, def, owner);
}

/* METH_CLASS methods of builtin types (dict.fromkeys): bind to the class. */
static Value classmethod_descr_get(Value descr, Value obj, Value type) {
    MethodDescr *d = AS(MethodDescr, descr);
    if (!type)
        type = OBJ_VAL(val_type(obj));
    return cfunction_new(d->def, type, VNULL);
}

static Value classmethod_descr_vcall(Value f, Value *args, size_t nargs, Tuple *kwnames) {
    MethodDescr *d = AS(MethodDescr, f);
    if (nargs < 1 || !IS_TYPE(args[0]))
        return err_format(&TypeError_type, "descriptor '%s' of '%s' object needs a type",
                          d->def->name, d->owner->name);
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

Type classmethod_descr_type = {
    .hdr = {&type_type},
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescr),
    .trace = descr_trace,
    .call = classmethod_descr_vcall,
    .descr_get = classmethod_descr_get,
    .repr = method_descr_repr,
};

Value classmethod_descr_new(const MethodDef *def, Type *owner) {
    return descr_make(&classmethod_descr_type, def, owner);
}

/* ---- getset descriptors ---- */

static Value getset_get(Value descr, Value obj, Value type) {
    GetSetDescr *g = AS(GetSetDescr, descr);
    if (!obj)
        return descr;
    if (!obj_is_instance_of(obj, g->owner))
        return err_format(&TypeError_type,
                          "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                          g->def->name, g->owner->name, obj);
    return g->def->get(obj);
}

static int getset_set(Value descr, Value obj, Value v) {
    GetSetDescr *g = AS(GetSetDescr, descr);
    if (!g->def->set) {
        err_format(&AttributeError_type, "attribute '%s' of '%s' objects is not writable",
                   g->def->name, g->owner->name);
        return -1;
    }
    return g->def->set(obj, v);
}

static Str *getset_repr(Value v) {
    GetSetDescr *g = AS(GetSetDescr, v);
    return str_format("<attribute '%s' of '%s' objects>", g->def->name, g->owner->name);
}

Type getset_descr_type = {
    .hdr = {&type_type},
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescr),
    .trace = descr_trace,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .repr = getset_repr,
};

Value getset_descr_new(const GetSetDef *def, Type *owner) {
    return descr_make(&getset_descr_type, def, owner);
}

/* ---- member descriptors (__slots__) ---- */

typedef struct MemberDescr {
    Obj hdr;
    Str *name;
    Type *owner;
    uint32_t offset;
} MemberDescr;

static void member_trace(Obj *o, Tracer *t) {
    GC_MARK(t, ((MemberDescr *)o)->name);
    GC_MARK(t, ((MemberDescr *)o)->owner);
}

static Value member_get(Value descr, Value obj, Value type) {
    MemberDescr *m = AS(MemberDescr, descr);
    if (!obj)
        return descr;
    if (!obj_is_instance_of(obj, m->owner))
        return err_format(&TypeError_type,
                          "descriptor '%U' for '%s' objects doesn't apply to a '%T' object",
                          m->name, m->owner->name, obj);
    Value v = __atomic_load_n((Value *)((char *)AS_OBJ(obj) + m->offset), __ATOMIC_ACQUIRE);
    if (!v)
        return err_format(&AttributeError_type, "'%s' object has no attribute '%U'",
                          val_type(obj)->name, m->name);
    return v;
}

static int member_set(Value descr, Value obj, Value v) {
    MemberDescr *m = AS(MemberDescr, descr);
    if (!obj_is_instance_of(obj, m->owner)) {
        err_format(&TypeError_type,
                   "descriptor '%U' for '%s' objects doesn't apply to a '%T' object", m->name,
                   m->owner->name, obj);
        return -1;
    }
    Value *slot = (Value *)((char *)AS_OBJ(obj) + m->offset);
    if (!v && !*slot) {
        err_format(&AttributeError_type, "'%s' object has no attribute '%U'",
                   val_type(obj)->name, m->name);
        return -1;
    }
    SET_FIELD(AS_OBJ(obj), *slot, v);
    return 0;
}

static Str *member_repr(Value v) {
    MemberDescr *m = AS(MemberDescr, v);
    return str_format("<member '%U' of '%s' objects>", m->name, m->owner->name);
}

Type member_descr_type = {
    .hdr = {&type_type},
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescr),
    .trace = member_trace,
    .descr_get = member_get,
    .descr_set = member_set,
    .repr = member_repr,
};

Value member_descr_new(Str *name, Type *owner, uint32_t offset) {
    MemberDescr *m = gc_alloc(&member_descr_type, sizeof(MemberDescr));
    if (!m)
        return VNULL;
    SET_FIELD(m, m->name, name);
    SET_FIELD(m, m->owner, owner);
    m->offset = offset;
    return OBJ_VAL(m);
}

/* ---- classmethod / staticmethod ---- */

typedef struct FuncWrap {
    Obj hdr;
    Value func;
    Dict *dict;
} FuncWrap;

static void funcwrap_trace(Obj *o, Tracer *t) {
    gc_mark(t, ((FuncWrap *)o)->func);
    GC_MARK(t, ((FuncWrap *)o)->dict);
}

static Value funcwrap_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    FuncWrap *w = gc_alloc_instance(t, sizeof(FuncWrap));
    return w ? OBJ_VAL(w) : VNULL;
}

/* classmethod.__init__ / staticmethod.__init__ (subclasses call it via super) */
static Value funcwrap_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    const char *name = val_type(self)->name;
    if (args_no_kw(name, kwnames) < 0 || args_count(name, nargs, 1, 1) < 0)
        return VNULL;
    SET_FIELD(AS(FuncWrap, self), AS(FuncWrap, self)->func, args[0]);
    return NONE;
}

static Value funcwrap_get_func(Value self) {
    return AS(FuncWrap, self)->func;
}
static Value funcwrap_get_isabstract(Value self) {
    Value v = obj_getattr_opt(AS(FuncWrap, self)->func, ID(__isabstractmethod__));
    if (!v)
        return err_occurred() ? VNULL : FALSE_V;
    return v;
}
/* __name__, __doc__ etc. are forwarded to the wrapped function (3.10+). */
static Value funcwrap_get_name(Value self) {
    return obj_getattr(AS(FuncWrap, self)->func, ID(__name__));
}
static Value funcwrap_get_doc(Value self) {
    Value v = obj_getattr_opt(AS(FuncWrap, self)->func, ID(__doc__));
    return v ? v : (err_occurred() ? VNULL : NONE);
}
static const GetSetDef funcwrap_getsets[] = {
    {"__func__", funcwrap_get_func, NULL},
    {"__wrapped__", funcwrap_get_func, NULL},
    {"__isabstractmethod__", funcwrap_get_isabstract, NULL},
    {"__name__", funcwrap_get_name, NULL},
    {"__doc__", funcwrap_get_doc, NULL},
    {NULL},
};

static Value classmethod_get(Value self, Value obj, Value type) {
    if (!type)
        type = OBJ_VAL(val_type(obj));
    Value f = AS(FuncWrap, self)->func;
    /* 3.9-3.12: a wrapped descriptor (a property) is chained: its __get__
     * receives the class.  Plain functions take the direct route. */
    DescrGetFn g = val_type(f)->descr_get;
    if (g && !IS_EXACT(f, function_type))
        return g(f, type, OBJ_VAL(val_type(type)));
    return method_new(f, type);
}

static Value staticmethod_get(Value self, Value obj, Value type) {
    return AS(FuncWrap, self)->func;
}

static Value staticmethod_call(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return obj_call(AS(FuncWrap, self)->func, args, nargs, kwnames);
}

static Str *classmethod_repr(Value self) {
    return str_format("<classmethod(%R)>", AS(FuncWrap, self)->func);
}
static Str *staticmethod_repr(Value self) {
    return str_format("<staticmethod(%R)>", AS(FuncWrap, self)->func);
}

Type classmethod_type = {
    .hdr = {&type_type},
    .name = "classmethod",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(FuncWrap),
    .dict_offset = offsetof(FuncWrap, dict),
    .trace = funcwrap_trace,
    .new_ = funcwrap_new,
    .init = funcwrap_init,
    .descr_get = classmethod_get,
    .repr = classmethod_repr,
    .getsets = funcwrap_getsets,
};

Type staticmethod_type = {
    .hdr = {&type_type},
    .name = "staticmethod",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(FuncWrap),
    .dict_offset = offsetof(FuncWrap, dict),
    .trace = funcwrap_trace,
    .new_ = funcwrap_new,
    .init = funcwrap_init,
    .descr_get = staticmethod_get,
    .call = staticmethod_call,
    .repr = staticmethod_repr,
    .getsets = funcwrap_getsets,
};

static Value funcwrap_make(Type *t, Value f) {
    FuncWrap *w = gc_alloc(t, sizeof(FuncWrap));
    if (!w)
        return VNULL;
    SET_FIELD(w, w->func, f);
    return OBJ_VAL(w);
}
Value staticmethod_new(Value callable) { return funcwrap_make(&staticmethod_type, callable); }
Value classmethod_new(Value callable) { return funcwrap_make(&classmethod_type, callable); }

/* ---- property ---- */

typedef struct Property {
    Obj hdr;
    Value fget, fset, fdel, doc;
    Str *name;
    Dict *dict;
} Property;

static void property_trace(Obj *o, Tracer *t) {
    Property *p = (Property *)o;
    gc_mark(t, p->fget);
    gc_mark(t, p->fset);
    gc_mark(t, p->fdel);
    gc_mark(t, p->doc);
    GC_MARK(t, p->name);
    GC_MARK(t, p->dict);
}

static Value property_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    Property *p = gc_alloc_instance(t, sizeof(Property));
    return p ? OBJ_VAL(p) : VNULL;
}

static Value property_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    Value a[4];
    if (args_bind("property", args, nargs, kwnames, names, 0, 4, a) < 0)
        return VNULL;
    Property *p = AS(Property, self);
    SET_FIELD(p, p->fget, a[0] == NONE ? VNULL : a[0]);
    SET_FIELD(p, p->fset, a[1] == NONE ? VNULL : a[1]);
    SET_FIELD(p, p->fdel, a[2] == NONE ? VNULL : a[2]);
    Value doc = a[3];
    if ((!doc || doc == NONE) && a[0] && a[0] != NONE) {
        doc = obj_getattr_opt(a[0], ID(__doc__));
        if (!doc && err_occurred())
            return VNULL;
    }
    SET_FIELD(p, p->doc, doc);
    return NONE;
}

static Value property_get(Value self, Value obj, Value type) {
    Property *p = AS(Property, self);
    if (!obj)
        return self;
    if (!p->fget) {
        if (p->name)
            return err_format(&AttributeError_type, "property '%U' of '%T' object has no getter",
                              p->name, obj);
        return err_str(&AttributeError_type, "unreadable attribute");
    }
    return obj_call1(p->fget, obj);
}

static int property_set(Value self, Value obj, Value v) {
    Property *p = AS(Property, self);
    Value f = v ? p->fset : p->fdel;
    if (!f) {
        if (p->name)
            err_format(&AttributeError_type, "property '%U' of '%T' object has no %s", p->name,
                       obj, v ? "setter" : "deleter");
        else
            err_str(&AttributeError_type, v ? "can't set attribute" : "can't delete attribute");
        return -1;
    }
    Value r = v ? obj_call2(f, obj, v) : obj_call1(f, obj);
    return r ? 0 : -1;
}

static Value property_copy(Value self, Value fget, Value fset, Value fdel) {
    Property *old = AS(Property, self);
    Type *t = val_type(self);
    Value args[4] = {fget ? fget : NONE, fset ? fset : NONE, fdel ? fdel : NONE,
                     old->doc ? old->doc : NONE};
    Value r = obj_call(OBJ_VAL(t), args, 4, NULL);
    if (r && IS_OBJ(r) && obj_is_instance_of(r, &property_type))
        SET_FIELD(AS(Property, r), AS(Property, r)->name, old->name);
    return r;
}

static Value property_getter(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("getter", nargs, 1, 1) < 0)
        return VNULL;
    Property *p = AS(Property, self);
    return property_copy(self, args[0], p->fset, p->fdel);
}
static Value property_setter(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("setter", nargs, 1, 1) < 0)
        return VNULL;
    Property *p = AS(Property, self);
    return property_copy(self, p->fget, args[0], p->fdel);
}
static Value property_deleter(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("deleter", nargs, 1, 1) < 0)
        return VNULL;
    Property *p = AS(Property, self);
    return property_copy(self, p->fget, p->fset, args[0]);
}
static Value property_set_name(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("__set_name__", nargs, 2, 2) < 0)
        return VNULL;
    if (IS_STR(args[1]))
        SET_FIELD(AS(Property, self), AS(Property, self)->name, AS(Str, args[1]));
    return NONE;
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, METH_NOKW},
    {"setter", property_setter, METH_NOKW},
    {"deleter", property_deleter, METH_NOKW},
    {"__set_name__", property_set_name, METH_NOKW},
    {NULL},
};

static Value prop_fget(Value s) { Value v = AS(Property, s)->fget; return v ? v : NONE; }
static Value prop_fset(Value s) { Value v = AS(Property, s)->fset; return v ? v : NONE; }
static Value prop_fdel(Value s) { Value v = AS(Property, s)->fdel; return v ? v : NONE; }
static Value prop_doc(Value s) { Value v = AS(Property, s)->doc; return v ? v : NONE; }
static int prop_set_doc(Value s, Value v) {
    SET_FIELD(AS(Property, s), AS(Property, s)->doc, v);
    return 0;
}
static Value prop_isabstract(Value s) {
    Property *p = AS(Property, s);
    Value fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        if (!fs[i])
            continue;
        Value v = obj_getattr_opt(fs[i], ID(__isabstractmethod__));
        if (v && obj_truthy(v) > 0)
            return TRUE_V;
    }
    return FALSE_V;
}
static const GetSetDef property_getsets[] = {
    {"fget", prop_fget, NULL},
    {"fset", prop_fset, NULL},
    {"fdel", prop_fdel, NULL},
    {"__doc__", prop_doc, prop_set_doc},
    {"__isabstractmethod__", prop_isabstract, NULL},
    {NULL},
};

Type property_type = {
    .hdr = {&type_type},
    .name = "property",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(Property),
    .dict_offset = offsetof(Property, dict),
    .trace = property_trace,
    .new_ = property_new,
    .init = property_init,
    .descr_get = property_get,
    .descr_set = property_set,
    .methods = property_methods,
    .getsets = property_getsets,
};

/* ---- super ---- */

typedef struct Super {
    Obj hdr;
    Type *type;        /* the class the lookup starts after */
    Value obj;         /* the instance or class bound, VNULL if unbound */
    Type *obj_type;    /* type(obj), or obj itself when obj is a subclass */
} Super;

static void super_trace(Obj *o, Tracer *t) {
    Super *s = (Super *)o;
    GC_MARK(t, s->type);
    gc_mark(t, s->obj);
    GC_MARK(t, s->obj_type);
}

static Type *super_check(Type *t, Value obj) {
    if (IS_TYPE(obj) && type_is_subtype(AS(Type, obj), t))
        return AS(Type, obj);
    if (obj_is_instance_of(obj, t))
        return val_type(obj);
    err_str(&TypeError_type, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static Value super_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    Super *s = gc_alloc_instance(t, sizeof(Super));
    return s ? OBJ_VAL(s) : VNULL;
}

static Value super_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw("super", kwnames) < 0 || args_count("super", nargs, 0, 2) < 0)
        return VNULL;
    Type *cls;
    Value obj = VNULL;
    if (nargs == 0) {
        if (vm_super_args(&cls, &obj) < 0)
            return VNULL;
    } else {
        if (!IS_TYPE(args[0]))
            return err_format(&TypeError_type, "super() argument 1 must be a type, not %T",
                              args[0]);
        cls = AS(Type, args[0]);
        if (nargs == 2)
            obj = args[1] == NONE ? VNULL : args[1];
    }
    Super *s = AS(Super, self);
    Type *ot = NULL;
    if (obj && !(ot = super_check(cls, obj)))
        return VNULL;
    SET_FIELD(s, s->type, cls);
    SET_FIELD(s, s->obj, obj);
    SET_FIELD(s, s->obj_type, ot);
    return NONE;
}

static Value super_getattro(Value self, Str *name) {
    Super *s = AS(Super, self);
    if (s->obj_type && !str_eq_cstr(name, "__class__")) {
        Tuple *mro = s->obj_type->mro;
        int64_t i = 0;
        while (i < mro->len && AS(Type, mro->items[i]) != s->type)
            i++;
        for (i++; i < mro->len; i++) {
            Value v = dict_get_str(AS(Type, mro->items[i])->dict, name);
            if (!v)
                continue;
            DescrGetFn g = val_type(v)->descr_get;
            if (!g)
                return v;
            /* an instance binds as the instance; a class binds as classmethod */
            return g(v, s->obj == OBJ_VAL(s->obj_type) ? VNULL : s->obj,
                     OBJ_VAL(s->obj_type));
        }
    }
    return obj_generic_getattr(self, name);
}

static Value super_get(Value self, Value obj, Value type) {
    Super *s = AS(Super, self);
    if (!obj || s->obj)
        return self;
    Value args[2] = {OBJ_VAL(s->type), obj};
    return obj_call(OBJ_VAL(val_type(self)), args, 2, NULL);
}

static Str *super_repr(Value self) {
    Super *s = AS(Super, self);
    if (s->obj_type)
        return str_format("<super: <class '%s'>, <%s object>>", s->type ? s->type->name : "NULL",
                          s->obj_type->name);
    return str_format("<super: <class '%s'>, NULL>", s->type ? s->type->name : "NULL");
}

static Value super_get_thisclass(Value self) {
    Type *t = AS(Super, self)->type;
    return t ? OBJ_VAL(t) : NONE;
}
static Value super_get_self(Value self) {
    Value o = AS(Super, self)->obj;
    return o ? o : NONE;
}
static Value super_get_self_class(Value self) {
    Type *t = AS(Super, self)->obj_type;
    return t ? OBJ_VAL(t) : NONE;
}
static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {"__self_class__", super_get_self_class, NULL},
    {NULL},
};

Type super_type = {
    .hdr = {&type_type},
    .name = "super",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(Super),
    .trace = super_trace,
    .new_ = super_new,
    .init = super_init,
    .getattr = super_getattro,
    .descr_get = super_get,
    .repr = super_repr,
    .getsets = super_getsets,
};
