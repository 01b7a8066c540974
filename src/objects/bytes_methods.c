/* bytes_methods.c - the methods bytes and bytearray share (split, join,
 * strip, find, case mapping, predicates, padding, hex/fromhex, decode,
 * translate ...).  Each method reads its receiver through bytes_view (a
 * snapshot for a bytearray: its buffer stays valid while we read, see
 * bytearray.c) and returns a bytes for a bytes receiver, a bytearray for a
 * bytearray receiver.
 *
 * Thread-safety: no shared mutable state; bytearray receivers are read
 * lock-free from a snapshot of their buffer.
 */
#include <string.h>

#include "str_impl.h"

Value bytes_iter_any(Value v, Type *it_type);
Str *bytes_repr_raw(const uint8_t *p, int64_t n, const char *prefix, const char *suffix);

#define BA(self) IS_BYTEARRAY(self)
#define TN(self) (BA(self) ? "bytearray" : "bytes")

static Value mk(Value self, const uint8_t *p, int64_t n) {
    if (BA(self)) {
        ByteArray *a = bytearray_new(p, (size_t)n);
        return a ? OBJ_VAL(a) : VNULL;
    }
    Bytes *b = bytes_new(p, (size_t)n);
    return b ? OBJ_VAL(b) : VNULL;
}

/* Unchanged result: bytes returns itself when exact; bytearray copies. */
static Value same(Value self) {
    if (IS_EXACT(self, bytes_type)) return self;
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    return mk(self, p, n);
}

static int noargs(Value self, const char *name, size_t nargs, Tuple *kw) {
    if (kw && tuple_len(kw)) {
        err_format(&TypeError_type, "%s.%s() takes no keyword arguments", TN(self), name);
        return -1;
    }
    if (nargs) {
        err_format(&TypeError_type, "%s.%s() takes no arguments (%zu given)", TN(self), name, nargs);
        return -1;
    }
    return 0;
}
static int onearg(Value self, const char *name, size_t nargs, Tuple *kw) {
    if (kw && tuple_len(kw)) {
        err_format(&TypeError_type, "%s.%s() takes no keyword arguments", TN(self), name);
        return -1;
    }
    if (nargs != 1) {
        err_format(&TypeError_type, "%s.%s() takes exactly one argument (%zu given)", TN(self), name, nargs);
        return -1;
    }
    return 0;
}
static int expargs(Value self, const char *name, size_t nargs, Tuple *kw, size_t min, size_t max) {
    if (kw && tuple_len(kw)) {
        err_format(&TypeError_type, "%s.%s() takes no keyword arguments", TN(self), name);
        return -1;
    }
    if (nargs < min) {
        err_format(&TypeError_type, "%s expected at least %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        err_format(&TypeError_type, "%s expected at most %zu argument%s, got %zu", name, max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static int int_arg(Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = INT_VAL(v);
        return 0;
    }
    if (IS_INTLIKE(v) || (IS_OBJ(v) && val_type(v)->nb_index)) return num_as_ssize(v, &OverflowError_type, out);
    err_format(&TypeError_type, "'%s' object cannot be interpreted as an integer", val_type(v)->name);
    return -1;
}

static inline bool b_isspace(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }
static inline bool b_islower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static inline bool b_isupper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static inline bool b_isalpha(uint8_t c) { return b_islower(c) || b_isupper(c); }
static inline bool b_isdigit(uint8_t c) { return c >= '0' && c <= '9'; }
static inline bool b_isalnum(uint8_t c) { return b_isalpha(c) || b_isdigit(c); }
static inline uint8_t b_lower(uint8_t c) { return b_isupper(c) ? c + 32 : c; }
static inline uint8_t b_upper(uint8_t c) { return b_islower(c) ? c - 32 : c; }

/* ---------------------------------------------------------------------
 * Case mapping and predicates
 */
static Value map_bytes(Value self, const char *name, size_t nargs, Tuple *kw, int how) {
    if (noargs(self, name, nargs, kw) < 0) return VNULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    uint8_t *t = malloc((size_t)n + 1);
    if (!t) return err_no_memory();
    bool prev = false;
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        switch (how) {
        case 0: t[i] = b_lower(c); break;
        case 1: t[i] = b_upper(c); break;
        case 2: t[i] = b_isupper(c) ? b_lower(c) : b_upper(c); break;
        case 3: t[i] = i == 0 ? b_upper(c) : b_lower(c); break;
        default:
            t[i] = prev ? b_lower(c) : b_upper(c);
            prev = b_isalpha(c);
            break;
        }
    }
    Value r = mk(self, t, n);
    free(t);
    return r;
}
static Value m_lower(Value self, Value *a, size_t n, Tuple *k) { return map_bytes(self, "lower", n, k, 0); }
static Value m_upper(Value self, Value *a, size_t n, Tuple *k) { return map_bytes(self, "upper", n, k, 1); }
static Value m_swapcase(Value self, Value *a, size_t n, Tuple *k) { return map_bytes(self, "swapcase", n, k, 2); }
static Value m_capitalize(Value self, Value *a, size_t n, Tuple *k) { return map_bytes(self, "capitalize", n, k, 3); }
static Value m_title(Value self, Value *a, size_t n, Tuple *k) { return map_bytes(self, "title", n, k, 4); }

#define BPRED(NAME, TEST)                                                    \
    static Value m_##NAME(Value self, Value *a, size_t nargs, Tuple *kw) {   \
        if (noargs(self, #NAME, nargs, kw) < 0) return VNULL;                \
        const uint8_t *p;                                                    \
        int64_t n;                                                           \
        bytes_view(self, &p, &n);                                            \
        if (n == 0) return FALSE_V;                                          \
        for (int64_t i = 0; i < n; i++)                                      \
            if (!TEST(p[i])) return FALSE_V;                                 \
        return TRUE_V;                                                       \
    }
BPRED(isalpha, b_isalpha)
BPRED(isalnum, b_isalnum)
BPRED(isdigit, b_isdigit)
BPRED(isspace, b_isspace)

static Value m_isascii(Value self, Value *a, size_t nargs, Tuple *kw) {
    if (noargs(self, "isascii", nargs, kw) < 0) return VNULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    for (int64_t i = 0; i < n; i++)
        if (p[i] >= 128) return FALSE_V;
    return TRUE_V;
}
static Value m_islower(Value self, Value *a, size_t nargs, Tuple *kw) {
    if (noargs(self, "islower", nargs, kw) < 0) return VNULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    bool cased = false;
    for (int64_t i = 0; i < n; i++) {
        if (b_isupper(p[i])) return FALSE_V;
        if (b_islower(p[i])) cased = true;
    }
    return BOOL_V(cased);
}
static Value m_isupper(Value self, Value *a, size_t nargs, Tuple *kw) {
    if (noargs(self, "isupper", nargs, kw) < 0) return VNULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    bool cased = false;
    for (int64_t i = 0; i < n; i++) {
        if (b_islower(p[i])) return FALSE_V;
        if (b_isupper(p[i])) cased = true;
    }
    return BOOL_V(cased);
}
static Value m_istitle(Value self, Value *a, size_t nargs, Tuple *kw) {
    if (noargs(self, "istitle", nargs, kw) < 0) return VNULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    bool cased = false, prev = false;
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        if (b_isupper(c)) {
            if (prev) return FALSE_V;
            prev = cased = true;
        } else if (b_islower(c)) {
            if (!prev) return FALSE_V;
            prev = cased = true;
        } else prev = false;
    }
    return BOOL_V(cased);
}

/* ---------------------------------------------------------------------
 * Searching
 */
/* The `sub` argument of find/count/index: an int byte or bytes-like. */
static int sub_arg(Value v, const uint8_t **p, int64_t *n, uint8_t *one) {
    if (IS_INTLIKE(v) || (IS_OBJ(v) && val_type(v)->nb_index)) {
        int64_t b;
        if (num_as_ssize(v, &OverflowError_type, &b) < 0) return -1;
        if (b < 0 || b > 255) {
            err_str(&ValueError_type, "byte must be in range(0, 256)");
            return -1;
        }
        *one = (uint8_t)b;
        *p = one;
        *n = 1;
        return 0;
    }
    if (IS_BYTES(v) || IS_BYTEARRAY(v)) return bytes_view(v, p, n);
    err_format(&TypeError_type, "argument should be integer or bytes-like object, not '%s'", val_type(v)->name);
    return -1;
}

static Value find_impl(Value self, Value *args, size_t nargs, Tuple *kw, const char *name, int mode) {
    if (str_args_check(name, nargs, kw, 1, 3) < 0) return VNULL;
    const uint8_t *q, *p;
    int64_t m, n;
    uint8_t one;
    if (sub_arg(args[0], &q, &m, &one) < 0) return VNULL;
    int64_t start = 0, end = INT64_MAX;
    if (nargs > 1 && idx_arg(args[1], &start) < 0) return VNULL;
    if (nargs > 2 && idx_arg(args[2], &end) < 0) return VNULL;
    bytes_view(self, &p, &n);
    adjust_indices(&start, &end, n);
    if (mode == 4) {
        if (start > n) return MK_INT(0);
        return MK_INT(bytes_count_raw(p, n, q, m, start, end, INT64_MAX));
    }
    int64_t r = -1;
    if (start <= n && end - start >= m)
        r = (mode & 1) ? bytes_rfind_raw(p, n, q, m, start, end) : bytes_find_raw(p, n, q, m, start, end);
    if (r < 0 && (mode & 2)) return err_str(&ValueError_type, "subsection not found");
    return MK_INT(r);
}
static Value m_find(Value self, Value *a, size_t n, Tuple *k) { return find_impl(self, a, n, k, "find", 0); }
static Value m_rfind(Value self, Value *a, size_t n, Tuple *k) { return find_impl(self, a, n, k, "rfind", 1); }
static Value m_index(Value self, Value *a, size_t n, Tuple *k) { return find_impl(self, a, n, k, "index", 2); }
static Value m_rindex(Value self, Value *a, size_t n, Tuple *k) { return find_impl(self, a, n, k, "rindex", 3); }
static Value m_count(Value self, Value *a, size_t n, Tuple *k) { return find_impl(self, a, n, k, "count", 4); }

static bool bmatch(const uint8_t *p, int64_t n, const uint8_t *q, int64_t m, int64_t start, int64_t end, bool suffix) {
    adjust_indices(&start, &end, n);
    if (start > n || end - start < m) return false;
    if (m == 0) return true;
    return memcmp(p + (suffix ? end - m : start), q, (size_t)m) == 0;
}

static Value startsend(Value self, Value *args, size_t nargs, Tuple *kw, const char *name, bool suffix) {
    if (str_args_check(name, nargs, kw, 1, 3) < 0) return VNULL;
    int64_t start = 0, end = INT64_MAX;
    if (nargs > 1 && idx_arg(args[1], &start) < 0) return VNULL;
    if (nargs > 2 && idx_arg(args[2], &end) < 0) return VNULL;
    const uint8_t *p, *q;
    int64_t n, m;
    Value x = args[0];
    if (IS_TUPLE(x)) {
        Tuple *t = AS(Tuple, x);
        for (int64_t i = 0; i < tuple_len(t); i++) {
            Value e = tuple_get(t, i);
            if (!(IS_BYTES(e) || IS_BYTEARRAY(e)))
                return err_format(&TypeError_type, "a bytes-like object is required, not '%s'", val_type(e)->name);
            bytes_view(e, &q, &m);
            bytes_view(self, &p, &n);
            if (bmatch(p, n, q, m, start, end, suffix)) return TRUE_V;
        }
        return FALSE_V;
    }
    if (!(IS_BYTES(x) || IS_BYTEARRAY(x)))
        return err_format(&TypeError_type, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                          val_type(x)->name);
    bytes_view(x, &q, &m);
    bytes_view(self, &p, &n);
    return BOOL_V(bmatch(p, n, q, m, start, end, suffix));
}
static Value m_startswith(Value self, Value *a, size_t n, Tuple *k) { return startsend(self, a, n, k, "startswith", false); }
static Value m_endswith(Value self, Value *a, size_t n, Tuple *k) { return startsend(self, a, n, k, "endswith", true); }

/* ---------------------------------------------------------------------
 * split / join / partition
 */
static int push(List *l, Value self, const uint8_t *p, int64_t a, int64_t b) {
    Value v = mk(self, p + a, b - a);
    if (!v) return -1;
    return list_append(l, v);
}

static Value split_impl(Value self, Value *args, size_t nargs, Tuple *kw, bool rev) {
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    if (str_kwbind(rev ? "rsplit" : "split", args, nargs, kw, names, 2, a) < 0) return VNULL;
    const uint8_t *sep = NULL, *p;
    int64_t seplen = 0, n, maxsplit = -1;
    if (a[0] && a[0] != NONE) {
        if (bytes_view(a[0], &sep, &seplen) < 0) return VNULL;
        if (seplen == 0) return err_str(&ValueError_type, "empty separator");
    }
    if (a[1] && int_arg(a[1], &maxsplit) < 0) return VNULL;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    /* copy the separator: a bytearray separator could change under us */
    uint8_t sepbuf[64], *sepcopy = sepbuf;
    if (sep) {
        if (seplen > 64 && !(sepcopy = malloc((size_t)seplen))) return err_no_memory();
        memcpy(sepcopy, sep, (size_t)seplen);
        sep = sepcopy;
    }
    List *l = list_new(0);
    if (!l) goto fail;
    bytes_view(self, &p, &n);
    if (!sep) {
        if (!rev) {
            int64_t i = 0;
            while (i < n) {
                while (i < n && b_isspace(p[i])) i++;
                if (i == n) break;
                if (maxsplit-- == 0) {
                    if (push(l, self, p, i, n) < 0) goto fail;
                    break;
                }
                int64_t j = i;
                while (j < n && !b_isspace(p[j])) j++;
                if (push(l, self, p, i, j) < 0) goto fail;
                i = j;
            }
        } else {
            int64_t i = n;
            while (i > 0) {
                while (i > 0 && b_isspace(p[i - 1])) i--;
                if (i == 0) break;
                if (maxsplit-- == 0) {
                    if (push(l, self, p, 0, i) < 0) goto fail;
                    break;
                }
                int64_t j = i;
                while (j > 0 && !b_isspace(p[j - 1])) j--;
                if (push(l, self, p, j, i) < 0) goto fail;
                i = j;
            }
            if (list_reverse(l) < 0) goto fail;
        }
    } else if (!rev) {
        int64_t i = 0;
        while (maxsplit-- > 0) {
            int64_t f = bytes_find_raw(p, n, sep, seplen, i, n);
            if (f < 0) break;
            if (push(l, self, p, i, f) < 0) goto fail;
            i = f + seplen;
        }
        if (push(l, self, p, i, n) < 0) goto fail;
    } else {
        int64_t j = n;
        while (maxsplit-- > 0) {
            int64_t f = bytes_rfind_raw(p, n, sep, seplen, 0, j);
            if (f < 0) break;
            if (push(l, self, p, f + seplen, j) < 0) goto fail;
            j = f;
        }
        if (push(l, self, p, 0, j) < 0) goto fail;
        if (list_reverse(l) < 0) goto fail;
    }
    if (sepcopy != sepbuf) free(sepcopy);
    return OBJ_VAL(l);
fail:
    if (sepcopy != sepbuf) free(sepcopy);
    return VNULL;
}
static Value m_split(Value self, Value *a, size_t n, Tuple *k) { return split_impl(self, a, n, k, false); }
static Value m_rsplit(Value self, Value *a, size_t n, Tuple *k) { return split_impl(self, a, n, k, true); }

static Value m_splitlines(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (str_kwbind("splitlines", args, nargs, kw, names, 1, a) < 0) return VNULL;
    int keep = 0;
    if (a[0]) {
        int64_t k;
        if (int_arg(a[0], &k) < 0) return VNULL;
        keep = k != 0;
    }
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    List *l = list_new(0);
    if (!l) return VNULL;
    int64_t i = 0;
    while (i < n) {
        int64_t j = i;
        while (j < n && p[j] != '\n' && p[j] != '\r') j++;
        int64_t eol = j;
        if (j < n) {
            if (p[j] == '\r' && j + 1 < n && p[j + 1] == '\n') j += 2;
            else j++;
            if (keep) eol = j;
        }
        if (push(l, self, p, i, eol) < 0) return VNULL;
        i = j;
    }
    return OBJ_VAL(l);
}

static Value m_join(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (onearg(self, "join", nargs, kw) < 0) return VNULL;
    Tuple *t = seq_snapshot(args[0], "can only join an iterable");
    if (!t) return VNULL;
    int64_t cnt = tuple_len(t), total = 0;
    const uint8_t *sp, *q;
    int64_t sn, m;
    bytes_view(self, &sp, &sn);
    for (int64_t i = 0; i < cnt; i++) {
        Value v = tuple_get(t, i);
        if (!(IS_BYTES(v) || IS_BYTEARRAY(v)))
            return err_format(&TypeError_type, "sequence item %lld: expected a bytes-like object, %s found",
                              (long long)i, val_type(v)->name);
        bytes_view(v, &q, &m);
        total += m;
    }
    if (cnt > 1) total += sn * (cnt - 1);
    uint8_t *buf = malloc((size_t)total + 1);
    if (!buf) return err_no_memory();
    int64_t pos = 0;
    for (int64_t i = 0; i < cnt; i++) {
        if (i) {
            bytes_view(self, &sp, &sn);
            if (pos + sn > total) break;
            memcpy(buf + pos, sp, (size_t)sn);
            pos += sn;
        }
        bytes_view(tuple_get(t, i), &q, &m);
        if (pos + m > total) break; /* a bytearray grew meanwhile */
        memcpy(buf + pos, q, (size_t)m);
        pos += m;
    }
    Value r = mk(self, buf, pos);
    free(buf);
    return r;
}

static Value partition_impl(Value self, Value *args, size_t nargs, Tuple *kw, bool rev) {
    if (onearg(self, rev ? "rpartition" : "partition", nargs, kw) < 0) return VNULL;
    const uint8_t *p, *q;
    int64_t n, m;
    if (bytes_view(args[0], &q, &m) < 0) return VNULL;
    if (m == 0) return err_str(&ValueError_type, "empty separator");
    Value sepv = mk(self, q, m);
    if (!sepv) return VNULL;
    bytes_view(sepv, &q, &m);
    bytes_view(self, &p, &n);
    int64_t f = rev ? bytes_rfind_raw(p, n, q, m, 0, n) : bytes_find_raw(p, n, q, m, 0, n);
    Value a, b, c;
    if (f < 0) {
        Value whole = same(self), e1 = mk(self, NULL, 0), e2 = mk(self, NULL, 0);
        if (!whole || !e1 || !e2) return VNULL;
        if (rev) { a = e1; b = e2; c = whole; }
        else { a = whole; b = e1; c = e2; }
    } else {
        a = mk(self, p, f);
        b = sepv;
        c = mk(self, p + f + m, n - f - m);
        if (!a || !c) return VNULL;
    }
    Tuple *t = tuple_pack(3, a, b, c);
    return t ? OBJ_VAL(t) : VNULL;
}
static Value m_partition(Value self, Value *a, size_t n, Tuple *k) { return partition_impl(self, a, n, k, false); }
static Value m_rpartition(Value self, Value *a, size_t n, Tuple *k) { return partition_impl(self, a, n, k, true); }

/* ---------------------------------------------------------------------
 * strip / replace / padding
 */
static Value strip_impl(Value self, Value *args, size_t nargs, Tuple *kw, const char *name, int which) {
    if (expargs(self, name, nargs, kw, 0, 1) < 0) return VNULL;
    const uint8_t *chars = NULL, *p;
    int64_t nc = 0, n;
    bool set[256] = {false};
    if (nargs && args[0] != NONE) {
        if (bytes_view(args[0], &chars, &nc) < 0) return VNULL;
        for (int64_t i = 0; i < nc; i++) set[chars[i]] = true;
    } else {
        set[' '] = set['\t'] = set['\n'] = set['\r'] = set[0x0b] = set[0x0c] = true;
    }
    bytes_view(self, &p, &n);
    int64_t i = 0, j = n;
    if (which & 1)
        while (i < j && set[p[i]]) i++;
    if (which & 2)
        while (j > i && set[p[j - 1]]) j--;
    if (i == 0 && j == n) return same(self);
    return mk(self, p + i, j - i);
}
static Value m_strip(Value self, Value *a, size_t n, Tuple *k) { return strip_impl(self, a, n, k, "strip", 3); }
static Value m_lstrip(Value self, Value *a, size_t n, Tuple *k) { return strip_impl(self, a, n, k, "lstrip", 1); }
static Value m_rstrip(Value self, Value *a, size_t n, Tuple *k) { return strip_impl(self, a, n, k, "rstrip", 2); }

/* Growable malloc()ed byte buffer. */
typedef struct {
    uint8_t *p;
    size_t n, cap;
} BBuf;
static int bb_put(BBuf *b, const uint8_t *d, size_t n) {
    if (b->n + n > b->cap) {
        size_t c = b->cap ? b->cap * 2 : 64;
        while (c < b->n + n) c *= 2;
        uint8_t *q = realloc(b->p, c);
        if (!q) {
            err_no_memory();
            return -1;
        }
        b->p = q;
        b->cap = c;
    }
    if (n) memcpy(b->p + b->n, d, n);
    b->n += n;
    return 0;
}

static Value m_replace(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (expargs(self, "replace", nargs, kw, 2, 3) < 0) return VNULL;
    const uint8_t *o, *w, *p;
    int64_t on, wn, n, count = -1;
    if (bytes_view(args[0], &o, &on) < 0 || bytes_view(args[1], &w, &wn) < 0) return VNULL;
    if (nargs > 2 && int_arg(args[2], &count) < 0) return VNULL;
    if (count < 0) count = INT64_MAX;
    bytes_view(self, &p, &n);
    BBuf b = {0};
    int64_t i = 0, done = 0;
    if (on == 0) {
        for (; i <= n; i++) {
            if (done < count) {
                if (bb_put(&b, w, (size_t)wn) < 0) goto fail;
                done++;
            }
            if (i < n && bb_put(&b, p + i, 1) < 0) goto fail;
        }
    } else {
        while (done < count) {
            int64_t f = bytes_find_raw(p, n, o, on, i, n);
            if (f < 0) break;
            if (bb_put(&b, p + i, (size_t)(f - i)) < 0 || bb_put(&b, w, (size_t)wn) < 0) goto fail;
            i = f + on;
            done++;
        }
        if (done == 0) {
            free(b.p);
            return same(self);
        }
        if (bb_put(&b, p + i, (size_t)(n - i)) < 0) goto fail;
    }
    Value r = mk(self, b.p, (int64_t)b.n);
    free(b.p);
    return r;
fail:
    free(b.p);
    return VNULL;
}

static Value pad(Value self, int64_t width, int how, uint8_t fill) {
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    if (width <= n) return same(self);
    int64_t extra = width - n, left = how == 0 ? 0 : how == 2 ? extra : extra / 2 + (extra & width & 1);
    uint8_t *t = malloc((size_t)width);
    if (!t) return err_no_memory();
    memset(t, fill, (size_t)width);
    memcpy(t + left, p, (size_t)n);
    Value r = mk(self, t, width);
    free(t);
    return r;
}

static Value just_impl(Value self, Value *args, size_t nargs, Tuple *kw, const char *name, int how) {
    if (expargs(self, name, nargs, kw, 1, 2) < 0) return VNULL;
    int64_t width;
    if (int_arg(args[0], &width) < 0) return VNULL;
    uint8_t fill = ' ';
    if (nargs > 1) {
        const uint8_t *f;
        int64_t fn;
        if (!(IS_BYTES(args[1]) || IS_BYTEARRAY(args[1])) || (bytes_view(args[1], &f, &fn), fn != 1))
            return err_format(&TypeError_type, "%s() argument 2 must be a byte string of length 1, not %s", name,
                              val_type(args[1])->name);
        fill = f[0];
    }
    return pad(self, width, how, fill);
}
static Value m_ljust(Value self, Value *a, size_t n, Tuple *k) { return just_impl(self, a, n, k, "ljust", 0); }
static Value m_center(Value self, Value *a, size_t n, Tuple *k) { return just_impl(self, a, n, k, "center", 1); }
static Value m_rjust(Value self, Value *a, size_t n, Tuple *k) { return just_impl(self, a, n, k, "rjust", 2); }

static Value m_zfill(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (onearg(self, "zfill", nargs, kw) < 0) return VNULL;
    int64_t width;
    if (int_arg(args[0], &width) < 0) return VNULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    if (width <= n) return same(self);
    uint8_t *t = malloc((size_t)width);
    if (!t) return err_no_memory();
    int64_t fillc = width - n;
    memset(t, '0', (size_t)fillc);
    memcpy(t + fillc, p, (size_t)n);
    if (n && (p[0] == '+' || p[0] == '-')) {
        t[0] = p[0];
        t[fillc] = '0';
    }
    Value r = mk(self, t, width);
    free(t);
    return r;
}

static Value m_expandtabs(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (str_kwbind("expandtabs", args, nargs, kw, names, 1, a) < 0) return VNULL;
    int64_t tab = 8;
    if (a[0] && int_arg(a[0], &tab) < 0) return VNULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    BBuf b = {0};
    int64_t col = 0;
    static const uint8_t spaces[8] = "        ";
    for (int64_t i = 0; i < n; i++) {
        if (p[i] == '\t') {
            int64_t k = tab > 0 ? tab - col % tab : 0;
            col += k;
            while (k > 0) {
                int64_t c = k > 8 ? 8 : k;
                if (bb_put(&b, spaces, (size_t)c) < 0) goto fail;
                k -= c;
            }
        } else {
            if (bb_put(&b, p + i, 1) < 0) goto fail;
            col = (p[i] == '\n' || p[i] == '\r') ? 0 : col + 1;
        }
    }
    Value r = mk(self, b.p, (int64_t)b.n);
    free(b.p);
    return r;
fail:
    free(b.p);
    return VNULL;
}

static Value m_removeprefix(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (onearg(self, "removeprefix", nargs, kw) < 0) return VNULL;
    const uint8_t *p, *q;
    int64_t n, m;
    if (bytes_view(args[0], &q, &m) < 0) return VNULL;
    bytes_view(self, &p, &n);
    if (m && m <= n && memcmp(p, q, (size_t)m) == 0) return mk(self, p + m, n - m);
    return same(self);
}
static Value m_removesuffix(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (onearg(self, "removesuffix", nargs, kw) < 0) return VNULL;
    const uint8_t *p, *q;
    int64_t n, m;
    if (bytes_view(args[0], &q, &m) < 0) return VNULL;
    bytes_view(self, &p, &n);
    if (m && m <= n && memcmp(p + n - m, q, (size_t)m) == 0) return mk(self, p, n - m);
    return same(self);
}

/* ---------------------------------------------------------------------
 * decode / hex / fromhex / translate / maketrans
 */
static Value m_decode(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (str_kwbind("decode", args, nargs, kw, names, 2, a) < 0) return VNULL;
    const char *enc = "utf-8", *errs = "strict";
    if (a[0]) {
        if (!IS_STR(a[0]))
            return err_format(&TypeError_type, "decode() argument 'encoding' must be str, not %s", val_type(a[0])->name);
        enc = STR_CSTR(AS(Str, a[0]));
    }
    if (a[1]) {
        if (!IS_STR(a[1]))
            return err_format(&TypeError_type, "decode() argument 'errors' must be str, not %s", val_type(a[1])->name);
        errs = STR_CSTR(AS(Str, a[1]));
    }
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    return str_decode(p, n, enc, errs);
}

static Value m_hex(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    Value a[2];
    if (str_kwbind("hex", args, nargs, kw, names, 2, a) < 0) return VNULL;
    uint32_t sep = 0;
    int64_t per = 1;
    if (a[0]) {
        if (IS_STR(a[0])) {
            if (AS(Str, a[0])->len != 1) return err_str(&ValueError_type, "sep must be length 1.");
            sep = str_char_at(AS(Str, a[0]), 0);
        } else if (IS_BYTES(a[0]) || IS_BYTEARRAY(a[0])) {
            const uint8_t *q;
            int64_t m;
            bytes_view(a[0], &q, &m);
            if (m != 1) return err_str(&ValueError_type, "sep must be length 1.");
            sep = q[0];
        } else {
            int64_t l = obj_len(a[0]);
            if (l < 0) return VNULL;
            return err_str(&TypeError_type, "sep must be str or bytes.");
        }
        if (sep > 127) return err_str(&ValueError_type, "sep must be ASCII.");
    }
    if (a[1] && int_arg(a[1], &per) < 0) return VNULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    static const char hex[] = "0123456789abcdef";
    StrBuilder b;
    sb_init(&b);
    int64_t group = per < 0 ? -per : per;
    for (int64_t i = 0; i < n; i++) {
        if (sep && group && i > 0) {
            /* positive: groups counted from the right; negative: from the left */
            bool boundary = per > 0 ? ((n - i) % group == 0) : (i % group == 0);
            if (boundary && sb_append_char(&b, sep) < 0) goto fail;
        }
        if (sb_append_char(&b, (uint32_t)hex[p[i] >> 4]) < 0 || sb_append_char(&b, (uint32_t)hex[p[i] & 15]) < 0)
            goto fail;
    }
    {
        Str *r = sb_finish(&b);
        return r ? OBJ_VAL(r) : VNULL;
    }
fail:
    sb_free(&b);
    return VNULL;
}

static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

static Value m_fromhex(Value cls, Value *args, size_t nargs, Tuple *kw) {
    bool ba = IS_TYPE(cls) && type_is_subtype(AS(Type, cls), &bytearray_type);
    const char *tn = ba ? "bytearray" : "bytes";
    if (kw && tuple_len(kw)) return err_format(&TypeError_type, "%s.fromhex() takes no keyword arguments", tn);
    if (nargs != 1) return err_format(&TypeError_type, "%s.fromhex() takes exactly one argument (%zu given)", tn, nargs);
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "fromhex() argument must be str, not %s", val_type(args[0])->name);
    Str *s = AS(Str, args[0]);
    uint8_t *buf = malloc((size_t)s->len / 2 + 1);
    if (!buf) return err_no_memory();
    int64_t n = 0, i = 0;
    while (i < s->len) {
        uint32_t c = str_char_at(s, i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
            i++;
            continue;
        }
        int hi = hexval(c);
        int lo = i + 1 < s->len ? hexval(str_char_at(s, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            free(buf);
            return err_format(&ValueError_type, "non-hexadecimal number found in fromhex() arg at position %lld",
                              (long long)(hi < 0 ? i : i + 1));
        }
        buf[n++] = (uint8_t)(hi * 16 + lo);
        i += 2;
    }
    Value r;
    if (ba) {
        ByteArray *a = bytearray_new(buf, (size_t)n);
        r = a ? OBJ_VAL(a) : VNULL;
    } else {
        Bytes *b = bytes_new(buf, (size_t)n);
        r = b ? OBJ_VAL(b) : VNULL;
    }
    free(buf);
    if (r && IS_TYPE(cls) && AS(Type, cls) != &bytes_type && AS(Type, cls) != &bytearray_type) r = obj_call1(cls, r);
    return r;
}

static Value m_translate(Value self, Value *args, size_t nargs, Tuple *kw) {
    Value table = VNULL, del = VNULL;
    if (nargs < 1) return err_format(&TypeError_type, "translate() takes at least 1 positional argument (%zu given)", nargs);
    if (nargs > 2) return err_format(&TypeError_type, "translate() takes at most 2 arguments (%zu given)", nargs);
    table = args[0];
    if (nargs > 1) del = args[1];
    if (kw)
        for (int64_t k = 0; k < tuple_len(kw); k++) {
            if (str_eq_cstr(AS(Str, tuple_get(kw, k)), "delete") && !del) del = args[nargs + k];
            else
                return err_format(&TypeError_type, "'%U' is an invalid keyword argument for translate()",
                                  AS(Str, tuple_get(kw, k)));
        }
    uint8_t map[256];
    for (int i = 0; i < 256; i++) map[i] = (uint8_t)i;
    if (table != NONE) {
        const uint8_t *t;
        int64_t tn;
        if (bytes_view(table, &t, &tn) < 0) return VNULL;
        if (tn != 256) return err_str(&ValueError_type, "translation table must be 256 characters long");
        memcpy(map, t, 256);
    }
    bool delset[256] = {false};
    if (del) {
        const uint8_t *d;
        int64_t dn;
        if (bytes_view(del, &d, &dn) < 0) return VNULL;
        for (int64_t i = 0; i < dn; i++) delset[d[i]] = true;
    }
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    uint8_t *out = malloc((size_t)n + 1);
    if (!out) return err_no_memory();
    int64_t m = 0;
    for (int64_t i = 0; i < n; i++)
        if (!delset[p[i]]) out[m++] = map[p[i]];
    Value r = mk(self, out, m);
    free(out);
    return r;
}

static Value m_maketrans(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (kw && tuple_len(kw)) return err_str(&TypeError_type, "bytes.maketrans() takes no keyword arguments");
    if (nargs != 2) return err_format(&TypeError_type, "maketrans expected 2 arguments, got %zu", nargs);
    const uint8_t *f, *t;
    int64_t fn, tn;
    if (bytes_view(args[0], &f, &fn) < 0 || bytes_view(args[1], &t, &tn) < 0) return VNULL;
    if (fn != tn) return err_str(&ValueError_type, "maketrans arguments must have same length");
    Bytes *b = bytes_alloc(256);
    if (!b) return VNULL;
    for (int i = 0; i < 256; i++) b->data[i] = (uint8_t)i;
    for (int64_t i = 0; i < fn; i++) b->data[f[i]] = t[i];
    return OBJ_VAL(b);
}

static Value m_getnewargs(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs(self, "__getnewargs__", nargs, kw) < 0) return VNULL;
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    Bytes *b = bytes_new(p, (size_t)n);
    if (!b) return VNULL;
    Tuple *t = tuple_pack(1, OBJ_VAL(b));
    return t ? OBJ_VAL(t) : VNULL;
}

static Value m_bytes(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (noargs(self, "__bytes__", nargs, kw) < 0) return VNULL;
    if (IS_EXACT(self, bytes_type)) return self;
    const uint8_t *p;
    int64_t n;
    bytes_view(self, &p, &n);
    Bytes *b = bytes_new(p, (size_t)n);
    return b ? OBJ_VAL(b) : VNULL;
}

#define SHARED_METHODS                                              \
    {"lower", m_lower, 0, NULL}, {"upper", m_upper, 0, NULL},       \
    {"swapcase", m_swapcase, 0, NULL},                              \
    {"capitalize", m_capitalize, 0, NULL},                          \
    {"title", m_title, 0, NULL}, {"isalpha", m_isalpha, 0, NULL},   \
    {"isalnum", m_isalnum, 0, NULL}, {"isdigit", m_isdigit, 0, NULL}, \
    {"isspace", m_isspace, 0, NULL}, {"isascii", m_isascii, 0, NULL}, \
    {"islower", m_islower, 0, NULL}, {"isupper", m_isupper, 0, NULL}, \
    {"istitle", m_istitle, 0, NULL}, {"find", m_find, 0, NULL},     \
    {"rfind", m_rfind, 0, NULL}, {"index", m_index, 0, NULL},       \
    {"rindex", m_rindex, 0, NULL}, {"count", m_count, 0, NULL},     \
    {"startswith", m_startswith, 0, NULL},                          \
    {"endswith", m_endswith, 0, NULL}, {"split", m_split, 0, NULL}, \
    {"rsplit", m_rsplit, 0, NULL},                                  \
    {"splitlines", m_splitlines, 0, NULL},                          \
    {"join", m_join, 0, NULL}, {"partition", m_partition, 0, NULL}, \
    {"rpartition", m_rpartition, 0, NULL},                          \
    {"strip", m_strip, 0, NULL}, {"lstrip", m_lstrip, 0, NULL},     \
    {"rstrip", m_rstrip, 0, NULL}, {"replace", m_replace, 0, NULL}, \
    {"ljust", m_ljust, 0, NULL}, {"rjust", m_rjust, 0, NULL},       \
    {"center", m_center, 0, NULL}, {"zfill", m_zfill, 0, NULL},     \
    {"expandtabs", m_expandtabs, 0, NULL},                          \
    {"removeprefix", m_removeprefix, 0, NULL},                      \
    {"removesuffix", m_removesuffix, 0, NULL},                      \
    {"decode", m_decode, 0, NULL}, {"hex", m_hex, 0, NULL},         \
    {"fromhex", m_fromhex, METH_CLASS, NULL},                       \
    {"translate", m_translate, 0, NULL},                            \
    {"maketrans", m_maketrans, METH_STATIC, NULL}

const MethodDef bytes_methods[] = {
    SHARED_METHODS,
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__bytes__", m_bytes, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* bytearray: the shared methods plus its mutators (bytearray.c). */
Value bytearray_m_append(Value self, Value *args, size_t nargs, Tuple *kw);
Value bytearray_m_extend(Value self, Value *args, size_t nargs, Tuple *kw);
Value bytearray_m_insert(Value self, Value *args, size_t nargs, Tuple *kw);
Value bytearray_m_pop(Value self, Value *args, size_t nargs, Tuple *kw);
Value bytearray_m_remove(Value self, Value *args, size_t nargs, Tuple *kw);
Value bytearray_m_reverse(Value self, Value *args, size_t nargs, Tuple *kw);
Value bytearray_m_clear(Value self, Value *args, size_t nargs, Tuple *kw);
Value bytearray_m_copy(Value self, Value *args, size_t nargs, Tuple *kw);
Value bytearray_m_alloc(Value self, Value *args, size_t nargs, Tuple *kw);

const MethodDef bytearray_methods[] = {
    SHARED_METHODS,
    {"append", bytearray_m_append, 0, NULL},
    {"extend", bytearray_m_extend, 0, NULL},
    {"insert", bytearray_m_insert, 0, NULL},
    {"pop", bytearray_m_pop, 0, NULL},
    {"remove", bytearray_m_remove, 0, NULL},
    {"reverse", bytearray_m_reverse, 0, NULL},
    {"clear", bytearray_m_clear, 0, NULL},
    {"copy", bytearray_m_copy, 0, NULL},
    {"__alloc__", bytearray_m_alloc, 0, NULL},
    {NULL, NULL, 0, NULL},
};
