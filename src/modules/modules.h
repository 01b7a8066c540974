/* modules.h - internal interface between the runtime's own files: the
 * command-line driver (main.c, runtime.c), the builtins module, sys, the
 * import system, file objects (io.c), time and exception printing.
 *
 * Nothing here is a contract for other parts of the interpreter; those use
 * runtime.h.
 */
#ifndef WEFT_MODULES_H
#define WEFT_MODULES_H

#include <stdio.h>

#include "../runtime.h"

#define WEFT_VERSION "0.1.0"
#define WEFT_PY_VERSION "3.11.7"

/* ---- what the command line asked for (filled by main.c) ---- */
enum {
    RUN_SCRIPT,     /* weft file.py args */
    RUN_COMMAND,    /* weft -c CODE args */
    RUN_MODULE,     /* weft -m name args */
    RUN_STDIN,      /* weft - args, or a script piped on stdin */
    RUN_REPL,       /* interactive */
};
typedef struct RunConfig {
    int mode;
    const char *command;   /* -c text */
    const char *module;    /* -m name */
    const char *script;    /* script path */
    int unbuffered;        /* -u */
    int dont_write_bytecode; /* -B */
    int ignore_env;        /* -E */
    int optimize;          /* -O count */
    int inspect;           /* -i */
    int quiet;
    int orig_argc;
    char **orig_argv;
} RunConfig;
extern RunConfig run_config;

/* ---- builtins (builtins.c, builtins_more.c) ---- */
Module *builtins_init(void);
/* Functions split into builtins_more.c. */
extern const MethodDef builtins_more_methods[];
/* print(*args, sep=, end=, file=, flush=) shared with the REPL. */
Value builtin_print(Value self, Value *args, size_t nargs, Tuple *kwnames);

/* ---- sys (sys.c) ---- */
Module *sys_init(int argc, char **argv);
/* Set sys.path from the script location and WEFTPATH; `path0` is the
 * first entry ("" for -c / stdin). */
int sys_setup_path(const char *path0);
/* sys.argv[0] replacement (for -m once the file is found). */
int sys_set_argv0(const char *s);
/* Look up sys.<name> (VNULL, no exception, when absent). */
Value sys_get(const char *name);

/* ---- import (importer.c) ---- */
void importer_init(void);
/* Names of the registered builtin modules (for sys.builtin_module_names). */
Tuple *import_builtin_names(void);
/* Find a top-level module file on sys.path: malloc'ed path or NULL. */
char *import_find_module_file(const char *dotted, int *is_package);
/* Read a whole file; malloc'ed, NUL-terminated; NULL with OSError set. */
char *import_read_file(const char *path, size_t *len);
/* Compile and run source as module `m` (sets __file__ when path given). */
int import_exec_source(Module *m, const char *src, size_t len, const char *filename);

/* ---- _thread (thread.c) ---- */
Module *threadmodule_init(void);

/* ---- files (io.c) ---- */
void io_init(void);
/* Wrap an fd as a text file object (used for sys.std*). */
Value io_open_fd(int fd, const char *name, const char *mode, int line_buffered);
/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True) */
Value io_open(Value self, Value *args, size_t nargs, Tuple *kwnames);
/* Fast paths for print and exc_print: if f is a builtin file object, write
 * text; returns 1 if done, 0 if f is not a builtin file (call f.write), -1
 * on error. */
int io_write_str(Value f, Str *s);
int io_write_utf8(Value f, const char *s, size_t n);
int io_flush(Value f);
bool io_is_file(Value f);
/* Read a line from a builtin file (input()); VNULL with EOF -> returns ''. */
Value io_readline(Value f, int64_t limit);
/* Flush every std stream (at exit and before reading stdin). */
void io_flush_std(void);
/* At exit: also flush files opened for writing and never closed. */
void io_flush_all(void);
/* The original std streams (0, 1, 2) and io.UnsupportedOperation. */
Value io_std_file(int i);
Value io_unsupported_operation(void);
Module *iomodule_init(void);

/* ---- atexit (atexit.c) ---- */
Module *atexitmodule_init(void);
void atexit_run_all(void);

/* ---- posix (posix.c), the C half of os ---- */
Module *posixmodule_init(void);

/* ---- time (time.c) ---- */
Module *timemodule_init(void);

/* ---- exception printing (excprint.c) ---- */
/* Format the exception chain as CPython prints it, appending to b. */
int exc_format(Value exc, StrBuilder *b);
/* Write the final "Type: msg" line (traceback.format_exception_only). */
int exc_format_only(Value exc, StrBuilder *b);
/* _traceback, the C half of lib/traceback.py. */
Module *tracebackmodule_init(void);

/* ---- _collections (collections.c): deque, from objects/deque.c ---- */
Module *collectionsmodule_init(void);

/* ---- optional modules from other parts (weak: may be absent) ---- */
Module *gcmodule_init(void) __attribute__((weak));
Module *mathmodule_init(void) __attribute__((weak));

#endif
