/* gen.c - generator objects (generator functions and generator
 * expressions): send/throw/close, iteration, and `yield from` delegation.
 *
 * A Generator owns its frame: the Frame header and its slots live inside
 * the generator's allocation.  While running, the frame is linked into the
 * thread's frame chain (and traced from there); while suspended it is
 * traced through the generator.  The eval loop writes the frame's slots
 * without barriers, so every resume ends with gc_barrier_bulk(g).
 *
 * Thread-safety: `running` is claimed with an atomic exchange (acquire;
 * released with a release store), so two threads resuming one generator
 * get "generator already executing" instead of corrupting the frame.
 * Everything else (started, finished, the frame) is read or written only
 * by the thread holding the claim: throw() and close() claim it too (and
 * keep it while delegating to a `yield from` target, as CPython marks the
 * generator executing then).  gi_suspended and gi_yieldfrom take a short
 * "peek" claim instead (state 2, a few loads, no Python code, no
 * allocation): a resume that finds a peek in progress spins until it ends
 * rather than failing, so inspecting a generator never makes a concurrent
 * next() raise "already executing".
 */
#include <string.h>

#include "vm.h"

enum { RESUME_PUSH, RESUME_NOPUSH, RESUME_THROW };

static void generator_trace(Obj *o, Tracer *t) {
    Generator *g = (Generator *)o;
    GC_MARK(t, g->name);
    GC_MARK(t, g->qualname);
    gc_mark(t, g->exc_state);
    if (g->frame.code)
        vm_trace_frame(&g->frame, t);
}

Value gen_new(Function *fn, Code *co, Value *args, size_t nargs, Tuple *kwnames) {
    size_t size = sizeof(Generator) + (size_t)co->nslots * sizeof(Value);
    Generator *g = gc_alloc(&generator_type, size);
    if (!g)
        return VNULL;
    Frame *f = &g->frame;
    SET_FIELD(g, f->code, co);
    SET_FIELD(g, f->func, fn);
    SET_FIELD(g, f->globals, fn->globals);
    SET_FIELD(g, f->builtins, fn->builtins ? fn->builtins : builtins_dict);
    SET_FIELD(g, g->name, LOAD_FIELD(fn->name));
    SET_FIELD(g, g->qualname, LOAD_FIELD(fn->qualname));
    f->ip = co->insns;
    f->sp = FRAME_STACK_BASE(f);
    f->gen = g;
    f->is_entry = 1;
    f->on_vmstack = 0;
    int r = vm_bind_args(fn, f, args, nargs, kwnames);
    gc_barrier_bulk((Obj *)g);
    if (r < 0)
        return VNULL;
    return (Value)g;
}

static bool frame_has_handler(Frame *f) {
    for (int i = 0; i < f->nblocks; i++)
        if (f->blocks[i].type == BLOCK_HANDLER)
            return true;
    return false;
}

enum { GEN_IDLE = 0, GEN_RUNNING = 1, GEN_PEEK = 2 };

/* Claim g as `as` (GEN_RUNNING or GEN_PEEK); false if it is running.
 * acquire: the previous holder's frame and flag writes are visible. */
static inline bool gen_take(Generator *g, uint8_t as) {
    for (;;) {
        uint8_t e = GEN_IDLE;
        if (__atomic_compare_exchange_n(&g->running, &e, as, false, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED))
            return true;
        if (e == GEN_RUNNING)
            return false;
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();       /* a peek: over in a few instructions */
#endif
    }
}
static inline bool gen_claim(Generator *g) { return gen_take(g, GEN_RUNNING); }
/* release: our frame and flag writes are visible to the next holder */
static inline void gen_unclaim(Generator *g) {
    __atomic_store_n(&g->running, 0, __ATOMIC_RELEASE);
}
static Value already_executing(void) {
    return err_str(&ValueError_type, "generator already executing");
}

/* Run g (claimed by the caller; released here) until it yields or
 * finishes.  *done: 0 yielded, 1 returned. */
static Value gen_resume_claimed(Generator *g, Value v, int mode, int *done) {
    ThreadState *ts = ts_current;
    Frame *f = &g->frame;
    *done = 0;
    if (g->finished) {
        gen_unclaim(g);
        if (mode == RESUME_THROW)
            return VNULL; /* the pending exception propagates */
        *done = 1;
        return VNULL;
    }
    if (!g->started && mode == RESUME_PUSH && v != NONE) {
        gen_unclaim(g);
        return err_str(&TypeError_type, "can't send non-None value to a just-started generator");
    }
    if (ts->depth >= RECURSION_LIMIT()) {
        gen_unclaim(g);
        return err_str(&RecursionError_type, "maximum recursion depth exceeded");
    }
    if (g->started && mode == RESUME_PUSH)
        *f->sp++ = v;
    g->started = 1;
    f->prev = ts->frame;
    ts->depth++;
    __atomic_store_n(&ts->frame, f, __ATOMIC_RELEASE);
    Value saved_handled = ts->handled_exc;
    if (g->exc_state)
        ts->handled_exc = g->exc_state;
    Value r = vm_eval_ex(ts, f, mode == RESUME_THROW);
    /* vm_eval popped the frame (ts->frame = f->prev, depth--) */
    Value exc_state = (r && f->yielded && frame_has_handler(f)) ? ts->handled_exc : VNULL;
    SET_FIELD(g, g->exc_state, exc_state);
    ts->handled_exc = saved_handled;
    gc_barrier_bulk((Obj *)g);
    if (r && f->yielded) {
        gen_unclaim(g);
        return r;
    }
    g->finished = 1;
    gen_unclaim(g);
    if (r) {
        *done = 1;
        return r;
    }
    if (err_matches(&StopIteration_type)) {
        Value e = err_fetch();
        Value n = (Value)str_from_cstr("generator raised StopIteration");
        Value re = n ? exc_new(&RuntimeError_type, &n, 1) : VNULL;
        if (re) {
            BaseExc *be = AS(BaseExc, re);
            SET_FIELD(be, be->cause, e);
            SET_FIELD(be, be->context, e);
            be->suppress_context = true;
            ts->exc = re;
        }
    }
    return VNULL;
}

/* Run g until it yields or finishes.  *done: 0 yielded, 1 returned. */
static Value gen_resume(Generator *g, Value v, int mode, int *done) {
    *done = 0;
    if (!gen_claim(g))
        return already_executing();
    return gen_resume_claimed(g, v, mode, done);
}

Value gen_send_ex(Generator *g, Value v, bool do_throw, int *done) {
    return gen_resume(g, v, do_throw ? RESUME_THROW : RESUME_PUSH, done);
}

static Value stop_iteration(Value r);

/* Exhaustion returns VNULL with no exception (object.h's iternext rule),
 * so a `return value` is only visible through send()/__next__()/yield
 * from, not through next(): C consumers of iternext do not clear a
 * pending StopIteration. */
static Value gen_iternext(Value self) {
    int done;
    Value r = gen_resume(AS(Generator, self), NONE, RESUME_PUSH, &done);
    if (done)
        return VNULL;
    return r;
}

static Value stop_iteration(Value r) {
    if (!r || r == NONE) {
        Value e = exc_new(&StopIteration_type, NULL, 0);
        if (e)
            err_set_value(e);
        return VNULL;
    }
    return err_set_arg(&StopIteration_type, r);
}

static Value gen_send(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("send", nargs, 1, 1) < 0)
        return VNULL;
    int done;
    Value r = gen_resume(AS(Generator, self), args[0], RESUME_PUSH, &done);
    if (done)
        return stop_iteration(r);
    return r;
}

static Value gen_next_method(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    int done;
    Value r = gen_resume(AS(Generator, self), NONE, RESUME_PUSH, &done);
    if (done)
        return stop_iteration(r);
    return r;
}

static Value gen_iter_method(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return self;
}

/* Is g suspended inside `yield from`?  Then return the delegate.  The
 * caller holds g's claim. */
static Value yieldfrom_target(Generator *g) {
    Frame *f = &g->frame;
    if (!g->started || g->finished || !f->code)
        return VNULL;
    if (INSN_OP(*f->ip) != OP_YIELD_FROM)
        return VNULL;
    return f->sp[-1];
}

static Value gen_close_value(Generator *g);

/* Throw exc (an instance) into g, delegating to a `yield from` target. */
Value gen_throw_value(Generator *g, Value exc) {
    int done;
    if (!gen_claim(g))
        return already_executing();
    Value sub = yieldfrom_target(g);
    if (sub) {
        Frame *f = &g->frame;
        Value r = VNULL;
        bool delegated = false;
        if (obj_is_instance_of(exc, &GeneratorExit_type)) {
            /* close the delegate, then raise in g */
            Value cr;
            if (IS_EXACT(sub, generator_type)) {
                cr = gen_close_value(AS(Generator, sub));
            } else {
                Value m = obj_getattr_opt(sub, ID(close));
                cr = m ? obj_call0(m) : (err_occurred() ? VNULL : NONE);
            }
            if (!cr)
                exc = err_fetch();
        } else {
            if (IS_EXACT(sub, generator_type)) {
                delegated = true;
                r = gen_throw_value(AS(Generator, sub), exc);
            } else {
                Value m = obj_getattr_opt(sub, ID(throw));
                if (m) {
                    delegated = true;
                    Value a[1] = {exc};
                    r = obj_call(m, a, 1, NULL);
                } else if (err_occurred()) {
                    gen_unclaim(g);
                    return VNULL;
                }
            }
            if (delegated) {
                if (r) {
                    gen_unclaim(g);
                    return r; /* the delegate yielded */
                }
                if (err_matches(&StopIteration_type)) {
                    Value e = err_fetch();
                    Value val = obj_getattr_opt(e, ID(value));
                    f->sp[-1] = val ? val : NONE; /* result of the yield from */
                    f->ip++;
                    gc_barrier_bulk((Obj *)g);
                    r = gen_resume_claimed(g, NONE, RESUME_NOPUSH, &done);
                    if (done)
                        return stop_iteration(r);
                    return r;
                }
                exc = err_fetch();
            }
        }
        /* raise exc at the yield from */
        f->sp--;
        f->ip++;
    }
    ts_current->exc = exc;
    if (!g->started) {
        g->finished = 1;
        gen_unclaim(g);
        return VNULL;
    }
    Value r = gen_resume_claimed(g, VNULL, RESUME_THROW, &done);
    if (done)
        return stop_iteration(r);
    return r;
}

static Value gen_throw(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (args_count("throw", nargs, 1, 3) < 0)
        return VNULL;
    Value typ = args[0];
    Value val = nargs > 1 ? args[1] : NONE;
    Value tb = nargs > 2 ? args[2] : NONE;
    Value exc;
    if (IS_TYPE(typ) && type_is_subtype(AS(Type, typ), &BaseException_type)) {
        if (val != NONE && obj_is_instance_of(val, AS(Type, typ))) {
            exc = val;
        } else if (val == NONE) {
            exc = obj_call0(typ);
        } else if (IS_TUPLE(val)) {
            exc = obj_call(typ, AS(Tuple, val)->items, AS(Tuple, val)->len, NULL);
        } else {
            exc = obj_call1(typ, val);
        }
        if (!exc)
            return VNULL;
    } else if (IS_OBJ(typ) && TYPE_FLAG(typ, TF_EXC_SUBCLASS)) {
        if (val != NONE)
            return err_str(&TypeError_type, "instance exception may not have a separate value");
        exc = typ;
    } else {
        return err_format(&TypeError_type,
                          "exceptions must be classes or instances deriving from BaseException, not %T",
                          typ);
    }
    if (tb != NONE && IS_EXACT(tb, traceback_type)) {
        BaseExc *e = AS(BaseExc, exc);
        SET_FIELD(e, e->traceback, AS(Traceback, tb));
    }
    return gen_throw_value(AS(Generator, self), exc);
}

static Value gen_close_value(Generator *g) {
    if (!gen_claim(g))
        return already_executing();
    if (!g->started || g->finished) {
        g->finished = 1;
        gen_unclaim(g);
        return NONE;
    }
    gen_unclaim(g);   /* gen_throw_value claims it again */
    Value e = exc_new(&GeneratorExit_type, NULL, 0);
    if (!e)
        return VNULL;
    Value r = gen_throw_value(g, e);
    if (r)
        return err_str(&RuntimeError_type, "generator ignored GeneratorExit");
    if (err_matches(&GeneratorExit_type) || err_matches(&StopIteration_type)) {
        err_clear();
        return NONE;
    }
    return VNULL;
}

static Value gen_close(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return gen_close_value(AS(Generator, self));
}

static Value gen_iter(Value self) { return self; }

static Str *gen_repr(Value v) {
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)v);
    return str_format("<generator object %U at %s>", LOAD_FIELD(AS(Generator, v)->qualname),
                      addr);
}

static Value gi_running_get(Value s) {
    return BOOL_V(__atomic_load_n(&AS(Generator, s)->running, __ATOMIC_RELAXED) == GEN_RUNNING);
}
static Value gi_code_get(Value s) { return (Value)AS(Generator, s)->frame.code; }
static Value gi_frame_get(Value s) { return NONE; }
static Value gi_suspended_get(Value s) {
    Generator *g = AS(Generator, s);
    if (!gen_take(g, GEN_PEEK))
        return FALSE_V;               /* running */
    bool r = g->started && !g->finished;
    gen_unclaim(g);
    return BOOL_V(r);
}
static Value gi_yieldfrom_get(Value s) {
    Generator *g = AS(Generator, s);
    if (!gen_take(g, GEN_PEEK))
        return NONE;                  /* running: not suspended in yield from */
    Value v = yieldfrom_target(g);
    gen_unclaim(g);
    return v ? v : NONE;
}
static Value gen_name_get(Value s) { return (Value)LOAD_FIELD(AS(Generator, s)->name); }
static int gen_name_set(Value s, Value v) {
    if (!v || !IS_STR(v)) {
        err_str(&TypeError_type, "__name__ must be set to a string object");
        return -1;
    }
    SET_FIELD(AS(Obj, s), AS(Generator, s)->name, AS(Str, v));
    return 0;
}
static Value gen_qualname_get(Value s) { return (Value)LOAD_FIELD(AS(Generator, s)->qualname); }
static int gen_qualname_set(Value s, Value v) {
    if (!v || !IS_STR(v)) {
        err_str(&TypeError_type, "__qualname__ must be set to a string object");
        return -1;
    }
    SET_FIELD(AS(Obj, s), AS(Generator, s)->qualname, AS(Str, v));
    return 0;
}

static const GetSetDef generator_getsets[] = {
    {"gi_running", gi_running_get, NULL},
    {"gi_code", gi_code_get, NULL},
    {"gi_frame", gi_frame_get, NULL},
    {"gi_suspended", gi_suspended_get, NULL},
    {"gi_yieldfrom", gi_yieldfrom_get, NULL},
    {"__name__", gen_name_get, gen_name_set},
    {"__qualname__", gen_qualname_get, gen_qualname_set},
    {NULL, NULL, NULL},
};

static const MethodDef generator_methods[] = {
    {"send", gen_send, METH_NOKW, NULL},
    {"throw", gen_throw, METH_NOKW, NULL},
    {"close", gen_close, METH_NOKW, NULL},
    {"__next__", gen_next_method, METH_NOKW, NULL},
    {"__iter__", gen_iter_method, METH_NOKW, NULL},
    {NULL, NULL, 0, NULL},
};

static int64_t gen_hash(Value v) { return (int64_t)(v >> 4); }

Type generator_type = {
    .hdr = {&type_type},
    .name = "generator",
    .basicsize = sizeof(Generator),
    .trace = generator_trace,
    .repr = gen_repr,
    .hash = gen_hash,
    .getattr = obj_generic_getattr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = generator_methods,
    .getsets = generator_getsets,
};
