/* exc_group.c - BaseExceptionGroup and ExceptionGroup (PEP 654): the
 * constructor's validation, split/subgroup/derive, and the helper the VM
 * uses for `except*`.
 *
 * A group is an ordinary exception (BaseExc layout) whose `message` and
 * `exceptions` live in its attribute dict; args is (message, sequence).
 * Immutable after construction, like other exceptions.
 */
#include "../runtime.h"

Type BaseExceptionGroup_type = {
    .hdr = {&type_type},
    .name = "BaseExceptionGroup",
    .base = &BaseException_type,
    .flags = TF_BASETYPE | TF_EXC_SUBCLASS,
    .basicsize = sizeof(BaseExc),
    .dict_offset = offsetof(BaseExc, dict),
};

Type ExceptionGroup_type = {
    .hdr = {&type_type},
    .name = "ExceptionGroup",
    .flags = TF_BASETYPE | TF_EXC_SUBCLASS,
    .basicsize = sizeof(BaseExc),
    .dict_offset = offsetof(BaseExc, dict),
};

static Value attr(Value self, const char *name) {
    Dict **dp = obj_dict_ptr(self);
    Value v = dp && *dp ? dict_get_cstr(*dp, name) : VNULL;
    return v ? v : NONE;
}

/* Store straight into the attribute dict: the public names are read-only. */
static int set_hidden(Value self, const char *name, Value v) {
    Dict **dp = obj_dict_ptr(self);
    if (!*dp) {
        Dict *d = dict_new();
        if (!d)
            return -1;
        SET_FIELD(AS_OBJ(self), *dp, d);
    }
    return dict_set_cstr(*dp, name, v);
}

static Value group_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_no_kw(t->name, kwnames) < 0)
        return VNULL;
    if (nargs != 2)
        return err_format(&TypeError_type, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)",
                          nargs);
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "argument 1 must be str, not %T", args[0]);
    Value seq = args[1];
    if (!IS_LIST(seq) && !IS_TUPLE(seq))
        return err_str(&TypeError_type, "second argument (exceptions) must be a sequence");
    Tuple *excs = obj_to_tuple(seq);
    if (!excs)
        return VNULL;
    if (excs->len == 0)
        return err_str(&ValueError_type, "second argument (exceptions) must be a non-empty sequence");
    bool all_exception = true;
    for (int64_t i = 0; i < excs->len; i++) {
        Value e = excs->items[i];
        if (!IS_OBJ(e) || !obj_is_instance_of(e, &BaseException_type))
            return err_format(&ValueError_type,
                              "Item %ld of second argument (exceptions) is not an exception",
                              (long)i);
        if (!obj_is_instance_of(e, &Exception_type))
            all_exception = false;
    }
    if (t == &BaseExceptionGroup_type && all_exception)
        t = &ExceptionGroup_type;
    else if (type_is_subtype(t, &Exception_type) && !all_exception)
        return err_str(&TypeError_type, "Cannot nest BaseExceptions in an ExceptionGroup");
    Value g = BaseException_type.new_(t, args, nargs, NULL);
    if (!g)
        return VNULL;
    if (set_hidden(g, "message", args[0]) < 0 || set_hidden(g, "exceptions", OBJ_VAL(excs)) < 0)
        return VNULL;
    return g;
}

static Value group_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return NONE;
}

static Str *group_str(Value self) {
    Value excs = attr(self, "exceptions");
    int64_t n = IS_TUPLE(excs) ? AS(Tuple, excs)->len : 0;
    return str_format("%S (%ld sub-exception%s)", attr(self, "message"), (long)n,
                      n == 1 ? "" : "s");
}

/* Copy traceback, cause, context and notes from a group to one derived from it. */
static int copy_metadata(Value from, Value to) {
    BaseExc *f = AS(BaseExc, from), *t = AS(BaseExc, to);
    SET_FIELD(t, t->traceback, f->traceback);
    SET_FIELD(t, t->cause, f->cause);
    SET_FIELD(t, t->context, f->context);
    t->suppress_context = f->suppress_context;
    Value notes = obj_getattr_opt(from, ID(__notes__));
    if (notes)
        return obj_setattr(to, ID(__notes__), notes);
    return err_occurred() ? -1 : 0;
}

static Value derive(Value self, Value excs) {
    return obj_call_method(self, ID(derive), &excs, 1);
}

static Value group_derive(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("derive", nargs, 1, 1) < 0)
        return VNULL;
    Value a[2] = {attr(self, "message"), args[0]};
    return obj_call(OBJ_VAL(&BaseExceptionGroup_type), a, 2, NULL);
}

/* Does exception e satisfy the split condition (type, tuple, or predicate)? */
static int matches(Value e, Value cond) {
    if (IS_TYPE(cond) || IS_TUPLE(cond))
        return obj_isinstance(e, cond);
    Value r = obj_call1(cond, e);
    return r ? obj_truthy(r) : -1;
}

static int check_condition(Value cond) {
    if (IS_TYPE(cond) && type_is_subtype(AS(Type, cond), &BaseException_type))
        return 0;
    if (IS_TUPLE(cond)) {
        Tuple *t = AS(Tuple, cond);
        for (int64_t i = 0; i < t->len; i++)
            if (!IS_TYPE(t->items[i]) ||
                !type_is_subtype(AS(Type, t->items[i]), &BaseException_type))
                goto bad;
        return 0;
    }
    if (obj_callable(cond))
        return 0;
bad:
    err_str(&TypeError_type,
            "expected an exception type, a tuple of exception types, or a callable (other than a class)");
    return -1;
}

/* Split `self` by cond into *match and *rest (VNULL for none). */
static int split(Value self, Value cond, Value *match, Value *rest) {
    *match = *rest = VNULL;
    int m = matches(self, cond);
    if (m < 0)
        return -1;
    if (m) {
        *match = self;
        return 0;
    }
    if (!obj_is_instance_of(self, &BaseExceptionGroup_type)) {
        *rest = self;
        return 0;
    }
    Tuple *excs = AS(Tuple, attr(self, "exceptions"));
    List *ml = list_new(0), *rl = list_new(0);
    for (int64_t i = 0; i < excs->len; i++) {
        Value em, er;
        if (split(excs->items[i], cond, &em, &er) < 0)
            return -1;
        if (em && list_append(ml, em) < 0)
            return -1;
        if (er && list_append(rl, er) < 0)
            return -1;
    }
    if (list_len(ml)) {
        *match = derive(self, OBJ_VAL(ml));
        if (!*match || copy_metadata(self, *match) < 0)
            return -1;
    }
    if (list_len(rl)) {
        *rest = derive(self, OBJ_VAL(rl));
        if (!*rest || copy_metadata(self, *rest) < 0)
            return -1;
    }
    return 0;
}

static Value group_split(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("split", nargs, 1, 1) < 0 || check_condition(args[0]) < 0)
        return VNULL;
    Value m, r;
    if (split(self, args[0], &m, &r) < 0)
        return VNULL;
    return OBJ_VAL(tuple_pack(2, m ? m : NONE, r ? r : NONE));
}

static Value group_subgroup(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("subgroup", nargs, 1, 1) < 0 || check_condition(args[0]) < 0)
        return VNULL;
    Value m, r;
    if (split(self, args[0], &m, &r) < 0)
        return VNULL;
    return m ? m : NONE;
}

static Value get_message(Value self) { return attr(self, "message"); }
static Value get_exceptions(Value self) { return attr(self, "exceptions"); }

static const GetSetDef group_getsets[] = {
    {"message", get_message, NULL},
    {"exceptions", get_exceptions, NULL},
    {NULL},
};

static const MethodDef group_methods[] = {
    {"derive", group_derive, METH_NOKW},
    {"split", group_split, METH_NOKW},
    {"subgroup", group_subgroup, METH_NOKW},
    {NULL},
};

int exc_group_split(Value exc, Value cond, Value *match, Value *rest) {
    if (check_condition(cond) < 0)
        return -1;
    if (!obj_is_instance_of(exc, &BaseExceptionGroup_type)) {
        /* a naked exception is wrapped in a group with an empty message */
        int m = matches(exc, cond);
        if (m < 0)
            return -1;
        *match = *rest = VNULL;
        if (!m) {
            *rest = exc;
            return 0;
        }
        Value a[2] = {OBJ_VAL(str_empty), OBJ_VAL(tuple_pack(1, exc))};
        *match = obj_call(OBJ_VAL(&BaseExceptionGroup_type), a, 2, NULL);
        if (!*match)
            return -1;
        SET_FIELD(AS(BaseExc, *match), AS(BaseExc, *match)->traceback,
                  AS(BaseExc, exc)->traceback);
        return 0;
    }
    return split(exc, cond, match, rest);
}

void exc_group_init(void) {
    /* ExceptionGroup has two bases, which static initialisers cannot
     * express: its bases and MRO are set after readying. */
    BaseExceptionGroup_type.new_ = group_new;
    BaseExceptionGroup_type.init = group_init;
    BaseExceptionGroup_type.str = group_str;
    BaseExceptionGroup_type.getsets = group_getsets;
    BaseExceptionGroup_type.methods = group_methods;
    type_ready(&BaseExceptionGroup_type);
    /* ExceptionGroup(BaseExceptionGroup, Exception): layout from the first */
    ExceptionGroup_type.base = &BaseExceptionGroup_type;
    type_ready(&ExceptionGroup_type);
    Tuple *bases = tuple_pack(2, OBJ_VAL(&BaseExceptionGroup_type), OBJ_VAL(&Exception_type));
    SET_FIELD(&ExceptionGroup_type, ExceptionGroup_type.bases, bases);
    /* MRO: ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object */
    Tuple *mro = tuple_pack(5, OBJ_VAL(&ExceptionGroup_type),
                                         OBJ_VAL(&BaseExceptionGroup_type),
                                         OBJ_VAL(&Exception_type), OBJ_VAL(&BaseException_type),
                                         OBJ_VAL(&object_type));
    SET_FIELD(&ExceptionGroup_type, ExceptionGroup_type.mro, mro);
}
