/* str_type.c - the str type object: slots (repr, hash, compare, len,
 * indexing, `in`, iteration, +, *, %), str() construction, the str
 * iterator, and argument helpers shared by the str/bytes method files.
 *
 * Thread-safety: str is immutable; the iterator's position is advanced with
 * an atomic fetch-add so racing next() calls each get a distinct index.
 */
#include <string.h>

#include "str_impl.h"

extern const MethodDef str_methods[];

/* ---------------------------------------------------------------------
 * Argument helpers
 */
int str_args_check(const char *fname, size_t nargs, Tuple *kwnames, size_t min, size_t max) {
    if (kwnames && tuple_len(kwnames) > 0) {
        err_format(&TypeError_type, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs < min) {
        err_format(&TypeError_type, "%s() takes at least %zu argument%s (%zu given)", fname, min,
                   min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        err_format(&TypeError_type, "%s() takes at most %zu argument%s (%zu given)", fname, max,
                   max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int idx_arg(Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = INT_VAL(v);
        return 0;
    }
    if (v == NONE) return 0;
    if (IS_INTLIKE(v) || val_type(v)->nb_index) return num_as_ssize(v, NULL, out);
    err_str(&TypeError_type, "slice indices must be integers or None or have an __index__ method");
    return -1;
}

Str *str_arg(Value v, const char *fname, const char *argname) {
    if (IS_STR(v)) return AS(Str, v);
    if (argname)
        err_format(&TypeError_type, "%s() argument '%s' must be str, not %T", fname, argname, v);
    else
        err_format(&TypeError_type, "%s() argument must be str, not %T", fname, v);
    return NULL;
}

/* ---------------------------------------------------------------------
 * Slots
 */
static void str_trace(Obj *o, Tracer *t) {
    Str *s = (Str *)o;
    if (s->utf8) GC_MARK(t, s->utf8);
}

static Str *str_repr_slot(Value v) { return str_repr(AS(Str, v)); }

static Str *str_str_slot(Value v) { return str_exact(AS(Str, v)); }

static int64_t str_hash_slot(Value v) { return str_hash(AS(Str, v)); }

static Value str_richcompare(Value a, Value b, int op) {
    if (!IS_STR(a) || !IS_STR(b)) return NOT_IMPLEMENTED;
    Str *x = AS(Str, a), *y = AS(Str, b);
    if (op == CMP_EQ) return BOOL_V(str_eq(x, y));
    if (op == CMP_NE) return BOOL_V(!str_eq(x, y));
    int c = str_compare(x, y);
    switch (op) {
    case CMP_LT: return BOOL_V(c < 0);
    case CMP_LE: return BOOL_V(c <= 0);
    case CMP_GT: return BOOL_V(c > 0);
    default: return BOOL_V(c >= 0);
    }
}

static int64_t str_len_slot(Value v) { return AS(Str, v)->len; }

static Value str_getitem(Value self, Value key) {
    Str *s = AS(Str, self);
    if (IS_INT(key) || IS_INTLIKE(key) || (IS_OBJ(key) && val_type(key)->nb_index && !IS_EXACT(key, slice_type))) {
        int64_t i;
        if (IS_INT(key)) i = INT_VAL(key);
        else if (num_as_ssize(key, &IndexError_type, &i) < 0) return VNULL;
        if (i < 0) i += s->len;
        if (i < 0 || i >= s->len) return err_str(&IndexError_type, "string index out of range");
        Str *r = str_from_char(str_char_at(s, i));
        return r ? OBJ_VAL(r) : VNULL;
    }
    if (IS_OBJ(key) && obj_is_instance_of(key, &slice_type)) {
        int64_t start, stop, step, n;
        if (slice_indices(AS(Slice, key), s->len, &start, &stop, &step, &n) < 0) return VNULL;
        if (step == 1) {
            Str *r = str_substr(s, start, stop);
            return r ? OBJ_VAL(r) : VNULL;
        }
        if (n <= 0) return OBJ_VAL(str_empty);
        StrBuilder b;
        sb_init(&b);
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            if (sb_append_char(&b, str_char_at(s, j)) < 0) {
                sb_free(&b);
                return VNULL;
            }
        Str *r = sb_finish(&b);
        return r ? OBJ_VAL(r) : VNULL;
    }
    return err_format(&TypeError_type, "string indices must be integers, not '%s'", val_type(key)->name);
}

static int str_contains(Value self, Value item) {
    if (!IS_STR(item)) {
        err_format(&TypeError_type, "'in <string>' requires string as left operand, not %s",
                   val_type(item)->name);
        return -1;
    }
    return str_find(AS(Str, self), AS(Str, item), 0, AS(Str, self)->len) >= 0;
}

/* str + str.  'a' + 1 raises CPython's concat message unless the right
 * operand is a user class (which may implement __radd__). */
static Value str_add(Value a, Value b) {
    if (IS_STR(a) && IS_STR(b)) {
        Str *r = str_concat(AS(Str, a), AS(Str, b));
        return r ? OBJ_VAL(r) : VNULL;
    }
    if (IS_STR(a) && !(val_type(b)->flags & TF_HEAPTYPE))
        return err_format(&TypeError_type, "can only concatenate str (not \"%s\") to str", val_type(b)->name);
    return NOT_IMPLEMENTED;
}

static Str *str_repeat(Str *s, int64_t n) {
    if (n <= 0 || s->len == 0) return str_empty;
    if (n == 1) return str_exact(s);
    if (s->len > INT64_MAX / 4 / n) {
        err_str(&OverflowError_type, "repeated string is too long");
        return NULL;
    }
    Str *r = str_alloc(s->len * n, s->kind, s->ascii);
    if (!r) return NULL;
    size_t unit = (size_t)s->len * s->kind, total = unit * (size_t)n;
    if (unit == 1) {
        memset(r->data, s->data[0], total);
    } else {
        memcpy(r->data, s->data, unit);
        size_t done = unit;
        while (done < total) {
            size_t c = done < total - done ? done : total - done;
            memcpy(r->data + done, r->data, c);
            done += c;
        }
    }
    return r;
}

static Value seq_repeat_count(Value n, int64_t *out) {
    if (IS_INT(n)) {
        *out = INT_VAL(n);
        return TRUE_V;
    }
    if (IS_INTLIKE(n) || (IS_OBJ(n) && val_type(n)->nb_index)) {
        if (num_as_ssize(n, &OverflowError_type, out) < 0) return VNULL;
        return TRUE_V;
    }
    return FALSE_V;
}

static Value str_mul(Value a, Value b) {
    Value s = IS_STR(a) ? a : b, n = IS_STR(a) ? b : a;
    if (!IS_STR(s)) return NOT_IMPLEMENTED;
    int64_t count;
    Value ok = seq_repeat_count(n, &count);
    if (!ok) return VNULL;
    if (ok == FALSE_V) {
        if (val_type(n)->flags & TF_HEAPTYPE) return NOT_IMPLEMENTED;
        return err_format(&TypeError_type, "can't multiply sequence by non-int of type '%s'", val_type(n)->name);
    }
    Str *r = str_repeat(AS(Str, s), count);
    return r ? OBJ_VAL(r) : VNULL;
}

static Value str_mod(Value a, Value b) {
    if (!IS_STR(a)) return NOT_IMPLEMENTED;
    return str_percent_format(AS(Str, a), b);
}

/* ---------------------------------------------------------------------
 * Iterator
 */
typedef struct StrIter {
    Obj hdr;
    Str *s;
    int64_t i;
} StrIter;

static void str_iter_trace(Obj *o, Tracer *t) { GC_MARK(t, ((StrIter *)o)->s); }

static Value str_iter(Value v) {
    StrIter *it = gc_alloc(&str_iter_type, sizeof(StrIter));
    if (!it) return VNULL;
    SET_FIELD(it, it->s, AS(Str, v));
    return OBJ_VAL(it);
}

static Value str_iter_next(Value v) {
    StrIter *it = AS(StrIter, v);
    Str *s = __atomic_load_n(&it->s, __ATOMIC_ACQUIRE);
    if (!s) return VNULL;
    int64_t i = __atomic_fetch_add(&it->i, 1, __ATOMIC_RELAXED);
    if (i >= s->len) {
        __atomic_store_n(&it->i, s->len, __ATOMIC_RELAXED);
        return VNULL;
    }
    Str *r = str_from_char(str_char_at(s, i));
    return r ? OBJ_VAL(r) : VNULL;
}

static Value iter_self(Value v) { return v; }

static Value str_iter_length_hint(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    StrIter *it = AS(StrIter, self);
    int64_t n = it->s ? it->s->len - it->i : 0;
    return MK_INT(n > 0 ? n : 0);
}

static const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type str_iter_type = {
    .hdr = {&type_type},
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIter),
    .trace = str_iter_trace,
    .iter = iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

/* ---------------------------------------------------------------------
 * str(object='', encoding='utf-8', errors='strict')
 */
static Value str_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors"};
    Value a[3] = {VNULL, VNULL, VNULL};
    if (nargs == 1 && !kwnames) a[0] = args[0];
    else if (args_bind("str", args, nargs, kwnames, names, 0, 3, a) < 0) return VNULL;
    Str *r;
    if (!a[1] && !a[2]) {
        if (!a[0]) r = str_empty;
        else if (IS_STR_EXACT(a[0])) r = AS(Str, a[0]);
        else r = obj_str(a[0]);
    } else {
        const char *enc = "utf-8", *errs = "strict";
        if (a[1]) {
            if (!IS_STR(a[1]))
                return err_format(&TypeError_type, "str() argument 'encoding' must be str, not %T", a[1]);
            enc = STR_CSTR(AS(Str, a[1]));
        }
        if (a[2]) {
            if (!IS_STR(a[2]))
                return err_format(&TypeError_type, "str() argument 'errors' must be str, not %T", a[2]);
            errs = STR_CSTR(AS(Str, a[2]));
        }
        if (!a[0]) {
            r = str_empty;
        } else {
            if (IS_STR(a[0])) return err_str(&TypeError_type, "decoding str is not supported");
            const uint8_t *p;
            int64_t n;
            if (bytes_view(a[0], &p, &n) < 0) {
                err_clear();
                return err_format(&TypeError_type, "decoding to str: need a bytes-like object, %s found",
                                  val_type(a[0])->name);
            }
            Value v = str_decode(p, n, enc, errs);
            if (!v) return VNULL;
            r = AS(Str, v);
        }
    }
    if (!r) return VNULL;
    if (t != &str_type) r = str_subtype_new(t, r);
    return r ? OBJ_VAL(r) : VNULL;
}

Type str_type = {
    .hdr = {&type_type},
    .name = "str",
    .basicsize = offsetof(Str, data),
    .itemsize = 1,
    .flags = TF_BASETYPE | TF_STR_SUBCLASS,
    .trace = str_trace,
    .new_ = str_new,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .nb = {[NB_ADD] = str_add, [NB_MUL] = str_mul, [NB_MOD] = str_mod},
    .methods = str_methods,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object.",
};
