/* sys.c - the sys module.
 *
 * sys.modules is the Dict `sys_modules` (runtime.h); sys.path is a List in
 * the module dict.  sys.stdout & co are looked up in the module dict on each
 * use, so assigning sys.stdout redirects print().
 *
 * Thread-safety: all state lives in the module dict (dict rules) or in
 * single words (recursion limit, int_max_str_digits) written with plain
 * stores; readers tolerate either value.
 */
#include <float.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "modules.h"
#include "../vm/vm.h"

Module *sys_module;
Dict *sys_modules;

Value sys_get(const char *name) {
    if (!sys_module)
        return VNULL;
    return dict_get_cstr(sys_module->dict, name);
}

int sys_write_stdout(Str *s) {
    Value out = sys_get("stdout");
    if (!out || out == NONE)
        return 0;
    int r = io_write_str(out, s);
    if (r != 0)
        return r < 0 ? -1 : 0;
    Value a = OBJ_VAL(s);
    return obj_call_method(out, ID(write), &a, 1) ? 0 : -1;
}

int sys_write_stderr(const char *utf8) {
    Value err = sys_get("stderr");
    size_t n = strlen(utf8);
    if (!err || err == NONE) {
        fwrite(utf8, 1, n, stderr);
        return 0;
    }
    int r = io_write_utf8(err, utf8, n);
    if (r != 0)
        return r < 0 ? -1 : 0;
    Str *s = str_decode_utf8(utf8, n, "replace");
    if (!s)
        return -1;
    Value a = OBJ_VAL(s);
    return obj_call_method(err, ID(write), &a, 1) ? 0 : -1;
}

/* ---- a tiny struct-sequence type: a tuple subclass with named fields ----
 * Each StructSeq type keeps its field names in its dict as properties
 * implemented by an index getter. */

typedef struct FieldGetter {
    Obj hdr;
    int64_t index;
} FieldGetter;

static Value fieldgetter_get(Value descr, Value obj, Value type) {
    if (!obj)
        return descr;
    Tuple *t = AS(Tuple, obj);
    int64_t i = AS(FieldGetter, descr)->index;
    if (i >= t->len)
        return NONE;
    return t->items[i];
}

static Type fieldgetter_type = {
    .hdr = {&type_type},
    .name = "member_descriptor",
    .basicsize = sizeof(FieldGetter),
    .descr_get = fieldgetter_get,
};

/* Make a named-tuple-like class `modname.name` over the given fields. */
static Type *structseq_type(const char *modname, const char *name, const char *const *fields,
                            int nfields) {
    Dict *ns = dict_new();
    if (!ns)
        return NULL;
    for (int i = 0; i < nfields; i++) {
        FieldGetter *g = gc_alloc(&fieldgetter_type, sizeof(FieldGetter));
        if (!g)
            return NULL;
        g->index = i;
        if (dict_set_cstr(ns, fields[i], OBJ_VAL(g)) < 0)
            return NULL;
    }
    if (dict_set_str(ns, ID(__module__), OBJ_VAL(str_intern_cstr(modname))) < 0)
        return NULL;
    Tuple *bases = tuple_pack(1, OBJ_VAL(&tuple_type));
    if (!bases)
        return NULL;
    Value t = type_new_class(&type_type, str_intern_cstr(name), bases, ns, NULL, NULL);
    return t ? AS(Type, t) : NULL;
}

/* A struct-sequence value: repr like CPython's "sys.version_info(major=3, ...)". */
typedef struct SSInfo {
    const char *qualname;
    const char *const *fields;
    int nfields;
} SSInfo;

static Value structseq_make(Type *t, const Value *items, int n) {
    Tuple *tup = tuple_from_array(items, n);
    if (!tup)
        return VNULL;
    return tuple_subtype_new(t, tup);
}

/* repr for struct-sequence classes: installed as __repr__ via a method. */
static Value structseq_repr_method(Value self, Value *args, size_t nargs, Tuple *kw) {
    Value fields_v = obj_getattr_opt(OBJ_VAL(val_type(self)), str_intern_cstr("_fields"));
    Value qn = obj_getattr_opt(OBJ_VAL(val_type(self)), str_intern_cstr("_qualname"));
    if (!fields_v || !qn || !IS_TUPLE(fields_v))
        return VNULL;
    Tuple *fields = AS(Tuple, fields_v);
    Tuple *t = AS(Tuple, self);
    StrBuilder b;
    sb_init(&b);
    sb_append_str(&b, AS(Str, qn));
    sb_append_char(&b, '(');
    for (int64_t i = 0; i < fields->len && i < t->len; i++) {
        if (i)
            sb_append_cstr(&b, ", ");
        sb_append_str(&b, AS(Str, fields->items[i]));
        sb_append_char(&b, '=');
        Str *r = obj_repr(t->items[i]);
        if (!r) {
            sb_free(&b);
            return VNULL;
        }
        sb_append_str(&b, r);
    }
    sb_append_char(&b, ')');
    Str *s = sb_finish(&b);
    return s ? OBJ_VAL(s) : VNULL;
}
static const MethodDef structseq_repr_def = {"__repr__", structseq_repr_method, METH_NOKW};

static Type *make_structseq(const char *qualname, const char *name, const char *const *fields,
                            int nfields) {
    Type *t = structseq_type("sys", name, fields, nfields);
    if (!t)
        return NULL;
    Value names[32];
    for (int i = 0; i < nfields; i++)
        names[i] = OBJ_VAL(str_intern_cstr(fields[i]));
    Tuple *ft = tuple_from_array(names, nfields);
    Value rm = method_descr_new(&structseq_repr_def, t);
    if (!ft || !rm || obj_setattr(OBJ_VAL(t), str_intern_cstr("_fields"), OBJ_VAL(ft)) < 0 ||
        obj_setattr(OBJ_VAL(t), str_intern_cstr("_qualname"),
                    OBJ_VAL(str_from_cstr(qualname))) < 0 ||
        obj_setattr(OBJ_VAL(t), str_intern_cstr("n_fields"), MK_INT(nfields)) < 0 ||
        obj_setattr(OBJ_VAL(t), str_intern_cstr("n_sequence_fields"), MK_INT(nfields)) < 0 ||
        obj_setattr(OBJ_VAL(t), ID(__repr__), rm) < 0)
        return NULL;
    return t;
}

/* ---- functions ---- */

static Value sys_exit(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("exit", nargs, 0, 1) < 0)
        return VNULL;
    /* sys.exit(None) is SystemExit() with empty args, as CPython's */
    Value e = exc_new(&SystemExit_type, args, nargs && args[0] != NONE ? nargs : 0);
    if (!e)
        return VNULL;
    return err_set_value(e);
}

static Value sys_getrecursionlimit(Value self, Value *args, size_t nargs, Tuple *kw) {
    return MK_INT(RECURSION_LIMIT());
}

static Value sys_setrecursionlimit(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("setrecursionlimit", nargs, 1, 1) < 0)
        return VNULL;
    if (IS_FLOAT(args[0]))
        return err_str(&TypeError_type, "'float' object cannot be interpreted as an integer");
    if (!IS_INTLIKE(args[0]))
        return err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer",
                          args[0]);
    int64_t n;
    if (int_as_i64(args[0], &n) < 0 || n > INT_MAX) {
        err_clear();
        return err_str(&OverflowError_type, "Python int too large to convert to C int");
    }
    if (n < 1)
        return err_str(&ValueError_type, "recursion limit must be greater or equal than 1");
    ThreadState *ts = ts_current;
    if (n <= ts->depth)
        return err_format(&RecursionError_type,
                          "cannot set the recursion limit to %d at the recursion depth %d: "
                          "the limit is too low",
                          (int)n, ts->depth);
    SET_RECURSION_LIMIT((int)n);
    return NONE;
}

static Value sys_exc_info(Value self, Value *args, size_t nargs, Tuple *kw) {
    Value e = ts_current->handled_exc;
    if (!e || e == NONE)
        return OBJ_VAL(tuple_pack(3, NONE, NONE, NONE));
    /* one exception instance may be raised in several threads at once */
    Traceback *tb = LOAD_FIELD(AS(BaseExc, e)->traceback);
    return OBJ_VAL(tuple_pack(3, OBJ_VAL(val_type(e)), e, tb ? OBJ_VAL(tb) : NONE));
}

static Value sys_exception(Value self, Value *args, size_t nargs, Tuple *kw) {
    Value e = ts_current->handled_exc;
    return e ? e : NONE;
}

/* sys.getsizeof: CPython 3.11's sizes for the core types (so programs
 * that compare sizes see the same growth), else the allocation size. */
static Value sys_getsizeof(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"object", "default"};
    Value a[2];
    if (args_bind("getsizeof", args, nargs, kw, names, 1, 2, a) < 0)
        return VNULL;
    Value v = a[0];
    Type *t = val_type(v);
    if (t->flags & TF_HEAPTYPE) {
        bool found = false;
        Value r = obj_call_special(v, str_intern_cstr("__sizeof__"), NULL, 0, &found);
        if (r || err_occurred()) {
            if (!r && a[1] && err_matches(&TypeError_type)) {
                err_clear();
                return a[1];
            }
            return r;
        }
    }
    int64_t sz;
    if (IS_INT(v))
        sz = 28;
    else if (v == NONE || v == NOT_IMPLEMENTED || v == ELLIPSIS)
        sz = 16;
    else if (v == TRUE_V || v == FALSE_V)
        sz = 28;
    else if (IS_INTLIKE(v)) {
        int64_t bits = int_bit_length(v);
        sz = 24 + 4 * ((bits + 29) / 30);
    } else if (IS_FLOAT(v))
        sz = 24;
    else if (IS_STR(v)) {
        Str *st = AS(Str, v);
        sz = st->ascii ? 49 + st->len
             : st->kind == 1 ? 73 + st->len
             : st->kind == 2 ? 74 + 2 * st->len
                             : 76 + 4 * st->len;
    } else if (IS_BYTES(v))
        sz = 33 + AS(Bytes, v)->len;
    else if (IS_TUPLE(v))
        sz = 40 + 8 * AS(Tuple, v)->len;
    else if (IS_LIST(v)) {
        ValArray *va = LOAD_FIELD(AS(List, v)->items);
        sz = 56 + 8 * (va ? va->cap : 0);
    } else if (IS_DICT(v)) {
        int64_t n = dict_len(AS(Dict, v));
        int64_t cap = 8;
        while (cap * 2 < n * 3)
            cap *= 2;
        sz = n == 0 ? 64 : 64 + 40 + cap + cap * 2 / 3 * 24 - 8;
    } else if (IS_SET_OR_FROZEN(v)) {
        int64_t n = set_len(AS(Set, v));
        int64_t cap = 8;
        while (cap * 3 < n * 5)
            cap *= 2;
        sz = 216 + (cap > 8 ? cap * 16 : 0);
    } else if (IS_TYPE(v) && !(AS(Type, v)->flags & TF_HEAPTYPE))
        sz = 424;
    else if (IS_TYPE(v))
        sz = 1072;
    else
        sz = (int64_t)gc_usable_size(AS_OBJ(v));
    if (sz <= 0)
        sz = 16;
    return int_from_i64(sz);
}

static Value sys_intern(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("intern", nargs, 1, 1) < 0)
        return VNULL;
    if (!IS_STR_EXACT(args[0]))
        return err_format(&TypeError_type, "intern() argument must be str, not %T", args[0]);
    return OBJ_VAL(str_intern(AS(Str, args[0])));
}

static Value sys_get_int_max_str_digits(Value self, Value *args, size_t nargs, Tuple *kw) {
    return MK_INT(int_max_str_digits);
}

static Value sys_set_int_max_str_digits(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"maxdigits"};
    Value a[1];
    if (args_bind("set_int_max_str_digits", args, nargs, kw, names, 1, 1, a) < 0)
        return VNULL;
    if (!IS_INTLIKE(a[0]))
        return err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer",
                          a[0]);
    int64_t n;
    if (int_as_i64(a[0], &n) < 0)
        return VNULL;
    if (n != 0 && n < 640)
        return err_str(&ValueError_type, "maxdigits must be 0 or larger than 640");
    int_max_str_digits = (int)n;
    return NONE;
}

static Value sys_getdefaultencoding(Value self, Value *args, size_t nargs, Tuple *kw) {
    return OBJ_VAL(str_from_cstr("utf-8"));
}

static Value sys_getrefcount(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("getrefcount", nargs, 1, 1) < 0)
        return VNULL;
    return MK_INT(2);
}

static Value sys_getswitchinterval(Value self, Value *args, size_t nargs, Tuple *kw) {
    return float_new(0.005);
}
static Value sys_setswitchinterval(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("setswitchinterval", nargs, 1, 1) < 0)
        return VNULL;
    double d;
    if (num_to_double(args[0], &d) < 0)
        return VNULL;
    if (d <= 0)
        return err_str(&ValueError_type, "switch interval must be strictly positive");
    return NONE;
}

static Value sys_settrace(Value self, Value *args, size_t nargs, Tuple *kw) { return NONE; }

static Value sys_gettrace(Value self, Value *args, size_t nargs, Tuple *kw) { return NONE; }

/* sys._getframe(): a snapshot of an interpreter frame (f_globals,
 * f_locals, f_code, f_lineno, f_back, f_builtins).  The VM's frames live
 * on its own stack and die on return, so a FrameInfo copies what it shows
 * instead of pointing at the Frame. */
typedef struct FrameInfo {
    Obj hdr;
    Value code, globals, builtins, locals, back;
    int64_t lineno;
} FrameInfo;

static void frameinfo_trace(Obj *o, Tracer *t) {
    FrameInfo *fi = (FrameInfo *)o;
    gc_mark(t, fi->code);
    gc_mark(t, fi->globals);
    gc_mark(t, fi->builtins);
    gc_mark(t, fi->locals);
    gc_mark(t, fi->back);
}

static Value fi_code(Value s) { return AS(FrameInfo, s)->code; }
static Value fi_globals(Value s) { return AS(FrameInfo, s)->globals; }
static Value fi_builtins(Value s) { return AS(FrameInfo, s)->builtins; }
static Value fi_locals(Value s) { return AS(FrameInfo, s)->locals; }
static Value fi_back(Value s) { return AS(FrameInfo, s)->back; }
static Value fi_lineno(Value s) { return int_from_i64(AS(FrameInfo, s)->lineno); }

static const GetSetDef frameinfo_getsets[] = {
    {"f_code", fi_code, NULL},       {"f_globals", fi_globals, NULL},
    {"f_builtins", fi_builtins, NULL}, {"f_locals", fi_locals, NULL},
    {"f_back", fi_back, NULL},       {"f_lineno", fi_lineno, NULL},
    {NULL},
};

static Str *frameinfo_repr(Value s) {
    FrameInfo *fi = AS(FrameInfo, s);
    Str *file = code_filename(fi->code), *name = code_name(fi->code);
    return str_format("<frame at %p, file %R, line %lld, code %U>", (void *)s,
                      file ? OBJ_VAL(file) : NONE, (long long)fi->lineno,
                      name ? name : str_empty);
}

static Type frameinfo_type = {
    .hdr = {&type_type},
    .name = "frame",
    .basicsize = sizeof(FrameInfo),
    .trace = frameinfo_trace,
    .repr = frameinfo_repr,
    .getattr = obj_generic_getattr,
    .getsets = frameinfo_getsets,
};

static Value frame_locals(Frame *f) {
    if (f->locals)
        return f->locals;
    Dict *d = dict_new();
    if (!d)
        return VNULL;
    Code *c = f->code;
    for (int32_t i = 0; c->varnames && i < c->nlocals && i < c->varnames->len; i++) {
        Value v = f->slots[i];
        if (v && dict_set(d, c->varnames->items[i], v) < 0)
            return VNULL;
    }
    return OBJ_VAL(d);
}

static Value snapshot_frames(Frame *f) {
    /* build outermost first so each f_back is ready */
    int n = 0;
    for (Frame *g = f; g; g = g->prev)
        n++;
    Value back = NONE;
    for (int k = n - 1; k >= 0; k--) {
        Frame *g = f;
        for (int j = 0; j < k; j++)
            g = g->prev;
        FrameInfo *fi = gc_alloc(&frameinfo_type, sizeof(FrameInfo));
        if (!fi)
            return VNULL;
        Value loc = frame_locals(g);
        if (!loc)
            return VNULL;
        SET_FIELD(fi, fi->code, OBJ_VAL(g->code));
        SET_FIELD(fi, fi->globals, g->globals ? OBJ_VAL(g->globals) : NONE);
        SET_FIELD(fi, fi->builtins, g->builtins ? OBJ_VAL(g->builtins) : NONE);
        SET_FIELD(fi, fi->locals, loc);
        SET_FIELD(fi, fi->back, back);
        int off = g->ip ? (int)(g->ip - g->code->insns) - 1 : 0;
        fi->lineno = code_addr_to_line(OBJ_VAL(g->code), off < 0 ? 0 : off);
        back = OBJ_VAL(fi);
    }
    return back;
}

static Value sys_getframe(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("_getframe", nargs, 0, 1) < 0)
        return VNULL;
    int64_t depth = 0;
    if (nargs && int_as_i64(args[0], &depth) < 0)
        return VNULL;
    Frame *f = ts_current->frame;
    for (int64_t i = 0; i < depth && f; i++)
        f = f->prev;
    if (!f)
        return err_str(&ValueError_type, "call stack is not deep enough");
    return snapshot_frames(f);
}

static Value sys_is_finalizing(Value self, Value *args, size_t nargs, Tuple *kw) {
    return FALSE_V;
}

static Value sys_displayhook(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("displayhook", nargs, 1, 1) < 0)
        return VNULL;
    if (args[0] == NONE)
        return NONE;
    if (dict_set_cstr(builtins_dict, "_", NONE) < 0)
        return VNULL;
    Str *r = obj_repr(args[0]);
    if (!r || sys_write_stdout(r) < 0 || sys_write_stdout(str_intern_cstr("\n")) < 0)
        return VNULL;
    if (dict_set_cstr(builtins_dict, "_", args[0]) < 0)
        return VNULL;
    return NONE;
}

static Value sys_excepthook(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("excepthook", nargs, 3, 3) < 0)
        return VNULL;
    exc_print(args[1]);
    return NONE;
}

static const MethodDef sys_methods[] = {
    {"exit", sys_exit, METH_NOKW},
    {"getrecursionlimit", sys_getrecursionlimit, METH_NOKW},
    {"setrecursionlimit", sys_setrecursionlimit, METH_NOKW},
    {"exc_info", sys_exc_info, METH_NOKW},
    {"exception", sys_exception, METH_NOKW},
    {"getsizeof", sys_getsizeof, 0},
    {"intern", sys_intern, METH_NOKW},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, METH_NOKW},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0},
    {"getdefaultencoding", sys_getdefaultencoding, METH_NOKW},
    {"getfilesystemencoding", sys_getdefaultencoding, METH_NOKW},
    {"getrefcount", sys_getrefcount, METH_NOKW},
    {"getswitchinterval", sys_getswitchinterval, METH_NOKW},
    {"setswitchinterval", sys_setswitchinterval, METH_NOKW},
    {"settrace", sys_settrace, METH_NOKW},
    {"setprofile", sys_settrace, METH_NOKW},
    {"gettrace", sys_gettrace, METH_NOKW},
    {"getprofile", sys_gettrace, METH_NOKW},
    {"_getframe", sys_getframe, METH_NOKW},
    {"is_finalizing", sys_is_finalizing, METH_NOKW},
    {"displayhook", sys_displayhook, METH_NOKW},
    {"excepthook", sys_excepthook, METH_NOKW},
    {NULL},
};

/* ---- values ---- */

static Str *cstr_or_empty(const char *s) { return str_from_cstr(s ? s : ""); }

static Value argv_list(int argc, char **argv) {
    List *l = list_new(argc);
    if (!l)
        return VNULL;
    for (int i = 0; i < argc; i++) {
        Str *s = str_decode_utf8(argv[i], strlen(argv[i]), "surrogateescape");
        if (!s) {
            err_clear();
            s = str_from_latin1((const uint8_t *)argv[i], strlen(argv[i]));
        }
        if (!s || list_append(l, OBJ_VAL(s)) < 0)
            return VNULL;
    }
    return OBJ_VAL(l);
}

int sys_set_argv0(const char *s) {
    Value argv = sys_get("argv");
    if (!argv || !IS_LIST(argv) || list_len(AS(List, argv)) == 0)
        return 0;
    Str *str = str_from_cstr(s);
    if (!str)
        return -1;
    return list_set(AS(List, argv), 0, OBJ_VAL(str));
}

static Value make_flags(void) {
    static const char *const fields[] = {
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
        "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
        "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
        "warn_default_encoding", "safe_path", "int_max_str_digits"};
    Type *t = make_structseq("sys.flags", "flags", fields, 18);
    if (!t)
        return VNULL;
    Value v[18];
    for (int i = 0; i < 18; i++)
        v[i] = MK_INT(0);
    v[1] = MK_INT(run_config.inspect);
    v[3] = MK_INT(run_config.optimize);
    v[4] = MK_INT(run_config.dont_write_bytecode);
    v[7] = MK_INT(run_config.ignore_env);
    v[10] = MK_INT(run_config.quiet);
    v[11] = MK_INT(1);
    v[13] = FALSE_V;
    v[14] = MK_INT(1);
    v[16] = FALSE_V;
    v[17] = MK_INT(-1);
    return structseq_make(t, v, 18);
}

static Value make_float_info(void) {
    static const char *const fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                         "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                         "rounds"};
    Type *t = make_structseq("sys.float_info", "float_info", fields, 11);
    if (!t)
        return VNULL;
    Value v[11] = {float_new(DBL_MAX), MK_INT(DBL_MAX_EXP), MK_INT(DBL_MAX_10_EXP),
                   float_new(DBL_MIN), MK_INT(DBL_MIN_EXP), MK_INT(DBL_MIN_10_EXP),
                   MK_INT(DBL_DIG), MK_INT(DBL_MANT_DIG), float_new(DBL_EPSILON),
                   MK_INT(FLT_RADIX), MK_INT(1)};
    return structseq_make(t, v, 11);
}

static Value make_int_info(void) {
    static const char *const fields[] = {"bits_per_digit", "sizeof_digit",
                                         "default_max_str_digits", "str_digits_check_threshold"};
    Type *t = make_structseq("sys.int_info", "int_info", fields, 4);
    if (!t)
        return VNULL;
    Value v[4] = {MK_INT(30), MK_INT(4), MK_INT(4300), MK_INT(640)};
    return structseq_make(t, v, 4);
}

static Value make_hash_info(void) {
    static const char *const fields[] = {"width", "modulus", "inf", "nan", "imag",
                                         "algorithm", "hash_bits", "seed_bits", "cutoff"};
    Type *t = make_structseq("sys.hash_info", "hash_info", fields, 9);
    if (!t)
        return VNULL;
    Value v[9] = {MK_INT(64), int_from_i64(((int64_t)1 << 61) - 1), MK_INT(314159), MK_INT(0),
                  MK_INT(1000003), OBJ_VAL(str_from_cstr("siphash13")), MK_INT(64),
                  MK_INT(128), MK_INT(0)};
    return structseq_make(t, v, 9);
}

static Value make_version_info(void) {
    static const char *const fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
    Type *t = make_structseq("sys.version_info", "version_info", fields, 5);
    if (!t)
        return VNULL;
    Value v[5] = {MK_INT(3), MK_INT(11), MK_INT(7), OBJ_VAL(str_from_cstr("final")), MK_INT(0)};
    return structseq_make(t, v, 5);
}

static Value make_implementation(Value version_info) {
    /* a SimpleNamespace-like object: an instance of a small class */
    Dict *ns = dict_new();
    if (!ns)
        return VNULL;
    Tuple *bases = tuple_pack(1, OBJ_VAL(&object_type));
    if (!bases || dict_set_str(ns, ID(__module__), OBJ_VAL(str_intern_cstr("types"))) < 0)
        return VNULL;
    Value cls = type_new_class(&type_type, str_intern_cstr("SimpleNamespace"), bases, ns, NULL,
                               NULL);
    if (!cls)
        return VNULL;
    Value inst = obj_call0(cls);
    if (!inst)
        return VNULL;
    static const char *const fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
    Type *vt = make_structseq("sys.implementation.version", "version_info", fields, 5);
    if (!vt)
        return VNULL;
    Value v[5] = {MK_INT(0), MK_INT(1), MK_INT(0), OBJ_VAL(str_from_cstr("alpha")), MK_INT(0)};
    Value ver = structseq_make(vt, v, 5);
    if (!ver)
        return VNULL;
    if (obj_setattr(inst, str_intern_cstr("name"), OBJ_VAL(str_from_cstr("weft"))) < 0 ||
        obj_setattr(inst, str_intern_cstr("cache_tag"), NONE) < 0 ||
        obj_setattr(inst, str_intern_cstr("version"), ver) < 0 ||
        obj_setattr(inst, str_intern_cstr("hexversion"), MK_INT(0x000100a0)) < 0 ||
        obj_setattr(inst, str_intern_cstr("_multiarch"),
                    OBJ_VAL(str_from_cstr("x86_64-linux-gnu"))) < 0)
        return VNULL;
    (void)version_info;
    return inst;
}

static Value executable_path(void) {
    char buf[PATH_MAX + 1];
    ssize_t n = readlink("/proc/self/exe", buf, PATH_MAX);
    if (n < 0)
        return OBJ_VAL(str_from_cstr(""));
    buf[n] = 0;
    return OBJ_VAL(str_from_cstr(buf));
}

/* Directory of the executable (malloc'ed) or NULL. */
static char *exe_dir(void) {
    char buf[PATH_MAX + 1];
    ssize_t n = readlink("/proc/self/exe", buf, PATH_MAX);
    if (n <= 0)
        return NULL;
    buf[n] = 0;
    char *slash = strrchr(buf, '/');
    if (!slash)
        return NULL;
    *slash = 0;
    return strdup(buf);
}

static int path_append_dir(List *path, const char *dir) {
    Str *s = str_from_cstr(dir);
    if (!s)
        return -1;
    return list_append(path, OBJ_VAL(s));
}

static int is_dir(const char *p) {
    return access(p, F_OK) == 0;
}

int sys_setup_path(const char *path0) {
    List *path = list_new(4);
    if (!path)
        return -1;
    if (path_append_dir(path, path0) < 0)
        return -1;
    const char *wp = run_config.ignore_env ? NULL : getenv("WEFTPATH");
    if (wp && *wp) {
        char *copy = strdup(wp);
        if (!copy)
            return err_no_memory(), -1;
        char *save = NULL;
        for (char *tok = strtok_r(copy, ":", &save); tok; tok = strtok_r(NULL, ":", &save)) {
            if (*tok && path_append_dir(path, tok) < 0) {
                free(copy);
                return -1;
            }
        }
        free(copy);
    }
    char *dir = exe_dir();
    if (dir) {
        const char *cands[] = {"/lib", "/../lib", "/../../lib"};
        for (int i = 0; i < 3; i++) {
            char buf[PATH_MAX + 64];
            snprintf(buf, sizeof buf, "%s%s", dir, cands[i]);
            char real[PATH_MAX];
            if (is_dir(buf) && realpath(buf, real)) {
                char probe[PATH_MAX + 32];
                snprintf(probe, sizeof probe, "%s/../src/runtime.h", real);
                /* <repo>/lib: take it (first match only) */
                if (access(probe, F_OK) == 0 || i == 0) {
                    if (path_append_dir(path, real) < 0) {
                        free(dir);
                        return -1;
                    }
                    break;
                }
            }
        }
        free(dir);
    }
    return dict_set_cstr(sys_module->dict, "path", OBJ_VAL(path));
}

Module *sys_init(int argc, char **argv) {
    gc_register_root(&sys_module);
    gc_register_root(&sys_modules);
    type_ready(&fieldgetter_type);
    type_ready(&frameinfo_type);
    Module *m = module_new(str_intern_cstr("sys"));
    if (!m)
        return NULL;
    sys_module = m;
    sys_modules = dict_new();
    if (!sys_modules)
        return NULL;
    if (module_add_functions(m, sys_methods) < 0)
        return NULL;
    if (dict_set_cstr(sys_modules, "sys", OBJ_VAL(m)) < 0)
        return NULL;
    Value vi = make_version_info();
    Value orig = argv_list(run_config.orig_argc, run_config.orig_argv);
    Value in = io_std_file(0), out = io_std_file(1), err = io_std_file(2);
    List *meta = list_new(0), *hooks = list_new(0);
    Dict *cache = dict_new();
    if (!vi || !orig || !meta || !hooks || !cache)
        return NULL;
    if (module_add_value(m, "modules", OBJ_VAL(sys_modules)) < 0 ||
        module_add_value(m, "argv", argv_list(argc, argv)) < 0 ||
        module_add_value(m, "orig_argv", orig) < 0 ||
        module_add_value(m, "stdin", in) < 0 || module_add_value(m, "stdout", out) < 0 ||
        module_add_value(m, "stderr", err) < 0 || module_add_value(m, "__stdin__", in) < 0 ||
        module_add_value(m, "__stdout__", out) < 0 || module_add_value(m, "__stderr__", err) < 0 ||
        module_add_value(m, "maxsize", int_from_i64(INT64_MAX)) < 0 ||
        module_add_value(m, "maxunicode", MK_INT(0x10FFFF)) < 0 ||
        module_add_value(m, "byteorder", OBJ_VAL(str_from_cstr(
                                             __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little"
                                                                                       : "big"))) < 0 ||
        module_add_value(m, "version",
                         OBJ_VAL(str_from_cstr(WEFT_PY_VERSION " (weft " WEFT_VERSION
                                               ", " __DATE__ ") [GCC-compatible]"))) < 0 ||
        module_add_value(m, "version_info", vi) < 0 ||
        module_add_value(m, "hexversion", int_from_i64(0x030B07F0)) < 0 ||
        module_add_value(m, "implementation", make_implementation(vi)) < 0 ||
        module_add_value(m, "platform", OBJ_VAL(str_from_cstr("linux"))) < 0 ||
        module_add_value(m, "executable", executable_path()) < 0 ||
        module_add_value(m, "_base_executable", executable_path()) < 0 ||
        module_add_value(m, "prefix", OBJ_VAL(cstr_or_empty("/usr/local"))) < 0 ||
        module_add_value(m, "exec_prefix", OBJ_VAL(cstr_or_empty("/usr/local"))) < 0 ||
        module_add_value(m, "base_prefix", OBJ_VAL(cstr_or_empty("/usr/local"))) < 0 ||
        module_add_value(m, "flags", make_flags()) < 0 ||
        module_add_value(m, "float_info", make_float_info()) < 0 ||
        module_add_value(m, "int_info", make_int_info()) < 0 ||
        module_add_value(m, "hash_info", make_hash_info()) < 0 ||
        module_add_value(m, "dont_write_bytecode", TRUE_V) < 0 ||
        module_add_value(m, "float_repr_style", OBJ_VAL(str_from_cstr("short"))) < 0 ||
        module_add_value(m, "api_version", MK_INT(1013)) < 0 ||
        module_add_value(m, "copyright", OBJ_VAL(str_from_cstr("Weft authors"))) < 0 ||
        module_add_value(m, "meta_path", OBJ_VAL(meta)) < 0 ||
        module_add_value(m, "path_hooks", OBJ_VAL(hooks)) < 0 ||
        module_add_value(m, "path_importer_cache", OBJ_VAL(cache)) < 0 ||
        module_add_value(m, "warnoptions", OBJ_VAL(list_new(0))) < 0 ||
        module_add_value(m, "_xoptions", OBJ_VAL(dict_new())) < 0 ||
        module_add_value(m, "pycache_prefix", NONE) < 0 ||
        module_add_value(m, "abiflags", OBJ_VAL(str_from_cstr(""))) < 0)
        return NULL;
    Value dh = dict_get_cstr(m->dict, "displayhook");
    Value eh = dict_get_cstr(m->dict, "excepthook");
    if (dh && module_add_value(m, "__displayhook__", dh) < 0)
        return NULL;
    if (eh && module_add_value(m, "__excepthook__", eh) < 0)
        return NULL;
    static const char *const stdlib_names[] = {
        "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins",
        "calendar", "cmath", "collections", "contextlib", "copy", "csv", "dataclasses",
        "datetime", "decimal", "difflib", "enum", "errno", "fractions", "functools", "gc",
        "glob", "hashlib", "heapq", "io", "itertools", "json", "keyword", "locale", "logging",
        "math", "operator", "os", "pathlib", "pickle", "platform", "pprint", "queue",
        "random", "re", "shutil", "signal", "socket", "statistics", "string", "struct",
        "subprocess", "sys", "tempfile", "textwrap", "threading", "time", "timeit",
        "traceback", "types", "typing", "unittest", "uuid", "warnings", "weakref", NULL};
    Set *sn = frozenset_new();
    if (!sn)
        return NULL;
    for (int i = 0; stdlib_names[i]; i++)
        if (set_add(sn, OBJ_VAL(str_intern_cstr(stdlib_names[i]))) < 0)
            return NULL;
    if (module_add_value(m, "stdlib_module_names", OBJ_VAL(sn)) < 0)
        return NULL;
    return m;
}
