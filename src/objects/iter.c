/* iter.c - the builtin iterator types: enumerate, zip, map, filter,
 * reversed, the sequence iterator (iter() over __getitem__) and the
 * callable iterator (iter(f, sentinel)).
 *
 * Thread-safety: iterator state is plain memory, as in CPython: threads
 * sharing one iterator get each underlying item at most once per call of
 * the wrapped iterator, but counters (enumerate, reversed index) may race
 * and repeat a number; nothing is read out of bounds.
 */
#include "../runtime.h"
#include "slots.h"

static Value iter_self(Value self) { return self; }

static void *alloc_iter(Type *t, Type *own, size_t size) {
    return t == own ? gc_alloc(t, size) : gc_alloc_instance(t, size);
}

static int no_kw(const char *name, Type *t, Type *own, Tuple *kwnames) {
    if (kwnames && kwnames->len && t == own) {
        err_format(&TypeError_type, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static inline Value next_of(Value it) {
    UnaryFn f = val_type(it)->iternext;
    return f ? f(it) : obj_iternext(it);
}

/* ---------------------------------------------------------- enumerate -- */

typedef struct Enumerate {
    Obj hdr;
    Value it;
    int64_t index;     /* used while big == VNULL */
    Value big;         /* the count once it no longer fits int64 */
} Enumerate;

static void enumerate_trace(Obj *o, Tracer *tr) {
    Enumerate *e = (Enumerate *)o;
    gc_mark(tr, e->it);
    gc_mark(tr, e->big);
}

static Value enumerate_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const names[] = {"iterable", "start"};
    Value out[2] = {VNULL, VNULL};
    if (args_bind("enumerate", args, nargs, kwnames, names, 1, 2, out) < 0) return VNULL;
    Value start = MK_INT(0);
    if (out[1]) {
        if (!IS_INT(out[1]) && !val_type(out[1])->nb_index && !IS_INTLIKE(out[1]))
            return err_format(&TypeError_type, "'%s' object cannot be interpreted as an integer",
                              type_name(val_type(out[1])));
        start = num_index(out[1]);
        if (!start) return VNULL;
    }
    Value it = obj_getiter(out[0]);
    if (!it) return VNULL;
    Enumerate *e = alloc_iter(t, &enumerate_type, sizeof(Enumerate));
    if (!e) return VNULL;
    SET_FIELD(e, e->it, it);
    if (IS_INT(start)) e->index = INT_VAL(start);
    else SET_FIELD(e, e->big, start);
    return OBJ_VAL(e);
}

static Value enumerate_next(Value self) {
    Enumerate *e = AS(Enumerate, self);
    Value v = next_of(e->it);
    if (!v) return VNULL;
    Value idx;
    if (!e->big) {
        int64_t i = RELAXED_LD(e->index);
        idx = MK_INT(i);
        if (i < SMALL_INT_MAX) {
            RELAXED_ST(e->index, i + 1);
        } else {
            Value nb = int_add(idx, MK_INT(1));
            if (!nb) return VNULL;
            SET_FIELD(e, e->big, nb);
        }
    } else {
        idx = e->big;
        Value nb = int_add(idx, MK_INT(1));
        if (!nb) return VNULL;
        SET_FIELD(e, e->big, nb);
    }
    return OBJ_VAL(tuple_pack(2, idx, v));
}

static Value class_getitem(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("__class_getitem__", nargs, 1, 1) < 0) return VNULL;
    return generic_alias_new(self, args[0]);
}

static const MethodDef enumerate_methods[] = {
    {"__class_getitem__", class_getitem, METH_NOKW | METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

Type enumerate_type = {
    .hdr = {&type_type},
    .name = "enumerate",
    .basicsize = sizeof(Enumerate),
    .flags = TF_BASETYPE,
    .trace = enumerate_trace,
    .new_ = enumerate_new,
    .iter = iter_self,
    .iternext = enumerate_next,
    .methods = enumerate_methods,
    .doc = "Return an enumerate object.",
};

/* ---------------------------------------------------------------- zip -- */

typedef struct Zip {
    Obj hdr;
    Tuple *its;
    bool strict;
    bool done;
} Zip;

static void zip_trace(Obj *o, Tracer *tr) { GC_MARK(tr, ((Zip *)o)->its); }

static Value zip_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    bool strict = false;
    if (kwnames) {
        for (int64_t i = 0; i < kwnames->len; i++) {
            Str *k = AS(Str, kwnames->items[i]);
            if (!str_eq_cstr(k, "strict"))
                return err_format(&TypeError_type, "zip() got an unexpected keyword argument '%U'", k);
            int r = obj_truthy(args[nargs + i]);
            if (r < 0) return VNULL;
            strict = r;
        }
    }
    Tuple *its = tuple_new((int64_t)nargs);
    if (!its) return VNULL;
    for (size_t i = 0; i < nargs; i++) {
        Value it = obj_getiter(args[i]);
        if (!it) return VNULL;
        SET_FIELD(its, its->items[i], it);
    }
    Zip *z = alloc_iter(t, &zip_type, sizeof(Zip));
    if (!z) return VNULL;
    SET_FIELD(z, z->its, its);
    z->strict = strict;
    return OBJ_VAL(z);
}

static Value zip_next(Value self) {
    Zip *z = AS(Zip, self);
    Tuple *its = z->its;
    int64_t n = its->len;
    if (n == 0 || z->done) return VNULL;
    Tuple *res = tuple_new(n);
    if (!res) return VNULL;
    int64_t i;
    for (i = 0; i < n; i++) {
        Value v = next_of(its->items[i]);
        if (!v) break;
        SET_FIELD(res, res->items[i], v);
    }
    if (i == n) return OBJ_VAL(res);
    if (err_occurred()) {
        if (!err_matches(&StopIteration_type)) return VNULL;
        err_clear();
    }
    if (!z->strict) return VNULL;
    z->done = true;
    if (i) {
        const char *plural = i == 1 ? " " : "s 1-";
        return err_format(&ValueError_type, "zip() argument %lld is shorter than argument%s%lld",
                          (long long)(i + 1), plural, (long long)i);
    }
    for (i = 1; i < n; i++) {
        Value v = next_of(its->items[i]);
        if (v) {
            const char *plural = i == 1 ? " " : "s 1-";
            return err_format(&ValueError_type, "zip() argument %lld is longer than argument%s%lld",
                              (long long)(i + 1), plural, (long long)i);
        }
        if (err_occurred()) {
            if (!err_matches(&StopIteration_type)) return VNULL;
            err_clear();
        }
    }
    return VNULL;
}

Type zip_type = {
    .hdr = {&type_type},
    .name = "zip",
    .basicsize = sizeof(Zip),
    .flags = TF_BASETYPE,
    .trace = zip_trace,
    .new_ = zip_new,
    .iter = iter_self,
    .iternext = zip_next,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
};

/* ---------------------------------------------------------------- map -- */

typedef struct Map {
    Obj hdr;
    Value func;
    Tuple *its;
} Map;

static void map_trace(Obj *o, Tracer *tr) {
    Map *m = (Map *)o;
    gc_mark(tr, m->func);
    GC_MARK(tr, m->its);
}

static Value map_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (no_kw("map", t, &map_type, kwnames) < 0) return VNULL;
    if (nargs < 2) return err_str(&TypeError_type, "map() must have at least two arguments.");
    Tuple *its = tuple_new((int64_t)nargs - 1);
    if (!its) return VNULL;
    for (size_t i = 1; i < nargs; i++) {
        Value it = obj_getiter(args[i]);
        if (!it) return VNULL;
        SET_FIELD(its, its->items[i - 1], it);
    }
    Map *m = alloc_iter(t, &map_type, sizeof(Map));
    if (!m) return VNULL;
    SET_FIELD(m, m->func, args[0]);
    SET_FIELD(m, m->its, its);
    return OBJ_VAL(m);
}

static Value map_next(Value self) {
    Map *m = AS(Map, self);
    int64_t n = m->its->len;
    if (n == 1) {
        Value v = next_of(m->its->items[0]);
        if (!v) return VNULL;
        return obj_call1(m->func, v);
    }
    Value buf[8];
    Value *argv = buf;
    Tuple *holder = NULL;
    if (n > 8) {
        holder = tuple_new(n);
        if (!holder) return VNULL;
        argv = holder->items;
    }
    for (int64_t i = 0; i < n; i++) {
        Value v = next_of(m->its->items[i]);
        if (!v) return VNULL;
        if (holder) SET_FIELD(holder, holder->items[i], v);
        else argv[i] = v;
    }
    return obj_call(m->func, argv, (size_t)n, NULL);
}

Type map_type = {
    .hdr = {&type_type},
    .name = "map",
    .basicsize = sizeof(Map),
    .flags = TF_BASETYPE,
    .trace = map_trace,
    .new_ = map_new,
    .iter = iter_self,
    .iternext = map_next,
    .doc = "map(func, *iterables) --> map object",
};

/* ------------------------------------------------------------- filter -- */

typedef struct Filter {
    Obj hdr;
    Value func;        /* NONE: truth of the item */
    Value it;
} Filter;

static void filter_trace(Obj *o, Tracer *tr) {
    Filter *f = (Filter *)o;
    gc_mark(tr, f->func);
    gc_mark(tr, f->it);
}

static Value filter_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (no_kw("filter", t, &filter_type, kwnames) < 0) return VNULL;
    if (nargs != 2) return err_format(&TypeError_type, "filter expected 2 arguments, got %zu", nargs);
    Value it = obj_getiter(args[1]);
    if (!it) return VNULL;
    Filter *f = alloc_iter(t, &filter_type, sizeof(Filter));
    if (!f) return VNULL;
    SET_FIELD(f, f->func, args[0]);
    SET_FIELD(f, f->it, it);
    return OBJ_VAL(f);
}

static Value filter_next(Value self) {
    Filter *f = AS(Filter, self);
    for (;;) {
        Value v = next_of(f->it);
        if (!v) return VNULL;
        int ok;
        if (f->func == NONE || f->func == OBJ_VAL(&bool_type)) {
            ok = obj_truthy(v);
        } else {
            Value r = obj_call1(f->func, v);
            if (!r) return VNULL;
            ok = obj_truthy(r);
        }
        if (ok < 0) return VNULL;
        if (ok) return v;
    }
}

Type filter_type = {
    .hdr = {&type_type},
    .name = "filter",
    .basicsize = sizeof(Filter),
    .flags = TF_BASETYPE,
    .trace = filter_trace,
    .new_ = filter_new,
    .iter = iter_self,
    .iternext = filter_next,
    .doc = "filter(function or None, iterable) --> filter object",
};

/* ----------------------------------------------------------- reversed -- */

typedef struct Reversed {
    Obj hdr;
    Value seq;         /* VNULL once exhausted */
    int64_t index;
} Reversed;

static void reversed_trace(Obj *o, Tracer *tr) { gc_mark(tr, ((Reversed *)o)->seq); }

static Value reversed_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (no_kw("reversed", t, &reversed_type, kwnames) < 0) return VNULL;
    if (nargs != 1) return err_format(&TypeError_type, "reversed expected 1 argument, got %zu", nargs);
    Value seq = args[0];
    Type *st = val_type(seq);
    Value meth = type_lookup(st, ID(__reversed__));
    if (meth == NONE)
        return err_format(&TypeError_type, "'%s' object is not reversible", type_name(st));
    if (meth) {
        bool found = false;
        Value r = obj_call_special(seq, ID(__reversed__), NULL, 0, &found);
        if (r || found) return r;
    }
    if (!st->getitem || IS_DICT(seq) || !st->len)
        return err_format(&TypeError_type, "'%s' object is not reversible", type_name(st));
    int64_t n = obj_len(seq);
    if (n < 0) return VNULL;
    Reversed *r = alloc_iter(t, &reversed_type, sizeof(Reversed));
    if (!r) return VNULL;
    SET_FIELD(r, r->seq, seq);
    r->index = n - 1;
    return OBJ_VAL(r);
}

static Value reversed_next(Value self) {
    Reversed *r = AS(Reversed, self);
    Value seq = r->seq;
    int64_t i = RELAXED_LD(r->index);
    if (!seq || i < 0) {
        SET_FIELD(r, r->seq, VNULL);
        return VNULL;
    }
    RELAXED_ST(r->index, i - 1);
    Value v = obj_getitem(seq, MK_INT(i));
    if (v) return v;
    if (err_matches(&IndexError_type) || err_matches(&StopIteration_type)) err_clear();
    r->index = -1;
    SET_FIELD(r, r->seq, VNULL);
    return VNULL;
}

static Value reversed_hint(Value self, Value *args, size_t nargs, Tuple *kw) {
    Reversed *r = AS(Reversed, self);
    if (!r->seq) return MK_INT(0);
    int64_t n = obj_len(r->seq);
    if (n < 0) return VNULL;
    return MK_INT(n < r->index + 1 ? 0 : r->index + 1);
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_hint, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type reversed_type = {
    .hdr = {&type_type},
    .name = "reversed",
    .basicsize = sizeof(Reversed),
    .flags = TF_BASETYPE,
    .trace = reversed_trace,
    .new_ = reversed_new,
    .iter = iter_self,
    .iternext = reversed_next,
    .methods = reversed_methods,
    .doc = "Return a reverse iterator over the values of the given sequence.",
};

/* ------------------------------------------------- sequence iterator -- */

typedef struct SeqIter {
    Obj hdr;
    Value seq;         /* VNULL once exhausted */
    int64_t index;
} SeqIter;

static void seqiter_trace(Obj *o, Tracer *tr) { gc_mark(tr, ((SeqIter *)o)->seq); }

Value seqiter_new(Value seq) {
    SeqIter *it = gc_alloc(&seqiter_type, sizeof(SeqIter));
    if (!it) return VNULL;
    SET_FIELD(it, it->seq, seq);
    return OBJ_VAL(it);
}

static Value seqiter_next(Value self) {
    SeqIter *it = AS(SeqIter, self);
    Value seq = it->seq;
    if (!seq) return VNULL;
    int64_t i = RELAXED_LD(it->index);
    Value v = obj_getitem(seq, int_from_i64(i));
    if (v) {
        RELAXED_ST(it->index, i + 1);
        return v;
    }
    if (err_matches(&IndexError_type) || err_matches(&StopIteration_type)) {
        err_clear();
        SET_FIELD(it, it->seq, VNULL);
    }
    return VNULL;
}

static Value seqiter_hint(Value self, Value *args, size_t nargs, Tuple *kw) {
    SeqIter *it = AS(SeqIter, self);
    if (!it->seq) return MK_INT(0);
    if (!val_type(it->seq)->len) return NOT_IMPLEMENTED;
    int64_t n = obj_len(it->seq);
    if (n < 0) return VNULL;
    return MK_INT(n > it->index ? n - it->index : 0);
}

static const MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_hint, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

Type seqiter_type = {
    .hdr = {&type_type},
    .name = "iterator",
    .basicsize = sizeof(SeqIter),
    .trace = seqiter_trace,
    .iter = iter_self,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

/* ------------------------------------------------- callable iterator -- */

typedef struct CallIter {
    Obj hdr;
    Value func;        /* VNULL once exhausted */
    Value sentinel;
} CallIter;

static void calliter_trace(Obj *o, Tracer *tr) {
    CallIter *c = (CallIter *)o;
    gc_mark(tr, c->func);
    gc_mark(tr, c->sentinel);
}

Value calliter_new(Value callable, Value sentinel) {
    CallIter *it = gc_alloc(&calliter_type, sizeof(CallIter));
    if (!it) return VNULL;
    SET_FIELD(it, it->func, callable);
    SET_FIELD(it, it->sentinel, sentinel);
    return OBJ_VAL(it);
}

static Value calliter_next(Value self) {
    CallIter *it = AS(CallIter, self);
    Value f = it->func;
    if (!f) return VNULL;
    Value r = obj_call0(f);
    if (!r) {
        if (err_matches(&StopIteration_type)) {
            err_clear();
            SET_FIELD(it, it->func, VNULL);
        }
        return VNULL;
    }
    int eq = r == it->sentinel ? 1 : obj_eq(r, it->sentinel);
    if (eq < 0) return VNULL;
    if (eq) {
        SET_FIELD(it, it->func, VNULL);
        return VNULL;
    }
    return r;
}

Type calliter_type = {
    .hdr = {&type_type},
    .name = "callable_iterator",
    .basicsize = sizeof(CallIter),
    .trace = calliter_trace,
    .iter = iter_self,
    .iternext = calliter_next,
};
