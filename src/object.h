/* object.h - the type object and the generic object protocol.
 *
 * A Type describes layout (basicsize/itemsize, where the instance dict
 * lives), how the collector traces an instance (trace), and the behaviour of
 * instances through slots: C function pointers that the interpreter calls
 * directly.  Builtin types are static C structs made ready at start-up by
 * type_ready(); classes made by `class` statements are heap Types whose
 * slots are wrappers that look up and call the matching dunder method.
 *
 * Conventions used by every slot and protocol function:
 *  - A function returning Value returns VNULL with an exception set on
 *    failure.  Functions returning int return -1 with an exception set.
 *  - iternext returns VNULL *without* an exception when the iterator is
 *    exhausted (StopIteration is only materialised where Python sees it).
 *  - Calls use a vector convention: positional args in args[0..nargs), then
 *    one value per keyword name in kwnames (a Tuple of Str), stored at
 *    args[nargs..nargs+len(kwnames)).  kwnames is NULL when there are none.
 *  - Binary number slots return NOT_IMPLEMENTED when they do not handle the
 *    operand pair; num_binop() does the reflected-operand dance.
 *
 * Thread-safety: a Type's slots and flags are written only while the type is
 * being built (before it is published) or under the type's lock when a
 * class attribute assignment changes a dunder; slot words are read
 * lock-free and are updated with single atomic stores.
 */
#ifndef WEFT_OBJECT_H
#define WEFT_OBJECT_H

#include "value.h"

typedef struct Str Str;
typedef struct Tuple Tuple;
typedef struct Dict Dict;
typedef struct List List;
typedef struct Tracer Tracer;

/* Rich comparison operators, in CPython's order. */
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Binary number operators (index into Type.nb / Type.nb_inplace). */
enum {
    NB_ADD, NB_SUB, NB_MUL, NB_MATMUL, NB_TRUEDIV, NB_FLOORDIV, NB_MOD,
    NB_POW, NB_LSHIFT, NB_RSHIFT, NB_AND, NB_OR, NB_XOR, NB_DIVMOD,
    NB__COUNT
};

typedef void (*TraceFn)(Obj *o, Tracer *t);
typedef Value (*CallFn)(Value callable, Value *args, size_t nargs, Tuple *kwnames);
typedef Value (*NewFn)(Type *t, Value *args, size_t nargs, Tuple *kwnames);
typedef Value (*CMethod)(Value self, Value *args, size_t nargs, Tuple *kwnames);
typedef Value (*UnaryFn)(Value a);
typedef Value (*BinaryFn)(Value a, Value b);
typedef Str *(*ReprFn)(Value a);
typedef int64_t (*HashFn)(Value a);
typedef Value (*RichCmpFn)(Value a, Value b, int op);
typedef Value (*GetAttrFn)(Value self, Str *name);
typedef int (*SetAttrFn)(Value self, Str *name, Value v); /* v==VNULL: delete */
typedef Value (*DescrGetFn)(Value descr, Value obj, Value type); /* obj VNULL: via class */
typedef int (*DescrSetFn)(Value descr, Value obj, Value v);      /* v==VNULL: delete */
typedef int64_t (*LenFn)(Value a);
typedef int (*SetItemFn)(Value self, Value key, Value v);        /* v==VNULL: delete */
typedef int (*ContainsFn)(Value self, Value item);
typedef int (*BoolFn)(Value a);

/* Method table entry for builtin types and modules. */
enum {
    METH_NOKW = 1,     /* caller rejects keyword args before calling fn */
    METH_CLASS = 2,    /* becomes a classmethod: self is the class */
    METH_STATIC = 4,   /* becomes a staticmethod: self is VNULL */
};
typedef struct MethodDef {
    const char *name;
    CMethod fn;
    uint32_t flags;
    const char *doc;
} MethodDef;

/* Computed attribute of a builtin type (a data descriptor when set != NULL). */
typedef struct GetSetDef {
    const char *name;
    Value (*get)(Value self);
    int (*set)(Value self, Value v); /* v==VNULL: delete; NULL: read-only */
} GetSetDef;

/* Type flags. The *_SUBCLASS bits give O(1) isinstance checks for the core
 * builtin families (set on the builtin itself and inherited). */
enum {
    TF_HEAPTYPE = 1u << 0,     /* created by `class` or type(name, bases, ns) */
    TF_BASETYPE = 1u << 1,     /* may be subclassed */
    TF_READY = 1u << 2,
    TF_ABSTRACT = 1u << 3,
    TF_INT_SUBCLASS = 1u << 8,
    TF_STR_SUBCLASS = 1u << 9,
    TF_TUPLE_SUBCLASS = 1u << 10,
    TF_LIST_SUBCLASS = 1u << 11,
    TF_DICT_SUBCLASS = 1u << 12,
    TF_BYTES_SUBCLASS = 1u << 13,
    TF_EXC_SUBCLASS = 1u << 14,
    TF_TYPE_SUBCLASS = 1u << 15,
    TF_FLOAT_SUBCLASS = 1u << 16,
    TF_SET_SUBCLASS = 1u << 17,
};

struct Type {
    Obj hdr;                  /* hdr.type is the metaclass (type_type usually) */
    const char *name;         /* C string: static types' name; heap types: utf8 of name_obj */
    Str *name_obj;            /* __name__ */
    Str *qualname;            /* __qualname__ */
    Type *base;               /* __base__: the solid base that decides layout */
    Tuple *bases;             /* __bases__ */
    Tuple *mro;               /* __mro__, including the type itself */
    Dict *dict;               /* __dict__ (the class namespace) */
    List *subclasses;         /* direct subclasses (strong refs), for cache invalidation */
    uint32_t flags;
    uint32_t version;         /* bumped when dict/bases change; 0 = uncacheable */
    uint32_t basicsize;       /* bytes of the fixed part of an instance */
    uint32_t itemsize;        /* bytes per item for variable-size types, else 0 */
    int32_t dict_offset;      /* 0: no __dict__; >0: byte offset of a Dict*;
                                 -1: the last word of the allocation */
    uint32_t nslots;          /* __slots__ values this heap type adds */
    uint32_t slots_offset;    /* byte offset of those values in an instance */
    TraceFn trace;            /* visits every pointer field of an instance */

    NewFn new_;               /* type.__call__ step 1: allocate (cls.__new__) */
    CMethod init;             /* type.__call__ step 2: self.__init__(*args) */
    CallFn call;              /* instance(...) */
    ReprFn repr;
    ReprFn str;
    HashFn hash;              /* NULL on a type that sets __hash__ = None */
    RichCmpFn richcompare;
    GetAttrFn getattr;        /* obj.name (the full __getattribute__ logic) */
    SetAttrFn setattr;
    DescrGetFn descr_get;     /* instance used as a descriptor */
    DescrSetFn descr_set;
    UnaryFn iter;
    UnaryFn iternext;
    LenFn len;
    BinaryFn getitem;
    SetItemFn setitem;
    ContainsFn contains;
    BinaryFn nb[NB__COUNT];
    BinaryFn nb_inplace[NB__COUNT];
    UnaryFn nb_neg, nb_pos, nb_invert, nb_abs;
    UnaryFn nb_int, nb_float, nb_index;
    BoolFn nb_bool;

    const MethodDef *methods; /* builtin types: installed into dict by type_ready */
    const GetSetDef *getsets;
    const char *doc;
    uint32_t lock;            /* guards dict/slot updates on heap types */
};

/* ---- singletons (static objects) ---- */
extern Obj none_obj, notimpl_obj, ellipsis_obj;
typedef struct Bool { Obj hdr; int64_t v; } Bool;
extern Bool true_obj, false_obj;
#define NONE OBJ_VAL(&none_obj)
#define NOT_IMPLEMENTED OBJ_VAL(&notimpl_obj)
#define ELLIPSIS OBJ_VAL(&ellipsis_obj)
#define TRUE_V OBJ_VAL(&true_obj)
#define FALSE_V OBJ_VAL(&false_obj)
#define BOOL_V(b) ((b) ? TRUE_V : FALSE_V)

/* ---- core static types (each defined in its own src/objects file) ---- */
extern Type type_type, object_type, none_type, notimpl_type, ellipsis_type;
extern Type int_type, bool_type, float_type, complex_type;
extern Type str_type, bytes_type, bytearray_type;
extern Type tuple_type, list_type, dict_type, set_type, frozenset_type;
extern Type range_type, slice_type;
extern Type module_type, cfunction_type, method_descr_type, getset_descr_type;
extern Type classmethod_type, staticmethod_type, property_type, super_type;
extern Type function_type, code_type, cell_type, method_type, generator_type;

static inline Type *val_type(Value v) {
    return IS_INT(v) ? &int_type : AS_OBJ(v)->type;
}
#define TYPE_FLAG(v, f) ((val_type(v)->flags & (f)) != 0)
#define IS_TYPE(v) (IS_OBJ(v) && TYPE_FLAG(v, TF_TYPE_SUBCLASS))
/* Exact-type checks used on hot paths. */
#define IS_EXACT(v, T) (IS_OBJ(v) && AS_OBJ(v)->type == &(T))

/* ---- type machinery (type.c) ---- */
/* Finish a static type: mro, dict (methods, getsets), inherited slots. */
void type_ready(Type *t);
bool type_is_subtype(Type *a, Type *b);
/* Look `name` up along t's MRO; VNULL (no exception) when absent. */
Value type_lookup(Type *t, Str *name);
/* type(name, bases, dict) for the class statement and 3-arg type(). */
Value type_new_class(Type *meta, Str *name, Tuple *bases, Dict *ns, Tuple *kwnames, Value *kwvalues);
const char *type_name(Type *t);
/* Address of the instance __dict__ pointer, or NULL when it has none. */
Dict **obj_dict_ptr(Value self);

/* ---- generic protocol (object.c) ---- */
Str *obj_repr(Value v);
Str *obj_str(Value v);
Str *obj_ascii(Value v);
int64_t obj_hash(Value v);             /* -1 with exception on error */
Value obj_richcompare(Value a, Value b, int op);
int obj_richcompare_bool(Value a, Value b, int op); /* -1 error, 0, 1 */
int obj_eq(Value a, Value b);          /* identity shortcut, then __eq__ */
int obj_truthy(Value v);               /* -1 error, 0, 1 */
Value obj_getattr(Value v, Str *name);
Value obj_getattr_opt(Value v, Str *name); /* absent: VNULL, no exception */
Value obj_getattr_cstr(Value v, const char *name);
int obj_setattr(Value v, Str *name, Value val);   /* val VNULL: delete */
int obj_hasattr(Value v, Str *name);
Value obj_generic_getattr(Value v, Str *name);
int obj_generic_setattr(Value v, Str *name, Value val);
/* The same with `d` in place of the instance's own dict (threading.local). */
Value obj_generic_getattr_dict(Value v, Str *name, Dict *d);
int obj_generic_setattr_dict(Value v, Str *name, Value val, Dict *d);
Value obj_call(Value f, Value *args, size_t nargs, Tuple *kwnames);
Value obj_call0(Value f);
Value obj_call1(Value f, Value a);
Value obj_call2(Value f, Value a, Value b);
/* self.name(*args): looks up the method without allocating a bound method. */
Value obj_call_method(Value self, Str *name, Value *args, size_t nargs);
/* Call a dunder looked up on the *type* (as the language does for
 * implicit calls); VNULL without exception when the type lacks it and
 * *found is set to false. */
Value obj_call_special(Value self, Str *name, Value *args, size_t nargs, bool *found);
Value obj_getiter(Value v);
Value obj_iternext(Value it);          /* VNULL, no exception: exhausted */
Value obj_getitem(Value o, Value key);
int obj_setitem(Value o, Value key, Value v);
int obj_delitem(Value o, Value key);
int64_t obj_len(Value v);              /* -1 with exception */
int obj_contains(Value container, Value item); /* -1 error */
int obj_isinstance(Value v, Value cls);       /* cls may be a tuple */
int obj_issubclass(Value sub, Value cls);
static inline bool obj_is_instance_of(Value v, Type *t) {
    Type *vt = val_type(v);
    return vt == t || type_is_subtype(vt, t);
}
bool obj_callable(Value v);
/* Collect an iterable into a new list (list(x)). */
List *obj_to_list(Value iterable);
/* Collect into a tuple; returns the same tuple for an exact tuple. */
Tuple *obj_to_tuple(Value iterable);

/* ---- numbers (number.c) ---- */
Value num_binop(Value a, Value b, int op);     /* a op b */
Value num_inplace(Value a, Value b, int op);   /* a op= b */
Value num_pow3(Value a, Value b, Value mod);   /* pow(a, b, mod) */
Value num_neg(Value a);
Value num_pos(Value a);
Value num_invert(Value a);
Value num_abs(Value a);
Value num_index(Value a);                      /* operator.index(a) -> int */
/* Index-like value as int64; overflow raises `overflow_exc` (or, if NULL,
 * clamps to INT64_MIN/MAX, as slicing needs). */
int num_as_ssize(Value a, Type *overflow_exc, int64_t *out);
const char *num_op_symbol(int op);             /* "+", "-", ... for messages */

/* ---- argument helpers (args.c) ---- */
/* Bind args to `nmax` slots named by `names` (a NULL-terminated list is not
 * used: pass nmax names; a name of "" is positional-only).  Slots
 * [0, nreq) are required; missing optional slots are VNULL.  Raises
 * TypeError with CPython's wording using `fname` (e.g. "split"). */
int args_bind(const char *fname, Value *args, size_t nargs, Tuple *kwnames,
              const char *const *names, int nreq, int nmax, Value *out);
/* Fail with "f() takes no keyword arguments" when kwnames is non-empty. */
int args_no_kw(const char *fname, Tuple *kwnames);
/* Check the positional count: "f expected at most 2 arguments, got 3". */
int args_count(const char *fname, size_t nargs, size_t min, size_t max);

#endif
