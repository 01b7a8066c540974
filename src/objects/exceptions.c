/* exceptions.c - the builtin exception classes.
 *
 * Every builtin exception shares the BaseExc layout (error.h); the classes
 * are static Types generated from the EXC_TYPES table.  Extra attributes of
 * particular classes (StopIteration.value, OSError.errno, SyntaxError.lineno
 * ...) live in the instance's attribute dict, filled by that class's
 * __init__, so one layout serves all of them and user subclasses simply add
 * nothing.
 *
 * Thread-safety: args/context/cause/traceback are single-word fields written
 * with SET_FIELD; an exception is normally owned by the thread raising it.
 * The attribute dict follows the dict rules.
 */
#include <stdio.h>
#include <string.h>

#include "../runtime.h"

static void exc_trace(Obj *o, Tracer *t) {
    BaseExc *e = (BaseExc *)o;
    GC_MARK(t, e->args);
    GC_MARK(t, e->traceback);
    gc_mark(t, e->context);
    gc_mark(t, e->cause);
    GC_MARK(t, e->dict);
}

static Value exc_alloc(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    BaseExc *e = gc_alloc_instance(t, sizeof(BaseExc));
    if (!e)
        return VNULL;
    Tuple *a = tuple_from_array(args, (int64_t)nargs);
    if (!a)
        return VNULL;
    SET_FIELD(e, e->args, a);
    return OBJ_VAL(e);
}

/* OSError(errno, strerror, ...) makes the subclass errno names, as the
 * language does: OSError(2, 'x') is a FileNotFoundError. */
static Value oserror_alloc(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (t == &OSError_type && nargs >= 2 && IS_INT(args[0]))
        t = errno_exc_type((int)INT_VAL(args[0]));
    return exc_alloc(t, args, nargs, kwnames);
}

static Value set_attr_cstr(Value self, const char *name, Value v) {
    if (obj_setattr(self, str_intern_cstr(name), v) < 0)
        return VNULL;
    return NONE;
}

/* BaseException.__init__: store args (keywords are rejected as CPython). */
static Value exc_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len && !(val_type(self)->flags & TF_HEAPTYPE))
        return err_format(&TypeError_type, "%s() takes no keyword arguments",
                          type_name(val_type(self)));
    BaseExc *e = AS(BaseExc, self);
    Tuple *a = tuple_from_array(args, (int64_t)nargs);
    if (!a)
        return VNULL;
    SET_FIELD(e, e->args, a);
    return NONE;
}

/* Attribute stored in the dict with a default of None. */
static Value dict_attr(Value self, const char *name) {
    Dict **dp = obj_dict_ptr(self);
    if (dp && *dp) {
        Value v = dict_get_cstr(*dp, name);
        if (v)
            return v;
    }
    return NONE;
}

static Value stopiteration_init(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (!exc_init(self, args, nargs, kw))
        return VNULL;
    return set_attr_cstr(self, "value", nargs ? args[0] : NONE);
}

static Value systemexit_init(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (!exc_init(self, args, nargs, kw))
        return VNULL;
    Value code = NONE;
    if (nargs == 1)
        code = args[0];
    else if (nargs > 1) {
        Tuple *a = LOAD_FIELD(AS(BaseExc, self)->args);
        code = a ? OBJ_VAL(a) : NONE;
    }
    return set_attr_cstr(self, "code", code);
}

static Value oserror_init(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (!exc_init(self, args, nargs, kw))
        return VNULL;
    Value errn = NONE, strerr = NONE, fname = NONE;
    if (nargs >= 2 && nargs <= 5) {
        errn = args[0];
        strerr = args[1];
        if (nargs >= 3)
            fname = args[2];
    }
    if (!set_attr_cstr(self, "errno", errn) || !set_attr_cstr(self, "strerror", strerr) ||
        !set_attr_cstr(self, "filename", fname))
        return VNULL;
    if (nargs >= 3) {
        /* args keeps only (errno, strerror), as CPython does */
        Tuple *a = tuple_from_array(args, 2);
        if (!a)
            return VNULL;
        SET_FIELD(AS(BaseExc, self), AS(BaseExc, self)->args, a);
    }
    return NONE;
}

static Value importerror_init(Value self, Value *args, size_t nargs, Tuple *kw) {
    size_t npos = nargs;
    Value name = NONE, path = NONE;
    if (kw) {
        for (int64_t i = 0; i < kw->len; i++) {
            Str *k = AS(Str, kw->items[i]);
            if (str_eq_cstr(k, "name"))
                name = args[nargs + i];
            else if (str_eq_cstr(k, "path"))
                path = args[nargs + i];
            else
                return err_format(&TypeError_type,
                                  "'%U' is an invalid keyword argument for %s()", k,
                                  type_name(val_type(self)));
        }
    }
    if (!exc_init(self, args, npos, NULL))
        return VNULL;
    if (!set_attr_cstr(self, "msg", npos == 1 ? args[0] : NONE) ||
        !set_attr_cstr(self, "name", name) || !set_attr_cstr(self, "path", path))
        return VNULL;
    return NONE;
}

static Value syntaxerror_init(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (!exc_init(self, args, nargs, kw))
        return VNULL;
    static const char *const fields[] = {"filename", "lineno", "offset", "text",
                                         "end_lineno", "end_offset"};
    if (!set_attr_cstr(self, "msg", nargs >= 1 ? args[0] : NONE))
        return VNULL;
    Tuple *info = NULL;
    if (nargs == 2 && IS_TUPLE(args[1]))
        info = AS(Tuple, args[1]);
    for (int i = 0; i < 6; i++) {
        Value v = info && i < info->len ? info->items[i] : NONE;
        if (!set_attr_cstr(self, fields[i], v))
            return VNULL;
    }
    return set_attr_cstr(self, "print_file_and_line", NONE);
}

static Value unicodeerror_init(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (!exc_init(self, args, nargs, kw))
        return VNULL;
    Type *t = val_type(self);
    bool decode = type_is_subtype(t, &UnicodeDecodeError_type);
    bool encode = type_is_subtype(t, &UnicodeEncodeError_type);
    if (!decode && !encode)
        return NONE;
    if (nargs != 5)
        return err_format(&TypeError_type, "function takes exactly 5 arguments (%zd given)",
                          nargs);
    static const char *const fields[] = {"encoding", "object", "start", "end", "reason"};
    for (int i = 0; i < 5; i++)
        if (!set_attr_cstr(self, fields[i], args[i]))
            return VNULL;
    return NONE;
}

static Value nameerror_init(Value self, Value *args, size_t nargs, Tuple *kw) {
    Value name = NONE, obj = NONE;
    if (kw) {
        for (int64_t i = 0; i < kw->len; i++) {
            Str *k = AS(Str, kw->items[i]);
            if (str_eq_cstr(k, "name"))
                name = args[nargs + i];
            else if (str_eq_cstr(k, "obj"))
                obj = args[nargs + i];
            else
                return err_format(&TypeError_type,
                                  "'%U' is an invalid keyword argument for %s()", k,
                                  type_name(val_type(self)));
        }
    }
    if (!exc_init(self, args, nargs, NULL) || !set_attr_cstr(self, "name", name))
        return VNULL;
    if (obj_is_instance_of(self, &AttributeError_type))
        return set_attr_cstr(self, "obj", obj);
    return NONE;
}

/* ---- str / repr ---- */

static Str *exc_str(Value self) {
    Tuple *a = LOAD_FIELD(AS(BaseExc, self)->args);
    if (!a || a->len == 0)
        return str_empty;
    if (a->len == 1)
        return obj_str(a->items[0]);
    return obj_str(OBJ_VAL(a));
}

static Str *keyerror_str(Value self) {
    Tuple *a = LOAD_FIELD(AS(BaseExc, self)->args);
    if (a && a->len == 1)
        return obj_repr(a->items[0]);
    return exc_str(self);
}

static Str *oserror_str(Value self) {
    Value errn = dict_attr(self, "errno"), strerr = dict_attr(self, "strerror");
    Value fname = dict_attr(self, "filename");
    if (fname != NONE)
        return str_format("[Errno %S] %S: %R", errn, strerr, fname);
    if (errn != NONE && strerr != NONE)
        return str_format("[Errno %S] %S", errn, strerr);
    return exc_str(self);
}

static Str *syntaxerror_str(Value self) {
    Value msg = dict_attr(self, "msg"), fname = dict_attr(self, "filename");
    Value lineno = dict_attr(self, "lineno");
    Str *m = obj_str(msg);
    if (!m)
        return NULL;
    if (fname != NONE && IS_STR(fname)) {
        /* CPython shows only the basename */
        const char *f = STR_CSTR(AS(Str, fname));
        const char *slash = strrchr(f, '/');
        Str *base = str_from_cstr(slash ? slash + 1 : f);
        if (lineno != NONE)
            return str_format("%U (%U, line %S)", m, base, lineno);
        return str_format("%U (%U)", m, base);
    }
    if (lineno != NONE)
        return str_format("%U (line %S)", m, lineno);
    return m;
}

static Str *unicodeerror_str(Value self) {
    Value enc = dict_attr(self, "encoding"), obj = dict_attr(self, "object");
    Value start = dict_attr(self, "start"), end = dict_attr(self, "end");
    Value reason = dict_attr(self, "reason");
    if (enc == NONE || !IS_INT(start) || !IS_INT(end))
        return exc_str(self);
    int64_t s = INT_VAL(start), e = INT_VAL(end);
    if (obj_is_instance_of(self, &UnicodeDecodeError_type) && IS_BYTES(obj)) {
        Bytes *b = AS(Bytes, obj);
        if (s >= 0 && s < b->len && e == s + 1)
            return str_format("'%S' codec can't decode byte 0x%x in position %ld: %S", enc,
                              (unsigned)b->data[s], (long)s, reason);
        return str_format("'%S' codec can't decode bytes in position %ld-%ld: %S", enc,
                          (long)s, (long)(e - 1), reason);
    }
    if (IS_STR(obj)) {
        Str *o = AS(Str, obj);
        if (s >= 0 && s < o->len && e == s + 1) {
            uint32_t c = str_char_at(o, s);
            char esc[16];
            snprintf(esc, sizeof esc, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x",
                     (unsigned)c);
            return str_format("'%S' codec can't encode character '%s' in position %ld: %S", enc,
                              esc, (long)s, reason);
        }
        return str_format("'%S' codec can't encode characters in position %ld-%ld: %S", enc,
                          (long)s, (long)(e - 1), reason);
    }
    return exc_str(self);
}

static Str *exc_repr(Value self) {
    Tuple *a = LOAD_FIELD(AS(BaseExc, self)->args);
    const char *name = type_name(val_type(self));
    if (!a || a->len == 0)
        return str_format("%s()", name);
    if (a->len == 1)
        return str_format("%s(%R)", name, a->items[0]);
    return str_format("%s%R", name, OBJ_VAL(a));
}

/* ---- getsets ---- */

static Value get_args(Value self) {
    Tuple *a = LOAD_FIELD(AS(BaseExc, self)->args);
    return a ? OBJ_VAL(a) : OBJ_VAL(tuple_empty);
}
static int set_args(Value self, Value v) {
    if (!v) {
        err_str(&TypeError_type, "args may not be deleted");
        return -1;
    }
    Tuple *t = obj_to_tuple(v);
    if (!t)
        return -1;
    SET_FIELD(AS(BaseExc, self), AS(BaseExc, self)->args, t);
    return 0;
}
static Value get_tb(Value self) {
    Traceback *tb = LOAD_FIELD(AS(BaseExc, self)->traceback);
    return tb ? OBJ_VAL(tb) : NONE;
}
static int set_tb(Value self, Value v) {
    if (!v || (v != NONE && !IS_EXACT(v, traceback_type))) {
        err_str(&TypeError_type, "__traceback__ must be a traceback or None");
        return -1;
    }
    SET_FIELD(AS(BaseExc, self), AS(BaseExc, self)->traceback,
              v == NONE ? NULL : AS(Traceback, v));
    return 0;
}
static Value get_context(Value self) {
    Value c = LOAD_FIELD(AS(BaseExc, self)->context);
    return c ? c : NONE;
}
static int check_exc_or_none(Value v, const char *what) {
    if (!v || (v != NONE && !obj_is_instance_of(v, &BaseException_type))) {
        err_format(&TypeError_type, "exception %s must be None or derive from BaseException",
                   what);
        return -1;
    }
    return 0;
}
static int set_context(Value self, Value v) {
    if (check_exc_or_none(v, "context") < 0)
        return -1;
    SET_FIELD(AS(BaseExc, self), AS(BaseExc, self)->context, v == NONE ? VNULL : v);
    return 0;
}
static Value get_cause(Value self) {
    Value c = LOAD_FIELD(AS(BaseExc, self)->cause);
    return c ? c : NONE;
}
static int set_cause(Value self, Value v) {
    if (check_exc_or_none(v, "cause") < 0)
        return -1;
    BaseExc *e = AS(BaseExc, self);
    SET_FIELD(e, e->cause, v == NONE ? VNULL : v);
    e->suppress_context = true;
    return 0;
}
static Value get_suppress(Value self) {
    return BOOL_V(AS(BaseExc, self)->suppress_context);
}
static int set_suppress(Value self, Value v) {
    int b = v ? obj_truthy(v) : 0;
    if (b < 0)
        return -1;
    AS(BaseExc, self)->suppress_context = b;
    return 0;
}

static Value get_dict(Value self) {
    Dict **dp = obj_dict_ptr(self);
    if (!*dp) {
        Dict *d = dict_new();
        if (!d)
            return VNULL;
        SET_FIELD(AS_OBJ(self), *dp, d);
    }
    return OBJ_VAL(*dp);
}
static int set_dict(Value self, Value v) {
    if (!v || !IS_DICT(v)) {
        err_str(&TypeError_type, "__dict__ must be set to a dictionary");
        return -1;
    }
    SET_FIELD(AS_OBJ(self), *obj_dict_ptr(self), AS(Dict, v));
    return 0;
}

static const GetSetDef exc_getsets[] = {
    {"__dict__", get_dict, set_dict},
    {"args", get_args, set_args},
    {"__traceback__", get_tb, set_tb},
    {"__context__", get_context, set_context},
    {"__cause__", get_cause, set_cause},
    {"__suppress_context__", get_suppress, set_suppress},
    {NULL},
};

static Value exc_with_traceback(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("with_traceback", nargs, 1, 1) < 0 || set_tb(self, args[0]) < 0)
        return VNULL;
    return self;
}

static Value exc_add_note(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("add_note", nargs, 1, 1) < 0)
        return VNULL;
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "note must be a str, not '%T'", args[0]);
    Value notes = obj_getattr_opt(self, ID(__notes__));
    if (!notes) {
        if (err_occurred())
            return VNULL;
        notes = OBJ_VAL(list_new(0));
        if (!notes || obj_setattr(self, ID(__notes__), notes) < 0)
            return VNULL;
    }
    if (!IS_LIST(notes))
        return err_str(&TypeError_type, "Cannot add note: __notes__ is not a list");
    if (list_append(AS(List, notes), args[0]) < 0)
        return VNULL;
    return NONE;
}

static const MethodDef exc_methods[] = {
    {"with_traceback", exc_with_traceback, METH_NOKW},
    {"add_note", exc_add_note, METH_NOKW},
    {NULL},
};

/* ---- the types ---- */

#define DEFINE_EXC(N, B)                                                          \
    Type N##_type = {                                                              \
        .hdr = {&type_type},                                                       \
        .name = #N,                                                                \
        .base = &B##_type,                                                         \
        .flags = TF_BASETYPE | TF_EXC_SUBCLASS,                                    \
        .basicsize = sizeof(BaseExc),                                              \
        .dict_offset = offsetof(BaseExc, dict),                                    \
    };
EXC_TYPES(DEFINE_EXC)
#undef DEFINE_EXC

void exceptions_init(void) {
    Type *be = &BaseException_type;
    be->trace = exc_trace;
    be->new_ = exc_alloc;
    be->init = exc_init;
    be->repr = exc_repr;
    be->str = exc_str;
    be->getsets = exc_getsets;
    be->methods = exc_methods;
    StopIteration_type.init = stopiteration_init;
    SystemExit_type.init = systemexit_init;
    OSError_type.init = oserror_init;
    OSError_type.new_ = oserror_alloc;
    OSError_type.str = oserror_str;
    ImportError_type.init = importerror_init;
    SyntaxError_type.init = syntaxerror_init;
    SyntaxError_type.str = syntaxerror_str;
    UnicodeError_type.init = unicodeerror_init;
    UnicodeError_type.str = unicodeerror_str;
    NameError_type.init = nameerror_init;
    AttributeError_type.init = nameerror_init;
    KeyError_type.str = keyerror_str;
#define READY_EXC(N, B) type_ready(&N##_type);
    EXC_TYPES(READY_EXC)
#undef READY_EXC
    exc_group_init();
    /* Python-visible alias, as in CPython */
    (void)0;
}

Value exc_new(Type *t, Value *args, size_t nargs) {
    /* Not obj_call: its recursion guard would turn raising RecursionError
     * at the depth limit into unbounded recursion. */
    return val_type(OBJ_VAL(t))->call(OBJ_VAL(t), args, nargs, NULL);
}
