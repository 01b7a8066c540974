/* traceback.c - traceback objects: one per frame an exception passed
 * through.  exc_add_traceback() prepends an entry as the exception leaves
 * (or is handled in) a frame, so following tb_next from
 * exc.__traceback__ goes from the outermost frame to the innermost.
 *
 * Thread-safety: a Traceback's fields are set before it is published;
 * afterwards only tb_next can change (one SET_FIELD store).  The
 * exception's traceback field is replaced with one SET_FIELD store; one
 * exception instance may be raised in several threads at once, so both
 * are read with LOAD_FIELD (each thread's chain is then built on whatever
 * chain it saw: racy, as in CPython, but never torn).
 */
#include "vm.h"

static void traceback_trace(Obj *o, Tracer *t) {
    Traceback *tb = (Traceback *)o;
    GC_MARK(t, tb->next);
    gc_mark(t, tb->code);
}

int exc_add_traceback(Value exc, Value code, int lineno, int lasti) {
    if (!IS_OBJ(exc) || !TYPE_FLAG(exc, TF_EXC_SUBCLASS))
        return 0;
    BaseExc *e = AS(BaseExc, exc);
    Traceback *tb = gc_alloc(&traceback_type, sizeof(Traceback));
    if (!tb)
        return -1;
    SET_FIELD(tb, tb->next, LOAD_FIELD(e->traceback));
    SET_FIELD(tb, tb->code, code);
    tb->lineno = lineno;
    tb->lasti = lasti;
    SET_FIELD(e, e->traceback, tb);
    return 0;
}

static Value tb_next_get(Value s) {
    Traceback *n = LOAD_FIELD(AS(Traceback, s)->next);
    return n ? (Value)n : NONE;
}
static int tb_next_set(Value s, Value v) {
    if (!v || (v != NONE && !IS_EXACT(v, traceback_type))) {
        err_str(&TypeError_type, "expected traceback object or None");
        return -1;
    }
    SET_FIELD(AS(Obj, s), AS(Traceback, s)->next, v == NONE ? NULL : AS(Traceback, v));
    return 0;
}
static Value tb_lineno_get(Value s) { return MK_INT(AS(Traceback, s)->lineno); }
static Value tb_lasti_get(Value s) { return MK_INT(AS(Traceback, s)->lasti * 2); }
static Value tb_code_get(Value s) { return AS(Traceback, s)->code; }
static Value tb_frame_get(Value s) { return NONE; }

static const GetSetDef traceback_getsets[] = {
    {"tb_next", tb_next_get, tb_next_set},
    {"tb_lineno", tb_lineno_get, NULL},
    {"tb_lasti", tb_lasti_get, NULL},
    {"tb_code", tb_code_get, NULL},
    {"tb_frame", tb_frame_get, NULL},
    {NULL, NULL, NULL},
};

Type traceback_type = {
    .hdr = {&type_type},
    .name = "traceback",
    .basicsize = sizeof(Traceback),
    .trace = traceback_trace,
    .getattr = obj_generic_getattr,
    .getsets = traceback_getsets,
};
