/* vm.h - code, function, cell, bound method, generator and frame objects,
 * and the interpreter's entry points (see docs/vm.md).
 *
 * Frames: a Frame header followed by `nslots` Values: fast locals, then
 * cells and free variables (Cell objects), then the value stack.  Ordinary
 * frames live on the thread's VM stack (ts->vm, a contiguous mmap'ed area);
 * generator frames live inside their Generator object.  The whole slot
 * area is zeroed when a frame is pushed and traced exactly by
 * vm_trace_thread (values above the stack pointer are stale but valid
 * objects, so tracing them is safe).
 */
#ifndef WEFT_VM_VM_H
#define WEFT_VM_VM_H

#include <stdio.h>
#include <stdlib.h>

#include "../runtime.h"
#include "opcodes.h"

/* Code flags. */
enum {
    CO_VARARGS = 1,
    CO_VARKEYWORDS = 2,
    CO_GENERATOR = 4,
    CO_NEWLOCALS = 8,     /* function body (fast locals) */
    CO_CLASSBODY = 16,
    CO_NESTED = 32,
    CO_COMPREHENSION = 64,
};

typedef struct InlineCache InlineCache;

#define LT_STRIDE 5

typedef struct Code {
    Obj hdr;
    uint32_t ninsns;
    uint32_t nlines;          /* line table entries */
    int32_t argcount, posonlyargcount, kwonlyargcount;
    int32_t nlocals, ncells, nfree;
    int32_t stacksize;
    int32_t nslots;           /* nlocals + ncells + nfree + stacksize */
    int32_t firstlineno;
    uint32_t flags;
    Tuple *consts;
    Tuple *names;             /* interned Str */
    Tuple *varnames;          /* fast locals (args first) */
    Tuple *cellvars;
    Tuple *freevars;
    Tuple *cell2arg;          /* per cellvar: index of the arg it starts as, or -1; NULL if none */
    Str *name, *qualname, *filename;
    Value caches;             /* ValArray of cache records (one per cached insn), or VNULL */
    uint32_t *cache_index;    /* inside this object: per insn, cache slot or 0 */
    int32_t *linetab;         /* inside this object: LT_STRIDE ints per entry:
                                 (first insn, line, end line, col, end col);
                                 cols are 0-based UTF-8 byte offsets, -1 unknown */
    _Alignas(8) uint32_t insns[];
} Code;

typedef struct Function {
    Obj hdr;
    Code *code;
    Dict *globals;
    Dict *builtins;           /* from the defining frame (globals['__builtins__']) */
    Tuple *defaults;          /* NULL: none */
    Dict *kwdefaults;         /* NULL: none */
    Tuple *closure;           /* NULL: none */
    Str *name, *qualname;
    Value doc, module, annotations;
    Dict *dict;
} Function;

typedef struct Cell {
    Obj hdr;
    Value v;                  /* VNULL: empty */
} Cell;

typedef struct Method {
    Obj hdr;
    Value func, self;
} Method;

enum { BLOCK_SETUP = 1, BLOCK_HANDLER = 2 };
#define MAX_BLOCKS 24
typedef struct Block {
    int16_t type;
    int16_t level;            /* stack depth (from stack base) at setup */
    int32_t handler;          /* insn index */
} Block;

typedef struct Frame {
    struct Frame *prev;
    Code *code;
    Function *func;           /* NULL for module/exec code */
    Dict *globals;
    Dict *builtins;
    Value locals;             /* mapping for module/class/exec code, else VNULL */
    const uint32_t *ip;       /* next instruction (saved while not running) */
    Value *sp;                /* saved stack pointer */
    struct Generator *gen;    /* owning generator, or NULL */
    int32_t nblocks;
    uint8_t is_entry;         /* returning from it returns to C */
    uint8_t on_vmstack;
    uint8_t yielded;          /* set by YIELD_VALUE/YIELD_FROM when vm_eval returns a yield */
    uint8_t is_init;          /* __init__ run by an inlined class call: the caller
                                 already holds the instance; the result must be None */
    Block blocks[MAX_BLOCKS];
    Value slots[];
} Frame;

#define FRAME_STACK_BASE(f) ((f)->slots + (f)->code->nlocals + (f)->code->ncells + (f)->code->nfree)

typedef struct Generator {
    Obj hdr;
    Str *name, *qualname;
    Value exc_state;          /* exception being handled inside the suspended generator */
    uint8_t running;
    uint8_t finished;
    uint8_t started;
    _Alignas(8) Frame frame;  /* frame memory owned by the generator (variable size) */
} Generator;

/* The per-thread VM stack. */
typedef struct VMStack {
    char *base, *top, *limit;
} VMStack;

extern Type function_type, code_type, cell_type, method_type, generator_type;

/* code.c */
Code *code_new(uint32_t ninsns, uint32_t nlines);
int code_addr_to_line(Value code, int offset);
/* Source span of the instruction at offset: 0, or -1 when unknown. */
int code_addr_to_position(Value code, int offset, int *lineno, int *end_lineno, int *col,
                          int *end_col);
void code_disassemble(Code *c, FILE *out);

/* func.c */
Function *function_new(Code *code, Dict *globals, Value qualname);
Cell *cell_new(Value v);

/* frame / interp */
Frame *vm_push_frame(ThreadState *ts, Code *code, Function *func, Dict *globals, Value locals);
/* Release a finished thread's VM stack (call before thread_unregister;
 * the thread must have no live frames). */
void vm_thread_exit(ThreadState *ts);
/* The builtins namespace code running with `globals` sees. */
Dict *vm_builtins_for(Dict *globals);
void vm_pop_frame(ThreadState *ts, Frame *f);
/* Run frame f (already set up, ts->frame == f) until it returns or yields.
 * For a generator frame *yielded says whether it yielded. */
Value vm_eval(ThreadState *ts, Frame *f);
/* Same, but first raise the pending exception inside f (generator.throw). */
Value vm_eval_ex(ThreadState *ts, Frame *f, int throwflag);
/* vm_run_code with any mapping as the locals (exec/eval). */
Value vm_run_code_mapping(Value code, Dict *globals, Value locals);
/* Call a Python function from C. */
Value vm_call_function(Function *fn, Value *args, size_t nargs, Tuple *kwnames);
/* Bind call arguments into a frame's slots; -1 with TypeError. */
int vm_bind_args(Function *fn, Frame *f, Value *args, size_t nargs, Tuple *kwnames);
void vm_trace_frame(Frame *f, Tracer *t);

/* gen.c */
/* A generator running `co`: the fn->code the caller loaded (once) and found
 * to be a generator's; another thread may have replaced fn->code since. */
Value gen_new(Function *fn, Code *co, Value *args, size_t nargs, Tuple *kwnames);
/* Resume g with value v (or throw exc when v == VNULL and exc set).
 * Returns the yielded value with *done=0, the return value with *done=1,
 * or VNULL with an exception. */
Value gen_send_ex(Generator *g, Value v, bool do_throw, int *done);
Value gen_throw_value(Generator *g, Value exc);

/* builtins that need the current frame (vm_builtins.c) */
extern const MethodDef vm_builtin_methods[];
int vm_super_args(Type **cls, Value *self);
Value vm_exc_info(void);
Value vm_build_class(Value self, Value *args, size_t nargs, Tuple *kwnames);
Dict *vm_current_globals(void);

#endif

/* ---- slow paths of the eval loop (ops.c) ---- */
#ifndef WEFT_VM_OPS
#define WEFT_VM_OPS
Value vm_name_error(Str *name);
Value vm_unbound_local(Str *name);
Value vm_unbound_free(Str *name);
Value vm_load_name(Frame *f, Str *name);
int vm_store_name(Frame *f, Str *name, Value v);
int vm_delete_name(Frame *f, Str *name);
Value vm_load_global(Frame *f, Str *name);
int vm_delete_global(Frame *f, Str *name);
/* Push n items of seq onto sp (first item on top); -1 on error. */
int vm_unpack_sequence(Value seq, int n, Value *sp);
int vm_unpack_ex(Value seq, int before, int after, Value *sp);
/* Prepare the exception for `raise exc from cause`; sets it pending. */
void vm_do_raise(Value exc, Value cause, bool has_cause);
/* `except T`: 1 match, 0 no match, -1 error. */
int vm_exc_match(Value exc, Value type);
/* with: returns the bound __exit__ and stores __enter__() in *res. */
Value vm_setup_with(Value mgr, Value *res);
Value vm_with_exit_exc(Value exit, Value exc);
Value vm_import_from(Value mod, Str *name);
int vm_import_star(Frame *f, Value mod);
Value vm_format_value(Value v, int flags, Value spec);
Value vm_build_string(Value *items, int n);
int vm_dict_merge(Value func, Value dict, Value other);
int vm_dict_update(Value dict, Value other);
/* func: the callee for `f(*x)` error messages, VNULL in displays */
int vm_list_extend(Value list, Value iterable, Value func);
Value vm_make_function(Frame *f, Value code, Value qualname, int flags, Value *extras);
/* CALL_EX: flatten (args tuple, kwargs mapping) into a vector call. */
Value vm_call_ex(Value func, Value args, Value kwargs);
int vm_call_ex_args(Value func, Value args, Value kwargs, Tuple **vec, int64_t *npos,
                    Tuple **names);
int vm_setup_annotations(Frame *f);
int vm_print_expr(Value v);
/* except*: split `rest` by `type`; returns the new rest (None when all
 * matched) and the match (None when nothing matched) in *match. */
Value vm_eg_match(Value rest, Value type, Value *match);
/* except*: what propagates after the clauses ran (None: nothing). */
Value vm_prep_reraise_star(Value orig, Value raised_list, Value rest);
Value vm_build_set(Value *items, int n);
Value vm_build_map(Value *items, int n);
int vm_set_update(Value set, Value iterable);
#endif
