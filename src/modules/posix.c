/* posix.c - the C half of the os module (lib/os.py builds on it): the
 * file-system and process calls programs commonly use.  Errors are
 * OSError subclasses chosen from errno, with the filename, as CPython's.
 *
 * Thread-safety: stateless; every blocking system call runs detached.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules.h"

extern char **environ;

static const char *path_arg(const char *fname, Value v) {
    if (IS_STR(v))
        return STR_CSTR(AS(Str, v));
    if (IS_BYTES(v))
        return (const char *)AS(Bytes, v)->data;
    err_format(&TypeError_type, "%s: path should be string, bytes or os.PathLike, not %T", fname,
               v);
    return NULL;
}

static Value px_getcwd(Value self, Value *args, size_t nargs, Tuple *kw) {
    char buf[4096];
    if (!getcwd(buf, sizeof buf))
        return err_from_errno(errno, VNULL);
    return OBJ_VAL(str_from_cstr(buf));
}

static Value px_chdir(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("chdir", nargs, 1, 1) < 0)
        return VNULL;
    const char *p = path_arg("chdir", args[0]);
    if (!p)
        return VNULL;
    if (chdir(p) < 0)
        return err_from_errno(errno, args[0]);
    return NONE;
}

static Value px_listdir(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("listdir", nargs, 0, 1) < 0)
        return VNULL;
    Value pv = nargs && args[0] != NONE ? args[0] : OBJ_VAL(str_from_cstr("."));
    const char *p = path_arg("listdir", pv);
    if (!p)
        return VNULL;
    thread_detach();
    DIR *d = opendir(p);
    int e = errno;
    thread_attach();
    if (!d)
        return err_from_errno(e, pv);
    List *l = list_new(0);
    struct dirent *de;
    while (l && (de = readdir(d))) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        Value name = IS_BYTES(pv) ? OBJ_VAL(bytes_new(de->d_name, strlen(de->d_name)))
                                  : OBJ_VAL(str_from_cstr(de->d_name));
        if (!name || list_append(l, name) < 0)
            l = NULL;
    }
    closedir(d);
    return l ? OBJ_VAL(l) : VNULL;
}

/* f(path) -> None for the simple path calls. */
#define PATH_CALL(cname, pyname, expr)                                        \
    static Value cname(Value self, Value *args, size_t nargs, Tuple *kw) {    \
        if (args_count(pyname, nargs, 1, 2) < 0)                              \
            return VNULL;                                                     \
        const char *p = path_arg(pyname, args[0]);                            \
        if (!p)                                                               \
            return VNULL;                                                     \
        thread_detach();                                                      \
        int r = (expr);                                                       \
        int e = errno;                                                        \
        thread_attach();                                                      \
        if (r < 0)                                                            \
            return err_from_errno(e, args[0]);                                \
        return NONE;                                                          \
    }
PATH_CALL(px_unlink, "unlink", unlink(p))
PATH_CALL(px_rmdir, "rmdir", rmdir(p))

static Value px_mkdir(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"path", "mode"};
    Value a[2];
    if (args_bind("mkdir", args, nargs, kw, names, 1, 2, a) < 0)
        return VNULL;
    const char *p = path_arg("mkdir", a[0]);
    if (!p)
        return VNULL;
    int64_t mode = 0777;
    if (a[1] && int_as_i64(a[1], &mode) < 0)
        return VNULL;
    if (mkdir(p, (mode_t)mode) < 0)
        return err_from_errno(errno, a[0]);
    return NONE;
}

static Value px_rename(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("rename", nargs, 2, 2) < 0)
        return VNULL;
    const char *a = path_arg("rename", args[0]);
    const char *b = a ? path_arg("rename", args[1]) : NULL;
    if (!b)
        return VNULL;
    if (rename(a, b) < 0)
        return err_from_errno(errno, args[0]);
    return NONE;
}

/* stat(path) -> (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) */
static Value stat_impl(Value *args, size_t nargs, bool follow) {
    if (args_count(follow ? "stat" : "lstat", nargs, 1, 1) < 0)
        return VNULL;
    struct stat st;
    int r;
    if (IS_INTLIKE(args[0])) {
        int64_t fd;
        if (int_as_i64(args[0], &fd) < 0)
            return VNULL;
        r = fstat((int)fd, &st);
    } else {
        const char *p = path_arg("stat", args[0]);
        if (!p)
            return VNULL;
        thread_detach();
        r = follow ? stat(p, &st) : lstat(p, &st);
        thread_attach();
    }
    if (r < 0)
        return err_from_errno(errno, IS_INTLIKE(args[0]) ? VNULL : args[0]);
    Value v[10] = {
        int_from_i64(st.st_mode), int_from_u64(st.st_ino), int_from_u64(st.st_dev),
        int_from_i64(st.st_nlink), int_from_i64(st.st_uid), int_from_i64(st.st_gid),
        int_from_i64(st.st_size),
        float_new((double)st.st_atim.tv_sec + st.st_atim.tv_nsec * 1e-9),
        float_new((double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9),
        float_new((double)st.st_ctim.tv_sec + st.st_ctim.tv_nsec * 1e-9)};
    return OBJ_VAL(tuple_from_array(v, 10));
}
static Value px_stat(Value self, Value *args, size_t nargs, Tuple *kw) {
    return stat_impl(args, nargs, true);
}
static Value px_lstat(Value self, Value *args, size_t nargs, Tuple *kw) {
    return stat_impl(args, nargs, false);
}

static Value px_access(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("access", nargs, 2, 2) < 0)
        return VNULL;
    const char *p = path_arg("access", args[0]);
    int64_t mode;
    if (!p || int_as_i64(args[1], &mode) < 0)
        return VNULL;
    return BOOL_V(access(p, (int)mode) == 0);
}

static Value px_getpid(Value self, Value *args, size_t nargs, Tuple *kw) {
    return MK_INT(getpid());
}

static Value px_cpu_count(Value self, Value *args, size_t nargs, Tuple *kw) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? MK_INT(n) : NONE;
}

static Value px_urandom(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("urandom", nargs, 1, 1) < 0)
        return VNULL;
    int64_t n;
    if (int_as_i64(args[0], &n) < 0)
        return VNULL;
    if (n < 0)
        return err_str(&ValueError_type, "negative argument not allowed");
    Bytes *b = bytes_alloc(n);
    if (!b)
        return VNULL;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return err_from_errno(errno, VNULL);
    int64_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, b->data + got, (size_t)(n - got));
        if (r <= 0) {
            close(fd);
            return err_from_errno(r < 0 ? errno : EIO, VNULL);
        }
        got += r;
    }
    close(fd);
    return OBJ_VAL(b);
}

static Value px_strerror(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("strerror", nargs, 1, 1) < 0)
        return VNULL;
    int64_t n;
    if (int_as_i64(args[0], &n) < 0)
        return VNULL;
    return OBJ_VAL(str_from_cstr(strerror((int)n)));
}

static Value px_exit(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("_exit", nargs, 1, 1) < 0)
        return VNULL;
    int64_t n;
    if (int_as_i64(args[0], &n) < 0)
        return VNULL;
    _exit((int)n);
}

static Value px_isatty(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("isatty", nargs, 1, 1) < 0)
        return VNULL;
    int64_t n;
    if (int_as_i64(args[0], &n) < 0)
        return VNULL;
    return BOOL_V(isatty((int)n));
}

static Value px_putenv(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("putenv", nargs, 2, 2) < 0)
        return VNULL;
    if (!IS_STR(args[0]) || !IS_STR(args[1]))
        return err_str(&TypeError_type, "str expected");
    if (setenv(STR_CSTR(AS(Str, args[0])), STR_CSTR(AS(Str, args[1])), 1) < 0)
        return err_from_errno(errno, VNULL);
    return NONE;
}

static Value px_unsetenv(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("unsetenv", nargs, 1, 1) < 0)
        return VNULL;
    if (!IS_STR(args[0]))
        return err_str(&TypeError_type, "str expected");
    unsetenv(STR_CSTR(AS(Str, args[0])));
    return NONE;
}

static const MethodDef posix_methods[] = {
    {"getcwd", px_getcwd, METH_NOKW},
    {"chdir", px_chdir, METH_NOKW},
    {"listdir", px_listdir, METH_NOKW},
    {"mkdir", px_mkdir, 0},
    {"rmdir", px_rmdir, METH_NOKW},
    {"unlink", px_unlink, METH_NOKW},
    {"remove", px_unlink, METH_NOKW},
    {"rename", px_rename, METH_NOKW},
    {"replace", px_rename, METH_NOKW},
    {"stat", px_stat, METH_NOKW},
    {"lstat", px_lstat, METH_NOKW},
    {"access", px_access, METH_NOKW},
    {"getpid", px_getpid, METH_NOKW},
    {"cpu_count", px_cpu_count, METH_NOKW},
    {"urandom", px_urandom, METH_NOKW},
    {"strerror", px_strerror, METH_NOKW},
    {"_exit", px_exit, METH_NOKW},
    {"isatty", px_isatty, METH_NOKW},
    {"putenv", px_putenv, METH_NOKW},
    {"unsetenv", px_unsetenv, METH_NOKW},
    {NULL},
};

Module *posixmodule_init(void) {
    Module *m = module_new(str_intern_cstr("posix"));
    if (!m || module_add_functions(m, posix_methods) < 0)
        return NULL;
    Dict *env = dict_new();
    if (!env)
        return NULL;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        Str *k = str_decode_utf8(*e, (size_t)(eq - *e), "surrogateescape");
        Str *v = k ? str_decode_utf8(eq + 1, strlen(eq + 1), "surrogateescape") : NULL;
        if (!k || !v) {
            err_clear();
            continue;
        }
        if (dict_set(env, OBJ_VAL(k), OBJ_VAL(v)) < 0)
            return NULL;
    }
    if (module_add_value(m, "environ", OBJ_VAL(env)) < 0 ||
        module_add_value(m, "F_OK", MK_INT(F_OK)) < 0 ||
        module_add_value(m, "R_OK", MK_INT(R_OK)) < 0 ||
        module_add_value(m, "W_OK", MK_INT(W_OK)) < 0 ||
        module_add_value(m, "X_OK", MK_INT(X_OK)) < 0)
        return NULL;
    return m;
}
