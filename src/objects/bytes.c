/* bytes.c - the immutable bytes type: construction, slots (repr, hash,
 * compare, indexing, `in`, iteration, +, *, %), the bytes iterator, and
 * helpers shared with bytearray (bytes_view, bytes_from_object).
 *
 * Invariants: data has len bytes plus a trailing NUL.  b'' is a static
 * object (bytes_empty).
 *
 * Thread-safety: bytes is immutable once published; the hash cache is
 * filled racily with identical values (relaxed atomics).
 */
#include <string.h>

#include "str_impl.h"

extern const MethodDef bytes_methods[];

typedef struct {
    Bytes b;
    uint64_t pad;
} StaticBytes;
static StaticBytes empty_bytes_store = {.b = {.hdr = {&bytes_type}, .len = 0, .hash = -1}};
Bytes *bytes_empty = &empty_bytes_store.b;

Bytes *bytes_alloc(int64_t n) {
    if (n < 0 || n > INT64_MAX / 2) {
        err_no_memory();
        return NULL;
    }
    Bytes *b = gc_alloc(&bytes_type, offsetof(Bytes, data) + (size_t)n + 1);
    if (!b) return NULL;
    b->len = n;
    b->hash = -1;
    return b;
}

Bytes *bytes_new(const void *data, size_t n) {
    if (n == 0) return bytes_empty;
    Bytes *b = bytes_alloc((int64_t)n);
    if (b && data) memcpy(b->data, data, n);
    return b;
}

static Bytes *bytes_subtype_new(Type *t, const uint8_t *p, int64_t n) {
    Bytes *b = gc_alloc_instance(t, offsetof(Bytes, data) + (size_t)n + 1);
    if (!b) return NULL;
    b->len = n;
    b->hash = -1;
    memcpy(b->data, p, (size_t)n);
    return b;
}

int bytes_view(Value v, const uint8_t **data, int64_t *len) {
    if (IS_BYTES(v)) {
        *data = AS(Bytes, v)->data;
        *len = AS(Bytes, v)->len;
        return 0;
    }
    if (IS_BYTEARRAY(v)) {
        ByteArray *a = AS(ByteArray, v);
        ByteBuf *buf = __atomic_load_n(&a->buf, __ATOMIC_ACQUIRE);
        int64_t n = __atomic_load_n(&a->len, __ATOMIC_ACQUIRE);
        if (!buf) {
            *data = (const uint8_t *)"";
            *len = 0;
            return 0;
        }
        if (n > buf->cap) n = buf->cap;
        *data = buf->data;
        *len = n;
        return 0;
    }
    err_format(&TypeError_type, "a bytes-like object is required, not '%s'", val_type(v)->name);
    return -1;
}

/* ---------------------------------------------------------------------
 * Building from arbitrary objects (bytes(x), bytearray(x), extend)
 */

/* Append the bytes of x (int count, bytes-like, iterable of ints) to a
 * malloc()ed buffer.  `what` names the caller for messages. */
int bytes_collect(Value x, uint8_t **out, int64_t *outlen, bool allow_count, const char *tname) {
    const uint8_t *p;
    int64_t n;
    *out = NULL;
    *outlen = 0;
    if (IS_BYTES(x) || IS_BYTEARRAY(x)) {
        bytes_view(x, &p, &n);
        *out = malloc((size_t)n + 1);
        if (!*out) {
            err_no_memory();
            return -1;
        }
        memcpy(*out, p, (size_t)n);
        *outlen = n;
        return 0;
    }
    if (allow_count && (IS_INTLIKE(x) || (IS_OBJ(x) && val_type(x)->nb_index))) {
        int64_t c;
        if (num_as_ssize(x, &OverflowError_type, &c) < 0) return -1;
        if (c < 0) {
            err_str(&ValueError_type, "negative count");
            return -1;
        }
        *out = calloc((size_t)c + 1, 1);
        if (!*out) {
            err_no_memory();
            return -1;
        }
        *outlen = c;
        return 0;
    }
    if (IS_STR(x)) {
        err_str(&TypeError_type, "string argument without an encoding");
        return -1;
    }
    Type *t = val_type(x);
    if (!t->iter && !t->getitem) {
        err_format(&TypeError_type, "cannot convert '%s' object to %s", t->name, tname);
        return -1;
    }
    Value it = obj_getiter(x);
    if (!it) return -1;
    size_t cap = 16, len = 0;
    uint8_t *buf = malloc(cap);
    if (!buf) {
        err_no_memory();
        return -1;
    }
    for (;;) {
        Value v = obj_iternext(it);
        if (!v) {
            if (err_occurred()) goto fail;
            break;
        }
        int64_t iv;
        if (IS_INT(v)) iv = INT_VAL(v);
        else if (IS_INTLIKE(v) || (IS_OBJ(v) && val_type(v)->nb_index)) {
            if (num_as_ssize(v, NULL, &iv) < 0) goto fail;
        } else {
            err_format(&TypeError_type, "'%s' object cannot be interpreted as an integer", val_type(v)->name);
            goto fail;
        }
        if (iv < 0 || iv > 255) {
            err_str(&ValueError_type, "bytes must be in range(0, 256)");
            goto fail;
        }
        if (len == cap) {
            cap *= 2;
            uint8_t *nb = realloc(buf, cap);
            if (!nb) {
                err_no_memory();
                goto fail;
            }
            buf = nb;
        }
        buf[len++] = (uint8_t)iv;
    }
    *out = buf;
    *outlen = (int64_t)len;
    return 0;
fail:
    free(buf);
    return -1;
}

/* Shared argument handling of bytes()/bytearray(): (source, encoding, errors).
 * Returns 0 with a malloc()ed buffer, or -1. */
int bytes_ctor_args(const char *tname, Value *args, size_t nargs, Tuple *kwnames, uint8_t **out, int64_t *n,
                    bool *is_self_bytes) {
    static const char *const names[] = {"source", "encoding", "errors"};
    Value a[3] = {VNULL, VNULL, VNULL};
    *out = NULL;
    *n = 0;
    if (nargs == 1 && !kwnames) a[0] = args[0];
    else if (args_bind(tname, args, nargs, kwnames, names, 0, 3, a) < 0) return -1;
    if (a[1] || a[2]) {
        if (!a[0] || !IS_STR(a[0])) {
            err_str(&TypeError_type, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        const char *enc = "utf-8", *errs = "strict";
        if (a[1]) {
            if (!IS_STR(a[1])) {
                err_format(&TypeError_type, "%s() argument 'encoding' must be str, not %s", tname, val_type(a[1])->name);
                return -1;
            }
            enc = STR_CSTR(AS(Str, a[1]));
        }
        if (a[2]) {
            if (!IS_STR(a[2])) {
                err_format(&TypeError_type, "%s() argument 'errors' must be str, not %s", tname, val_type(a[2])->name);
                return -1;
            }
            errs = STR_CSTR(AS(Str, a[2]));
        }
        Value b = str_encode(AS(Str, a[0]), enc, errs);
        if (!b) return -1;
        return bytes_collect(b, out, n, false, tname);
    }
    if (!a[0]) {
        *out = malloc(1);
        if (!*out) {
            err_no_memory();
            return -1;
        }
        return 0;
    }
    if (is_self_bytes && IS_OBJ(a[0]) && !IS_BYTES(a[0])) {
        bool found = true;
        Value r = obj_call_special(a[0], ID(__bytes__), NULL, 0, &found);
        if (r) {
            if (!IS_BYTES(r)) {
                err_format(&TypeError_type, "__bytes__ returned non-bytes (type %s)", val_type(r)->name);
                return -1;
            }
            return bytes_collect(r, out, n, false, tname);
        }
        if (found || err_occurred()) return -1;
    }
    return bytes_collect(a[0], out, n, true, tname);
}

static Value bytes_new_slot(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (t == &bytes_type && nargs == 1 && !kwnames && IS_EXACT(args[0], bytes_type)) return args[0];
    if (nargs == 0 && !kwnames && t == &bytes_type) return OBJ_VAL(bytes_empty);
    uint8_t *buf;
    int64_t n;
    bool flag = true;
    if (bytes_ctor_args("bytes", args, nargs, kwnames, &buf, &n, &flag) < 0) return VNULL;
    Bytes *b = t == &bytes_type ? bytes_new(buf, (size_t)n) : bytes_subtype_new(t, buf, n);
    free(buf);
    return b ? OBJ_VAL(b) : VNULL;
}

/* ---------------------------------------------------------------------
 * repr
 */
Str *bytes_repr_raw(const uint8_t *p, int64_t n, const char *prefix, const char *suffix) {
    bool sq = false, dq = false;
    for (int64_t i = 0; i < n; i++) {
        if (p[i] == '\'') sq = true;
        else if (p[i] == '"') dq = true;
    }
    char q = sq && !dq ? '"' : '\'';
    StrBuilder b;
    sb_init(&b);
    if (sb_append_cstr(&b, prefix) < 0 || sb_append_char(&b, 'b') < 0 || sb_append_char(&b, (uint32_t)q) < 0)
        goto fail;
    static const char hex[] = "0123456789abcdef";
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        int r;
        if (c == q || c == '\\' || (c == '\'' && prefix[0])) { /* bytearray always escapes ' */
            r = sb_append_char(&b, '\\');
            if (!r) r = sb_append_char(&b, c);
        } else if (c == '\t') r = sb_append_cstr(&b, "\\t");
        else if (c == '\n') r = sb_append_cstr(&b, "\\n");
        else if (c == '\r') r = sb_append_cstr(&b, "\\r");
        else if (c < 0x20 || c >= 0x7f) {
            char t[5] = {'\\', 'x', hex[c >> 4], hex[c & 15], 0};
            r = sb_append_cstr(&b, t);
        } else r = sb_append_char(&b, c);
        if (r < 0) goto fail;
    }
    if (sb_append_char(&b, (uint32_t)q) < 0 || sb_append_cstr(&b, suffix) < 0) goto fail;
    return sb_finish(&b);
fail:
    sb_free(&b);
    return NULL;
}

static Str *bytes_repr(Value v) { return bytes_repr_raw(AS(Bytes, v)->data, AS(Bytes, v)->len, "", ""); }

static Str *bytes_str(Value v) { return bytes_repr(v); }

static int64_t bytes_hash(Value v) {
    Bytes *b = AS(Bytes, v);
    int64_t h = __atomic_load_n(&b->hash, __ATOMIC_RELAXED);
    if (h != -1) return h;
    h = hash_bytes(b->data, (size_t)b->len);
    __atomic_store_n(&b->hash, h, __ATOMIC_RELAXED);
    return h;
}

/* Comparison shared with bytearray. */
Value bytes_richcompare_any(Value a, Value b, int op) {
    const uint8_t *p, *q;
    int64_t n, m;
    if (!(IS_BYTES(a) || IS_BYTEARRAY(a)) || !(IS_BYTES(b) || IS_BYTEARRAY(b))) return NOT_IMPLEMENTED;
    bytes_view(a, &p, &n);
    bytes_view(b, &q, &m);
    if ((op == CMP_EQ || op == CMP_NE) && n != m) return BOOL_V(op == CMP_NE);
    int c = memcmp(p, q, (size_t)(n < m ? n : m));
    if (c == 0) c = n < m ? -1 : n > m ? 1 : 0;
    switch (op) {
    case CMP_LT: return BOOL_V(c < 0);
    case CMP_LE: return BOOL_V(c <= 0);
    case CMP_EQ: return BOOL_V(c == 0);
    case CMP_NE: return BOOL_V(c != 0);
    case CMP_GT: return BOOL_V(c > 0);
    default: return BOOL_V(c >= 0);
    }
}

static int64_t bytes_len(Value v) { return AS(Bytes, v)->len; }

/* Indexing shared with bytearray (reads a snapshot view). */
Value bytes_getitem_any(Value self, Value key, bool ba) {
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    if (IS_INT(key) || IS_INTLIKE(key) || (IS_OBJ(key) && val_type(key)->nb_index && !IS_EXACT(key, slice_type))) {
        int64_t i;
        if (IS_INT(key)) i = INT_VAL(key);
        else if (num_as_ssize(key, &IndexError_type, &i) < 0) return VNULL;
        if (i < 0) i += n;
        if (i < 0 || i >= n) return err_str(&IndexError_type, ba ? "bytearray index out of range" : "index out of range");
        return MK_INT(p[i]);
    }
    if (IS_OBJ(key) && obj_is_instance_of(key, &slice_type)) {
        int64_t start, stop, step, len;
        if (slice_indices(AS(Slice, key), n, &start, &stop, &step, &len) < 0) return VNULL;
        bytes_view(self, &p, &n); /* re-read: slice_indices may run __index__ */
        if (len <= 0) return ba ? OBJ_VAL(bytearray_new(NULL, 0)) : OBJ_VAL(bytes_empty);
        if (start + (len - 1) * step >= n || start + (len - 1) * step < 0) len = 0;
        uint8_t *tmp = malloc((size_t)len + 1);
        if (!tmp) return err_no_memory();
        for (int64_t i = 0, j = start; i < len; i++, j += step) tmp[i] = p[j];
        Value r;
        if (ba) {
            ByteArray *a = bytearray_new(tmp, (size_t)len);
            r = a ? OBJ_VAL(a) : VNULL;
        } else {
            if (step == 1 && len == n && IS_EXACT(self, bytes_type)) r = self;
            else {
                Bytes *b = bytes_new(tmp, (size_t)len);
                r = b ? OBJ_VAL(b) : VNULL;
            }
        }
        free(tmp);
        return r;
    }
    return err_format(&TypeError_type, "%s indices must be integers or slices, not %s", ba ? "bytearray" : "byte",
                      val_type(key)->name);
}

static Value bytes_getitem(Value self, Value key) { return bytes_getitem_any(self, key, false); }

int bytes_contains_any(Value self, Value item) {
    const uint8_t *p, *q;
    int64_t n, m;
    if (IS_INTLIKE(item) || (IS_OBJ(item) && val_type(item)->nb_index)) {
        int64_t v;
        if (num_as_ssize(item, &OverflowError_type, &v) < 0) return -1;
        if (v < 0 || v > 255) {
            err_str(&ValueError_type, "byte must be in range(0, 256)");
            return -1;
        }
        bytes_view(self, &p, &n);
        return memchr(p, (int)v, (size_t)n) != NULL;
    }
    if (bytes_view(item, &q, &m) < 0) return -1;
    bytes_view(self, &p, &n);
    return bytes_find_raw(p, n, q, m, 0, n) >= 0;
}

static Value bytes_add(Value a, Value b) {
    const uint8_t *p, *q;
    int64_t n, m;
    if (!IS_BYTES(a)) return NOT_IMPLEMENTED;
    if (!(IS_BYTES(b) || IS_BYTEARRAY(b))) {
        if (val_type(b)->flags & TF_HEAPTYPE) return NOT_IMPLEMENTED;
        return err_format(&TypeError_type, "can't concat %s to bytes", val_type(b)->name);
    }
    bytes_view(a, &p, &n);
    bytes_view(b, &q, &m);
    if (m == 0 && IS_EXACT(a, bytes_type)) return a;
    if (n == 0 && IS_EXACT(b, bytes_type)) return b;
    Bytes *r = bytes_alloc(n + m);
    if (!r) return VNULL;
    memcpy(r->data, p, (size_t)n);
    memcpy(r->data + n, q, (size_t)m);
    return OBJ_VAL(r);
}

/* Repeat count for sequence * n; FALSE_V when n is not an integer. */
static Value repeat_count(Value n, int64_t *out) {
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

/* a * n for bytes/bytearray: fills a malloc()ed buffer. */
Value bytes_mul_any(Value a, Value b, bool ba) {
    Value s = (ba ? IS_BYTEARRAY(a) : IS_BYTES(a)) ? a : b, n = s == a ? b : a;
    int64_t count;
    Value ok = repeat_count(n, &count);
    if (!ok) return VNULL;
    if (ok == FALSE_V) {
        if (val_type(n)->flags & TF_HEAPTYPE) return NOT_IMPLEMENTED;
        return err_format(&TypeError_type, "can't multiply sequence by non-int of type '%s'", val_type(n)->name);
    }
    const uint8_t *p;
    int64_t len;
    bytes_view(s, &p, &len);
    if (count < 0) count = 0;
    if (len && count > INT64_MAX / 2 / len) return err_no_memory();
    int64_t total = len * count;
    if (!ba && count == 1 && IS_EXACT(s, bytes_type)) return s;
    if (ba) {
        ByteArray *r = bytearray_new(NULL, (size_t)total);
        if (!r) return VNULL;
        bytes_view(s, &p, &len);
        if (len * count != total) total = 0;
        for (int64_t i = 0; i < count && len; i++) memcpy(r->buf->data + i * len, p, (size_t)len);
        return OBJ_VAL(r);
    }
    Bytes *r = bytes_alloc(total);
    if (!r) return VNULL;
    for (int64_t i = 0; i < count && len; i++) memcpy(r->data + i * len, p, (size_t)len);
    return OBJ_VAL(r);
}

static Value bytes_mul(Value a, Value b) {
    if (!IS_BYTES(a) && !IS_BYTES(b)) return NOT_IMPLEMENTED;
    return bytes_mul_any(a, b, false);
}

static Value bytes_mod(Value a, Value b) {
    if (!IS_BYTES(a)) return NOT_IMPLEMENTED;
    return percent_format(a, b, true);
}

/* ---------------------------------------------------------------------
 * Iterator (shared with bytearray: reads a fresh view each step)
 */
typedef struct BytesIter {
    Obj hdr;
    Value seq;
    int64_t i;
} BytesIter;

static void bytes_iter_trace(Obj *o, Tracer *t) { gc_mark(t, ((BytesIter *)o)->seq); }

Value bytes_iter_any(Value v, Type *it_type) {
    BytesIter *it = gc_alloc(it_type, sizeof(BytesIter));
    if (!it) return VNULL;
    SET_FIELD(it, it->seq, v);
    return OBJ_VAL(it);
}

static Value bytes_iter(Value v) { return bytes_iter_any(v, &bytes_iter_type); }

static Value bytes_iter_next(Value v) {
    BytesIter *it = AS(BytesIter, v);
    Value seq = __atomic_load_n(&it->seq, __ATOMIC_ACQUIRE);
    if (!seq) return VNULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(seq, &p, &n);
    int64_t i = __atomic_fetch_add(&it->i, 1, __ATOMIC_RELAXED);
    if (i >= n) {
        __atomic_store_n(&it->i, n, __ATOMIC_RELAXED);
        return VNULL;
    }
    return MK_INT(p[i]);
}

static Value iter_self(Value v) { return v; }

static Value bytes_iter_length_hint(Value self, Value *args, size_t nargs, Tuple *kw) {
    BytesIter *it = AS(BytesIter, self);
    const uint8_t *p;
    int64_t n;
    bytes_view(it->seq, &p, &n);
    return MK_INT(n - it->i > 0 ? n - it->i : 0);
}

static const MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type bytes_iter_type = {
    .hdr = {&type_type},
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIter),
    .trace = bytes_iter_trace,
    .iter = iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

Type bytearray_iter_type = {
    .hdr = {&type_type},
    .name = "bytearray_iterator",
    .basicsize = sizeof(BytesIter),
    .trace = bytes_iter_trace,
    .iter = iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

Type bytes_type = {
    .hdr = {&type_type},
    .name = "bytes",
    .basicsize = offsetof(Bytes, data),
    .itemsize = 1,
    .flags = TF_BASETYPE | TF_BYTES_SUBCLASS,
    .new_ = bytes_new_slot,
    .repr = bytes_repr,
    .str = bytes_str,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare_any,
    .iter = bytes_iter,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains_any,
    .nb = {[NB_ADD] = bytes_add, [NB_MUL] = bytes_mul, [NB_MOD] = bytes_mod},
    .methods = bytes_methods,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object",
};
