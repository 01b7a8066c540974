/* frame.c - the per-thread VM stack, frame push/pop, argument binding,
 * calls into Python from C, and precise scanning of frames.
 *
 * The VM stack is one reserved mmap() area per thread (pages are committed
 * on first touch); frames are bump-allocated and released LIFO.  A frame is
 * fully initialised (header filled, slots zeroed) before it is linked into
 * ts->frame, so the collector, which walks ts->frame with the world
 * stopped, only ever sees complete frames.  Only the owning thread touches
 * its VM stack.
 */
#include <string.h>
#include <sys/mman.h>

#include "vm.h"

#define VMSTACK_SIZE ((size_t)256 << 20)

static VMStack *vmstack_get(ThreadState *ts) {
    VMStack *vs = ts->vm;
    if (vs)
        return vs;
    /* vs->top moves on every call: own cache lines (no false sharing) */
    _Static_assert(sizeof(VMStack) <= 128, "VMStack fits its line pair");
    vs = aligned_alloc(128, 128);
    if (!vs)
        return NULL;
    void *p = mmap(NULL, VMSTACK_SIZE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        free(vs);
        return NULL;
    }
    vs->base = vs->top = p;
    vs->limit = (char *)p + VMSTACK_SIZE;
    ts->vm = vs;
    return vs;
}

void vm_thread_exit(ThreadState *ts) {
    VMStack *vs = ts->vm;
    if (!vs)
        return;
    ts->vm = NULL;
    munmap(vs->base, VMSTACK_SIZE);
    free(vs);
}

static Value recursion_error(void) {
    return err_str(&RecursionError_type, "maximum recursion depth exceeded");
}

Frame *vm_push_frame(ThreadState *ts, Code *code, Function *func, Dict *globals, Value locals) {
    if (ts->depth >= RECURSION_LIMIT()) {
        recursion_error();
        return NULL;
    }
    VMStack *vs = vmstack_get(ts);
    if (!vs) {
        err_no_memory();
        return NULL;
    }
    size_t size = sizeof(Frame) + (size_t)code->nslots * sizeof(Value);
    size = (size + 15) & ~(size_t)15;
    if (vs->top + size > vs->limit) {
        recursion_error();
        return NULL;
    }
    Frame *f = (Frame *)vs->top;
    /* the block array needs no zeroing (nblocks bounds it); the slots do */
    memset(f->slots, 0, (size_t)code->nslots * sizeof(Value));
    f->nblocks = 0;
    f->is_entry = 0;
    f->yielded = 0;
    f->is_init = 0;
    f->gen = NULL;
    f->code = code;
    f->func = func;
    f->globals = globals;
    f->builtins = func && func->builtins ? func->builtins : builtins_dict;
    f->locals = locals;
    f->ip = code->insns;
    f->sp = f->slots + code->nlocals + code->ncells + code->nfree;
    f->on_vmstack = 1;
    f->prev = ts->frame;
    vs->top += size;
    ts->depth++;
    /* publish last: the collector sees a complete frame */
    __atomic_store_n(&ts->frame, f, __ATOMIC_RELEASE);
    return f;
}

void vm_pop_frame(ThreadState *ts, Frame *f) {
    __atomic_store_n(&ts->frame, f->prev, __ATOMIC_RELEASE);
    ts->depth--;
    if (f->on_vmstack) {
        VMStack *vs = ts->vm;
        vs->top = (char *)f;
    }
}

void vm_trace_frame(Frame *f, Tracer *t) {
    GC_MARK(t, f->code);
    GC_MARK(t, f->func);
    GC_MARK(t, f->globals);
    GC_MARK(t, f->builtins);
    gc_mark(t, f->locals);
    if (f->code)
        gc_mark_range(t, f->slots, (size_t)f->code->nslots);
}

void vm_trace_thread(ThreadState *ts, Tracer *t) {
    gc_mark(t, ts->exc);
    gc_mark(t, ts->handled_exc);
    for (Frame *f = ts->frame; f; f = f->prev) {
        vm_trace_frame(f, t);
        if (f->gen)
            GC_MARK(t, f->gen);
    }
}

/* ---------------------------------------------------------- arguments */
/* Another thread may assign a function's __qualname__, __defaults__,
 * __kwdefaults__ or __code__ while we bind a call: each is loaded once with
 * LOAD_FIELD, and the code used is the frame's own (the one the caller
 * loaded and sized the frame for). */
static Str *fn_qualname(Function *fn) {
    Str *q = LOAD_FIELD(fn->qualname);
    return q ? q : LOAD_FIELD(fn->code)->qualname;
}

static void missing_args(Function *fn, Code *co, Value *slots, int start, int end, bool kwonly) {
    int n = 0;
    for (int i = start; i < end; i++)
        if (!slots[i])
            n++;
    StrBuilder b;
    sb_init(&b);
    int k = 0;
    for (int i = start; i < end; i++) {
        if (slots[i])
            continue;
        Str *r = str_repr(AS(Str, co->varnames->items[i]));
        if (!r) {
            sb_free(&b);
            return;
        }
        if (k > 0)
            sb_append_cstr(&b, n == 2 ? " and " : (k == n - 1 ? ", and " : ", "));
        sb_append_str(&b, r);
        k++;
    }
    Str *names = sb_finish(&b);
    if (!names)
        return;
    err_format(&TypeError_type, "%U() missing %d required %s argument%s: %U", fn_qualname(fn), n,
               kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", names);
}

static void too_many_positional(Function *fn, Code *co, Tuple *defs, size_t given,
                                Value *slots) {
    int ndef = defs ? (int)defs->len : 0;
    int argc = co->argcount;
    int kwgiven = 0;
    for (int i = argc; i < argc + co->kwonlyargcount; i++)
        if (slots[i])
            kwgiven++;
    char takes[64];
    if (ndef)
        snprintf(takes, sizeof takes, "from %d to %d positional arguments", argc - ndef, argc);
    else
        snprintf(takes, sizeof takes, "%d positional argument%s", argc, argc == 1 ? "" : "s");
    char kwpart[96] = "";
    if (kwgiven)
        snprintf(kwpart, sizeof kwpart, " positional argument%s (and %d keyword-only argument%s)",
                 given == 1 ? "" : "s", kwgiven, kwgiven == 1 ? "" : "s");
    err_format(&TypeError_type, "%U() takes %s but %zu%s %s given", fn_qualname(fn), takes, given,
               kwpart, (given == 1 && !kwgiven) ? "was" : "were");
}

int vm_bind_args(Function *fn, Frame *f, Value *args, size_t nargs, Tuple *kwnames) {
    Code *co = f->code;
    Value *slots = f->slots;
    int argc = co->argcount;
    int kwonly = co->kwonlyargcount;
    uint32_t flags = co->flags;
    size_t nkw = kwnames ? (size_t)kwnames->len : 0;
    if (nkw == 0 && nargs == (size_t)argc && !(flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
        kwonly == 0) {
        for (int i = 0; i < argc; i++)
            slots[i] = args[i];
        goto cells;
    }
    {
        size_t n = nargs < (size_t)argc ? nargs : (size_t)argc;
        for (size_t i = 0; i < n; i++)
            slots[i] = args[i];
        int extra = argc + kwonly;
        if (flags & CO_VARARGS) {
            Tuple *t = nargs > n ? tuple_from_array(args + n, (int64_t)(nargs - n)) : tuple_empty;
            if (!t)
                return -1;
            slots[extra++] = (Value)t;
        }
        Dict *kwdict = NULL;
        if (flags & CO_VARKEYWORDS) {
            kwdict = dict_new();
            if (!kwdict)
                return -1;
            slots[extra] = (Value)kwdict;
        }
        for (size_t i = 0; i < nkw; i++) {
            Str *name = AS(Str, kwnames->items[i]);
            Value v = args[nargs + i];
            int j = -1;
            for (int k = co->posonlyargcount; k < argc + kwonly; k++)
                if (co->varnames->items[k] == (Value)name) {
                    j = k;
                    break;
                }
            if (j < 0)
                for (int k = co->posonlyargcount; k < argc + kwonly; k++)
                    if (str_eq(AS(Str, co->varnames->items[k]), name)) {
                        j = k;
                        break;
                    }
            if (j >= 0) {
                if (slots[j]) {
                    err_format(&TypeError_type, "%U() got multiple values for argument '%U'",
                               fn_qualname(fn), name);
                    return -1;
                }
                slots[j] = v;
                continue;
            }
            if (kwdict) {
                if (dict_set(kwdict, (Value)name, v) < 0)
                    return -1;
                continue;
            }
            for (int k = 0; k < co->posonlyargcount; k++)
                if (str_eq(AS(Str, co->varnames->items[k]), name)) {
                    err_format(&TypeError_type,
                               "%U() got some positional-only arguments passed as keyword "
                               "arguments: '%U'",
                               fn_qualname(fn), name);
                    return -1;
                }
            err_format(&TypeError_type, "%U() got an unexpected keyword argument '%U'",
                       fn_qualname(fn), name);
            return -1;
        }
        Tuple *defs = LOAD_FIELD(fn->defaults);
        if (nargs > (size_t)argc && !(flags & CO_VARARGS)) {
            too_many_positional(fn, co, defs, nargs, slots);
            return -1;
        }
        if (nargs < (size_t)argc) {
            int ndef = defs ? (int)defs->len : 0;
            int first_def = argc - ndef;
            bool missing = false;
            for (int i = (int)nargs; i < argc; i++) {
                if (slots[i])
                    continue;
                if (i >= first_def)
                    slots[i] = defs->items[i - first_def];
                else
                    missing = true;
            }
            if (missing) {
                missing_args(fn, co, slots, 0, argc, false);
                return -1;
            }
        }
        if (kwonly) {
            bool missing = false;
            Dict *kwdefs = LOAD_FIELD(fn->kwdefaults);
            for (int i = argc; i < argc + kwonly; i++) {
                if (slots[i])
                    continue;
                Value d = kwdefs ? dict_get_str(kwdefs, AS(Str, co->varnames->items[i])) : VNULL;
                if (d)
                    slots[i] = d;
                else
                    missing = true;
            }
            if (missing) {
                missing_args(fn, co, slots, argc, argc + kwonly, true);
                return -1;
            }
        }
    }
cells:
    if (co->ncells | co->nfree) {
        Value *cells = slots + co->nlocals;
        for (int i = 0; i < co->ncells; i++) {
            Value init = VNULL;
            if (co->cell2arg) {
                int64_t a = INT_VAL(co->cell2arg->items[i]);
                if (a >= 0)
                    init = slots[a];
            }
            Cell *c = cell_new(init);
            if (!c)
                return -1;
            cells[i] = (Value)c;
        }
        for (int i = 0; i < co->nfree; i++)
            cells[co->ncells + i] = fn->closure->items[i];
    }
    return 0;
}

Value vm_call_function(Function *fn, Value *args, size_t nargs, Tuple *kwnames) {
    Code *co = LOAD_FIELD(fn->code);
    if (co->flags & CO_GENERATOR)
        return gen_new(fn, co, args, nargs, kwnames);
    ThreadState *ts = ts_current;
    Frame *f = vm_push_frame(ts, co, fn, fn->globals, VNULL);
    if (!f)
        return VNULL;
    if (vm_bind_args(fn, f, args, nargs, kwnames) < 0) {
        vm_pop_frame(ts, f);
        return VNULL;
    }
    f->is_entry = 1;
    return vm_eval(ts, f);
}

Dict *vm_builtins_for(Dict *globals) {
    Value b = globals ? dict_get_str(globals, ID(__builtins__)) : VNULL;
    if (b && IS_DICT(b))
        return AS(Dict, b);
    if (b && IS_EXACT(b, module_type))
        return AS(Module, b)->dict;
    return builtins_dict;
}

Value vm_run_code(Value code, Dict *globals, Dict *locals) {
    return vm_run_code_mapping(code, globals, locals ? (Value)locals : (Value)globals);
}

Value vm_run_code_mapping(Value code, Dict *globals, Value locals) {
    ThreadState *ts = ts_current;
    Code *co = AS(Code, code);
    Frame *f = vm_push_frame(ts, co, NULL, globals, locals ? locals : (Value)globals);
    if (!f)
        return VNULL;
    f->builtins = vm_builtins_for(globals);
    if (co->ncells | co->nfree) {
        if (co->nfree) {
            vm_pop_frame(ts, f);
            return err_str(&TypeError_type, "code object passed to exec() may not contain free variables");
        }
        for (int i = 0; i < co->ncells; i++) {
            Cell *c = cell_new(VNULL);
            if (!c) {
                vm_pop_frame(ts, f);
                return VNULL;
            }
            f->slots[co->nlocals + i] = (Value)c;
        }
    }
    f->is_entry = 1;
    return vm_eval(ts, f);
}
