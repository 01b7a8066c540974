/* builtins.c - the builtins module: its namespace (builtins_dict), the
 * builtin types and constants, every exception class, and the simpler
 * builtin functions (print, repr, len, getattr ...).  The iteration-heavy
 * ones (min, max, sum, sorted, iter, next, dir, round ...) live in
 * builtins_more.c; globals/locals/vars/exec/eval/compile/__build_class__
 * come from the VM (vm_builtin_methods).
 *
 * Thread-safety: the builtins dict follows the dict rules; the functions
 * here keep no state of their own.
 */
#include <string.h>

#include "modules.h"

Dict *builtins_dict;
static Module *builtins_module;

/* Provided by the VM (src/vm/vm.h); weak so partial builds link. */
extern const MethodDef vm_builtin_methods[] __attribute__((weak));

/* ---- print ---- */

static int print_write(Value file, Str *s) {
    Value a = OBJ_VAL(s);
    return obj_call_method(file, ID(write), &a, 1) ? 0 : -1;
}

Value builtin_print(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Value sep = NONE, end = NONE, file = NONE, flush = FALSE_V;
    if (kwnames) {
        for (int64_t i = 0; i < kwnames->len; i++) {
            Str *k = AS(Str, kwnames->items[i]);
            Value v = args[nargs + i];
            if (str_eq_cstr(k, "sep"))
                sep = v;
            else if (str_eq_cstr(k, "end"))
                end = v;
            else if (str_eq_cstr(k, "file"))
                file = v;
            else if (str_eq_cstr(k, "flush"))
                flush = v;
            else
                return err_format(&TypeError_type,
                                  "'%U' is an invalid keyword argument for print()", k);
        }
    }
    if (sep != NONE && !IS_STR(sep))
        return err_format(&TypeError_type, "sep must be None or a string, not %T", sep);
    if (end != NONE && !IS_STR(end))
        return err_format(&TypeError_type, "end must be None or a string, not %T", end);
    if (file == NONE) {
        file = sys_get("stdout");
        if (!file || file == NONE)
            return NONE;
    }
    Str *sep_s = sep == NONE ? NULL : AS(Str, sep);
    Str *end_s = end == NONE ? NULL : AS(Str, end);
    if (io_is_file(file)) {
        /* fast path: one string, one buffered write */
        Str *out;
        if (nargs == 1 && !end_s && IS_STR_EXACT(args[0]) && AS(Str, args[0])->len < 4096) {
            StrBuilder b;
            sb_init(&b);
            if (sb_append_str(&b, AS(Str, args[0])) < 0 || sb_append_char(&b, '\n') < 0) {
                sb_free(&b);
                return VNULL;
            }
            out = sb_finish(&b);
        } else {
            StrBuilder b;
            sb_init(&b);
            for (size_t i = 0; i < nargs; i++) {
                if (i) {
                    if (sep_s ? sb_append_str(&b, sep_s) : sb_append_char(&b, ' '))
                        goto fail;
                }
                Str *s = IS_STR_EXACT(args[i]) ? AS(Str, args[i]) : obj_str(args[i]);
                if (!s || sb_append_str(&b, s) < 0)
                    goto fail;
            }
            if (end_s ? sb_append_str(&b, end_s) : sb_append_char(&b, '\n'))
                goto fail;
            out = sb_finish(&b);
            goto done;
        fail:
            sb_free(&b);
            return VNULL;
        }
    done:
        if (!out || io_write_str(file, out) < 0)
            return VNULL;
    } else {
        for (size_t i = 0; i < nargs; i++) {
            if (i && print_write(file, sep_s ? sep_s : str_intern_cstr(" ")) < 0)
                return VNULL;
            Str *s = obj_str(args[i]);
            if (!s || print_write(file, s) < 0)
                return VNULL;
        }
        if (print_write(file, end_s ? end_s : str_intern_cstr("\n")) < 0)
            return VNULL;
    }
    int fl = obj_truthy(flush);
    if (fl < 0)
        return VNULL;
    if (fl) {
        if (io_is_file(file)) {
            if (io_flush(file) < 0)
                return VNULL;
        } else if (!obj_call_method(file, ID(flush), NULL, 0))
            return VNULL;
    }
    return NONE;
}

/* ---- simple one-argument functions ---- */

#define ONE_ARG(fname)                                                                   \
    if (nargs != 1)                                                                      \
        return err_format(&TypeError_type, fname "() takes exactly one argument (%zd given)", \
                          nargs)

static Value b_repr(Value self, Value *args, size_t nargs, Tuple *kw) {
    ONE_ARG("repr");
    Str *s = obj_repr(args[0]);
    return s ? OBJ_VAL(s) : VNULL;
}

static Value b_ascii(Value self, Value *args, size_t nargs, Tuple *kw) {
    ONE_ARG("ascii");
    Str *s = obj_ascii(args[0]);
    return s ? OBJ_VAL(s) : VNULL;
}

static Value b_len(Value self, Value *args, size_t nargs, Tuple *kw) {
    ONE_ARG("len");
    int64_t n = obj_len(args[0]);
    if (n < 0)
        return VNULL;
    return int_from_i64(n);
}

static Value b_abs(Value self, Value *args, size_t nargs, Tuple *kw) {
    ONE_ARG("abs");
    return num_abs(args[0]);
}

static Value b_callable(Value self, Value *args, size_t nargs, Tuple *kw) {
    ONE_ARG("callable");
    return BOOL_V(obj_callable(args[0]));
}

static Value b_id(Value self, Value *args, size_t nargs, Tuple *kw) {
    ONE_ARG("id");
    return int_from_u64((uint64_t)args[0]);
}

static Value b_hash(Value self, Value *args, size_t nargs, Tuple *kw) {
    ONE_ARG("hash");
    int64_t h = obj_hash(args[0]);
    if (h == -1 && err_occurred())
        return VNULL;
    return int_from_i64(h);
}

static Value int_repr_base(Value v, int base, const char *prefix) {
    Value i = num_index(v);
    if (!i)
        return VNULL;
    Str *digits = int_to_str(i, base);
    if (!digits)
        return VNULL;
    if (str_char_at(digits, 0) == '-')
        return OBJ_VAL(str_format("-%s%U", prefix, str_slice(digits, 1, digits->len)));
    return OBJ_VAL(str_format("%s%U", prefix, digits));
}

static Value b_bin(Value self, Value *args, size_t nargs, Tuple *kw) {
    ONE_ARG("bin");
    return int_repr_base(args[0], 2, "0b");
}
static Value b_oct(Value self, Value *args, size_t nargs, Tuple *kw) {
    ONE_ARG("oct");
    return int_repr_base(args[0], 8, "0o");
}
static Value b_hex(Value self, Value *args, size_t nargs, Tuple *kw) {
    ONE_ARG("hex");
    return int_repr_base(args[0], 16, "0x");
}

static Value b_chr(Value self, Value *args, size_t nargs, Tuple *kw) {
    ONE_ARG("chr");
    Value v = args[0];
    if (!IS_INTLIKE(v)) {
        if (IS_FLOAT(v) || !obj_getattr_opt(OBJ_VAL(val_type(v)), ID(__index__))) {
            err_clear();
            return err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer",
                              v);
        }
        v = num_index(v);
        if (!v)
            return VNULL;
    }
    int64_t c;
    if (int_as_i64(v, &c) < 0 || c < INT32_MIN || c > INT32_MAX) {
        err_clear();
        return err_str(&OverflowError_type, "Python int too large to convert to C int");
    }
    if (c < 0 || c > 0x10FFFF)
        return err_str(&ValueError_type, "chr() arg not in range(0x110000)");
    Str *s = str_from_char((uint32_t)c);
    return s ? OBJ_VAL(s) : VNULL;
}

static Value b_ord(Value self, Value *args, size_t nargs, Tuple *kw) {
    ONE_ARG("ord");
    Value v = args[0];
    if (IS_STR(v)) {
        Str *s = AS(Str, v);
        if (s->len != 1)
            return err_format(&TypeError_type,
                              "ord() expected a character, but string of length %lld found",
                              (long long)s->len);
        return MK_INT(str_char_at(s, 0));
    }
    if (IS_BYTES(v) || IS_BYTEARRAY(v)) {
        const uint8_t *p;
        int64_t n;
        if (bytes_view(v, &p, &n) < 0)
            return VNULL;
        if (n != 1)
            return err_format(&TypeError_type,
                              "ord() expected a character, but string of length %lld found",
                              (long long)n);
        return MK_INT(p[0]);
    }
    return err_format(&TypeError_type, "ord() expected string of length 1, but %T found", v);
}

static Value b_divmod(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("divmod", nargs, 2, 2) < 0)
        return VNULL;
    return num_binop(args[0], args[1], NB_DIVMOD);
}

static Value b_pow(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"base", "exp", "mod"};
    Value a[3];
    if (args_bind("pow", args, nargs, kw, names, 2, 3, a) < 0)
        return VNULL;
    if (!a[2] || a[2] == NONE)
        return num_binop(a[0], a[1], NB_POW);
    return num_pow3(a[0], a[1], a[2]);
}

static Value b_format(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("format", nargs, 1, 2) < 0)
        return VNULL;
    Str *spec = str_empty;
    if (nargs > 1) {
        if (!IS_STR(args[1]))
            return err_format(&TypeError_type, "format() argument 2 must be str, not %T",
                              args[1]);
        spec = AS(Str, args[1]);
    }
    Str *r = format_value(args[0], spec);
    return r ? OBJ_VAL(r) : VNULL;
}

/* ---- attributes ---- */

static Str *attr_name(Value v) {
    if (!IS_STR(v)) {
        err_format(&TypeError_type, "attribute name must be string, not '%T'", v);
        return NULL;
    }
    Str *s = AS(Str, v);
    return str_is_interned(s) ? s : str_intern(s);
}

static Value b_getattr(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("getattr", nargs, 2, 3) < 0)
        return VNULL;
    Str *name = attr_name(args[1]);
    if (!name)
        return VNULL;
    if (nargs == 2)
        return obj_getattr(args[0], name);
    Value v = obj_getattr(args[0], name);
    if (!v && err_matches(&AttributeError_type)) {
        err_clear();
        return args[2];
    }
    return v;
}

static Value b_setattr(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("setattr", nargs, 3, 3) < 0)
        return VNULL;
    Str *name = attr_name(args[1]);
    if (!name || obj_setattr(args[0], name, args[2]) < 0)
        return VNULL;
    return NONE;
}

static Value b_delattr(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("delattr", nargs, 2, 2) < 0)
        return VNULL;
    Str *name = attr_name(args[1]);
    if (!name || obj_setattr(args[0], name, VNULL) < 0)
        return VNULL;
    return NONE;
}

static Value b_hasattr(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("hasattr", nargs, 2, 2) < 0)
        return VNULL;
    Str *name = attr_name(args[1]);
    if (!name)
        return VNULL;
    Value v = obj_getattr(args[0], name);
    if (v)
        return TRUE_V;
    if (err_matches(&AttributeError_type)) {
        err_clear();
        return FALSE_V;
    }
    return VNULL;
}

static Value b_isinstance(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("isinstance", nargs, 2, 2) < 0)
        return VNULL;
    int r = obj_isinstance(args[0], args[1]);
    if (r < 0)
        return VNULL;
    return BOOL_V(r);
}

static Value b_issubclass(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("issubclass", nargs, 2, 2) < 0)
        return VNULL;
    int r = obj_issubclass(args[0], args[1]);
    if (r < 0)
        return VNULL;
    return BOOL_V(r);
}

/* ---- input ---- */

static Value b_input(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("input", nargs, 0, 1) < 0)
        return VNULL;
    Value in = sys_get("stdin"), out = sys_get("stdout");
    if (!in || in == NONE)
        return err_str(&RuntimeError_type, "input(): lost sys.stdin");
    if (!out || out == NONE)
        return err_str(&RuntimeError_type, "input(): lost sys.stdout");
    if (nargs && args[0] != NONE) {
        Str *p = obj_str(args[0]);
        if (!p)
            return VNULL;
        if (p->len) {
            if (io_is_file(out)) {
                if (io_write_str(out, p) < 0)
                    return VNULL;
            } else if (print_write(out, p) < 0)
                return VNULL;
        }
    }
    if (io_is_file(out)) {
        if (io_flush(out) < 0)
            return VNULL;
    } else {
        Value r = obj_call_method(out, ID(flush), NULL, 0);
        if (!r)
            err_clear();
    }
    Value line = io_readline(in, -1);
    if (!line)
        return VNULL;
    if (!IS_STR(line))
        return err_format(&TypeError_type, "object.readline() returned non-string");
    Str *s = AS(Str, line);
    if (s->len == 0)
        return err_str(&EOFError_type, "EOF when reading a line");
    if (str_char_at(s, s->len - 1) == '\n')
        return OBJ_VAL(str_slice(s, 0, s->len - 1));
    return line;
}

/* ---- __import__, exit ---- */

static Value b_import(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    Value a[5];
    if (args_bind("__import__", args, nargs, kw, names, 1, 5, a) < 0)
        return VNULL;
    if (!IS_STR(a[0]))
        return err_format(&TypeError_type, "__import__() argument 1 must be str, not %T", a[0]);
    Dict *g = a[1] && IS_DICT(a[1]) ? AS(Dict, a[1]) : NULL;
    int64_t level = 0;
    if (a[4] && (!IS_INTLIKE(a[4]) || int_as_i64(a[4], &level) < 0))
        return err_occurred() ? VNULL
                              : err_format(&TypeError_type,
                                           "'%T' object cannot be interpreted as an integer", a[4]);
    return import_name(AS(Str, a[0]), g, a[3] ? a[3] : NONE, (int)level);
}

static Value b_exit(Value self, Value *args, size_t nargs, Tuple *kw) {
    Value e = exc_new(&SystemExit_type, args, nargs > 1 ? 1 : nargs);
    if (!e)
        return VNULL;
    return err_set_value(e);
}

static Value b_breakpoint(Value self, Value *args, size_t nargs, Tuple *kw) { return NONE; }

static const MethodDef builtin_methods[] = {
    {"print", builtin_print, 0},
    {"repr", b_repr, METH_NOKW},
    {"ascii", b_ascii, METH_NOKW},
    {"len", b_len, METH_NOKW},
    {"abs", b_abs, METH_NOKW},
    {"callable", b_callable, METH_NOKW},
    {"id", b_id, METH_NOKW},
    {"hash", b_hash, METH_NOKW},
    {"bin", b_bin, METH_NOKW},
    {"oct", b_oct, METH_NOKW},
    {"hex", b_hex, METH_NOKW},
    {"chr", b_chr, METH_NOKW},
    {"ord", b_ord, METH_NOKW},
    {"divmod", b_divmod, METH_NOKW},
    {"pow", b_pow, 0},
    {"format", b_format, METH_NOKW},
    {"getattr", b_getattr, METH_NOKW},
    {"setattr", b_setattr, METH_NOKW},
    {"delattr", b_delattr, METH_NOKW},
    {"hasattr", b_hasattr, METH_NOKW},
    {"isinstance", b_isinstance, METH_NOKW},
    {"issubclass", b_issubclass, METH_NOKW},
    {"input", b_input, METH_NOKW},
    {"open", io_open, 0},
    {"__import__", b_import, 0},
    {"exit", b_exit, METH_NOKW},
    {"quit", b_exit, METH_NOKW},
    {"breakpoint", b_breakpoint, 0},
    {NULL},
};

/* Add a static type by its Python name, tolerating a part not yet linked
 * (address 0 in `make dev` builds). */
static int add_type(Module *m, const char *name, Type *t) {
    Type *volatile p = t;
    if (!p)
        return 0;
    type_ready(p);
    return module_add_value(m, name, OBJ_VAL(p));
}

Module *builtins_init(void) {
    gc_register_root(&builtins_dict);
    gc_register_root(&builtins_module);
    Module *m = module_new(str_intern_cstr("builtins"));
    if (!m)
        return NULL;
    builtins_module = m;
    builtins_dict = m->dict;
    if (vm_builtin_methods && module_add_functions(m, vm_builtin_methods) < 0)
        return NULL;
    if (module_add_functions(m, builtin_methods) < 0 ||
        module_add_functions(m, builtins_more_methods) < 0)
        return NULL;
    if (module_add_value(m, "None", NONE) < 0 || module_add_value(m, "True", TRUE_V) < 0 ||
        module_add_value(m, "False", FALSE_V) < 0 ||
        module_add_value(m, "Ellipsis", ELLIPSIS) < 0 ||
        module_add_value(m, "NotImplemented", NOT_IMPLEMENTED) < 0 ||
        module_add_value(m, "__debug__", BOOL_V(run_config.optimize == 0)) < 0)
        return NULL;
    struct {
        const char *name;
        Type *t;
    } types[] = {
        {"object", &object_type},       {"type", &type_type},
        {"int", &int_type},             {"bool", &bool_type},
        {"float", &float_type},         {"str", &str_type},
        {"complex", &complex_type},
        {"bytes", &bytes_type},         {"bytearray", &bytearray_type},
        {"tuple", &tuple_type},         {"list", &list_type},
        {"dict", &dict_type},           {"set", &set_type},
        {"frozenset", &frozenset_type}, {"range", &range_type},
        {"slice", &slice_type},         {"classmethod", &classmethod_type},
        {"staticmethod", &staticmethod_type}, {"property", &property_type},
        {"super", &super_type},         {"enumerate", &enumerate_type},
        {"zip", &zip_type},             {"map", &map_type},
        {"filter", &filter_type},       {"reversed", &reversed_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (add_type(m, types[i].name, types[i].t) < 0)
            return NULL;
#define ADD_EXC(name, base)                                   \
    if (add_type(m, #name, &name##_type) < 0)                 \
        return NULL;
    EXC_TYPES(ADD_EXC)
#undef ADD_EXC
    if (add_type(m, "BaseExceptionGroup", &BaseExceptionGroup_type) < 0 ||
        add_type(m, "ExceptionGroup", &ExceptionGroup_type) < 0)
        return NULL;
    if (module_add_value(m, "EnvironmentError", OBJ_VAL(&OSError_type)) < 0 ||
        module_add_value(m, "IOError", OBJ_VAL(&OSError_type)) < 0)
        return NULL;
    return m;
}
