/* runtime.h - modules, builtin functions and methods, start-up, and the
 * entry points that join the parts of the interpreter:
 *
 *   source --compile_source()--> Code --vm_run_code()--> result
 *   import statement --import_name()--> module (compiles + runs its file)
 *
 * Who implements what: src/compile (compile_source), src/vm (vm_*, code,
 * function, frame, generator, traceback objects), src/modules (builtins,
 * sys, math, gc, time, import system), src/objects/module.c, descr.c.
 */
#ifndef WEFT_RUNTIME_H
#define WEFT_RUNTIME_H

#include "error.h"
#include "gc/gc.h"
#include "object.h"
#include "objects/bytes.h"
#include "objects/containers.h"
#include "objects/number.h"
#include "objects/str.h"
#include "thread/thread.h"

/* ---- modules (objects/module.c) ----
 * A module is its __dict__ plus a name; attribute access reads the dict
 * (lock-free, dict rules apply). */
typedef struct Module {
    Obj hdr;
    Dict *dict;
    Str *name;
} Module;
Module *module_new(Str *name);
/* Add builtin functions (CFunction objects bound to the module). */
int module_add_functions(Module *m, const MethodDef *defs);
int module_add_value(Module *m, const char *name, Value v);

/* ---- builtin functions and method descriptors (objects/descr.c) ---- */
typedef struct CFunction {     /* a builtin function, or a bound builtin method */
    Obj hdr;
    const MethodDef *def;
    Value self;                /* VNULL for plain functions; module or bound instance */
    Value module;              /* __module__ name, or VNULL */
} CFunction;
typedef struct MethodDescr {   /* an unbound method of a builtin type: str.split */
    Obj hdr;
    const MethodDef *def;
    Type *owner;
} MethodDescr;
typedef struct GetSetDescr {
    Obj hdr;
    const GetSetDef *def;
    Type *owner;
} GetSetDescr;
Value cfunction_new(const MethodDef *def, Value self, Value module);
Value method_descr_new(const MethodDef *def, Type *owner);
/* Call a builtin method descriptor with an explicit self (fast path for
 * the VM's method calls: no bound object is allocated). */
Value method_descr_call(MethodDescr *d, Value self, Value *args, size_t nargs, Tuple *kwnames);

/* Python-level bound method (objects/func? owned by src/vm): method_type. */
Value method_new(Value func, Value self);

/* ---- compile and run (src/compile, src/vm) ---- */
enum { COMPILE_EXEC, COMPILE_EVAL, COMPILE_SINGLE };
/* Parse + compile source text.  Returns a Code object, or VNULL with
 * SyntaxError (with filename, lineno, offset, text) set. */
Value compile_source(const char *src, size_t len, const char *filename, int mode);
/* Run a module-level/exec/eval code object with the given namespaces
 * (locals may equal globals).  Returns the value (eval) or None. */
Value vm_run_code(Value code, Dict *globals, Dict *locals);
/* Trace every interpreter frame of thread ts (called by the collector
 * with the world stopped). */
void vm_trace_thread(ThreadState *ts, Tracer *t);
/* Globals of the innermost running Python frame, or NULL. */
Dict *vm_current_globals(void);
/* Zero-argument super(): the current frame's __class__ cell and first
 * argument; -1 with RuntimeError when there are none. */
int vm_super_args(Type **cls, Value *self);
/* Name of the code object's function and its file, for tracebacks. */
Str *code_name(Value code);
Str *code_filename(Value code);
int code_firstlineno(Value code);

/* ---- builtins, sys, import (src/modules) ---- */
extern Dict *builtins_dict;    /* the builtins module's namespace (GC root) */
extern Module *sys_module;     /* GC root */
extern Dict *sys_modules;      /* sys.modules (GC root) */
/* The import statement: __import__(name, globals, None, fromlist, level). */
Value import_name(Str *name, Dict *globals, Value fromlist, int level);
/* Import a module by absolute dotted name (runs it on first import). */
Value import_module(Str *name);
/* True while module `name` is still running its code (a circular import
 * sees it partially initialised): IMPORT_FROM's error then says "from
 * partially initialized module 'x' (most likely due to a circular import)". */
bool import_module_initializing(Str *name);
/* Register a builtin (C) module: name -> init function returning Module*. */
typedef Module *(*ModuleInitFn)(void);
void import_register_builtin(const char *name, ModuleInitFn init);
/* _random: the Mersenne Twister core of lib/random.py (modules/random.c). */
Module *randommodule_init(void);
/* sys.stdout / sys.stderr writes (used by print and exc_print). */
int sys_write_stdout(Str *s);
int sys_write_stderr(const char *utf8);

/* ---- signals (modules/signal.c) ----
 * The C signal handler only sets flags; Python-level handlers run on the
 * main thread when it next calls signals_check(). */
/* Nonzero while some signal has arrived whose handler has not run yet.
 * Written only when a signal arrives, so polling it (relaxed) is cheap. */
extern _Atomic int signals_pending;
/* Run the pending Python handlers if called on the main thread with no
 * exception set: -1 with the exception set if one raised (KeyboardInterrupt
 * from the default SIGINT handler), else 0.  Cheap when nothing is pending.
 * Blocking calls call it after EINTR (with the thread attached). */
int signals_check(void);
/* Simulate the arrival of signum (_thread.interrupt_main): sets the flags
 * as the C handler would; does nothing when Python does not handle signum
 * (SIG_DFL, SIG_IGN) or signum is out of range. */
void signals_trip(int signum);
/* Start-up (runtime_init, main thread): install default_int_handler for
 * SIGINT.  Exit: signals_note_uncaught_kbint() when the program ended with
 * an uncaught KeyboardInterrupt; signals_exit(status) then re-raises SIGINT
 * with its default action so the process dies by it (status 130 for a
 * shell), as CPython does, and otherwise returns status. */
void signals_init(void);
void signals_note_uncaught_kbint(void);
int signals_exit(int status);
Module *signalmodule_init(void);

/* ---- start-up ---- */
/* Start-up steps of the core parts, called in order by runtime_init. */
void types_init(void);          /* type_ready for STATIC_TYPES (type.c) */
void exceptions_init(void);     /* exception types (exceptions.c) */
void err_init(void);            /* preallocated MemoryError (error.c) */

/* Initialise everything (heap, types, builtins, sys) for the calling
 * thread, which becomes the main thread.  argv as given to weft's main
 * after option processing (argv[0] is the script name or "-c"). */
int runtime_init(int argc, char **argv, void *stack_base);
/* The main thread (signal handlers run there; a fork child's only thread). */
extern ThreadState *runtime_main_thread;
/* Run the program described by the command line; returns the exit status. */
int runtime_main(int argc, char **argv);

#endif
