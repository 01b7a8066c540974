/* error.c - the current thread's pending exception: raising, testing,
 * fetching.
 *
 * The pending exception lives in ts_current->exc (an exception instance),
 * so each thread has its own and no locking is needed.  Raising helpers
 * build the instance eagerly: exceptions on hot paths (StopIteration at the
 * end of a for loop) never get here, because iternext signals exhaustion
 * with VNULL and no exception.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdarg.h>
#include <string.h>

#include "../runtime.h"

/* Preallocated so that running out of memory can always be reported. */
static Value memory_error_instance;

static void set_pending(Value exc) {
    ts_current->exc = exc;
}

Value err_set_value(Value exc) {
    if (IS_TYPE(exc)) {
        Value inst = obj_call0(exc);
        if (!inst)
            return VNULL;
        exc = inst;
    }
    set_pending(exc);
    return VNULL;
}

Value err_set_arg(Type *t, Value arg) {
    Value inst = exc_new(t, &arg, 1);
    if (inst)
        set_pending(inst);
    return VNULL;
}

Value err_str(Type *t, const char *msg) {
    Str *s = str_from_cstr(msg);
    if (!s)
        return VNULL;
    return err_set_arg(t, OBJ_VAL(s));
}

Value err_format(Type *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Str *s = str_vformat(fmt, ap);
    va_end(ap);
    if (!s)
        return VNULL;
    return err_set_arg(t, OBJ_VAL(s));
}

Value err_no_memory(void) {
    if (!memory_error_instance) {
        /* Start-up has not made the instance yet: nothing sane to raise. */
        fputs("weft: out of memory during start-up\n", stderr);
        abort();
    }
    set_pending(memory_error_instance);
    return VNULL;
}

/* errno -> OSError subclass, as CPython maps them. */
Type *errno_exc_type(int e) {
    switch (e) {
    case ENOENT: return &FileNotFoundError_type;
    case EEXIST: return &FileExistsError_type;
    case EISDIR: return &IsADirectoryError_type;
    case ENOTDIR: return &NotADirectoryError_type;
    case EACCES: case EPERM: return &PermissionError_type;
    case EINTR: return &InterruptedError_type;
    case EAGAIN: return &BlockingIOError_type;
    case EPIPE: return &BrokenPipeError_type;
    case ECONNREFUSED: return &ConnectionRefusedError_type;
    case ECONNRESET: return &ConnectionResetError_type;
    case ECONNABORTED: return &ConnectionAbortedError_type;
    case ETIMEDOUT: return &TimeoutError_type;
    case ECHILD: return &ChildProcessError_type;
    case ESRCH: return &ProcessLookupError_type;
    default: return &OSError_type;
    }
}

Value err_from_errno(int errnum, Value filename) {
    Value args[3];
    args[0] = MK_INT(errnum);
    Str *msg = str_from_cstr(strerror(errnum));
    if (!msg)
        return VNULL;
    args[1] = OBJ_VAL(msg);
    args[2] = filename;
    Value inst = exc_new(errno_exc_type(errnum), args, filename ? 3 : 2);
    if (inst)
        set_pending(inst);
    return VNULL;
}

bool err_occurred(void) {
    return ts_current->exc != VNULL;
}

bool err_matches(Type *t) {
    Value e = ts_current->exc;
    return e && obj_is_instance_of(e, t);
}

Value err_fetch(void) {
    Value e = ts_current->exc;
    ts_current->exc = VNULL;
    return e;
}

void err_clear(void) {
    ts_current->exc = VNULL;
}

/* Chain `context` as exc.__context__, avoiding cycles the way CPython does:
 * if exc already appears in context's chain, cut the chain there. */
void err_chain_context(Value exc, Value context) {
    if (!context || context == exc || !IS_OBJ(exc) ||
        !obj_is_instance_of(exc, &BaseException_type))
        return;
    /* The chain may be changed by other threads meanwhile (acquire loads),
     * and may already hold a cycle not through exc: a slow pointer moving
     * at half speed detects it (Floyd), as CPython does. */
    Value o = context, slow = context;
    for (bool step = false; o && IS_OBJ(o) && obj_is_instance_of(o, &BaseException_type);
         step = !step) {
        BaseExc *be = AS(BaseExc, o);
        Value next = LOAD_FIELD(be->context);
        if (next == exc) {
            SET_FIELD(be, be->context, VNULL);
            break;
        }
        o = next;
        if (step)
            slow = LOAD_FIELD(AS(BaseExc, slow)->context);
        if (o == slow)
            break;
    }
    BaseExc *e = AS(BaseExc, exc);
    SET_FIELD(e, e->context, context);
}

void err_init(void) {
    gc_register_root(&memory_error_instance);
    memory_error_instance = exc_new(&MemoryError_type, NULL, 0);
}
