/* importer.c - the import system: builtin (C) modules, .py files and
 * packages found on sys.path, relative imports, sys.modules caching.
 *
 * A module is inserted into sys.modules before its code runs (so circular
 * imports see the partially initialised module) and removed again if its
 * code raises.
 *
 * Thread-safety: `import_lock` (a WLock) guards the check-and-insert of a
 * module into sys.modules together with its entry in `initializing`
 * (name -> ImportMarker).  The module's code runs with no lock held.  A
 * thread that finds a module still initialising by *another* thread waits
 * (detached, polling) until the marker is done, then re-checks sys.modules;
 * a module initialising in the *same* thread (a circular import) is
 * returned as is, partially initialised, as in CPython.  No Python code
 * runs while import_lock is held (only dict operations on str keys).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "modules.h"

/* ---- builtin module registry (C data only, no GC pointers) ---- */
#define MAX_BUILTINS 64
typedef struct BuiltinEntry {
    char name[40];
    ModuleInitFn init;
} BuiltinEntry;
static BuiltinEntry builtin_table[MAX_BUILTINS];
static int nbuiltins;
static WLock registry_lock;

void import_register_builtin(const char *name, ModuleInitFn init) {
    wlock_acquire(&registry_lock);
    for (int i = 0; i < nbuiltins; i++) {
        if (strcmp(builtin_table[i].name, name) == 0) {
            if (init)
                builtin_table[i].init = init;
            wlock_release(&registry_lock);
            return;
        }
    }
    if (nbuiltins < MAX_BUILTINS && strlen(name) < sizeof builtin_table[0].name) {
        strcpy(builtin_table[nbuiltins].name, name);
        builtin_table[nbuiltins].init = init;
        __atomic_store_n(&nbuiltins, nbuiltins + 1, __ATOMIC_RELEASE);
    }
    wlock_release(&registry_lock);
}

static int find_builtin(const char *name) {
    int n = __atomic_load_n(&nbuiltins, __ATOMIC_ACQUIRE);
    for (int i = 0; i < n; i++)
        if (strcmp(builtin_table[i].name, name) == 0)
            return i;
    return -1;
}

Tuple *import_builtin_names(void) {
    int n = __atomic_load_n(&nbuiltins, __ATOMIC_ACQUIRE);
    /* sorted, as CPython's */
    const char *names[MAX_BUILTINS];
    for (int i = 0; i < n; i++)
        names[i] = builtin_table[i].name;
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            const char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    Tuple *t = tuple_new(n);
    if (!t)
        return NULL;
    for (int i = 0; i < n; i++) {
        Str *s = str_intern_cstr(names[i]);
        if (!s)
            return NULL;
        SET_FIELD(t, t->items[i], OBJ_VAL(s));
    }
    return t;
}

/* ---- import locking ----
 * Deadlock detection (as CPython's module locks): thread T importing X
 * (which imports Y) and thread U importing Y (which imports X) would wait
 * for each other forever.  Each thread keeps the markers it owns in a chain
 * (owned_top, linked by prev_owned; they are reachable from `initializing`
 * while owned, so the thread-local pointer needs no root), and before
 * waiting for a marker it records that marker in `waits_on` of every marker
 * it owns.  A waiter follows marker -> waits_on -> ... and if it reaches a
 * marker it owns itself, waiting would deadlock: it takes the partially
 * initialised module instead, as CPython does.  The stores and loads of
 * waits_on are seq_cst, so of two threads closing a cycle at once at least
 * one sees the other's edge. */
typedef struct ImportMarker {
    Obj hdr;
    ThreadState *owner;          /* compared only, never dereferenced */
    _Atomic int done;
    struct ImportMarker *_Atomic waits_on; /* what the owner waits for now */
    struct ImportMarker *prev_owned;        /* the owner's chain */
} ImportMarker;

static void import_marker_trace(Obj *o, Tracer *t) {
    ImportMarker *m = (ImportMarker *)o;
    GC_MARK(t, atomic_load_explicit(&m->waits_on, memory_order_relaxed));
    GC_MARK(t, m->prev_owned);
}

static Type import_marker_type = {
    .hdr = {&type_type},
    .name = "_import_marker",
    .basicsize = sizeof(ImportMarker),
    .trace = import_marker_trace,
};

static _Thread_local ImportMarker *owned_top;
static void sleep_briefly(void);

static void set_waiting(ImportMarker *target) {
    for (ImportMarker *m = owned_top; m; m = m->prev_owned) {
        atomic_store_explicit(&m->waits_on, target, memory_order_seq_cst);
        gc_barrier_bulk((Obj *)m);
    }
}

/* Would waiting for `im` close a cycle of threads waiting for each other? */
static bool import_would_deadlock(ImportMarker *im) {
    ImportMarker *m = im;
    for (int i = 0; m && i < 10000; i++) {
        if (m->owner == ts_current)
            return true;
        m = atomic_load_explicit(&m->waits_on, memory_order_seq_cst);
    }
    return false;
}

/* Wait until another thread's import of the marker's module is done;
 * false (without waiting) if that would deadlock. */
static bool wait_for_import(ImportMarker *im) {
    set_waiting(im);
    if (import_would_deadlock(im)) {
        set_waiting(NULL);
        return false;
    }
    while (!atomic_load_explicit(&im->done, memory_order_acquire))
        sleep_briefly();
    set_waiting(NULL);
    return true;
}

static WLock import_lock;
static Dict *initializing;       /* name -> ImportMarker (GC root) */

void importer_init(void) {
    gc_register_root(&initializing);
    type_ready(&import_marker_type);
    initializing = dict_new();
}

bool import_module_initializing(Str *name) {
    return initializing && name && dict_get_str(initializing, name) != VNULL;
}

static void sleep_briefly(void) {
    struct timespec ts = {0, 200000};
    thread_detach();
    nanosleep(&ts, NULL);
    thread_attach();
}

/* ---- files ---- */

char *import_read_file(const char *path, size_t *len) {
    int fd;
    thread_detach();
    do
        fd = open(path, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    int e = errno;
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        fd = -1;
        e = EISDIR;
    }
    char *buf = NULL;
    size_t n = 0, cap = 0;
    if (fd >= 0) {
        cap = (fstat(fd, &st) == 0 && st.st_size > 0) ? (size_t)st.st_size + 1 : 4096;
        buf = malloc(cap + 1);
        while (buf) {
            if (n == cap) {
                char *nb = realloc(buf, cap * 2 + 1);
                if (!nb) {
                    free(buf);
                    buf = NULL;
                    break;
                }
                buf = nb;
                cap *= 2;
            }
            ssize_t r = read(fd, buf + n, cap - n);
            if (r < 0 && errno == EINTR)
                continue;
            if (r < 0) {
                e = errno;
                free(buf);
                buf = NULL;
                break;
            }
            if (r == 0)
                break;
            n += (size_t)r;
        }
        close(fd);
        if (!buf && e == 0)
            e = ENOMEM;
    }
    thread_attach();
    if (!buf) {
        err_from_errno(e ? e : ENOENT, OBJ_VAL(str_from_cstr(path)));
        return NULL;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

/* Length of a valid UTF-8 sequence at p (0 if invalid). */
static size_t utf8_valid_seq(const unsigned char *p, size_t n) {
    unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    size_t k;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
        k = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        k = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        k = 4;
        cp = c & 0x07;
    } else
        return 0;
    if (k > n)
        return 0;
    for (size_t i = 1; i < k; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return k;
}

/* A `coding:` declaration in the first two lines: returns 1 for latin-1,
 * 0 for utf-8/none. */
static int source_is_latin1(const char *src, size_t len) {
    size_t line_start = 0;
    for (int line = 0; line < 2 && line_start < len; line++) {
        const char *ls = src + line_start;
        const char *nl = memchr(ls, '\n', len - line_start);
        size_t ll = nl ? (size_t)(nl - ls) : len - line_start;
        const char *p = ls;
        while (p < ls + ll && (*p == ' ' || *p == '\t' || *p == '\f'))
            p++;
        if (p < ls + ll && *p == '#') {
            for (const char *q = p; q + 6 < ls + ll; q++) {
                if (memcmp(q, "coding", 6) == 0 && (q[6] == ':' || q[6] == '=')) {
                    const char *v = q + 7;
                    while (v < ls + ll && (*v == ' ' || *v == '\t'))
                        v++;
                    char name[32];
                    size_t k = 0;
                    while (v < ls + ll && k + 1 < sizeof name &&
                           (((*v | 32) >= 'a' && (*v | 32) <= 'z') || (*v >= '0' && *v <= '9') ||
                            *v == '-' || *v == '_' || *v == '.')) {
                        char c = *v++;
                        name[k++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : (c == '_' ? '-' : c));
                    }
                    name[k] = 0;
                    return strncmp(name, "latin-1", 7) == 0 || strncmp(name, "iso-8859-1", 10) == 0 ||
                           strncmp(name, "iso-latin-1", 11) == 0 || strcmp(name, "latin1") == 0;
                }
            }
        } else if (p < ls + ll)
            break;     /* a non-comment line ends the search */
        if (!nl)
            break;
        line_start += ll + 1;
    }
    return 0;
}

int import_exec_source(Module *m, const char *src, size_t len, const char *filename) {
    char *converted = NULL;
    /* skip a UTF-8 BOM */
    if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
        (unsigned char)src[2] == 0xBF) {
        src += 3;
        len -= 3;
    }
    if (source_is_latin1(src, len)) {
        converted = malloc(len * 2 + 1);
        if (!converted) {
            err_no_memory();
            return -1;
        }
        size_t j = 0;
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)src[i];
            if (c < 0x80)
                converted[j++] = (char)c;
            else {
                converted[j++] = (char)(0xC0 | (c >> 6));
                converted[j++] = (char)(0x80 | (c & 0x3F));
            }
        }
        converted[j] = 0;
        src = converted;
        len = j;
    } else {
        size_t line = 1;
        for (size_t i = 0; i < len;) {
            unsigned char c = (unsigned char)src[i];
            if (c == '\n')
                line++;
            if (c < 0x80) {
                i++;
                continue;
            }
            size_t k = utf8_valid_seq((const unsigned char *)src + i, len - i);
            if (!k) {
                err_format(&SyntaxError_type,
                           "Non-UTF-8 code starting with '\\x%x' in file %s on line %zu, but no "
                           "encoding declared; see https://peps.python.org/pep-0263/ for details",
                           (unsigned)c, filename, line);
                return -1;
            }
            i += k;
        }
    }
    Value code = compile_source(src, len, filename, COMPILE_EXEC);
    free(converted);
    if (!code)
        return -1;
    Value r = vm_run_code(code, m->dict, m->dict);
    return r ? 0 : -1;
}

/* ---- finding modules ---- */

static bool file_exists(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}
static bool dir_exists(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Look for `leaf` in the directories of `path` (a list of str).  Returns a
 * malloc'ed file path; *is_pkg set for packages (path to __init__.py). */
static char *find_in_path(Value path, const char *leaf, int *is_pkg) {
    if (!path || !IS_LIST(path))
        return NULL;
    List *l = AS(List, path);
    for (int64_t i = 0; i < list_len(l); i++) {
        Value d = list_get(l, i);
        if (!d || !IS_STR(d))
            continue;
        const char *dir = STR_CSTR(AS(Str, d));
        char cwd[4096];
        if (!*dir) /* '' is the current directory; __file__ gets its absolute path */
            dir = getcwd(cwd, sizeof cwd) ? cwd : ".";
        size_t need = strlen(dir) + strlen(leaf) + 20;
        char *buf = malloc(need);
        if (!buf)
            return NULL;
        snprintf(buf, need, "%s/%s", dir, leaf);
        if (dir_exists(buf)) {
            size_t bl = strlen(buf);
            strcpy(buf + bl, "/__init__.py");
            if (file_exists(buf)) {
                *is_pkg = 1;
                return buf;
            }
            buf[bl] = 0;
        }
        strcat(buf, ".py");
        if (file_exists(buf)) {
            *is_pkg = 0;
            return buf;
        }
        free(buf);
    }
    return NULL;
}

char *import_find_module_file(const char *dotted, int *is_pkg) {
    const char *dot = strrchr(dotted, '.');
    if (!dot)
        return find_in_path(sys_get("path"), dotted, is_pkg);
    /* a submodule: search the parent package's __path__ */
    Str *parent = str_from_utf8(dotted, (size_t)(dot - dotted));
    if (!parent)
        return NULL;
    Value pm = import_module(parent);
    if (!pm)
        return NULL;
    Value ppath = obj_getattr_opt(pm, ID(__path__));
    if (!ppath) {
        if (err_occurred())
            return NULL;
        return NULL;
    }
    return find_in_path(ppath, dot + 1, is_pkg);
}

/* ---- loading ---- */

static Value module_not_found(Str *name, const char *suffix_fmt, Str *parent) {
    Str *msg = parent ? str_format("No module named %R; %R is not a package", OBJ_VAL(name),
                                   OBJ_VAL(parent))
                      : str_format("No module named %R", OBJ_VAL(name));
    (void)suffix_fmt;
    if (!msg)
        return VNULL;
    Value arg = OBJ_VAL(msg);
    Value e = exc_new(&ModuleNotFoundError_type, &arg, 1);
    if (!e)
        return VNULL;
    if (obj_setattr(e, str_intern_cstr("name"), OBJ_VAL(name)) < 0)
        return VNULL;
    return err_set_value(e);
}

/* Create and register (in sys.modules + initializing) a module, or find
 * the existing one.  Returns:
 *   1 and *out = existing module (done, or circular in this thread)
 *   0 and *out = new module this thread must initialise (*marker set)
 *  -1 error. */
static int claim_module(Str *name, Value *out, ImportMarker **marker) {
    for (;;) {
        Value m = dict_get_str(sys_modules, name);
        if (m) {
            Value mk = dict_get_str(initializing, name);
            if (!mk || AS(ImportMarker, mk)->owner == ts_current) {
                *out = m;
                return 1;
            }
            /* initialising in another thread: wait for it, unless that
             * thread waits (maybe indirectly) for us: then take the partly
             * initialised module, as CPython does */
            if (!wait_for_import(AS(ImportMarker, mk))) {
                *out = m;
                return 1;
            }
            continue;
        }
        ImportMarker *im = gc_alloc(&import_marker_type, sizeof(ImportMarker));
        if (!im)
            return -1;
        im->owner = ts_current;
        SET_FIELD(im, im->prev_owned, owned_top);
        Module *nm = module_new(name);
        if (!nm)
            return -1;
        wlock_acquire(&import_lock);
        if (dict_get_str(sys_modules, name)) {
            wlock_release(&import_lock);
            continue;            /* lost a race: take the other one */
        }
        /* marker first: a lock-free reader that finds the module in
         * sys.modules is then guaranteed to see its marker too */
        int r = dict_set_str(initializing, name, OBJ_VAL(im));
        if (r == 0)
            r = dict_set_str(sys_modules, name, OBJ_VAL(nm));
        wlock_release(&import_lock);
        if (r < 0)
            return -1;
        *out = OBJ_VAL(nm);
        *marker = im;
        owned_top = im;
        return 0;
    }
}

static void release_module(Str *name, ImportMarker *im, bool failed) {
    owned_top = im->prev_owned;      /* markers are released innermost first */
    wlock_acquire(&import_lock);
    if (failed)
        dict_del_str(sys_modules, name);
    dict_del_str(initializing, name);
    wlock_release(&import_lock);
    atomic_store_explicit(&im->done, 1, memory_order_release);
}

/* A builtin (C) module: its init function runs exactly once, even when
 * several threads import it for the first time at once.  The claiming
 * thread puts a marker in `initializing` (the module object only exists
 * once init returns, so nothing goes into sys.modules before); others wait
 * for the marker as for a source module, then find the module in
 * sys.modules (or, if init failed, try again themselves). */
static Value load_builtin(Str *name, int idx) {
    for (;;) {
        Value existing = dict_get_str(sys_modules, name);
        if (existing)
            return existing;
        ModuleInitFn init = builtin_table[idx].init;
        if (!init)
            return module_not_found(name, NULL, NULL);
        ImportMarker *im = gc_alloc(&import_marker_type, sizeof(ImportMarker));
        if (!im)
            return VNULL;
        im->owner = ts_current;
        wlock_acquire(&import_lock);
        if (dict_get_str(sys_modules, name)) {
            wlock_release(&import_lock);
            continue;
        }
        Value mk = dict_get_str(initializing, name);
        if (mk && AS(ImportMarker, mk)->owner != ts_current) {
            wlock_release(&import_lock);
            if (!wait_for_import(AS(ImportMarker, mk)))
                return err_format(&ImportError_type,
                                  "cannot import name '%U': circular import between threads",
                                  name);
            continue;
        }
        /* (a marker of our own: init imports its own module; run it again,
         * as before markers existed) */
        int r = mk ? 0 : dict_set_str(initializing, name, OBJ_VAL(im));
        wlock_release(&import_lock);
        if (r < 0)
            return VNULL;
        Module *m = init();
        Value err = m ? VNULL : err_fetch();
        wlock_acquire(&import_lock);
        Value again = dict_get_str(sys_modules, name);
        if (m && !again)
            r = dict_set_str(sys_modules, name, OBJ_VAL(m));
        if (!mk)
            dict_del_str(initializing, name);
        wlock_release(&import_lock);
        /* release: the module (and sys.modules entry) are visible to the
         * waiters' acquire load of `done` */
        atomic_store_explicit(&im->done, 1, memory_order_release);
        if (!m) {
            if (err)
                err_set_value(err);
            return VNULL;
        }
        if (r < 0)
            return VNULL;
        return again ? again : OBJ_VAL(m);
    }
}

/* Load the module `name` whose source is at `path`. */
static Value load_source_module(Str *name, const char *path, int is_pkg) {
    Value mv;
    ImportMarker *im = NULL;
    int c = claim_module(name, &mv, &im);
    if (c < 0)
        return VNULL;
    if (c == 1)
        return mv;
    Module *m = AS(Module, mv);
    Dict *d = m->dict;
    Str *file = str_from_cstr(path);
    const char *nm = STR_CSTR(name);
    Str *pkg;
    if (is_pkg)
        pkg = name;
    else {
        const char *dot = strrchr(nm, '.');
        pkg = dot ? str_from_utf8(nm, (size_t)(dot - nm)) : str_empty;
    }
    bool ok = file && pkg && dict_set_str(d, ID(__file__), OBJ_VAL(file)) == 0 &&
              dict_set_str(d, ID(__package__), OBJ_VAL(pkg)) == 0 &&
              dict_set_cstr(d, "__cached__", NONE) == 0;
    Value bmod = dict_get_cstr(sys_modules, "builtins");
    if (ok && bmod)
        ok = dict_set_cstr(d, "__builtins__", bmod) == 0;
    if (ok && is_pkg) {
        const char *slash = strrchr(path, '/');
        Str *dir = str_from_utf8(path, slash ? (size_t)(slash - path) : 0);
        List *pl = list_new(1);
        ok = dir && pl && list_append(pl, OBJ_VAL(dir)) == 0 &&
             dict_set_str(d, ID(__path__), OBJ_VAL(pl)) == 0;
    }
    if (ok) {
        size_t len;
        char *src = import_read_file(path, &len);
        if (!src)
            ok = false;
        else {
            ok = import_exec_source(m, src, len, path) == 0;
            free(src);
        }
    }
    if (!ok) {
        Value e = err_fetch();
        release_module(name, im, true);
        err_set_value(e);
        return VNULL;
    }
    release_module(name, im, false);
    /* the module may have replaced itself in sys.modules */
    Value final = dict_get_str(sys_modules, name);
    return final ? final : mv;
}

/* Import one fully-qualified module whose parent (if any) is imported. */
static Value import_one(Str *name) {
    Value m = dict_get_str(sys_modules, name);
    if (m) {
        Value mk = dict_get_str(initializing, name);
        if (!mk || AS(ImportMarker, mk)->owner == ts_current)
            return m;
    }
    const char *nm = STR_CSTR(name);
    const char *dot = strrchr(nm, '.');
    if (!dot) {
        int idx = find_builtin(nm);
        if (idx >= 0)
            return load_builtin(name, idx);
        int is_pkg = 0;
        char *path = find_in_path(sys_get("path"), nm, &is_pkg);
        if (!path) {
            if (err_occurred())
                return VNULL;
            return module_not_found(name, NULL, NULL);
        }
        Value r = load_source_module(name, path, is_pkg);
        free(path);
        return r;
    }
    Str *pname = str_from_utf8(nm, (size_t)(dot - nm));
    if (!pname)
        return VNULL;
    Value parent = dict_get_str(sys_modules, pname);
    if (!parent)
        return module_not_found(name, NULL, NULL);
    Value ppath = obj_getattr_opt(parent, ID(__path__));
    if (!ppath) {
        if (err_occurred())
            return VNULL;
        return module_not_found(name, NULL, pname);
    }
    int is_pkg = 0;
    char *path = find_in_path(ppath, dot + 1, &is_pkg);
    if (!path) {
        if (err_occurred())
            return VNULL;
        return module_not_found(name, NULL, NULL);
    }
    Value r = load_source_module(name, path, is_pkg);
    free(path);
    if (!r)
        return VNULL;
    /* bind the submodule as an attribute of its parent */
    Str *leaf = str_intern_cstr(dot + 1);
    if (!leaf || obj_setattr(parent, leaf, r) < 0)
        return VNULL;
    return r;
}

Value import_module(Str *name) {
    if (!name)
        return VNULL;
    Value m = dict_get_str(sys_modules, name);
    if (m) {
        Value mk = dict_get_str(initializing, name);
        if (!mk)
            return m;
    }
    /* import each prefix: a, a.b, a.b.c */
    const char *nm = STR_CSTR(name);
    size_t n = strlen(nm);
    Value cur = VNULL;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || nm[i] == '.') {
            Str *prefix = i == n ? name : str_from_utf8(nm, i);
            if (!prefix)
                return VNULL;
            cur = import_one(prefix);
            if (!cur)
                return VNULL;
        }
    }
    return cur;
}

/* Resolve a relative import's base package. */
static Str *resolve_package(Str *name, Dict *globals, int level) {
    Value pkg = globals ? dict_get_str(globals, ID(__package__)) : VNULL;
    Str *base = NULL;
    if (pkg && pkg != NONE) {
        if (!IS_STR(pkg)) {
            err_str(&TypeError_type, "package must be a string");
            return NULL;
        }
        base = AS(Str, pkg);
    } else if (globals) {
        Value modname = dict_get_str(globals, ID(__name__));
        if (modname && IS_STR(modname)) {
            if (dict_get_str(globals, ID(__path__)))
                base = AS(Str, modname);
            else {
                const char *s = STR_CSTR(AS(Str, modname));
                const char *dot = strrchr(s, '.');
                base = dot ? str_from_utf8(s, (size_t)(dot - s)) : str_empty;
            }
        }
    }
    if (!base || base->len == 0) {
        err_str(&ImportError_type, "attempted relative import with no known parent package");
        return NULL;
    }
    const char *b = STR_CSTR(base);
    size_t bl = strlen(b);
    for (int i = 1; i < level; i++) {
        const char *dot = NULL;
        for (size_t j = bl; j > 0; j--)
            if (b[j - 1] == '.') {
                dot = b + j - 1;
                break;
            }
        if (!dot) {
            err_str(&ImportError_type, "attempted relative import beyond top-level package");
            return NULL;
        }
        bl = (size_t)(dot - b);
    }
    if (name->len == 0)
        return str_from_utf8(b, bl);
    return str_format("%s.%U", bl == strlen(b) ? b : STR_CSTR(str_from_utf8(b, bl)), name);
}

/* `from pkg import a, b`: import submodules not present as attributes. */
static int handle_fromlist(Value mod, Str *modname, Value fromlist, bool recursive) {
    Value path = obj_getattr_opt(mod, ID(__path__));
    if (!path) {
        if (err_occurred())
            return -1;
        return 0;      /* not a package */
    }
    Value it = obj_getiter(fromlist);
    if (!it)
        return -1;
    Value x;
    while ((x = obj_iternext(it))) {
        if (!IS_STR(x)) {
            err_format(&TypeError_type, "Item in %s.__all__ must be str, not %T",
                       STR_CSTR(modname), x);
            return -1;
        }
        Str *item = AS(Str, x);
        if (str_eq_cstr(item, "*")) {
            if (recursive)
                continue;
            Value all = obj_getattr_opt(mod, ID(__all__));
            if (all) {
                if (handle_fromlist(mod, modname, all, true) < 0)
                    return -1;
            } else if (err_occurred())
                return -1;
            continue;
        }
        Value has = obj_getattr_opt(mod, item);
        if (has)
            continue;
        if (err_occurred())
            return -1;
        Str *sub = str_format("%U.%U", modname, item);
        if (!sub)
            return -1;
        Value r = import_module(sub);
        if (!r) {
            /* a missing submodule is left for the caller's attribute lookup */
            if (err_matches(&ModuleNotFoundError_type)) {
                Value e = err_fetch();
                Value ename = obj_getattr_opt(e, str_intern_cstr("name"));
                if (ename && IS_STR(ename) && str_eq(AS(Str, ename), sub)) {
                    err_clear();
                    continue;
                }
                err_set_value(e);
            }
            return -1;
        }
    }
    return err_occurred() ? -1 : 0;
}

Value import_name(Str *name, Dict *globals, Value fromlist, int level) {
    if (level < 0)
        return err_str(&ValueError_type, "level must be >= 0");
    Str *absname = name;
    if (level > 0) {
        absname = resolve_package(name, globals, level);
        if (!absname)
            return VNULL;
    } else if (name->len == 0)
        return err_str(&ValueError_type, "Empty module name");
    Value mod = import_module(absname);
    if (!mod)
        return VNULL;
    bool has_from = false;
    if (fromlist && fromlist != NONE) {
        int t = obj_truthy(fromlist);
        if (t < 0)
            return VNULL;
        has_from = t;
    }
    if (has_from) {
        if (handle_fromlist(mod, absname, fromlist, false) < 0)
            return VNULL;
        return mod;
    }
    /* `import a.b.c` binds the top-level package */
    const char *nm = STR_CSTR(name);
    const char *dot = strchr(nm, '.');
    if (!dot)
        return level == 0 ? mod : mod;
    if (level == 0) {
        Str *top = str_from_utf8(nm, (size_t)(dot - nm));
        if (!top)
            return VNULL;
        Value t = dict_get_str(sys_modules, top);
        return t ? t : import_module(top);
    }
    const char *an = STR_CSTR(absname);
    size_t cut = strlen(nm) - (size_t)(dot - nm);
    Str *top = str_from_utf8(an, strlen(an) - cut);
    if (!top)
        return VNULL;
    Value t = dict_get_str(sys_modules, top);
    return t ? t : mod;
}
