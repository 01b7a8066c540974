/* io.c - file objects: open(), and sys.stdin/stdout/stderr.
 *
 * One C layout (File) serves four Python types, named as CPython's:
 * _io.TextIOWrapper (text), _io.BufferedReader / BufferedWriter /
 * BufferedRandom (binary).  A file owns an fd and two byte buffers (read
 * and write).  The buffers are GC-allocated Bytes objects used as raw
 * scratch memory: they hold no pointers, are never handed to Python, and
 * are freed with the file object even when it is never closed.
 *
 * Text mode decodes/encodes UTF-8 (also ascii, latin-1) and does newline
 * handling as io.TextIOWrapper: newline=None translates \r\n and \r to \n
 * on read and writes \n as is (os.linesep on Linux); newline='' splits lines
 * on any ending without translating; '\n', '\r', '\r\n' split on that ending
 * and translate \n to it on write.
 *
 * Thread-safety (the rule, as CPython's buffered I/O: one lock per file
 * object, so each write()/print() piece and each read call is atomic with
 * respect to the others on the same file; nothing is lost or interleaved
 * inside one call):
 *  - Each file's buffer state (rpos, rlen, wlen, the buffers' contents,
 *    closed) is guarded by its WLock `lock`; every method takes it around
 *    its buffer work.  `closed`, `wlen` and `peer` are also read without
 *    the lock as hints (is it closed? does the peer have pending output?),
 *    so they are stored and loaded with atomics; every other field is set
 *    before the object is published and never changes.
 *  - Blocking syscalls (read, write, open, close, ftruncate) run detached.
 *    A thread that blocks in read()/write() keeps holding the file's lock;
 *    a thread waiting for that lock spins briefly and then detaches too
 *    (wlock_acquire_slow), so a collection never waits for either, and the
 *    collector itself never takes a file lock.
 *  - While detached, no field of any heap object is read or written: the fd
 *    and lengths are copied to C locals first.  The kernel does copy bytes
 *    from/to the pointer-free payload of the file's buffers (or of the str/
 *    bytes being written); that payload belongs to objects the detached
 *    frame keeps alive (they are on its saved stack), and the non-moving
 *    collector never reads, writes, moves or frees the payload of a live
 *    object, so this is race-free without a copy (CPython likewise writes
 *    from a bytes object with the GIL released).
 *  - No Python code runs while the lock is held (writes of non-str objects
 *    are rejected before locking; encoding errors are raised after
 *    unlocking).  A text file and its .buffer view are two File objects on
 *    one fd: each flushes the other (taking only the other's lock, never
 *    both) before writing.  The registry of files open for writing
 *    (open_writers) is a dict and follows the dict rules.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules.h"

#define RBUF_SIZE 8192
#define WBUF_SIZE 8192

enum { NL_UNIVERSAL, NL_NONE_TRANSLATE, NL_LF, NL_CR, NL_CRLF };
enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 };

typedef struct File {
    Obj hdr;
    WLock lock;
    int fd;
    uint8_t readable, writable, append, binary;
    uint8_t closed, closefd, line_buffered, unbuffered;
    uint8_t newline;          /* NL_* */
    uint8_t encoding;         /* ENC_* */
    int8_t seekable;          /* -1 unknown */
    uint8_t is_std;
    Value name;               /* str or int */
    Str *mode;
    Str *encoding_name;       /* as given ('UTF-8' by default) */
    Str *errors;
    Bytes *rbuf;              /* read buffer: bytes [rpos, rlen) unread */
    Bytes *wbuf;              /* write buffer: wlen bytes pending */
    struct File *peer;        /* text file <-> its .buffer view (same fd) */
    int64_t rpos, rlen, wlen;
} File;

/* Fields also read without the lock (see the top): relaxed is enough, they
 * are hints that the locked path re-checks. */
#define CLOSED(f) __atomic_load_n(&(f)->closed, __ATOMIC_RELAXED)
#define SET_CLOSED(f) __atomic_store_n(&(f)->closed, 1, __ATOMIC_RELAXED)
#define WLEN(f) __atomic_load_n(&(f)->wlen, __ATOMIC_RELAXED)
#define SET_WLEN(f, v) __atomic_store_n(&(f)->wlen, (v), __ATOMIC_RELAXED)
/* acquire: the peer File was fully built before SET_FIELD published it */
#define PEER(f) __atomic_load_n(&(f)->peer, __ATOMIC_ACQUIRE)

Type textio_type, bufreader_type, bufwriter_type, bufrandom_type;
static Value unsupported_op;           /* io.UnsupportedOperation (GC root; set once by CAS) */
static Value std_files[3];             /* the original stdin/stdout/stderr */
/* Writable files opened by open() and not yet closed, keyed by address:
 * flushed at exit as CPython's shutdown does (there are no finalizers to
 * flush a forgotten file).  A GC root; close() removes the entry. */
static Dict *open_writers;

bool io_is_file(Value f) {
    if (!IS_OBJ(f))
        return false;
    Type *t = AS_OBJ(f)->type;
    return t == &textio_type || t == &bufreader_type || t == &bufwriter_type ||
           t == &bufrandom_type;
}

static void file_trace(Obj *o, Tracer *t) {
    File *f = (File *)o;
    gc_mark(t, f->name);
    GC_MARK(t, f->mode);
    GC_MARK(t, f->encoding_name);
    GC_MARK(t, f->errors);
    GC_MARK(t, f->rbuf);
    GC_MARK(t, f->wbuf);
    GC_MARK(t, f->peer);
}

/* ---- small growable byte vector in malloc'ed memory (no GC pointers) ---- */
typedef struct ByteVec {
    char *p;
    size_t n, cap;
} ByteVec;

static int bv_reserve(ByteVec *v, size_t extra) {
    if (v->n + extra <= v->cap)
        return 0;
    size_t nc = v->cap ? v->cap * 2 : 256;
    while (nc < v->n + extra)
        nc *= 2;
    char *np = realloc(v->p, nc);
    if (!np) {
        err_no_memory();
        return -1;
    }
    v->p = np;
    v->cap = nc;
    return 0;
}
static int bv_push(ByteVec *v, char c) {
    if (v->n == v->cap && bv_reserve(v, 1) < 0)
        return -1;
    v->p[v->n++] = c;
    return 0;
}
static int bv_append(ByteVec *v, const void *p, size_t n) {
    if (n == 0)
        return 0;
    if (bv_reserve(v, n) < 0)
        return -1;
    memcpy(v->p + v->n, p, n);
    v->n += n;
    return 0;
}

/* ---- errors ---- */

static Value closed_error(void) {
    return err_str(&ValueError_type, "I/O operation on closed file.");
}
/* io.UnsupportedOperation(OSError, ValueError), made on first use. */
static Value make_unsupported_op(void) {
    /* acquire: the class was fully built before the CAS below published it */
    Value cur = __atomic_load_n(&unsupported_op, __ATOMIC_ACQUIRE);
    if (cur)
        return cur;
    Tuple *bases = tuple_pack(2, OBJ_VAL(&OSError_type), OBJ_VAL(&ValueError_type));
    Dict *ns = dict_new();
    if (!bases || !ns || dict_set_str(ns, ID(__module__), OBJ_VAL(str_intern_cstr("io"))) < 0)
        return VNULL;
    Value t = type_new_class(&type_type, str_intern_cstr("UnsupportedOperation"), bases, ns,
                             NULL, NULL);
    if (!t) {
        /* multiple inheritance from two exception classes may be refused
         * by the class machinery: fall back to OSError alone */
        err_clear();
        bases = tuple_pack(1, OBJ_VAL(&OSError_type));
        t = bases ? type_new_class(&type_type, str_intern_cstr("UnsupportedOperation"), bases,
                                   ns, NULL, NULL)
                  : VNULL;
    }
    if (!t)
        return VNULL;
    /* Two threads may build it at once: the first CAS wins and everyone
     * uses that class (release: publishes the built class). */
    Value expect = VNULL;
    if (!__atomic_compare_exchange_n(&unsupported_op, &expect, t, false, __ATOMIC_ACQ_REL,
                                     __ATOMIC_ACQUIRE))
        return expect;
    return t;
}

static Value unsupported(const char *msg) {
    Value t = make_unsupported_op();
    if (!t)
        return VNULL;
    Value m = OBJ_VAL(str_from_cstr(msg));
    if (!m)
        return VNULL;
    return err_set_arg(AS(Type, t), m);
}

/* ---- raw syscalls (run detached) ---- */

/* Write all of p[0..n); -1 with OSError set.  Detached: touches only fd
 * (a copy) and the bytes at p (see the top about payloads). */
static int raw_write_all(File *f, const char *p, size_t n) {
    int err = 0;
    int fd = f->fd;
    thread_detach();
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            err = errno;
            break;
        }
        p += w;
        n -= (size_t)w;
    }
    thread_attach();
    if (err) {
        err_from_errno(err, VNULL);
        return -1;
    }
    return 0;
}

/* raw_read() after running signal handlers: the file's state may have
 * changed while its lock was released; the caller re-checks and retries. */
#define RAW_AGAIN (-3)

/* A read was interrupted by a signal (EINTR).  If a signal is pending, run
 * the Python handlers (PEP 475; signals_check() does so on the main thread
 * only), with the file's lock released: a handler may use this very file,
 * and no Python code runs under a WLock.  Attached on entry and exit.
 * Returns -1 if a handler raised, RAW_AGAIN if handlers ran, 0 otherwise. */
static int read_interrupted(File *f) {
    if (!atomic_load_explicit(&signals_pending, memory_order_relaxed))
        return 0;
    wlock_release(&f->lock);
    int r = signals_check();
    wlock_acquire(&f->lock);
    if (r < 0)
        return -1;
    if (f->closed) {
        closed_error();
        return -1;
    }
    return RAW_AGAIN;
}

/* Read up to n bytes into p (caller holds f->lock); returns bytes read (0
 * at EOF), -1 with an exception set, or RAW_AGAIN (see above). */
static ssize_t raw_read(File *f, char *p, size_t n) {
    ssize_t r;
    int err = 0;
    int fd = f->fd;
    thread_detach();
    for (;;) {
        r = read(fd, p, n);
        if (r < 0 && errno == EINTR) {
            thread_attach();
            int s = read_interrupted(f);
            if (s != 0)
                return s;
            thread_detach();
            continue;
        }
        if (r < 0)
            err = errno;
        break;
    }
    thread_attach();
    if (r < 0) {
        err_from_errno(err, VNULL);
        return -1;
    }
    return r;
}

/* ---- buffer management (caller holds f->lock) ---- */

static int flush_locked(File *f) {
    if (f->wlen == 0)
        return 0;
    int64_t n = f->wlen;
    SET_WLEN(f, 0);
    return raw_write_all(f, (const char *)f->wbuf->data, (size_t)n);
}

/* Before reading: push out pending writes (and stdout before stdin). */
static int prepare_read(File *f) {
    if (f->wlen && flush_locked(f) < 0)
        return -1;
    return 0;
}

/* Refill the read buffer: >0 bytes available, 0 at EOF, -1 error. */
static int64_t fill(File *f) {
    for (;;) {
        if (f->rpos < f->rlen)
            return f->rlen - f->rpos;
        f->rpos = f->rlen = 0;
        ssize_t r = raw_read(f, (char *)f->rbuf->data, RBUF_SIZE);
        if (r == RAW_AGAIN)
            continue;            /* another thread may have filled it meanwhile */
        if (r < 0)
            return -1;
        f->rlen = r;
        return r;
    }
}

/* Next byte, or -1 at EOF, -2 on error. */
__attribute__((unused))
static int next_byte(File *f) {
    if (f->rpos >= f->rlen) {
        int64_t r = fill(f);
        if (r <= 0)
            return r == 0 ? -1 : -2;
    }
    return f->rbuf->data[f->rpos++];
}
static int peek_byte(File *f) {
    if (f->rpos >= f->rlen) {
        int64_t r = fill(f);
        if (r <= 0)
            return r == 0 ? -1 : -2;
    }
    return f->rbuf->data[f->rpos];
}

/* Append everything until EOF to v (raw bytes). */
static int read_all_raw(File *f, ByteVec *v) {
again:
    if (f->rpos < f->rlen) {
        if (bv_append(v, f->rbuf->data + f->rpos, (size_t)(f->rlen - f->rpos)) < 0)
            return -1;
        f->rpos = f->rlen = 0;
    }
    struct stat st;
    size_t want = 65536;
    if (fstat(f->fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        off_t cur = lseek(f->fd, 0, SEEK_CUR);
        if (cur >= 0 && st.st_size > cur)
            want = (size_t)(st.st_size - cur) + 1;
    }
    for (;;) {
        if (bv_reserve(v, want) < 0)
            return -1;
        ssize_t r = raw_read(f, v->p + v->n, v->cap - v->n);
        if (r == RAW_AGAIN)
            goto again;          /* the buffer may hold bytes read meanwhile */
        if (r < 0)
            return -1;
        if (r == 0)
            return 0;
        v->n += (size_t)r;
        want = 65536;
    }
}

/* Translate newlines of a whole text chunk per f->newline (read side). */
static void translate_in_place(File *f, ByteVec *v) {
    if (f->newline != NL_UNIVERSAL)
        return;
    size_t j = 0;
    for (size_t i = 0; i < v->n; i++) {
        char c = v->p[i];
        if (c == '\r') {
            v->p[j++] = '\n';
            if (i + 1 < v->n && v->p[i + 1] == '\n')
                i++;
        } else
            v->p[j++] = c;
    }
    v->n = j;
}

/* One text line (raw bytes, newline-translated) of at most `limit` chars
 * (limit < 0: no limit) appended to v.  For binary files lines end at \n. */
static int read_line_raw(File *f, ByteVec *v, int64_t limit) {
    int64_t chars = 0;
    bool utf8 = !f->binary && f->encoding == ENC_UTF8;
    for (;;) {
        if (limit >= 0 && chars >= limit) {
            /* finish a partial UTF-8 sequence so the line decodes */
            if (utf8) {
                int c;
                while ((c = peek_byte(f)) >= 0 && (c & 0xC0) == 0x80) {
                    if (bv_push(v, (char)c) < 0)
                        return -1;
                    f->rpos++;
                }
                if (c == -2)
                    return -1;
            }
            return 0;
        }
        /* fast scan of the buffer for the end of line */
        if (f->rpos >= f->rlen) {
            int64_t r = fill(f);
            if (r < 0)
                return -1;
            if (r == 0)
                return 0;
        }
        const uint8_t *data = f->rbuf->data;
        int64_t i = f->rpos, end = f->rlen;
        uint8_t term = (!f->binary && (f->newline == NL_CR)) ? '\r' : '\n';
        bool any_cr = !f->binary && (f->newline == NL_UNIVERSAL || f->newline == NL_NONE_TRANSLATE);
        while (i < end && (limit < 0 || chars < limit)) {
            uint8_t c = data[i];
            if (c == term || (any_cr && c == '\r'))
                break;
            if (!utf8 || (c & 0xC0) != 0x80)
                chars++;
            i++;
        }
        /* the chars counted include the one at i if it started a new char */
        if (limit >= 0 && chars > limit) {
            i--;
            chars--;
        }
        if (bv_append(v, data + f->rpos, (size_t)(i - f->rpos)) < 0)
            return -1;
        f->rpos = i;
        if (i == end)
            continue;                   /* buffer exhausted: refill */
        if (limit >= 0 && chars >= limit)
            continue;                   /* handled at loop top */
        uint8_t c = data[i];
        f->rpos++;
        if (c == '\r' && any_cr) {
            int nx = peek_byte(f);
            if (nx == -2)
                return -1;
            if (nx == '\n') {
                f->rpos++;
                if (f->newline == NL_UNIVERSAL)
                    return bv_push(v, '\n');
                return bv_append(v, "\r\n", 2);
            }
            return bv_push(v, f->newline == NL_UNIVERSAL ? '\n' : '\r');
        }
        if (c == '\n' && f->newline == NL_CRLF && !f->binary) {
            /* '\r\n' mode: only \r\n ends a line */
            if (v->n && v->p[v->n - 1] == '\r')
                return bv_push(v, '\n');
            if (bv_push(v, '\n') < 0)
                return -1;
            chars++;
            continue;
        }
        return bv_push(v, (char)c);
    }
}

/* Read n text chars (n < 0: all) as raw bytes into v. */
static int read_chars_raw(File *f, ByteVec *v, int64_t n) {
    if (n < 0 || f->binary) {
        if (n < 0) {
            if (read_all_raw(f, v) < 0)
                return -1;
            if (!f->binary)
                translate_in_place(f, v);
            return 0;
        }
    }
    bool utf8 = !f->binary && f->encoding == ENC_UTF8;
    int64_t chars = 0;
    for (;;) {
        int c = peek_byte(f);
        if (c == -2)
            return -1;
        if (c == -1)
            return 0;
        bool lead = !utf8 || (c & 0xC0) != 0x80;
        if (lead && chars >= n)
            return 0;
        f->rpos++;
        if (lead)
            chars++;
        if (c == '\r' && !f->binary && f->newline == NL_UNIVERSAL) {
            int nx = peek_byte(f);
            if (nx == -2)
                return -1;
            if (nx == '\n')
                f->rpos++;
            c = '\n';
        }
        if (bv_push(v, (char)c) < 0)
            return -1;
    }
}

static Value decode_text(File *f, const char *p, size_t n) {
    const char *errors = f->errors ? STR_CSTR(f->errors) : "strict";
    if (f->encoding == ENC_UTF8)
        return OBJ_VAL(str_decode_utf8(p, n, errors));
    return str_decode((const uint8_t *)p, (int64_t)n,
                      f->encoding == ENC_ASCII ? "ascii" : "latin-1", errors);
}

static Value make_result(File *f, ByteVec *v) {
    Value r;
    if (f->binary)
        r = OBJ_VAL(v->n ? bytes_new(v->p, v->n) : bytes_empty);
    else
        r = v->n ? decode_text(f, v->p, v->n) : OBJ_VAL(str_empty);
    free(v->p);
    return r;
}

/* ---- writing ---- */

/* Append raw bytes to the write buffer (caller holds the lock). */
static int buffer_bytes(File *f, const char *p, size_t n) {
    if (f->unbuffered) {
        if (flush_locked(f) < 0)
            return -1;
        return raw_write_all(f, p, n);
    }
    if (f->wlen + (int64_t)n > WBUF_SIZE) {
        if (flush_locked(f) < 0)
            return -1;
        if (n >= WBUF_SIZE)
            return raw_write_all(f, p, n);
    }
    memcpy(f->wbuf->data + f->wlen, p, n);
    SET_WLEN(f, f->wlen + (int64_t)n);
    return 0;
}

/* Discard the read-ahead (for writes on a read/write file). */
static int drop_readahead(File *f) {
    if (f->rpos < f->rlen) {
        off_t back = (off_t)(f->rlen - f->rpos);
        if (lseek(f->fd, -back, SEEK_CUR) < 0) {
            err_from_errno(errno, VNULL);
            return -1;
        }
    }
    f->rpos = f->rlen = 0;
    return 0;
}

/* Text bytes ready to buffer: encoded and newline-translated. */
static int write_text_locked(File *f, const char *p, size_t n, bool has_nl) {
    if (f->rlen && drop_readahead(f) < 0)
        return -1;
    if (has_nl && (f->newline == NL_CR || f->newline == NL_CRLF)) {
        const char *rep = f->newline == NL_CR ? "\r" : "\r\n";
        size_t rl = strlen(rep), start = 0;
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\n') {
                if (buffer_bytes(f, p + start, i - start) < 0 || buffer_bytes(f, rep, rl) < 0)
                    return -1;
                start = i + 1;
            }
        }
        if (buffer_bytes(f, p + start, n - start) < 0)
            return -1;
    } else if (buffer_bytes(f, p, n) < 0)
        return -1;
    if (f->line_buffered && has_nl)
        return flush_locked(f);
    return 0;
}

/* Encoded form of s for f: p and n point into s or into holder. */
static int encode_for(File *f, Str *s, const char **p, size_t *n, Value *holder) {
    if (s->ascii && s->kind == 1) {
        *p = (const char *)s->data;
        *n = (size_t)s->len;
        return 0;
    }
    const char *errors = f->errors ? STR_CSTR(f->errors) : "strict";
    const char *enc = f->encoding == ENC_UTF8 ? "utf-8" : f->encoding == ENC_ASCII ? "ascii" : "latin-1";
    Value b = str_encode(s, enc, errors);
    if (!b)
        return -1;
    *holder = b;
    *p = (const char *)AS(Bytes, b)->data;
    *n = (size_t)AS(Bytes, b)->len;
    return 0;
}

/* A text file and its .buffer share the fd: before writing to one, push
 * out what the other has buffered (outside our own lock: never hold two
 * file locks at once). */
static int flush_peer(File *f) {
    File *p = PEER(f);
    if (!p || !WLEN(p))
        return 0;
    wlock_acquire(&p->lock);
    int r = p->closed ? 0 : flush_locked(p);
    wlock_release(&p->lock);
    return r;
}

int io_write_str(Value fv, Str *s) {
    if (!io_is_file(fv))
        return 0;
    File *f = AS(File, fv);
    if (f->binary) {
        err_format(&TypeError_type, "a bytes-like object is required, not 'str'");
        return -1;
    }
    const char *p;
    size_t n;
    Value holder = VNULL;
    if (encode_for(f, s, &p, &n, &holder) < 0)
        return -1;
    bool has_nl = memchr(p, '\n', n) != NULL;
    if (flush_peer(f) < 0)
        return -1;
    wlock_acquire(&f->lock);
    int r;
    if (f->closed) {
        wlock_release(&f->lock);
        closed_error();
        return -1;
    }
    if (!f->writable) {
        wlock_release(&f->lock);
        unsupported("not writable");
        return -1;
    }
    r = write_text_locked(f, p, n, has_nl);
    wlock_release(&f->lock);
    (void)holder;
    return r < 0 ? -1 : 1;
}

int io_write_utf8(Value fv, const char *s, size_t n) {
    if (!io_is_file(fv))
        return 0;
    File *f = AS(File, fv);
    wlock_acquire(&f->lock);
    int r;
    if (f->closed) {
        wlock_release(&f->lock);
        closed_error();
        return -1;
    }
    r = write_text_locked(f, s, n, memchr(s, '\n', n) != NULL);
    wlock_release(&f->lock);
    return r < 0 ? -1 : 1;
}

int io_flush(Value fv) {
    if (!io_is_file(fv))
        return 0;
    File *f = AS(File, fv);
    if (flush_peer(f) < 0)
        return -1;
    wlock_acquire(&f->lock);
    int r = f->closed ? 0 : flush_locked(f);
    wlock_release(&f->lock);
    return r;
}

/* At exit: flush every file still open for writing. */
void io_flush_all(void) {
    if (open_writers) {
        int64_t pos = 0;
        Value k, v;
        while (dict_next(open_writers, &pos, &k, &v))
            if (io_flush(v) < 0)
                err_clear();
    }
    io_flush_std();
}

void io_flush_std(void) {
    for (int i = 1; i < 3; i++) {
        if (std_files[i] && io_flush(std_files[i]) < 0)
            err_clear();
        if (std_files[i] && PEER(AS(File, std_files[i])) &&
            io_flush(OBJ_VAL(PEER(AS(File, std_files[i])))) < 0)
            err_clear();
    }
    /* a replaced sys.stdout gets flushed too */
    Value out = sys_get("stdout");
    if (out && out != std_files[1] && out != NONE) {
        if (io_is_file(out)) {
            if (io_flush(out) < 0)
                err_clear();
        } else {
            Value r = obj_call_method(out, ID(flush), NULL, 0);
            if (!r)
                err_clear();
        }
    }
}

/* ---- construction ---- */

static File *file_alloc(Type *t) {
    File *f = gc_alloc(t, sizeof(File));
    if (!f)
        return NULL;
    f->fd = -1;
    f->seekable = -1;
    Bytes *rb = bytes_alloc(RBUF_SIZE);
    Bytes *wb = rb ? bytes_alloc(WBUF_SIZE) : NULL;
    if (!wb)
        return NULL;
    SET_FIELD(f, f->rbuf, rb);
    SET_FIELD(f, f->wbuf, wb);
    return f;
}

Value io_open_fd(int fd, const char *name, const char *mode, int line_buffered) {
    File *f = file_alloc(&textio_type);
    if (!f)
        return VNULL;
    f->fd = fd;
    f->readable = mode[0] == 'r';
    f->writable = mode[0] == 'w';
    f->closefd = 0;
    f->is_std = 1;
    f->line_buffered = (uint8_t)line_buffered;
    f->newline = NL_LF;        /* CPython's std streams use newline='\n' on POSIX */
    f->encoding = ENC_UTF8;
    Str *nm = str_from_cstr(name);
    Str *md = str_from_cstr(mode);
    Str *en = str_from_cstr("utf-8");
    Str *er = str_from_cstr(fd == 2 ? "backslashreplace" : "strict");
    if (!nm || !md || !en || !er)
        return VNULL;
    SET_FIELD(f, f->name, OBJ_VAL(nm));
    SET_FIELD(f, f->mode, md);
    SET_FIELD(f, f->encoding_name, en);
    SET_FIELD(f, f->errors, er);
    return OBJ_VAL(f);
}

static int parse_encoding(const char *e) {
    char norm[32];
    size_t j = 0;
    for (size_t i = 0; e[i] && j + 1 < sizeof norm; i++) {
        char c = e[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c == '_' || c == ' ')
            c = '-';
        norm[j++] = c;
    }
    norm[j] = 0;
    if (!strcmp(norm, "utf-8") || !strcmp(norm, "utf8") || !strcmp(norm, "u8"))
        return ENC_UTF8;
    if (!strcmp(norm, "ascii") || !strcmp(norm, "us-ascii") || !strcmp(norm, "646"))
        return ENC_ASCII;
    if (!strcmp(norm, "latin-1") || !strcmp(norm, "latin1") || !strcmp(norm, "iso-8859-1") ||
        !strcmp(norm, "iso8859-1") || !strcmp(norm, "l1") || !strcmp(norm, "8859") ||
        !strcmp(norm, "cp819") || !strcmp(norm, "latin"))
        return ENC_LATIN1;
    return -1;
}

Value io_open(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding",
                                        "errors", "newline", "closefd", "opener"};
    Value a[8];
    if (args_bind("open", args, nargs, kwnames, names, 1, 8, a) < 0)
        return VNULL;
    Value file = a[0];
    const char *mode = "r";
    if (a[1]) {
        if (!IS_STR(a[1]))
            return err_format(&TypeError_type, "open() argument 'mode' must be str, not %T", a[1]);
        mode = STR_CSTR(AS(Str, a[1]));
    }
    int64_t buffering = -1;
    if (a[2] && (!IS_INTLIKE(a[2]) || int_as_i64(a[2], &buffering) < 0)) {
        if (!err_occurred())
            return err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer",
                              a[2]);
        return VNULL;
    }
    /* mode letters */
    int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, text = 0,
        binary = 0;
    for (const char *p = mode; *p; p++) {
        int *flag;
        switch (*p) {
        case 'x': flag = &creating; break;
        case 'r': flag = &reading; break;
        case 'w': flag = &writing; break;
        case 'a': flag = &appending; break;
        case '+': flag = &updating; break;
        case 't': flag = &text; break;
        case 'b': flag = &binary; break;
        default: return err_format(&ValueError_type, "invalid mode: '%s'", mode);
        }
        if (*flag)
            return err_format(&ValueError_type, "invalid mode: '%s'", mode);
        *flag = 1;
    }
    if (text && binary)
        return err_str(&ValueError_type, "can't have text and binary mode at once");
    if (creating + reading + writing + appending != 1)
        return err_str(&ValueError_type,
                       "must have exactly one of create/read/write/append mode");
    if (binary && a[3] && a[3] != NONE)
        return err_str(&ValueError_type, "binary mode doesn't take an encoding argument");
    if (binary && a[4] && a[4] != NONE)
        return err_str(&ValueError_type, "binary mode doesn't take an errors argument");
    if (binary && a[5] && a[5] != NONE)
        return err_str(&ValueError_type, "binary mode doesn't take a newline argument");
    if (!binary && buffering == 0)
        return err_str(&ValueError_type, "can't have unbuffered text I/O");
    int enc = ENC_UTF8;
    Str *enc_name = NULL;
    if (a[3] && a[3] != NONE) {
        if (!IS_STR(a[3]))
            return err_format(&TypeError_type,
                              "open() argument 'encoding' must be str or None, not %T", a[3]);
        enc = parse_encoding(STR_CSTR(AS(Str, a[3])));
        if (enc < 0)
            return err_format(&LookupError_type, "unknown encoding: %U", AS(Str, a[3]));
        enc_name = AS(Str, a[3]);
    }
    Str *errors = NULL;
    if (a[4] && a[4] != NONE) {
        if (!IS_STR(a[4]))
            return err_format(&TypeError_type,
                              "open() argument 'errors' must be str or None, not %T", a[4]);
        errors = AS(Str, a[4]);
    }
    int nl = NL_UNIVERSAL;
    if (a[5] && a[5] != NONE) {
        if (!IS_STR(a[5]))
            return err_format(&TypeError_type,
                              "open() argument 'newline' must be str or None, not %T", a[5]);
        Str *s = AS(Str, a[5]);
        if (s->len == 0)
            nl = NL_NONE_TRANSLATE;
        else if (str_eq_cstr(s, "\n"))
            nl = NL_LF;
        else if (str_eq_cstr(s, "\r"))
            nl = NL_CR;
        else if (str_eq_cstr(s, "\r\n"))
            nl = NL_CRLF;
        else
            return err_format(&ValueError_type, "illegal newline value: %U", s);
    }
    int closefd = 1;
    if (a[6]) {
        closefd = obj_truthy(a[6]);
        if (closefd < 0)
            return VNULL;
    }

    int flags = O_CLOEXEC;
    if (updating)
        flags |= O_RDWR;
    else if (reading)
        flags |= O_RDONLY;
    else
        flags |= O_WRONLY;
    if (writing)
        flags |= O_CREAT | O_TRUNC;
    if (appending)
        flags |= O_CREAT | O_APPEND;
    if (creating)
        flags |= O_CREAT | O_EXCL;

    int fd;
    Value name = file;
    if (IS_INTLIKE(file)) {
        int64_t v;
        if (int_as_i64(file, &v) < 0)
            return VNULL;
        if (v < 0)
            return err_str(&ValueError_type, "negative file descriptor");
        fd = (int)v;
        struct stat st;
        if (fstat(fd, &st) < 0)
            return err_from_errno(errno, VNULL);
    } else {
        const char *path;
        if (IS_STR(file))
            path = STR_CSTR(AS(Str, file));
        else if (IS_BYTES(file))
            path = (const char *)AS(Bytes, file)->data;
        else {
            Value fs = obj_getattr_opt(file, str_intern_cstr("__fspath__"));
            if (fs) {
                Value p = obj_call0(fs);
                if (!p)
                    return VNULL;
                if (!IS_STR(p))
                    return err_format(&TypeError_type,
                                      "expected %T.__fspath__() to return str or bytes, not %T",
                                      file, p);
                file = name = p;
                path = STR_CSTR(AS(Str, p));
            } else {
                if (err_occurred())
                    return VNULL;
                return err_format(&TypeError_type,
                                  "expected str, bytes or os.PathLike object, not %T", file);
            }
        }
        {
            size_t plen;
            if (IS_STR(file))
                str_utf8(AS(Str, file), &plen);
            else
                plen = (size_t)AS(Bytes, file)->len;
            if (strlen(path) != plen)
                return err_str(&ValueError_type, "embedded null byte");
        }
        if (a[7] && a[7] != NONE) {
            Value r = obj_call2(a[7], file, MK_INT(flags));
            if (!r)
                return VNULL;
            int64_t v;
            if (!IS_INTLIKE(r) || int_as_i64(r, &v) < 0)
                return err_occurred() ? VNULL
                                      : err_format(&TypeError_type, "expected an integer from opener");
            fd = (int)v;
        } else {
            char *cpath = strdup(path);     /* no heap access while detached */
            if (!cpath)
                return err_no_memory();
            thread_detach();
            do
                fd = open(cpath, flags, 0666);
            while (fd < 0 && errno == EINTR);
            int e = errno;
            thread_attach();
            free(cpath);
            if (fd < 0)
                return err_from_errno(e, file);
        }
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return err_from_errno(EISDIR, file);
        }
    }

    Type *t = &textio_type;
    if (binary)
        t = updating ? &bufrandom_type : reading ? &bufreader_type : &bufwriter_type;
    File *f = file_alloc(t);
    if (!f) {
        if (closefd)
            close(fd);
        return VNULL;
    }
    f->fd = fd;
    f->readable = (uint8_t)(reading || updating);
    f->writable = (uint8_t)(writing || appending || creating || updating);
    f->append = (uint8_t)appending;
    f->binary = (uint8_t)binary;
    f->closefd = (uint8_t)closefd;
    f->newline = (uint8_t)nl;
    f->encoding = (uint8_t)enc;
    f->unbuffered = buffering == 0;
    f->line_buffered = buffering == 1 || (!binary && isatty(fd));
    SET_FIELD(f, f->name, name);
    Str *ms;
    if (binary) {
        char m[8];
        size_t k = 0;
        m[k++] = creating ? 'x' : reading ? 'r' : writing ? 'w' : 'a';
        m[k++] = 'b';
        if (updating)
            m[k++] = '+';
        m[k] = 0;
        ms = str_from_cstr(m);
    } else
        ms = str_from_cstr(mode);
    if (!enc_name)
        enc_name = str_from_cstr("UTF-8");
    if (!errors)
        errors = str_from_cstr("strict");
    if (!ms || !enc_name || !errors)
        return VNULL;
    SET_FIELD(f, f->mode, ms);
    SET_FIELD(f, f->encoding_name, enc_name);
    SET_FIELD(f, f->errors, errors);
    if (appending)
        lseek(fd, 0, SEEK_END);
    if (f->writable && open_writers &&
        dict_set(open_writers, int_from_u64((uint64_t)(uintptr_t)f), OBJ_VAL(f)) < 0)
        return VNULL;
    return OBJ_VAL(f);
}

/* ---- methods ---- */

#define FILE_SELF File *f = AS(File, self)

/* Common checks; returns 0 with the lock held, -1 with an exception. */
static int begin_read(File *f) {
    wlock_acquire(&f->lock);
    if (f->closed) {
        wlock_release(&f->lock);
        closed_error();
        return -1;
    }
    if (!f->readable) {
        wlock_release(&f->lock);
        unsupported(f->binary ? "read" : "not readable");
        return -1;
    }
    if (f->fd == 0 || f->is_std) {
        /* reading stdin: flush stdout first (prompt before the read) */
        wlock_release(&f->lock);
        io_flush_std();
        wlock_acquire(&f->lock);
    }
    if (prepare_read(f) < 0) {
        wlock_release(&f->lock);
        return -1;
    }
    return 0;
}

static int size_arg(Value v, int64_t *out) {
    *out = -1;
    if (!v || v == NONE)
        return 0;
    if (!IS_INTLIKE(v)) {
        err_format(&TypeError_type, "argument should be integer or None, not '%T'", v);
        return -1;
    }
    return int_as_i64(v, out);
}

static Value file_read(Value self, Value *args, size_t nargs, Tuple *kw) {
    FILE_SELF;
    if (args_count("read", nargs, 0, 1) < 0)
        return VNULL;
    int64_t n;
    if (size_arg(nargs ? args[0] : VNULL, &n) < 0)
        return VNULL;
    if (begin_read(f) < 0)
        return VNULL;
    ByteVec v = {0};
    int r;
    if (f->binary && n >= 0) {
        /* binary read(n): up to n bytes, one raw read when the buffer is empty */
        r = 0;
        while ((int64_t)v.n < n) {
            int64_t avail = fill(f);
            if (avail < 0) {
                r = -1;
                break;
            }
            if (avail == 0)
                break;
            int64_t take = avail < n - (int64_t)v.n ? avail : n - (int64_t)v.n;
            if (bv_append(&v, f->rbuf->data + f->rpos, (size_t)take) < 0) {
                r = -1;
                break;
            }
            f->rpos += take;
        }
    } else
        r = read_chars_raw(f, &v, n);
    wlock_release(&f->lock);
    if (r < 0) {
        free(v.p);
        return VNULL;
    }
    return make_result(f, &v);
}

static Value readline_impl(File *f, int64_t limit) {
    if (begin_read(f) < 0)
        return VNULL;
    ByteVec v = {0};
    int r = read_line_raw(f, &v, limit);
    wlock_release(&f->lock);
    if (r < 0) {
        free(v.p);
        return VNULL;
    }
    return make_result(f, &v);
}

Value io_readline(Value fv, int64_t limit) {
    if (!io_is_file(fv))
        return obj_call_method(fv, ID(readline), NULL, 0);
    return readline_impl(AS(File, fv), limit);
}

static Value file_readline(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("readline", nargs, 0, 1) < 0)
        return VNULL;
    int64_t n;
    if (size_arg(nargs ? args[0] : VNULL, &n) < 0)
        return VNULL;
    return readline_impl(AS(File, self), n);
}

static bool is_empty_line(Value v) {
    if (IS_STR(v))
        return AS(Str, v)->len == 0;
    return AS(Bytes, v)->len == 0;
}

static Value file_readlines(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("readlines", nargs, 0, 1) < 0)
        return VNULL;
    int64_t hint;
    if (size_arg(nargs ? args[0] : VNULL, &hint) < 0)
        return VNULL;
    List *l = list_new(0);
    if (!l)
        return VNULL;
    int64_t total = 0;
    for (;;) {
        Value line = readline_impl(AS(File, self), -1);
        if (!line)
            return VNULL;
        if (is_empty_line(line))
            break;
        if (list_append(l, line) < 0)
            return VNULL;
        total += IS_STR(line) ? AS(Str, line)->len : AS(Bytes, line)->len;
        if (hint > 0 && total >= hint)
            break;
    }
    return OBJ_VAL(l);
}

static Value file_iternext(Value self) {
    Value line = readline_impl(AS(File, self), -1);
    if (!line || is_empty_line(line))
        return VNULL;
    return line;
}

static Value file_iter(Value self) {
    FILE_SELF;
    if (CLOSED(f))
        return closed_error();
    return self;
}

static Value write_bytes(File *f, Value data) {
    const uint8_t *p;
    int64_t n;
    if (bytes_view(data, &p, &n) < 0)
        return VNULL;
    if (flush_peer(f) < 0)
        return VNULL;
    wlock_acquire(&f->lock);
    int r = 0;
    if (f->closed) {
        wlock_release(&f->lock);
        return closed_error();
    }
    if (!f->writable) {
        wlock_release(&f->lock);
        return unsupported("write");
    }
    if (f->rlen)
        r = drop_readahead(f);
    if (r == 0)
        r = buffer_bytes(f, (const char *)p, (size_t)n);
    wlock_release(&f->lock);
    if (r < 0)
        return VNULL;
    return int_from_i64(n);
}

static Value file_write(Value self, Value *args, size_t nargs, Tuple *kw) {
    FILE_SELF;
    if (args_count("write", nargs, 1, 1) < 0)
        return VNULL;
    if (f->binary)
        return write_bytes(f, args[0]);
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "write() argument must be str, not %T", args[0]);
    if (io_write_str(self, AS(Str, args[0])) < 0)
        return VNULL;
    return int_from_i64(AS(Str, args[0])->len);
}

static Value file_writelines(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("writelines", nargs, 1, 1) < 0)
        return VNULL;
    Value it = obj_getiter(args[0]);
    if (!it)
        return VNULL;
    Value x;
    while ((x = obj_iternext(it))) {
        Value r = file_write(self, &x, 1, NULL);
        if (!r)
            return VNULL;
    }
    if (err_occurred())
        return VNULL;
    return NONE;
}

static Value file_flush(Value self, Value *args, size_t nargs, Tuple *kw) {
    FILE_SELF;
    wlock_acquire(&f->lock);
    if (f->closed) {
        wlock_release(&f->lock);
        return closed_error();
    }
    int r = flush_locked(f);
    wlock_release(&f->lock);
    return r < 0 ? VNULL : NONE;
}

static int close_file(File *f) {
    wlock_acquire(&f->lock);
    if (f->closed) {
        wlock_release(&f->lock);
        return 0;
    }
    int r = flush_locked(f);
    SET_CLOSED(f);
    f->rpos = f->rlen = 0;
    int fd = f->fd;
    int closefd = f->closefd;
    wlock_release(&f->lock);
    if (open_writers && f->writable && !f->is_std) {
        Value key = int_from_u64((uint64_t)(uintptr_t)f);
        if (!key || dict_del(open_writers, key) < 0)
            err_clear();
    }
    if (closefd && fd >= 0) {
        /* close() can block (network file systems, ttys draining) */
        thread_detach();
        int c = close(fd);
        int e = errno;
        thread_attach();
        if (c < 0 && r == 0 && e != EINTR) {
            err_from_errno(e, VNULL);
            r = -1;
        }
    }
    return r;
}

static Value file_close(Value self, Value *args, size_t nargs, Tuple *kw) {
    return close_file(AS(File, self)) < 0 ? VNULL : NONE;
}

static Value file_enter(Value self, Value *args, size_t nargs, Tuple *kw) {
    FILE_SELF;
    if (CLOSED(f))
        return closed_error();
    return self;
}

static Value file_exit(Value self, Value *args, size_t nargs, Tuple *kw) {
    return close_file(AS(File, self)) < 0 ? VNULL : NONE;
}

static Value file_fileno(Value self, Value *args, size_t nargs, Tuple *kw) {
    FILE_SELF;
    if (CLOSED(f))
        return closed_error();
    return MK_INT(f->fd);
}

static Value file_isatty(Value self, Value *args, size_t nargs, Tuple *kw) {
    FILE_SELF;
    if (CLOSED(f))
        return closed_error();
    return BOOL_V(isatty(f->fd));
}

static Value file_readable(Value self, Value *args, size_t nargs, Tuple *kw) {
    FILE_SELF;
    if (CLOSED(f))
        return closed_error();
    return BOOL_V(f->readable);
}
static Value file_writable(Value self, Value *args, size_t nargs, Tuple *kw) {
    FILE_SELF;
    if (CLOSED(f))
        return closed_error();
    return BOOL_V(f->writable);
}
static Value file_seekable(Value self, Value *args, size_t nargs, Tuple *kw) {
    FILE_SELF;
    if (CLOSED(f))
        return closed_error();
    return BOOL_V(lseek(f->fd, 0, SEEK_CUR) >= 0);
}

static Value file_tell(Value self, Value *args, size_t nargs, Tuple *kw) {
    FILE_SELF;
    wlock_acquire(&f->lock);
    if (f->closed) {
        wlock_release(&f->lock);
        return closed_error();
    }
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    int e = errno;
    int64_t r = (int64_t)pos - (f->rlen - f->rpos) + f->wlen;
    wlock_release(&f->lock);
    if (pos < 0)
        return err_from_errno(e, VNULL);
    return int_from_i64(r);
}

static Value file_seek(Value self, Value *args, size_t nargs, Tuple *kw) {
    FILE_SELF;
    if (args_count("seek", nargs, 1, 2) < 0)
        return VNULL;
    int64_t off, whence = 0;
    if (!IS_INTLIKE(args[0]))
        return err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer",
                          args[0]);
    if (int_as_i64(args[0], &off) < 0)
        return VNULL;
    if (nargs > 1) {
        if (!IS_INTLIKE(args[1]))
            return err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer",
                              args[1]);
        if (int_as_i64(args[1], &whence) < 0)
            return VNULL;
    }
    if (CLOSED(f))
        return closed_error();
    if (whence < 0 || whence > 2) {
        if (f->binary)
            return err_format(&ValueError_type, "whence value %lld unsupported", (long long)whence);
        return err_format(&ValueError_type, "invalid whence (%lld, should be 0, 1 or 2)",
                          (long long)whence);
    }
    if (!f->binary) {
        if (whence == 1 && off != 0)
            return unsupported("can't do nonzero cur-relative seeks");
        if (whence == 2 && off != 0)
            return unsupported("can't do nonzero end-relative seeks");
        if (whence == 0 && off < 0)
            return err_format(&ValueError_type, "negative seek position %lld", (long long)off);
    }
    wlock_acquire(&f->lock);
    int r = flush_locked(f);
    off_t pos = -1;
    int e = 0;
    if (r == 0) {
        if (whence == 1)
            off -= f->rlen - f->rpos;
        f->rpos = f->rlen = 0;
        pos = lseek(f->fd, (off_t)off, (int)whence);
        e = errno;
    }
    wlock_release(&f->lock);
    if (r < 0)
        return VNULL;
    if (pos < 0)
        return err_from_errno(e, VNULL);
    return int_from_i64((int64_t)pos);
}

static Value file_truncate(Value self, Value *args, size_t nargs, Tuple *kw) {
    FILE_SELF;
    if (args_count("truncate", nargs, 0, 1) < 0)
        return VNULL;
    if (CLOSED(f))
        return closed_error();
    if (!f->writable)
        return unsupported("truncate");
    wlock_acquire(&f->lock);
    int r = flush_locked(f);
    int64_t size = 0;
    if (r == 0) {
        if (nargs && args[0] != NONE) {
            wlock_release(&f->lock);
            if (!IS_INTLIKE(args[0]) || int_as_i64(args[0], &size) < 0)
                return err_occurred() ? VNULL
                                      : err_format(&TypeError_type,
                                                   "'%T' object cannot be interpreted as an integer",
                                                   args[0]);
            wlock_acquire(&f->lock);
        } else
            size = (int64_t)lseek(f->fd, 0, SEEK_CUR) - (f->rlen - f->rpos);
        int fd = f->fd;
        thread_detach();
        int tr = ftruncate(fd, (off_t)size);
        int e = errno;
        thread_attach();
        if (tr < 0) {
            wlock_release(&f->lock);
            return err_from_errno(e, VNULL);
        }
    }
    wlock_release(&f->lock);
    if (r < 0)
        return VNULL;
    return int_from_i64(size);
}

static Value file_get_closed(Value self) { return BOOL_V(CLOSED(AS(File, self))); }
static Value file_get_name(Value self) { return AS(File, self)->name; }
static Value file_get_mode(Value self) { return OBJ_VAL(AS(File, self)->mode); }
static Value file_get_encoding(Value self) {
    FILE_SELF;
    if (f->binary)
        return err_format(&AttributeError_type, "'%T' object has no attribute 'encoding'", self);
    return OBJ_VAL(f->encoding_name);
}
static Value file_get_errors(Value self) {
    FILE_SELF;
    if (f->binary)
        return err_format(&AttributeError_type, "'%T' object has no attribute 'errors'", self);
    return OBJ_VAL(f->errors);
}
static Value file_get_line_buffering(Value self) { return BOOL_V(AS(File, self)->line_buffered); }
static Value file_get_newlines(Value self) { return NONE; }

/* text.buffer: a binary file object on the same fd (made on first use). */
static Value file_get_buffer(Value self) {
    FILE_SELF;
    if (f->binary)
        return err_format(&AttributeError_type, "'%T' object has no attribute 'buffer'", self);
    File *have = PEER(f);
    if (have)
        return OBJ_VAL(have);
    Type *t = f->readable && f->writable ? &bufrandom_type
              : f->readable            ? &bufreader_type
                                       : &bufwriter_type;
    File *b = file_alloc(t);
    if (!b)
        return VNULL;
    b->fd = f->fd;
    b->readable = f->readable;
    b->writable = f->writable;
    b->append = f->append;
    b->binary = 1;
    b->closefd = 0;
    b->is_std = f->is_std;
    b->line_buffered = 0;
    b->unbuffered = f->unbuffered;
    b->seekable = -1;
    char m[4] = {f->readable && !f->writable ? 'r' : 'w', 'b', 0, 0};
    Str *ms = str_from_cstr(m);
    if (!ms)
        return VNULL;
    SET_FIELD(b, b->name, f->name);
    SET_FIELD(b, b->mode, ms);
    SET_FIELD(b, b->encoding_name, f->encoding_name);
    SET_FIELD(b, b->errors, f->errors);
    SET_FIELD(b, b->peer, f);
    wlock_acquire(&f->lock);
    if (!f->peer)
        SET_FIELD(f, f->peer, b);
    File *r = f->peer;
    wlock_release(&f->lock);
    return OBJ_VAL(r);
}

static Str *file_repr(Value self) {
    FILE_SELF;
    Type *t = AS_OBJ(self)->type;
    if (f->binary)
        return str_format("<_io.%s name=%R>", t->name, f->name);
    return str_format("<_io.%s name=%R mode=%R encoding=%R>", t->name, f->name,
                      OBJ_VAL(f->mode), OBJ_VAL(f->encoding_name));
}

static const MethodDef file_methods[] = {
    {"read", file_read, METH_NOKW},
    {"readline", file_readline, METH_NOKW},
    {"readlines", file_readlines, METH_NOKW},
    {"write", file_write, METH_NOKW},
    {"writelines", file_writelines, METH_NOKW},
    {"flush", file_flush, METH_NOKW},
    {"close", file_close, METH_NOKW},
    {"seek", file_seek, METH_NOKW},
    {"tell", file_tell, METH_NOKW},
    {"truncate", file_truncate, METH_NOKW},
    {"fileno", file_fileno, METH_NOKW},
    {"isatty", file_isatty, METH_NOKW},
    {"readable", file_readable, METH_NOKW},
    {"writable", file_writable, METH_NOKW},
    {"seekable", file_seekable, METH_NOKW},
    {"__enter__", file_enter, METH_NOKW},
    {"__exit__", file_exit, METH_NOKW},
    {NULL},
};

static const GetSetDef file_getsets[] = {
    {"closed", file_get_closed, NULL},
    {"name", file_get_name, NULL},
    {"mode", file_get_mode, NULL},
    {"encoding", file_get_encoding, NULL},
    {"errors", file_get_errors, NULL},
    {"line_buffering", file_get_line_buffering, NULL},
    {"newlines", file_get_newlines, NULL},
    {"buffer", file_get_buffer, NULL},
    {NULL},
};

#define FILE_TYPE(var, tname)                                                   \
    Type var = {                                                                \
        .hdr = {&type_type},                                                    \
        .name = tname,                                                          \
        .basicsize = sizeof(File),                                              \
        .trace = file_trace,                                                    \
        .repr = file_repr,                                                      \
        .iter = file_iter,                                                      \
        .iternext = file_iternext,                                              \
        .getattr = obj_generic_getattr,                                         \
        .setattr = obj_generic_setattr,                                         \
        .methods = file_methods,                                                \
        .getsets = file_getsets,                                                \
    };
FILE_TYPE(textio_type, "TextIOWrapper")
FILE_TYPE(bufreader_type, "BufferedReader")
FILE_TYPE(bufwriter_type, "BufferedWriter")
FILE_TYPE(bufrandom_type, "BufferedRandom")

static void set_type_module(Type *t, const char *mod) {
    Str *m = str_intern_cstr(mod);
    if (m && t->dict)
        dict_set_str(t->dict, ID(__module__), OBJ_VAL(m));
}

void io_init(void) {
    gc_register_root(&unsupported_op);
    gc_register_root(&open_writers);
    open_writers = dict_new();
    for (int i = 0; i < 3; i++)
        gc_register_root(&std_files[i]);
    signal(SIGPIPE, SIG_IGN);
    type_ready(&textio_type);
    type_ready(&bufreader_type);
    type_ready(&bufwriter_type);
    type_ready(&bufrandom_type);
    set_type_module(&textio_type, "_io");
    set_type_module(&bufreader_type, "_io");
    set_type_module(&bufwriter_type, "_io");
    set_type_module(&bufrandom_type, "_io");

    int unbuf = run_config.unbuffered;
    std_files[0] = io_open_fd(0, "<stdin>", "r", 0);
    std_files[1] = io_open_fd(1, "<stdout>", "w", isatty(1));
    std_files[2] = io_open_fd(2, "<stderr>", "w", 1);
    if (std_files[1] && unbuf)
        AS(File, std_files[1])->unbuffered = 1;
    if (std_files[2])
        AS(File, std_files[2])->unbuffered = 1;
}

Value io_std_file(int i) { return std_files[i]; }

static const MethodDef iomod_methods[] = {
    {"open", io_open, 0},
    {NULL},
};

/* _io: the C half of the io module (lib/io.py adds StringIO/BytesIO). */
Module *iomodule_init(void) {
    Module *m = module_new(str_intern_cstr("_io"));
    if (!m || module_add_functions(m, iomod_methods) < 0)
        return NULL;
    Value uo = make_unsupported_op();
    if (!uo || module_add_value(m, "UnsupportedOperation", uo) < 0 ||
        module_add_value(m, "TextIOWrapper", OBJ_VAL(&textio_type)) < 0 ||
        module_add_value(m, "BufferedReader", OBJ_VAL(&bufreader_type)) < 0 ||
        module_add_value(m, "BufferedWriter", OBJ_VAL(&bufwriter_type)) < 0 ||
        module_add_value(m, "BufferedRandom", OBJ_VAL(&bufrandom_type)) < 0 ||
        module_add_value(m, "DEFAULT_BUFFER_SIZE", MK_INT(WBUF_SIZE)) < 0)
        return NULL;
    return m;
}
Value io_unsupported_operation(void) { return make_unsupported_op(); }
