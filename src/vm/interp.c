/* interp.c - the bytecode eval loop.
 *
 * One C invocation of vm_eval() runs an entry frame and every Python frame
 * it calls: a Python-to-Python call pushes a frame on the thread's VM stack
 * and continues in the same loop; RETURN pops it and resumes the caller.
 * C code calling Python (dunders, sorted(key=...)) re-enters vm_eval with a
 * new entry frame.  Generator frames are always entry frames.
 *
 * Registers: f (frame), co, ip (next instruction), sp (next free stack
 * slot), fast (f->slots).  ip/sp are written back to the frame before a
 * frame switch or a yield.  The collector needs no such write-back: it
 * traces the whole slot area of every frame, which was zeroed at push.
 *
 * Exceptions unwind through the frame's block stack (SETUP_FINALLY /
 * SETUP_WITH push a handler; the handler runs with [prev_exc, exc] pushed
 * and a BLOCK_HANDLER that restores ts->handled_exc) - see docs/vm.md.
 */
#include <string.h>

#include "vm.h"

#if defined(__GNUC__) && !defined(WEFT_NO_COMPUTED_GOTO)
#define USE_COMPUTED_GOTO 1
#else
#define USE_COMPUTED_GOTO 0
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define ARG ((uint32_t)INSN_ARG(w))

#define LOAD_FRAME()                                                       \
    do {                                                                   \
        co = f->code;                                                      \
        ip = f->ip;                                                        \
        sp = f->sp;                                                        \
        fast = f->slots;                                                   \
        consts = co->consts->items;                                        \
        names = co->names->items;                                          \
    } while (0)

#if USE_COMPUTED_GOTO
#define TARGET(op) L_##op:
#define DISPATCH()                                                         \
    do {                                                                   \
        w = *ip++;                                                         \
        goto *dispatch_table[INSN_OP(w)];                                  \
    } while (0)
#else
#define TARGET(op) case OP_##op:
#define DISPATCH() goto dispatch
#endif

static inline int truthy_fast(Value v) {
    if (v == TRUE_V)
        return 1;
    if (v == FALSE_V || v == NONE)
        return 0;
    if (IS_INT(v))
        return INT_VAL(v) != 0;
    return obj_truthy(v);
}

static inline int64_t floordiv64(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static inline int64_t mod64(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

/* Small-int fast path for a binary operator; VNULL when not applicable. */
static inline Value int_fast_binop(Value a, Value b, int op) {
    int64_t x = INT_VAL(a), y = INT_VAL(b), r;
    switch (op) {
    case NB_ADD: r = x + y; break;
    case NB_SUB: r = x - y; break;
    case NB_MUL:
        if (__builtin_mul_overflow(x, y, &r))
            return VNULL;
        break;
    case NB_FLOORDIV:
        if (y == 0)
            return VNULL;
        r = floordiv64(x, y);
        break;
    case NB_MOD:
        if (y == 0)
            return VNULL;
        r = mod64(x, y);
        break;
    case NB_AND: return MK_INT(x & y);
    case NB_OR: return MK_INT(x | y);
    case NB_XOR: return MK_INT(x ^ y);
    case NB_LSHIFT:
        if (y < 0 || y >= 62 || (x != 0 && (x >= ((int64_t)1 << (62 - y)) || x < -((int64_t)1 << (62 - y)))))
            return VNULL;
        r = (int64_t)((uint64_t)x << y);
        break;
    case NB_RSHIFT:
        if (y < 0)
            return VNULL;
        r = y >= 63 ? (x < 0 ? -1 : 0) : (x >> y);
        break;
    default: return VNULL;
    }
    return FITS_SMALL(r) ? MK_INT(r) : VNULL;
}

static inline Value float_fast_binop(Value a, Value b, int op) {
    double x, y;
    if (IS_FLOAT_EXACT(a))
        x = float_val(a);
    else if (IS_INT(a))
        x = (double)INT_VAL(a);
    else
        return VNULL;
    if (IS_FLOAT_EXACT(b))
        y = float_val(b);
    else if (IS_INT(b))
        y = (double)INT_VAL(b);
    else
        return VNULL;
    switch (op) {
    case NB_ADD: return float_new(x + y);
    case NB_SUB: return float_new(x - y);
    case NB_MUL: return float_new(x * y);
    case NB_TRUEDIV:
        if (y == 0.0)
            return VNULL;
        return float_new(x / y);
    default: return VNULL;
    }
}

static inline Value fast_compare(Value a, Value b, int op, bool *done) {
    *done = true;
    if (IS_INT(a) && IS_INT(b)) {
        int64_t x = (int64_t)a, y = (int64_t)b; /* same order as the values */
        switch (op) {
        case CMP_LT: return BOOL_V(x < y);
        case CMP_LE: return BOOL_V(x <= y);
        case CMP_EQ: return BOOL_V(x == y);
        case CMP_NE: return BOOL_V(x != y);
        case CMP_GT: return BOOL_V(x > y);
        case CMP_GE: return BOOL_V(x >= y);
        }
    }
    if (IS_FLOAT_EXACT(a) && IS_FLOAT_EXACT(b)) {
        double x = float_val(a), y = float_val(b);
        switch (op) {
        case CMP_LT: return BOOL_V(x < y);
        case CMP_LE: return BOOL_V(x <= y);
        case CMP_EQ: return BOOL_V(x == y);
        case CMP_NE: return BOOL_V(x != y);
        case CMP_GT: return BOOL_V(x > y);
        case CMP_GE: return BOOL_V(x >= y);
        }
    }
    *done = false;
    return VNULL;
}

/* Chain the exception being handled as __context__ of a new exception. */
static void chain_context(ThreadState *ts, Value exc) {
    Value h = ts->handled_exc;
    if (!h || h == exc || !IS_OBJ(exc) || !TYPE_FLAG(exc, TF_EXC_SUBCLASS))
        return;
    if (LOAD_FIELD(AS(BaseExc, exc)->context))   /* exc may be shared by threads */
        return;
    err_chain_context(exc, h);
}

/* LOAD_GLOBAL inline cache record: immutable once published.  Valid while
 * both dicts still have the versions it was built with. */
typedef struct GlobalCache {
    Obj hdr;
    Dict *globals;
    uint64_t gver, bver;
    Value value;
} GlobalCache;

static void globalcache_trace(Obj *o, Tracer *t) {
    GC_MARK(t, ((GlobalCache *)o)->globals);
    gc_mark(t, ((GlobalCache *)o)->value);
}

static Type globalcache_type = {
    .hdr = {&type_type},
    .name = "global_cache",
    .basicsize = sizeof(GlobalCache),
    .trace = globalcache_trace,
};

#define CACHE_MISS_LIMIT 16

static Value load_global_slow(Frame *f, Str *name, Code *co, uint32_t *cip) {
    uint32_t cw = __atomic_load_n(cip, __ATOMIC_RELAXED);
    if (!(cw & 0xffffff) || !f->builtins)
        return vm_load_global(f, name);
    uint32_t misses = cw >> 24;
    if (misses >= CACHE_MISS_LIMIT)
        return vm_load_global(f, name);
    /* versions are read before the lookups: a racing write makes the
     * record stale (a later miss), never wrong */
    uint64_t gver = __atomic_load_n(&f->globals->version, __ATOMIC_ACQUIRE);
    uint64_t bver = __atomic_load_n(&f->builtins->version, __ATOMIC_ACQUIRE);
    Value v = dict_get_str(f->globals, name);
    if (!v) {
        v = dict_get_str(f->builtins, name);
        if (!v)
            return vm_name_error(name);
    }
    GlobalCache *gr = gc_alloc(&globalcache_type, sizeof(GlobalCache));
    if (!gr)
        return VNULL;
    SET_FIELD(gr, gr->globals, f->globals);
    gr->gver = gver;
    gr->bver = bver;
    SET_FIELD(gr, gr->value, v);
    ValArray *ca = AS(ValArray, co->caches);
    Value old = __atomic_load_n(&ca->items[(cw & 0xffffff) - 1], __ATOMIC_RELAXED);
    SET_FIELD(ca, ca->items[(cw & 0xffffff) - 1], (Value)gr);
    if (old)
        __atomic_store_n(cip, (cw & 0xffffff) | ((misses + 1) << 24), __ATOMIC_RELAXED);
    return v;
}

/* Attribute inline cache record: what type_lookup(type, name) found, valid
 * while the type's version tag is unchanged.  Immutable once published. */
enum { AK_INSTANCE, AK_CLASSATTR, AK_METHOD, AK_OTHER };
typedef struct AttrCache {
    Obj hdr;
    Type *type;
    uint32_t version;
    uint32_t kind;
    Value descr;
    uint32_t dict_hint;       /* entry index of the name in instance dicts
                                 (a guess, updated with relaxed stores) */
} AttrCache;

static void attrcache_trace(Obj *o, Tracer *t) {
    GC_MARK(t, ((AttrCache *)o)->type);
    gc_mark(t, ((AttrCache *)o)->descr);
}

static Type attrcache_type = {
    .hdr = {&type_type},
    .name = "attr_cache",
    .basicsize = sizeof(AttrCache),
    .trace = attrcache_trace,
};

/* The record for this instruction if it matches type t, else a fresh one
 * (NULL when the site is uncacheable or allocation failed: use the slow
 * path; no exception is left set). */
static AttrCache *attr_cache_miss(Code *co, const uint32_t *insn, Type *t, Str *name);

static inline AttrCache *attr_cache(Code *co, const uint32_t *insn, Type *t, Str *name) {
    uint32_t cw = __atomic_load_n(&co->cache_index[insn - co->insns], __ATOMIC_RELAXED);
    uint32_t ver = __atomic_load_n(&t->version, __ATOMIC_ACQUIRE);
    if (__builtin_expect((cw & 0xffffff) && ver, 1)) {
        AttrCache *ac = (AttrCache *)__atomic_load_n(
            &AS(ValArray, co->caches)->items[(cw & 0xffffff) - 1], __ATOMIC_ACQUIRE);
        if (ac && ac->type == t && ac->version == ver)
            return ac;
    }
    return attr_cache_miss(co, insn, t, name);
}

static AttrCache *attr_cache_miss(Code *co, const uint32_t *insn, Type *t, Str *name) {
    uint32_t *cip = &co->cache_index[insn - co->insns];
    uint32_t cw = __atomic_load_n(cip, __ATOMIC_RELAXED);
    if (!(cw & 0xffffff))
        return NULL;
    uint32_t ver = __atomic_load_n(&t->version, __ATOMIC_ACQUIRE);
    if (ver == 0)
        return NULL;
    ValArray *ca = AS(ValArray, co->caches);
    Value *slot = &ca->items[(cw & 0xffffff) - 1];
    AttrCache *ac = (AttrCache *)__atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (ac && ac->type == t && ac->version == ver)
        return ac;
    uint32_t misses = cw >> 24;
    if (misses >= CACHE_MISS_LIMIT)
        return NULL;
    Value d = type_lookup(t, name);
    if (ts_current->exc)
        return NULL;
    /* a racing class change after the lookup bumps the version: the
     * record is then stale, never wrong */
    if (__atomic_load_n(&t->version, __ATOMIC_ACQUIRE) != ver)
        return NULL;
    uint32_t kind;
    if (!d) {
        kind = AK_INSTANCE;
    } else if (IS_EXACT(d, function_type) || IS_EXACT(d, method_descr_type)) {
        kind = AK_METHOD;
    } else {
        Type *dt = val_type(d);
        kind = (dt->descr_get || dt->descr_set) ? AK_OTHER : AK_CLASSATTR;
    }
    AttrCache *nr = gc_alloc(&attrcache_type, sizeof(AttrCache));
    if (!nr) {
        err_clear();
        return NULL;
    }
    SET_FIELD(nr, nr->type, t);
    nr->version = ver;
    nr->kind = kind;
    SET_FIELD(nr, nr->descr, d);
    SET_FIELD(ca, *slot, (Value)nr);
    if (ac)
        __atomic_store_n(cip, (cw & 0xffffff) | ((misses + 1) << 24), __ATOMIC_RELAXED);
    return nr;
}

/* The instance dict of o, or NULL. */
static inline Dict *inst_dict(Value o) {
    Dict **dp = obj_dict_ptr(o);
    return dp ? __atomic_load_n(dp, __ATOMIC_ACQUIRE) : NULL;
}

/* The loop's periodic check, at backward jumps and calls: stop
 * for a collection that wants the world stopped, and on the main thread run
 * the Python handlers of signals that arrived, raising what they raise
 * (KeyboardInterrupt) at this instruction.  The fast path is two relaxed
 * loads of words that are written only when a collection starts or a
 * signal arrives, so their cache lines stay shared between cores, and one
 * branch. */
static __attribute__((noinline, cold)) int eval_check_slow(void) {
    SAFEPOINT();
    return signals_check();
}
#define EVAL_CHECK()                                                        \
    do {                                                                    \
        if (__builtin_expect(                                               \
                atomic_load_explicit(&gc_stop_requested, memory_order_relaxed) | \
                    atomic_load_explicit(&signals_pending, memory_order_relaxed), \
                0) &&                                                       \
            eval_check_slow() < 0)                                          \
            goto error;                                                     \
    } while (0)

/* Jump to instruction `arg`; a backward jump closes a loop, so it checks
 * (a loop that never allocates must not stall a collection, and Ctrl-C must
 * interrupt it).  The check comes before ip moves, so an exception it
 * raises is attributed to the jump. */
#define JUMP_TO(arg)                                         \
    do {                                                     \
        const uint32_t *target_ = co->insns + (arg);         \
        if (target_ < ip)                                    \
            EVAL_CHECK();                                    \
        ip = target_;                                        \
    } while (0)

Value vm_eval(ThreadState *ts, Frame *f) { return vm_eval_ex(ts, f, 0); }

Value vm_eval_ex(ThreadState *ts, Frame *f, int throwflag) {
#if USE_COMPUTED_GOTO
    static const void *const dispatch_table[OP__COUNT] = {
#define X(name, kind) &&L_##name,
        OPCODES(X)
#undef X
    };
#endif
    Code *co;
    const uint32_t *ip;
    Value *sp;
    Value *fast;
    Value *consts;
    Value *names;
    uint32_t w;
    Tuple *kwnames = NULL;
    bool reraise = false;

    LOAD_FRAME();
    f->yielded = 0;
    if (throwflag)
        goto error;

#if USE_COMPUTED_GOTO
    DISPATCH();
#endif
    for (;;) {
#if !USE_COMPUTED_GOTO
    dispatch:
#endif
        w = *ip++;
        switch (INSN_OP(w)) {
        TARGET(NOP) { DISPATCH(); }
        TARGET(EXTENDED_ARG) { DISPATCH(); }
        TARGET(POP_TOP) {
            sp--;
            DISPATCH();
        }
        TARGET(ROT_TWO) {
            Value a = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = a;
            DISPATCH();
        }
        TARGET(ROT_THREE) {
            Value a = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = sp[-3];
            sp[-3] = a;
            DISPATCH();
        }
        TARGET(ROT_FOUR) {
            Value a = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = sp[-3];
            sp[-3] = sp[-4];
            sp[-4] = a;
            DISPATCH();
        }
        TARGET(DUP_TOP) {
            Value a = TOP();
            PUSH(a);
            DISPATCH();
        }
        TARGET(DUP_TOP_TWO) {
            Value a = sp[-2], b = sp[-1];
            PUSH(a);
            PUSH(b);
            DISPATCH();
        }
        TARGET(PUSH_NULL) {
            PUSH(VNULL);
            DISPATCH();
        }
        TARGET(LOAD_CONST) {
            PUSH(consts[ARG]);
            DISPATCH();
        }
        TARGET(LOAD_FAST) {
            Value v = fast[ARG];
            if (__builtin_expect(!v, 0)) {
                vm_unbound_local(AS(Str, co->varnames->items[ARG]));
                goto error;
            }
            PUSH(v);
            DISPATCH();
        }
        TARGET(STORE_FAST) {
            fast[ARG] = POP();
            DISPATCH();
        }
        TARGET(DELETE_FAST) {
            if (!fast[ARG]) {
                vm_unbound_local(AS(Str, co->varnames->items[ARG]));
                goto error;
            }
            fast[ARG] = VNULL;
            DISPATCH();
        }
        TARGET(LOAD_DEREF) {
            Cell *c = AS(Cell, fast[co->nlocals + ARG]);
            Value v = LOAD_FIELD(c->v);   /* other threads may store the cell */
            if (!v) {
                if ((int)ARG < co->ncells)
                    vm_unbound_local(AS(Str, co->cellvars->items[ARG]));
                else
                    vm_unbound_free(AS(Str, co->freevars->items[ARG - co->ncells]));
                goto error;
            }
            PUSH(v);
            DISPATCH();
        }
        TARGET(STORE_DEREF) {
            Cell *c = AS(Cell, fast[co->nlocals + ARG]);
            Value v = POP();
            SET_FIELD(c, c->v, v);
            DISPATCH();
        }
        TARGET(DELETE_DEREF) {
            Cell *c = AS(Cell, fast[co->nlocals + ARG]);
            if (!LOAD_FIELD(c->v)) {
                if ((int)ARG < co->ncells)
                    vm_unbound_local(AS(Str, co->cellvars->items[ARG]));
                else
                    vm_unbound_free(AS(Str, co->freevars->items[ARG - co->ncells]));
                goto error;
            }
            SET_FIELD(c, c->v, VNULL);
            DISPATCH();
        }
        TARGET(LOAD_CLASSDEREF) {
            Str *name = (int)ARG < co->ncells ? AS(Str, co->cellvars->items[ARG])
                                              : AS(Str, co->freevars->items[ARG - co->ncells]);
            Value v = VNULL;
            if (f->locals) {
                if (IS_EXACT(f->locals, dict_type)) {
                    v = dict_get_str(AS(Dict, f->locals), name);
                } else {
                    v = obj_getitem(f->locals, (Value)name);
                    if (!v) {
                        if (!err_matches(&KeyError_type))
                            goto error;
                        err_clear();
                    }
                }
            }
            if (!v) {
                v = LOAD_FIELD(AS(Cell, fast[co->nlocals + ARG])->v);
                if (!v) {
                    vm_unbound_free(name);
                    goto error;
                }
            }
            PUSH(v);
            DISPATCH();
        }
        TARGET(LOAD_CLOSURE) {
            PUSH(fast[co->nlocals + ARG]);
            DISPATCH();
        }
        TARGET(LOAD_NAME) {
            Value v = vm_load_name(f, AS(Str, names[ARG]));
            if (!v)
                goto error;
            PUSH(v);
            DISPATCH();
        }
        TARGET(STORE_NAME) {
            Value v = POP();
            if (vm_store_name(f, AS(Str, names[ARG]), v) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(DELETE_NAME) {
            if (vm_delete_name(f, AS(Str, names[ARG])) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(LOAD_GLOBAL) {
            uint32_t *cip = &co->cache_index[ip - co->insns - 1];
            uint32_t cw = __atomic_load_n(cip, __ATOMIC_RELAXED);
            if (cw & 0xffffff) {
                /* acquire: the record was fully built before it was published */
                GlobalCache *gr = (GlobalCache *)__atomic_load_n(
                    &AS(ValArray, co->caches)->items[(cw & 0xffffff) - 1], __ATOMIC_ACQUIRE);
                if (gr && gr->globals == f->globals &&
                    gr->gver == __atomic_load_n(&f->globals->version, __ATOMIC_ACQUIRE) &&
                    gr->bver == __atomic_load_n(&f->builtins->version, __ATOMIC_ACQUIRE)) {
                    PUSH(gr->value);
                    DISPATCH();
                }
            }
            Value v = load_global_slow(f, AS(Str, names[ARG]), co, cip);
            if (!v)
                goto error;
            PUSH(v);
            DISPATCH();
        }
        TARGET(STORE_GLOBAL) {
            Value v = POP();
            if (dict_set_str(f->globals, AS(Str, names[ARG]), v) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(DELETE_GLOBAL) {
            if (vm_delete_global(f, AS(Str, names[ARG])) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(LOAD_ATTR) {
            Value o = TOP();
            Str *name = AS(Str, names[ARG]);
            Type *t = val_type(o);
            Value v;
            if (t->getattr == obj_generic_getattr) {
                AttrCache *ac = attr_cache(co, ip - 1, t, name);
                if (ac && ac->kind != AK_OTHER) {
                    Dict *d = inst_dict(o);
                    v = d ? dict_get_str_hint(d, name, &ac->dict_hint) : VNULL;
                    if (v)
                        goto attr_done;
                    if (ac->kind == AK_CLASSATTR) {
                        v = ac->descr;
                        goto attr_done;
                    }
                    if (ac->kind == AK_METHOD) {
                        if (IS_EXACT(ac->descr, function_type))
                            v = method_new(ac->descr, o);
                        else
                            v = val_type(ac->descr)->descr_get(ac->descr, o, (Value)t);
                        if (!v)
                            goto error;
                        goto attr_done;
                    }
                }
            }
            v = obj_getattr(o, name);
            if (!v)
                goto error;
        attr_done:
            sp[-1] = v;
            DISPATCH();
        }
        TARGET(STORE_ATTR) {
            Value o = sp[-1], v = sp[-2];
            Str *name = AS(Str, names[ARG]);
            Type *t = val_type(o);
            sp -= 2;
            if (t->setattr == obj_generic_setattr) {
                AttrCache *ac = attr_cache(co, ip - 1, t, name);
                if (ac && ac->kind != AK_OTHER) {
                    Dict *d = inst_dict(o);
                    if (d) {
                        if (dict_set_str(d, name, v) < 0)
                            goto error;
                        DISPATCH();
                    }
                }
            }
            if (obj_setattr(o, name, v) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(DELETE_ATTR) {
            Value o = POP();
            if (obj_setattr(o, AS(Str, names[ARG]), VNULL) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(LOAD_METHOD) {
            Value o = TOP();
            Str *name = AS(Str, names[ARG]);
            Type *t = val_type(o);
            if (t->getattr == obj_generic_getattr) {
                AttrCache *ac = attr_cache(co, ip - 1, t, name);
                Value d = VNULL;
                if (ac) {
                    if (ac->kind == AK_METHOD)
                        d = ac->descr;
                } else {
                    d = type_lookup(t, name);
                    if (d && !IS_EXACT(d, function_type) && !IS_EXACT(d, method_descr_type))
                        d = VNULL;
                }
                if (d) {
                    Dict *id = inst_dict(o);
                    if (!id || !dict_get_str(id, name)) {
                        sp[-1] = d;
                        PUSH(o);
                        DISPATCH();
                    }
                }
            }
            Value v = obj_getattr(o, name);
            if (!v)
                goto error;
            sp[-1] = VNULL;
            PUSH(v);
            DISPATCH();
        }
        TARGET(BINARY_SUBSCR) {
            Value k = sp[-1], o = sp[-2];
            Value v;
            if (IS_EXACT(o, list_type) && IS_INT(k)) {
                int64_t i = INT_VAL(k);
                List *l = AS(List, o);
                if (i < 0)
                    i += list_len(l);
                v = list_get(l, i);
                if (v)
                    goto subscr_done;
            } else if (IS_EXACT(o, tuple_type) && IS_INT(k)) {
                int64_t i = INT_VAL(k);
                Tuple *tu = AS(Tuple, o);
                if (i < 0)
                    i += tu->len;
                if (i >= 0 && i < tu->len) {
                    v = tu->items[i];
                    goto subscr_done;
                }
            } else if (IS_EXACT(o, dict_type)) {
                v = dict_get(AS(Dict, o), k);
                if (v)
                    goto subscr_done;
                if (ts->exc)
                    goto error;
                /* absent: the generic path raises KeyError */
            }
            v = obj_getitem(o, k);
            if (!v)
                goto error;
        subscr_done:
            sp--;
            sp[-1] = v;
            DISPATCH();
        }
        TARGET(STORE_SUBSCR) {
            Value k = sp[-1], o = sp[-2], v = sp[-3];
            sp -= 3;
            if (IS_EXACT(o, list_type) && IS_INT(k)) {
                int64_t i = INT_VAL(k);
                if (i < 0)
                    i += list_len(AS(List, o));
                if (i >= 0 && list_set(AS(List, o), i, v) == 0)
                    DISPATCH();
                if (ts->exc)
                    err_clear();
            }
            if (obj_setitem(o, k, v) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(DELETE_SUBSCR) {
            Value k = sp[-1], o = sp[-2];
            sp -= 2;
            if (obj_delitem(o, k) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(BINARY_OP) {
            Value b = sp[-1], a = sp[-2];
            Value r = VNULL;
            if (IS_INT(a) && IS_INT(b))
                r = int_fast_binop(a, b, ARG);
            else if (IS_OBJ(a) && AS_OBJ(a)->type == &float_type)
                r = float_fast_binop(a, b, ARG);
            if (!r) {
                r = num_binop(a, b, ARG);
                if (!r)
                    goto error;
            }
            sp--;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(INPLACE_OP) {
            Value b = sp[-1], a = sp[-2];
            Value r = VNULL;
            if (IS_INT(a) && IS_INT(b))
                r = int_fast_binop(a, b, ARG);
            else if (IS_OBJ(a) && AS_OBJ(a)->type == &float_type)
                r = float_fast_binop(a, b, ARG);
            if (!r) {
                r = num_inplace(a, b, ARG);
                if (!r)
                    goto error;
            }
            sp--;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(UNARY_NEGATIVE) {
            Value a = TOP();
            Value r;
            if (IS_INT(a) && INT_VAL(a) != SMALL_INT_MIN)
                r = MK_INT(-INT_VAL(a));
            else if (!(r = num_neg(a)))
                goto error;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(UNARY_POSITIVE) {
            Value r = num_pos(TOP());
            if (!r)
                goto error;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(UNARY_INVERT) {
            Value r = num_invert(TOP());
            if (!r)
                goto error;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(UNARY_NOT) {
            int t = truthy_fast(TOP());
            if (t < 0)
                goto error;
            sp[-1] = BOOL_V(!t);
            DISPATCH();
        }
        TARGET(COMPARE_OP) {
            Value b = sp[-1], a = sp[-2];
            bool done;
            Value r = fast_compare(a, b, ARG, &done);
            if (done) {
                /* fused with a following conditional jump: no bool push */
                uint32_t nw = *ip;
                if (INSN_OP(nw) == OP_POP_JUMP_IF_FALSE) {
                    sp -= 2;
                    if (r == FALSE_V)
                        JUMP_TO(INSN_ARG(nw));
                    else
                        ip++;
                    DISPATCH();
                }
                if (INSN_OP(nw) == OP_POP_JUMP_IF_TRUE) {
                    sp -= 2;
                    if (r == TRUE_V)
                        JUMP_TO(INSN_ARG(nw));
                    else
                        ip++;
                    DISPATCH();
                }
            } else {
                r = obj_richcompare(a, b, ARG);
                if (!r)
                    goto error;
            }
            sp--;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(IS_OP) {
            Value b = sp[-1], a = sp[-2];
            sp--;
            sp[-1] = BOOL_V((a == b) != (ARG != 0));
            DISPATCH();
        }
        TARGET(CONTAINS_OP) {
            Value b = sp[-1], a = sp[-2];
            int r = obj_contains(b, a);
            if (r < 0)
                goto error;
            sp--;
            sp[-1] = BOOL_V(r != (int)ARG);
            DISPATCH();
        }
        TARGET(JUMP) {
            const uint32_t *target = co->insns + ARG;
            if (target < ip)
                EVAL_CHECK();
            ip = target;
            DISPATCH();
        }
        TARGET(POP_JUMP_IF_FALSE) {
            Value v = POP();
            if (v == FALSE_V) {
                JUMP_TO(ARG);
            } else if (v != TRUE_V) {
                int t = truthy_fast(v);
                if (t < 0)
                    goto error;
                if (!t)
                    JUMP_TO(ARG);
            }
            DISPATCH();
        }
        TARGET(POP_JUMP_IF_TRUE) {
            Value v = POP();
            if (v == TRUE_V) {
                JUMP_TO(ARG);
            } else if (v != FALSE_V) {
                int t = truthy_fast(v);
                if (t < 0)
                    goto error;
                if (t)
                    JUMP_TO(ARG);
            }
            DISPATCH();
        }
        TARGET(JUMP_IF_FALSE_OR_POP) {
            int t = truthy_fast(TOP());
            if (t < 0)
                goto error;
            if (!t)
                ip = co->insns + ARG;
            else
                sp--;
            DISPATCH();
        }
        TARGET(JUMP_IF_TRUE_OR_POP) {
            int t = truthy_fast(TOP());
            if (t < 0)
                goto error;
            if (t)
                ip = co->insns + ARG;
            else
                sp--;
            DISPATCH();
        }
        TARGET(GET_ITER) {
            Value it = obj_getiter(TOP());
            if (!it)
                goto error;
            sp[-1] = it;
            DISPATCH();
        }
        TARGET(FOR_ITER) {
            Value it = TOP();
            Type *t = val_type(it);
            Value v = t->iternext ? t->iternext(it) : obj_iternext(it);
            /* only the collector's poll: signals are checked at the loop's
             * backward JUMP, as CPython does, so the line a KeyboardInterrupt
             * names does not depend on where in the iteration it arrived */
            SAFEPOINT();
            if (v) {
                PUSH(v);
                DISPATCH();
            }
            if (ts->exc) {
                if (!err_matches(&StopIteration_type))
                    goto error;
                err_clear();
            }
            sp--;
            ip = co->insns + ARG;
            DISPATCH();
        }
        TARGET(BUILD_TUPLE) {
            int n = ARG;
            Tuple *t = tuple_from_array(sp - n, n);
            if (!t)
                goto error;
            sp -= n;
            PUSH((Value)t);
            DISPATCH();
        }
        TARGET(BUILD_LIST) {
            int n = ARG;
            List *l = list_from_array(sp - n, n);
            if (!l)
                goto error;
            sp -= n;
            PUSH((Value)l);
            DISPATCH();
        }
        TARGET(BUILD_SET) {
            int n = ARG;
            Value s = vm_build_set(sp - n, n);
            if (!s)
                goto error;
            sp -= n;
            PUSH(s);
            DISPATCH();
        }
        TARGET(BUILD_MAP) {
            int n = ARG;
            Value d = vm_build_map(sp - 2 * n, n);
            if (!d)
                goto error;
            sp -= 2 * n;
            PUSH(d);
            DISPATCH();
        }
        TARGET(BUILD_CONST_KEY_MAP) {
            int n = ARG;
            Tuple *keys = AS(Tuple, sp[-1]);
            Dict *d = dict_new_presized(n);
            if (!d)
                goto error;
            for (int i = 0; i < n; i++)
                if (dict_set(d, keys->items[i], sp[-1 - n + i]) < 0)
                    goto error;
            sp -= n + 1;
            PUSH((Value)d);
            DISPATCH();
        }
        TARGET(BUILD_SLICE) {
            Value step = ARG == 3 ? POP() : NONE;
            Value stop = POP(), start = POP();
            Value s = slice_new(start, stop, step);
            if (!s)
                goto error;
            PUSH(s);
            DISPATCH();
        }
        TARGET(BUILD_STRING) {
            int n = ARG;
            Value s = vm_build_string(sp - n, n);
            if (!s)
                goto error;
            sp -= n;
            PUSH(s);
            DISPATCH();
        }
        TARGET(LIST_APPEND) {
            Value v = POP();
            if (list_append(AS(List, sp[-(int)ARG]), v) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(SET_ADD) {
            Value v = POP();
            if (set_add(AS(Set, sp[-(int)ARG]), v) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(MAP_ADD) {
            Value v = POP();
            Value k = POP();
            if (dict_set(AS(Dict, sp[-(int)ARG]), k, v) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(LIST_EXTEND) {
            Value v = POP();
            /* ARG bit 15: building call arguments; the callee is below the list */
            int k = ARG & 0x7fff;
            if (vm_list_extend(sp[-k], v, (ARG & 0x8000) ? sp[-k - 1] : VNULL) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(SET_UPDATE) {
            Value v = POP();
            if (vm_set_update(sp[-(int)ARG], v) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(DICT_UPDATE) {
            Value v = POP();
            if (vm_dict_update(sp[-(int)ARG], v) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(DICT_MERGE) {
            Value v = POP();
            /* stack: NULL, func, args, dict */
            if (vm_dict_merge(sp[-(int)ARG - 2], sp[-(int)ARG], v) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(LIST_TO_TUPLE) {
            Tuple *t = list_to_tuple(AS(List, TOP()));
            if (!t)
                goto error;
            sp[-1] = (Value)t;
            DISPATCH();
        }
        TARGET(UNPACK_SEQUENCE) {
            int n = ARG;
            Value seq = POP();
            if (vm_unpack_sequence(seq, n, sp) < 0)
                goto error;
            sp += n;
            DISPATCH();
        }
        TARGET(UNPACK_EX) {
            int before = ARG & 0xff, after = ARG >> 8;
            Value seq = POP();
            if (vm_unpack_ex(seq, before, after, sp) < 0)
                goto error;
            sp += before + after + 1;
            DISPATCH();
        }
        TARGET(KW_NAMES) {
            kwnames = AS(Tuple, consts[ARG]);
            DISPATCH();
        }
        TARGET(CALL) {
            int argc = ARG;
            Value *base = sp - argc - 2;
            Value callable;
            Value *args;
            size_t nargs;
            if (base[0]) {
                callable = base[0];
                args = base + 1;
                nargs = argc + 1;
            } else {
                callable = base[1];
                args = base + 2;
                nargs = argc;
                if (IS_EXACT(callable, method_type)) {
                    Method *m = AS(Method, callable);
                    if (IS_EXACT(m->func, function_type)) {
                        callable = m->func;
                        base[0] = callable;
                        base[1] = m->self;
                        args = base + 1;
                        nargs++;
                    }
                }
            }
            Tuple *kwn = kwnames;
            kwnames = NULL;
            size_t npos = nargs - (kwn ? (size_t)kwn->len : 0);
            EVAL_CHECK();
            if (!base[0] && IS_OBJ(callable) && AS_OBJ(callable)->type == &type_type &&
                AS(Type, callable)->new_ == object_type.new_) {
                /* C(args) for a plain class with a Python __init__: allocate,
                 * then run __init__ as a frame of this loop; the instance
                 * waits in base[0] and is the call's result */
                Type *t = AS(Type, callable);
                Value init = type_lookup(t, ID(__init__));
                /* __code__ is loaded once per call (another thread may
                 * replace it): the frame is sized and bound for that one */
                Code *ico = init && IS_EXACT(init, function_type)
                                ? LOAD_FIELD(AS(Function, init)->code)
                                : NULL;
                if (ico && !(ico->flags & CO_GENERATOR)) {
                    Value obj = t->new_(t, args, npos, kwn);
                    if (!obj)
                        goto error;
                    Function *fn = AS(Function, init);
                    base[0] = obj;
                    base[1] = obj;
                    f->ip = ip;
                    f->sp = base + 1;
                    Frame *nf = vm_push_frame(ts, ico, fn, fn->globals, VNULL);
                    if (!nf)
                        goto error;
                    if (vm_bind_args(fn, nf, base + 1, npos + 1, kwn) < 0) {
                        vm_pop_frame(ts, nf);
                        goto error;
                    }
                    nf->is_init = 1;
                    f = nf;
                    LOAD_FRAME();
                    DISPATCH();
                }
            }
            if (IS_EXACT(callable, function_type)) {
                Function *fn = AS(Function, callable);
                Code *fco = LOAD_FIELD(fn->code);
                if (!(fco->flags & CO_GENERATOR)) {
                    f->ip = ip;
                    f->sp = base;
                    Frame *nf = vm_push_frame(ts, fco, fn, fn->globals, VNULL);
                    if (!nf)
                        goto error;
                    if (vm_bind_args(fn, nf, args, npos, kwn) < 0) {
                        vm_pop_frame(ts, nf);
                        goto error;
                    }
                    f = nf;
                    LOAD_FRAME();
                    DISPATCH();
                }
            }
            Value r;
            if (base[0] && IS_EXACT(callable, method_descr_type))
                r = method_descr_call(AS(MethodDescr, callable), args[0], args + 1, npos - 1, kwn);
            else
                r = obj_call(callable, args, npos, kwn);
            sp = base;
            if (!r)
                goto error;
            PUSH(r);
            /* as CPython: a signal the call raised (os.kill, raise_signal)
             * or one that arrived during it is handled before the next
             * instruction, inside the same try block */
            EVAL_CHECK();
            DISPATCH();
        }
        TARGET(CALL_EX) {
            Value kw = (ARG & 1) ? POP() : VNULL;
            Value args = POP();
            Value func = POP();
            sp--; /* the NULL */
            Tuple *vec, *kwn;
            int64_t npos;
            if (vm_call_ex_args(func, args, kw, &vec, &npos, &kwn) < 0)
                goto error;
            EVAL_CHECK();
            Code *fco = IS_EXACT(func, function_type) ? LOAD_FIELD(AS(Function, func)->code) : NULL;
            if (fco && !(fco->flags & CO_GENERATOR)) {
                /* Python callee: a new frame in this loop, as CALL does */
                Function *fn = AS(Function, func);
                f->ip = ip;
                f->sp = sp;
                Frame *nf = vm_push_frame(ts, fco, fn, fn->globals, VNULL);
                if (!nf)
                    goto error;
                if (vm_bind_args(fn, nf, vec->items, (size_t)npos, kwn) < 0) {
                    vm_pop_frame(ts, nf);
                    goto error;
                }
                f = nf;
                LOAD_FRAME();
                DISPATCH();
            }
            Value r = obj_call(func, vec->items, (size_t)npos, kwn);
            if (!r)
                goto error;
            PUSH(r);
            EVAL_CHECK();
            DISPATCH();
        }
        TARGET(MAKE_FUNCTION) {
            int flags = ARG;
            int nextra = (flags & 1) + (flags >> 1 & 1) + (flags >> 2 & 1) + (flags >> 3 & 1);
            Value qualname = sp[-1], code = sp[-2];
            Value *extras = sp - 2 - nextra;
            Value fn = vm_make_function(f, code, qualname, flags, extras);
            if (!fn)
                goto error;
            sp = extras;
            PUSH(fn);
            DISPATCH();
        }
        TARGET(RETURN_VALUE) {
            Value r = POP();
            if (f->is_entry) {
                f->sp = sp;
                f->ip = ip;
                vm_pop_frame(ts, f);
                return r;
            }
            Frame *prev = f->prev;
            bool init = f->is_init;
            vm_pop_frame(ts, f);
            f = prev;
            LOAD_FRAME();
            if (init) {
                /* the instance is already on the caller's stack */
                if (r != NONE) {
                    err_format(&TypeError_type, "__init__() should return None, not '%T'", r);
                    goto error;
                }
                DISPATCH();
            }
            PUSH(r);
            DISPATCH();
        }
        TARGET(YIELD_VALUE) {
            Value r = POP();
            f->sp = sp;
            f->ip = ip;
            f->yielded = 1;
            vm_pop_frame(ts, f);
            return r;
        }
        TARGET(GET_YIELD_FROM_ITER) {
            Value o = TOP();
            if (!IS_EXACT(o, generator_type)) {
                Value it = obj_getiter(o);
                if (!it)
                    goto error;
                sp[-1] = it;
            }
            DISPATCH();
        }
        TARGET(YIELD_FROM) {
            Value v = POP();
            Value it = TOP();
            Value r;
            int done = 0;
            if (IS_EXACT(it, generator_type)) {
                r = gen_send_ex(AS(Generator, it), v, false, &done);
                if (!r && done) {
                    r = NONE;
                }
            } else if (v == NONE) {
                Type *t = val_type(it);
                r = t->iternext ? t->iternext(it) : obj_iternext(it);
                if (!r && !ts->exc) {
                    done = 1;
                    r = NONE;
                }
            } else {
                r = obj_call_method(it, ID(send), &v, 1);
            }
            if (!r) {
                if (!err_matches(&StopIteration_type))
                    goto error;
                Value e = err_fetch();
                Value val = obj_getattr_opt(e, ID(value));
                r = val ? val : NONE;
                done = 1;
            }
            if (done) {
                sp[-1] = r;
                DISPATCH();
            }
            /* yield r; on resume the sent value is pushed and this
             * instruction runs again */
            ip--;
            f->sp = sp;
            f->ip = ip;
            f->yielded = 1;
            vm_pop_frame(ts, f);
            return r;
        }
        TARGET(SETUP_FINALLY) {
            Block *b = &f->blocks[f->nblocks++];
            b->type = BLOCK_SETUP;
            b->level = (int16_t)(sp - FRAME_STACK_BASE(f));
            b->handler = ARG;
            DISPATCH();
        }
        TARGET(SETUP_WITH) {
            Value mgr = POP();
            Value res;
            Value exit = vm_setup_with(mgr, &res);
            if (!exit)
                goto error;
            PUSH(exit);
            Block *b = &f->blocks[f->nblocks++];
            b->type = BLOCK_SETUP;
            b->level = (int16_t)(sp - FRAME_STACK_BASE(f));
            b->handler = ARG;
            PUSH(res);
            DISPATCH();
        }
        TARGET(POP_BLOCK) {
            f->nblocks--;
            DISPATCH();
        }
        TARGET(POP_EXCEPT) {
            Block *b = &f->blocks[--f->nblocks];
            Value *slot = FRAME_STACK_BASE(f) + b->level;
            Value prev = *slot;
            ts->handled_exc = prev == NONE ? VNULL : prev;
            memmove(slot, slot + 1, (size_t)(sp - (slot + 1)) * sizeof(Value));
            sp--;
            DISPATCH();
        }
        TARGET(RERAISE) {
            Value e = POP();
            ts->exc = e;
            reraise = true;
            goto error;
        }
        TARGET(CHECK_EXC_MATCH) {
            Value t = POP();
            int r = vm_exc_match(TOP(), t);
            if (r < 0)
                goto error;
            PUSH(BOOL_V(r));
            DISPATCH();
        }
        TARGET(WITH_EXCEPT_START) {
            Value r = vm_with_exit_exc(sp[-3], sp[-1]);
            if (!r)
                goto error;
            PUSH(r);
            DISPATCH();
        }
        TARGET(RAISE_VARARGS) {
            int n = ARG;
            if (n == 0) {
                Value h = ts->handled_exc;
                if (!h) {
                    err_str(&RuntimeError_type, "No active exception to reraise");
                    goto error;
                }
                ts->exc = h;
                reraise = true;
                goto error;
            }
            Value cause = n == 2 ? POP() : VNULL;
            Value e = POP();
            vm_do_raise(e, cause, n == 2);
            goto error;
        }
        TARGET(LOAD_BUILD_CLASS) {
            Value v = f->builtins ? dict_get_str(f->builtins, ID(__build_class__)) : VNULL;
            if (!v) {
                err_str(&NameError_type, "__build_class__ not found");
                goto error;
            }
            PUSH(v);
            DISPATCH();
        }
        TARGET(IMPORT_NAME) {
            Value fromlist = POP();
            Value level = POP();
            Value m = import_name(AS(Str, names[ARG]), f->globals, fromlist, (int)INT_VAL(level));
            if (!m)
                goto error;
            PUSH(m);
            DISPATCH();
        }
        TARGET(IMPORT_FROM) {
            Value v = vm_import_from(TOP(), AS(Str, names[ARG]));
            if (!v)
                goto error;
            PUSH(v);
            DISPATCH();
        }
        TARGET(IMPORT_STAR) {
            Value m = POP();
            if (vm_import_star(f, m) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(FORMAT_VALUE) {
            Value spec = (ARG & FV_SPEC) ? POP() : VNULL;
            Value v = vm_format_value(TOP(), ARG, spec);
            if (!v)
                goto error;
            sp[-1] = v;
            DISPATCH();
        }
        TARGET(LOAD_ASSERTION_ERROR) {
            PUSH((Value)&AssertionError_type);
            DISPATCH();
        }
        TARGET(SETUP_ANNOTATIONS) {
            if (vm_setup_annotations(f) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(PRINT_EXPR) {
            Value v = POP();
            if (vm_print_expr(v) < 0)
                goto error;
            DISPATCH();
        }
        TARGET(CHECK_EG_MATCH) {
            Value type = POP();
            Value match;
            Value rest = vm_eg_match(TOP(), type, &match);
            if (!rest)
                goto error;
            sp[-1] = rest;
            PUSH(match);
            DISPATCH();
        }
        TARGET(PREP_RERAISE_STAR) {
            Value rest = sp[-1], orig = sp[-2], list = sp[-3];
            Value r = vm_prep_reraise_star(orig, list, rest);
            if (!r)
                goto error;
            sp -= 2;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(LOAD_LOCALS) {
            if (!f->locals) {
                err_str(&SystemError_type, "no locals");
                goto error;
            }
            PUSH(f->locals);
            DISPATCH();
        }
        }
        /* unknown opcode */
        err_format(&SystemError_type, "unknown opcode %d", (int)INSN_OP(w));
        goto error;

    error: {
        Value exc = ts->exc;
        if (!exc) {
            err_str(&SystemError_type, "error return without exception set");
            exc = ts->exc;
        }
        if (!reraise) {
            int lasti = (int)(ip - co->insns) - 1;
            if (lasti < 0)
                lasti = 0;
            exc_add_traceback(exc, (Value)co, code_addr_to_line((Value)co, lasti), lasti);
            chain_context(ts, exc);
            ts->exc = exc;
        }
        reraise = false;
        kwnames = NULL;
        while (f->nblocks > 0) {
            Block *b = &f->blocks[--f->nblocks];
            Value *base = FRAME_STACK_BASE(f);
            if (b->type == BLOCK_HANDLER) {
                Value prev = base[b->level];
                ts->handled_exc = prev == NONE ? VNULL : prev;
                sp = base + b->level;
                continue;
            }
            sp = base + b->level;
            int handler = b->handler;
            int level = b->level;
            Value e = ts->exc;
            ts->exc = VNULL;
            PUSH(ts->handled_exc ? ts->handled_exc : NONE);
            PUSH(e);
            ts->handled_exc = e;
            Block *h = &f->blocks[f->nblocks++];
            h->type = BLOCK_HANDLER;
            h->level = (int16_t)level;
            h->handler = -1;
            ip = co->insns + handler;
            DISPATCH();
        }
        /* no handler in this frame */
        if (f->is_entry) {
            f->sp = sp;
            f->ip = ip;
            vm_pop_frame(ts, f);
            return VNULL;
        }
        Frame *prev = f->prev;
        vm_pop_frame(ts, f);
        f = prev;
        LOAD_FRAME();
        goto error;
    }
    }
}
