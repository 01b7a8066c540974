/* time.c - the time module: clocks, sleep, and the struct_time helpers
 * (localtime, gmtime, mktime, strftime, ctime, asctime).
 *
 * Thread-safety: stateless; sleep() detaches the thread while it waits.
 */
#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "modules.h"

static Type *struct_time_type;   /* a tuple subclass (GC root via the module) */

static double ts_to_d(const struct timespec *ts) {
    return (double)ts->tv_sec + (double)ts->tv_nsec * 1e-9;
}
static Value ts_to_ns(const struct timespec *ts) {
    __int128 ns = (__int128)ts->tv_sec * 1000000000 + ts->tv_nsec;
    if (ns <= SMALL_INT_MAX)
        return MK_INT((int64_t)ns);
    return int_from_i64((int64_t)ns);
}

static Value clock_float(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return float_new(ts_to_d(&ts));
}
static Value clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return ts_to_ns(&ts);
}

static Value t_time(Value self, Value *a, size_t n, Tuple *kw) { return clock_float(CLOCK_REALTIME); }
static Value t_time_ns(Value self, Value *a, size_t n, Tuple *kw) { return clock_ns(CLOCK_REALTIME); }
static Value t_monotonic(Value self, Value *a, size_t n, Tuple *kw) { return clock_float(CLOCK_MONOTONIC); }
static Value t_monotonic_ns(Value self, Value *a, size_t n, Tuple *kw) { return clock_ns(CLOCK_MONOTONIC); }
static Value t_process_time(Value self, Value *a, size_t n, Tuple *kw) {
    return clock_float(CLOCK_PROCESS_CPUTIME_ID);
}
static Value t_process_time_ns(Value self, Value *a, size_t n, Tuple *kw) {
    return clock_ns(CLOCK_PROCESS_CPUTIME_ID);
}
static Value t_thread_time(Value self, Value *a, size_t n, Tuple *kw) {
    return clock_float(CLOCK_THREAD_CPUTIME_ID);
}

static Value t_sleep(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("sleep", nargs, 1, 1) < 0)
        return VNULL;
    double secs;
    if (!IS_INTLIKE(args[0]) && !IS_FLOAT(args[0]))
        return err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer",
                          args[0]);
    if (num_to_double(args[0], &secs) < 0)
        return VNULL;
    if (isnan(secs))
        return err_str(&ValueError_type, "Invalid value NaN (not a number)");
    if (secs < 0)
        return err_str(&ValueError_type, "sleep length must be non-negative");
    struct timespec deadline, now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double whole = floor(secs);
    deadline.tv_sec = now.tv_sec + (time_t)whole;
    deadline.tv_nsec = now.tv_nsec + (long)((secs - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000;
    }
    thread_detach();
    int r;
    while ((r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL)) == EINTR) {
        /* a signal: run its Python handler (main thread), then sleep on */
        thread_attach();
        if (signals_check() < 0)
            return VNULL;
        thread_detach();
    }
    thread_attach();
    return NONE;
}

/* ---- struct_time ---- */

static Value make_struct_time(const struct tm *tm) {
    Value v[11] = {MK_INT(tm->tm_year + 1900), MK_INT(tm->tm_mon + 1), MK_INT(tm->tm_mday),
                   MK_INT(tm->tm_hour),        MK_INT(tm->tm_min),     MK_INT(tm->tm_sec),
                   MK_INT((tm->tm_wday + 6) % 7), MK_INT(tm->tm_yday + 1), MK_INT(tm->tm_isdst),
                   OBJ_VAL(str_from_cstr(tm->tm_zone ? tm->tm_zone : "UTC")),
                   MK_INT(tm->tm_gmtoff)};
    Tuple *t = tuple_from_array(v, 9);
    if (!t)
        return VNULL;
    if (!struct_time_type)
        return OBJ_VAL(t);
    Value st = tuple_subtype_new(struct_time_type, t);
    if (!st)
        return VNULL;
    obj_setattr(st, str_intern_cstr("tm_zone"), v[9]);
    obj_setattr(st, str_intern_cstr("tm_gmtoff"), v[10]);
    err_clear();
    return st;
}

static int get_time_arg(Value *args, size_t nargs, time_t *out) {
    if (nargs == 0 || args[0] == NONE) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (num_to_double(args[0], &d) < 0)
        return -1;
    *out = (time_t)floor(d);
    return 0;
}

static Value t_localtime(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("localtime", nargs, 0, 1) < 0)
        return VNULL;
    time_t t;
    if (get_time_arg(args, nargs, &t) < 0)
        return VNULL;
    struct tm tm;
    if (!localtime_r(&t, &tm))
        return err_from_errno(errno, VNULL);
    return make_struct_time(&tm);
}

static Value t_gmtime(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("gmtime", nargs, 0, 1) < 0)
        return VNULL;
    time_t t;
    if (get_time_arg(args, nargs, &t) < 0)
        return VNULL;
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        return err_from_errno(errno, VNULL);
    return make_struct_time(&tm);
}

static int tuple_to_tm(Value v, struct tm *tm) {
    memset(tm, 0, sizeof *tm);
    if (!IS_TUPLE(v) || AS(Tuple, v)->len < 9) {
        err_str(&TypeError_type, "Tuple or struct_time argument required");
        return -1;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++) {
        Value x = AS(Tuple, v)->items[i];
        if (!IS_INTLIKE(x)) {
            err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer", x);
            return -1;
        }
        if (int_as_i64(x, &f[i]) < 0)
            return -1;
    }
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)(f[1] - 1);
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)(f[7] - 1);
    tm->tm_isdst = (int)f[8];
    return 0;
}

static Value t_mktime(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("mktime", nargs, 1, 1) < 0)
        return VNULL;
    struct tm tm;
    if (tuple_to_tm(args[0], &tm) < 0)
        return VNULL;
    time_t t = mktime(&tm);
    if (t == (time_t)-1)
        return err_str(&OverflowError_type, "mktime argument out of range");
    return float_new((double)t);
}

static Value t_strftime(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("strftime", nargs, 1, 2) < 0)
        return VNULL;
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "strftime() argument 1 must be str, not %T", args[0]);
    struct tm tm;
    if (nargs > 1) {
        if (tuple_to_tm(args[1], &tm) < 0)
            return VNULL;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    const char *fmt = STR_CSTR(AS(Str, args[0]));
    if (!*fmt)
        return OBJ_VAL(str_empty);
    char buf[1024];
    size_t n = strftime(buf, sizeof buf, fmt, &tm);
    return OBJ_VAL(str_from_utf8(buf, n));
}

static Value t_asctime_tm(struct tm *tm) {
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const mons[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", days[(tm->tm_wday % 7 + 7) % 7],
             mons[(tm->tm_mon % 12 + 12) % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
             tm->tm_year + 1900);
    return OBJ_VAL(str_from_cstr(buf));
}

static Value t_ctime(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("ctime", nargs, 0, 1) < 0)
        return VNULL;
    time_t t;
    if (get_time_arg(args, nargs, &t) < 0)
        return VNULL;
    struct tm tm;
    localtime_r(&t, &tm);
    return t_asctime_tm(&tm);
}

static Value t_asctime(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("asctime", nargs, 0, 1) < 0)
        return VNULL;
    struct tm tm;
    if (nargs) {
        if (tuple_to_tm(args[0], &tm) < 0)
            return VNULL;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    return t_asctime_tm(&tm);
}

static const MethodDef time_methods[] = {
    {"time", t_time, METH_NOKW},
    {"time_ns", t_time_ns, METH_NOKW},
    {"perf_counter", t_monotonic, METH_NOKW},
    {"perf_counter_ns", t_monotonic_ns, METH_NOKW},
    {"monotonic", t_monotonic, METH_NOKW},
    {"monotonic_ns", t_monotonic_ns, METH_NOKW},
    {"process_time", t_process_time, METH_NOKW},
    {"process_time_ns", t_process_time_ns, METH_NOKW},
    {"thread_time", t_thread_time, METH_NOKW},
    {"sleep", t_sleep, METH_NOKW},
    {"localtime", t_localtime, METH_NOKW},
    {"gmtime", t_gmtime, METH_NOKW},
    {"mktime", t_mktime, METH_NOKW},
    {"strftime", t_strftime, METH_NOKW},
    {"ctime", t_ctime, METH_NOKW},
    {"asctime", t_asctime, METH_NOKW},
    {NULL},
};

/* struct_time: tuple subclass with tm_* properties reading the items. */
static const char *const st_fields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",
                                        "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};

Module *timemodule_init(void) {
    Module *m = module_new(str_intern_cstr("time"));
    if (!m || module_add_functions(m, time_methods) < 0)
        return NULL;
    /* build struct_time in Python terms: class struct_time(tuple) with
     * properties; done by compiling a tiny source. */
    gc_register_root(&struct_time_type);
    static const char src[] =
        "class struct_time(tuple):\n"
        "    __module__ = 'time'\n"
        "    n_fields = 11\n"
        "    n_sequence_fields = 9\n"
        "    def __repr__(self):\n"
        "        names = ('tm_year','tm_mon','tm_mday','tm_hour','tm_min','tm_sec','tm_wday','tm_yday','tm_isdst')\n"
        "        return 'time.struct_time(' + ', '.join(n + '=' + repr(v) for n, v in zip(names, self)) + ')'\n"
        "for _i, _n in enumerate(('tm_year','tm_mon','tm_mday','tm_hour','tm_min','tm_sec','tm_wday','tm_yday','tm_isdst')):\n"
        "    setattr(struct_time, _n, property(lambda self, _i=_i: self[_i]))\n"
        "del _i, _n\n";
    Value code = compile_source(src, sizeof src - 1, "<time>", COMPILE_EXEC);
    if (code) {
        Value bmod = dict_get_cstr(sys_modules, "builtins");
        if (bmod)
            dict_set_cstr(m->dict, "__builtins__", bmod);
        if (vm_run_code(code, m->dict, m->dict)) {
            Value st = dict_get_cstr(m->dict, "struct_time");
            if (st && IS_TYPE(st))
                struct_time_type = AS(Type, st);
        }
    }
    err_clear();
    (void)st_fields;
    module_add_value(m, "timezone", MK_INT(0));
    module_add_value(m, "altzone", MK_INT(0));
    module_add_value(m, "daylight", MK_INT(0));
    Tuple *tzn = tuple_pack(2, OBJ_VAL(str_from_cstr("UTC")), OBJ_VAL(str_from_cstr("UTC")));
    if (tzn)
        module_add_value(m, "tzname", OBJ_VAL(tzn));
    return m;
}
