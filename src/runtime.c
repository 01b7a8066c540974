/* runtime.c - start-up and the top level of a run: initialise the heap,
 * types, builtins, sys and the module registry, then run the program the
 * command line named (a script, -c text, -m module, stdin or a REPL) and turn
 * its outcome into an exit status as CPython does:
 *   normal end -> 0; uncaught exception -> printed with exc_print, 1;
 *   SystemExit(None) -> 0, SystemExit(int) -> that int, other -> str(code)
 *   on stderr and 1.
 *
 * Thread-safety: runtime_init runs once on the main thread before any other
 * thread exists; run_config is written only by main() before that.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "modules/modules.h"

RunConfig run_config;

/* Weak hooks: parts that may be absent in a partial build. */
void gcmodule_register(void) __attribute__((weak));

static Module *main_module;
ThreadState *runtime_main_thread;

static Module *sysmodule_get(void) { return sys_module; }

int runtime_init(int argc, char **argv, void *stack_base) {
    gc_init();
    runtime_main_thread = thread_register(stack_base);
    types_init();
    exceptions_init();
    err_init();
    gc_register_root(&main_module);

    io_init();
    Module *bmod = builtins_init();
    if (!bmod)
        goto fail;
    if (!sys_init(argc, argv))
        goto fail;
    if (dict_set_cstr(sys_modules, "builtins", OBJ_VAL(bmod)) < 0)
        goto fail;
    importer_init();
    import_register_builtin("builtins", NULL);   /* already in sys.modules */
    import_register_builtin("sys", sysmodule_get);
    import_register_builtin("time", timemodule_init);
    import_register_builtin("_io", iomodule_init);
    import_register_builtin("atexit", atexitmodule_init);
    import_register_builtin("posix", posixmodule_init);
    import_register_builtin("_traceback", tracebackmodule_init);
    import_register_builtin("_random", randommodule_init);
    import_register_builtin("_signal", signalmodule_init);
    signals_init();   /* SIGINT -> signal.default_int_handler (KeyboardInterrupt) */
    import_register_builtin("_collections", collectionsmodule_init);
    import_register_builtin("_thread", threadmodule_init);
    if (gcmodule_register)
        gcmodule_register();
    else if (gcmodule_init)
        import_register_builtin("gc", gcmodule_init);
    if (mathmodule_init)
        import_register_builtin("math", mathmodule_init);
    {
        Tuple *names = import_builtin_names();
        if (!names || dict_set_cstr(sys_module->dict, "builtin_module_names", OBJ_VAL(names)) < 0)
            goto fail;
    }

    /* sys.path[0]: the script's directory, else '' (-c, stdin, REPL) or the
     * current directory (-m). */
    char path0[PATH_MAX + 1];
    path0[0] = 0;
    if (run_config.mode == RUN_SCRIPT) {
        char full[PATH_MAX];
        if (realpath(run_config.script, full)) {
            char *slash = strrchr(full, '/');
            if (slash == full)
                strcpy(path0, "/");
            else if (slash) {
                *slash = 0;
                strcpy(path0, full);
            }
        }
    } else if (run_config.mode == RUN_MODULE) {
        if (!getcwd(path0, sizeof path0))
            path0[0] = 0;
    }
    if (sys_setup_path(path0) < 0)
        goto fail;
    return 0;
fail:
    if (err_occurred())
        exc_print(err_fetch());
    return -1;
}

/* ---- outcome of the program ---- */

/* SystemExit's exit status (printing a non-int code as CPython does). */
static int system_exit_status(Value exc) {
    Value code = obj_getattr_opt(exc, ID(code));
    if (err_occurred())
        err_clear();
    if (!code || code == NONE)
        return 0;
    if (IS_INTLIKE(code)) {
        int64_t v;
        if (int_as_i64(code, &v) < 0) {
            err_clear();
            return -1;
        }
        return (int)v;
    }
    Str *s = obj_str(code);
    if (s) {
        io_flush_std();
        const char *u = STR_CSTR(s);
        sys_write_stderr(u);
        sys_write_stderr("\n");
    } else
        err_clear();
    return 1;
}

/* Handle the pending exception at top level: returns the exit status. */
static int handle_uncaught(void) {
    Value exc = err_fetch();
    if (!exc)
        return 1;
    if (obj_is_instance_of(exc, &SystemExit_type))
        return system_exit_status(exc);
    io_flush_std();
    if (sys_module) {
        BaseExc *be = AS(BaseExc, exc);
        if (dict_set_cstr(sys_module->dict, "last_type", OBJ_VAL(val_type(exc))) < 0 ||
            dict_set_cstr(sys_module->dict, "last_value", exc) < 0 ||
            dict_set_cstr(sys_module->dict, "last_traceback",
                          be->traceback ? OBJ_VAL(be->traceback) : NONE) < 0)
            err_clear();
    }
    /* a user-installed sys.excepthook replaces the default printing */
    Value hook = sys_get("excepthook");
    Value orig = sys_get("__excepthook__");
    if (hook && hook != orig && hook != NONE) {
        BaseExc *be = AS(BaseExc, exc);
        Value args[3] = {OBJ_VAL(val_type(exc)), exc,
                         be->traceback ? OBJ_VAL(be->traceback) : NONE};
        Value r = obj_call(hook, args, 3, NULL);
        if (!r) {
            Value e2 = err_fetch();
            sys_write_stderr("Error in sys.excepthook:\n");
            if (e2)
                exc_print(e2);
            sys_write_stderr("\nOriginal exception was:\n");
            exc_print(exc);
        }
    } else
        exc_print(exc);
    if (obj_is_instance_of(exc, &KeyboardInterrupt_type)) {
        signals_note_uncaught_kbint();   /* main() ends by re-raising SIGINT */
        return 130;
    }
    return 1;
}

/* threading._shutdown() if threading was imported: wait for non-daemon
 * threads as CPython does at exit. */
static void wait_for_threads(void) {
    if (!sys_modules)
        return;
    Value th = dict_get_cstr(sys_modules, "threading");
    if (!th || !IS_OBJ(th))
        return;
    Value f = obj_getattr_opt(th, str_intern_cstr("_shutdown"));
    if (!f) {
        err_clear();
        return;
    }
    Value r = obj_call0(f);
    if (!r) {
        Value e = err_fetch();
        if (e && !obj_is_instance_of(e, &SystemExit_type))
            exc_print(e);
    }
}

static int finish(int status) {
    wait_for_threads();
    atexit_run_all();
    io_flush_all();
    return status;
}

/* Make __main__ (in sys.modules) with __builtins__ and optional __file__. */
static Module *make_main(const char *file) {
    Module *m = module_new(str_intern_cstr("__main__"));
    if (!m)
        return NULL;
    main_module = m;
    Value bmod = dict_get_cstr(sys_modules, "builtins");
    if (bmod && dict_set_cstr(m->dict, "__builtins__", bmod) < 0)
        return NULL;
    if (file) {
        Str *f = str_decode_utf8(file, strlen(file), "surrogateescape");
        if (!f) {
            err_clear();
            f = str_from_latin1((const uint8_t *)file, strlen(file));
        }
        if (!f || dict_set_cstr(m->dict, "__file__", OBJ_VAL(f)) < 0)
            return NULL;
        if (dict_set_cstr(m->dict, "__cached__", NONE) < 0)
            return NULL;
    }
    if (dict_set_cstr(sys_modules, "__main__", OBJ_VAL(m)) < 0)
        return NULL;
    return m;
}

/* Read all of a FILE (stdin) into a malloc'ed NUL-terminated buffer. */
static char *read_stream(FILE *f, size_t *len) {
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    thread_detach();
    for (;;) {
        if (n + 4096 + 1 > cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                thread_attach();
                return NULL;
            }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0)
            break;
    }
    thread_attach();
    buf[n] = 0;
    *len = n;
    return buf;
}

static int run_source(const char *src, size_t len, const char *filename, const char *file_attr) {
    Module *m = make_main(file_attr);
    if (!m)
        return finish(handle_uncaught());
    if (import_exec_source(m, src, len, filename) < 0)
        return finish(handle_uncaught());
    return finish(0);
}

static int run_script(const char *path) {
    size_t len;
    char *src = import_read_file(path, &len);
    if (!src) {
        Value e = err_fetch();
        char full[PATH_MAX];
        const char *shown = path;
        if (path[0] != '/' && getcwd(full, sizeof full) &&
            strlen(full) + strlen(path) + 2 < sizeof full) {
            strcat(full, "/");
            strcat(full, path);
            shown = full;
        }
        int en = ENOENT;
        if (e) {
            Value ev = obj_getattr_opt(e, ID(errno));
            err_clear();
            if (ev && IS_INT(ev))
                en = (int)INT_VAL(ev);
        }
        io_flush_std();
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n",
                run_config.orig_argv[0], shown, en, strerror(en));
        return 2;
    }
    /* CPython gives __main__ the absolute path (not symlink-resolved) */
    char absbuf[PATH_MAX];
    const char *fname = path;
    if (path[0] != '/' && getcwd(absbuf, sizeof absbuf) &&
        strlen(absbuf) + strlen(path) + 2 < sizeof absbuf) {
        const char *p = path;
        while (p[0] == '.' && p[1] == '/')
            p += 2;
        strcat(absbuf, "/");
        strcat(absbuf, p);
        fname = absbuf;
    }
    int r = run_source(src, len, fname, fname);
    free(src);
    return r;
}

static int run_module(const char *name) {
    int is_pkg = 0;
    char *path = import_find_module_file(name, &is_pkg);
    if (!path) {
        if (err_occurred())
            return finish(handle_uncaught());
        io_flush_std();
        fprintf(stderr, "%s: No module named %s\n", run_config.orig_argv[0], name);
        return 1;
    }
    bool run_pkg_main = is_pkg;
    if (is_pkg) {
        /* -m pkg runs pkg.__main__ */
        size_t n = strlen(name);
        char *sub = malloc(n + 10);
        if (!sub) {
            free(path);
            return 1;
        }
        memcpy(sub, name, n);
        strcpy(sub + n, ".__main__");
        free(path);
        Value pkg = import_module(str_from_cstr(name));
        if (!pkg) {
            free(sub);
            return finish(handle_uncaught());
        }
        path = import_find_module_file(sub, &is_pkg);
        if (!path) {
            if (err_occurred()) {
                free(sub);
                return finish(handle_uncaught());
            }
            io_flush_std();
            fprintf(stderr,
                    "%s: No module named %s.__main__; '%s' is a package and cannot be "
                    "directly executed\n",
                    run_config.orig_argv[0], name, name);
            free(sub);
            return 1;
        }
        free(sub);
    } else if (strchr(name, '.')) {
        /* import the parent packages first, as runpy does */
        char *parent = strdup(name);
        if (parent) {
            *strrchr(parent, '.') = 0;
            Value pkg = import_module(str_from_cstr(parent));
            free(parent);
            if (!pkg)
                return finish(handle_uncaught());
        }
    }
    if (sys_set_argv0(path) < 0) {
        free(path);
        return finish(handle_uncaught());
    }
    size_t len;
    char *src = import_read_file(path, &len);
    if (!src) {
        free(path);
        return finish(handle_uncaught());
    }
    Module *m = make_main(path);
    int r;
    if (!m)
        r = handle_uncaught();
    else {
        /* __package__ for relative imports inside the module */
        const char *dot = strrchr(name, '.');
        Str *pkg = dot ? str_from_utf8(name, (size_t)(dot - name)) : str_empty;
        if (run_pkg_main)
            pkg = str_from_cstr(name);
        if (!pkg || dict_set_cstr(m->dict, "__package__", OBJ_VAL(pkg)) < 0)
            r = handle_uncaught();
        else
            r = import_exec_source(m, src, len, path) < 0 ? handle_uncaught() : 0;
    }
    free(src);
    free(path);
    return finish(r);
}

/* ---- a small REPL ---- */

static bool line_opens_block(const char *s) {
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    return n && s[n - 1] == ':';
}

/* fgets for the REPL, detached.  Ctrl-C at a prompt (EINTR) prints
 * KeyboardInterrupt as CPython does and sets *interrupted. */
static char *repl_fgets(char *line, int n, bool *interrupted) {
    thread_detach();
    errno = 0;
    char *ok = fgets(line, n, stdin);
    int e = errno;
    thread_attach();
    *interrupted = false;
    if (!ok && e == EINTR && ferror(stdin)) {
        clearerr(stdin);
        *interrupted = true;
        if (signals_check() < 0) {
            Value exc = err_fetch();
            fputc('\n', stderr);
            if (exc)
                exc_print(exc);
        }
    }
    return ok;
}

static int run_repl(void) {
    Module *m = make_main(NULL);
    if (!m)
        return finish(handle_uncaught());
    if (!run_config.quiet)
        fprintf(stderr, "Weft %s (Python %s compatible)\n", WEFT_VERSION, WEFT_PY_VERSION);
    char line[4096];
    for (;;) {
        io_flush_std();
        fputs(">>> ", stderr);
        fflush(stderr);
        bool intr;
        char *ok = repl_fgets(line, sizeof line, &intr);
        if (intr)
            continue;
        if (!ok) {
            fputc('\n', stderr);
            break;
        }
        size_t cap = strlen(line) + 1, len = cap - 1;
        char *src = malloc(cap);
        if (!src)
            break;
        memcpy(src, line, cap);
        if (line_opens_block(line)) {
            for (;;) {
                fputs("... ", stderr);
                fflush(stderr);
                ok = repl_fgets(line, sizeof line, &intr);
                if (intr) {
                    src[0] = 0; /* Ctrl-C drops the unfinished block */
                    len = 0;
                    break;
                }
                if (!ok || line[0] == '\n')
                    break;
                size_t ln = strlen(line);
                char *ns = realloc(src, len + ln + 1);
                if (!ns)
                    break;
                src = ns;
                memcpy(src + len, line, ln + 1);
                len += ln;
            }
        }
        /* An expression: evaluate and print its repr; else run statements. */
        Value code = compile_source(src, len, "<stdin>", COMPILE_EVAL);
        bool is_expr = code != VNULL;
        if (!code) {
            err_clear();
            code = compile_source(src, len, "<stdin>", COMPILE_EXEC);
        }
        free(src);
        Value r = code ? vm_run_code(code, m->dict, m->dict) : VNULL;
        if (r && is_expr && r != NONE) {
            Str *s = obj_repr(r);
            if (s) {
                Value bi = OBJ_VAL(builtins_dict);
                (void)bi;
                if (dict_set_cstr(builtins_dict, "_", r) < 0 || sys_write_stdout(s) < 0 ||
                    sys_write_stdout(str_intern_cstr("\n")) < 0)
                    r = VNULL;
            } else
                r = VNULL;
        }
        if (!r) {
            Value e = err_fetch();
            if (e && obj_is_instance_of(e, &SystemExit_type))
                return finish(system_exit_status(e));
            if (e) {
                io_flush_std();
                exc_print(e);
            }
        }
    }
    return finish(0);
}

int runtime_main(int argc, char **argv) {
    switch (run_config.mode) {
    case RUN_COMMAND:
        return run_source(run_config.command, strlen(run_config.command), "<string>", NULL);
    case RUN_MODULE:
        return run_module(run_config.module);
    case RUN_SCRIPT:
        return run_script(run_config.script);
    case RUN_REPL:
        return run_repl();
    case RUN_STDIN:
    default: {
        size_t len;
        char *src = read_stream(stdin, &len);
        if (!src)
            return 1;
        int r = run_source(src, len, "<stdin>", "<stdin>");
        free(src);
        return r;
    }
    }
}
