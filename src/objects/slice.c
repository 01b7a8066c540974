/* slice.c - slice objects and the index arithmetic sequence types share.
 *
 * Thread-safety: slices are immutable once built.
 */
#include "../runtime.h"

Value slice_new(Value start, Value stop, Value step) {
    Slice *s = gc_alloc(&slice_type, sizeof(Slice));
    if (!s) return VNULL;
    SET_FIELD(s, s->start, start ? start : NONE);
    SET_FIELD(s, s->stop, stop ? stop : NONE);
    SET_FIELD(s, s->step, step ? step : NONE);
    return OBJ_VAL(s);
}

/* An index from a slice field: None keeps *out; overflow clamps. */
static int slice_index(Value v, int64_t *out) {
    if (v == NONE) return 0;
    if (IS_INT(v)) {
        *out = INT_VAL(v);
        return 0;
    }
    if (!val_type(v)->nb_index && !IS_INTLIKE(v)) {
        err_str(&TypeError_type, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return num_as_ssize(v, NULL, out) < 0 ? -1 : 0;
}

static int slice_unpack(Slice *s, int64_t *start, int64_t *stop, int64_t *step) {
    *step = 1;
    if (s->step != NONE) {
        if (slice_index(s->step, step) < 0) return -1;
        if (*step == 0) {
            err_str(&ValueError_type, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    *start = *step < 0 ? INT64_MAX : 0;
    if (slice_index(s->start, start) < 0) return -1;
    *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    if (slice_index(s->stop, stop) < 0) return -1;
    return 0;
}

static int64_t adjust_indices(int64_t length, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (int64_t)((uint64_t)(*start - *stop - 1) / (uint64_t)(-step)) + 1;
    } else if (*start < *stop) {
        return (int64_t)((uint64_t)(*stop - *start - 1) / (uint64_t)step) + 1;
    }
    return 0;
}

int slice_indices(Slice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                  int64_t *slicelen) {
    if (slice_unpack(s, start, stop, step) < 0) return -1;
    *slicelen = adjust_indices(len, start, stop, *step);
    return 0;
}

static void slice_trace(Obj *o, Tracer *tr) {
    Slice *s = (Slice *)o;
    gc_mark(tr, s->start);
    gc_mark(tr, s->stop);
    gc_mark(tr, s->step);
}

static Value slice_new_slot(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len) return err_str(&TypeError_type, "slice() takes no keyword arguments");
    if (nargs == 0) return err_str(&TypeError_type, "slice expected at least 1 argument, got 0");
    if (nargs > 3) return err_format(&TypeError_type, "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return slice_new(NONE, args[0], NONE);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : NONE);
}

static Str *slice_repr(Value self) {
    Slice *s = AS(Slice, self);
    return str_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static int64_t slice_hash(Value self) {
    err_str(&TypeError_type, "unhashable type: 'slice'");
    return -1;
}

static Value slice_richcompare(Value a, Value b, int op) {
    if (!IS_EXACT(b, slice_type)) return NOT_IMPLEMENTED;
    Slice *x = AS(Slice, a), *y = AS(Slice, b);
    if (a == b && (op == CMP_EQ || op == CMP_NE)) return BOOL_V(op == CMP_EQ);
    Value ta[3] = {x->start, x->stop, x->step}, tb[3] = {y->start, y->stop, y->step};
    return seq_richcompare(ta, 3, tb, 3, op);
}

static Value g_start(Value self) { return AS(Slice, self)->start; }
static Value g_stop(Value self) { return AS(Slice, self)->stop; }
static Value g_step(Value self) { return AS(Slice, self)->step; }

static const GetSetDef slice_getsets[] = {
    {"start", g_start, NULL},
    {"stop", g_stop, NULL},
    {"step", g_step, NULL},
    {NULL, NULL, NULL},
};

static Value m_indices(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("indices", nargs, 1, 1) < 0) return VNULL;
    Value lv = args[0];
    if (!IS_INT(lv) && !val_type(lv)->nb_index && !IS_INTLIKE(lv))
        return err_format(&TypeError_type, "'%s' object cannot be interpreted as an integer",
                          type_name(val_type(lv)));
    int64_t len;
    if (num_as_ssize(lv, &OverflowError_type, &len) < 0) return VNULL;
    if (len < 0) return err_str(&ValueError_type, "length should not be negative");
    int64_t start, stop, step, n;
    if (slice_indices(AS(Slice, self), len, &start, &stop, &step, &n) < 0) return VNULL;
    return OBJ_VAL(tuple_pack(3, int_from_i64(start), int_from_i64(stop), int_from_i64(step)));
}

static Value m_reduce(Value self, Value *args, size_t nargs, Tuple *kw) {
    Slice *s = AS(Slice, self);
    Tuple *a = tuple_pack(3, s->start, s->stop, s->step);
    if (!a) return VNULL;
    return OBJ_VAL(tuple_pack(2, OBJ_VAL(&slice_type), OBJ_VAL(a)));
}

static const MethodDef slice_methods[] = {
    {"indices", m_indices, METH_NOKW,
     "S.indices(len) -> (start, stop, stride)"},
    {"__reduce__", m_reduce, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type slice_type = {
    .hdr = {&type_type},
    .name = "slice",
    .basicsize = sizeof(Slice),
    .trace = slice_trace,
    .new_ = slice_new_slot,
    .repr = slice_repr,
    .hash = slice_hash,
    .richcompare = slice_richcompare,
    .methods = slice_methods,
    .getsets = slice_getsets,
    .doc = "slice(stop)\nslice(start, stop[, step])",
};
