/* error.h - raising, testing and clearing the current thread's exception.
 *
 * The pending exception is an exception *instance* stored in
 * ts_current->exc.  Raising helpers return VNULL so a caller can write
 * `return err_type("...")`; callers that return int use `err_...; return -1;`.
 *
 * Message formats understood by err_format/str_format (a printf subset plus
 * Python-aware conversions):
 *   %s C string  %d int  %ld long  %lld long long  %zd/%zu size  %c int char
 *   %x unsigned hex   %% literal
 *   %R repr(Value)  %S str(Value)  %T type name of a Value  %U a Str*
 *   %N the name of a Type*
 */
#ifndef WEFT_ERROR_H
#define WEFT_ERROR_H

#include "object.h"

/* Every builtin exception class, as static Types in src/objects/exceptions.c.
 * X(name, base) */
#define EXC_TYPES(X)                                \
    X(BaseException, object)                        \
    X(SystemExit, BaseException)                    \
    X(KeyboardInterrupt, BaseException)             \
    X(GeneratorExit, BaseException)                 \
    X(Exception, BaseException)                     \
    X(StopIteration, Exception)                     \
    X(StopAsyncIteration, Exception)                \
    X(ArithmeticError, Exception)                   \
    X(FloatingPointError, ArithmeticError)          \
    X(OverflowError, ArithmeticError)               \
    X(ZeroDivisionError, ArithmeticError)           \
    X(AssertionError, Exception)                    \
    X(AttributeError, Exception)                    \
    X(BufferError, Exception)                       \
    X(EOFError, Exception)                          \
    X(ImportError, Exception)                       \
    X(ModuleNotFoundError, ImportError)             \
    X(LookupError, Exception)                       \
    X(IndexError, LookupError)                      \
    X(KeyError, LookupError)                        \
    X(MemoryError, Exception)                       \
    X(NameError, Exception)                         \
    X(UnboundLocalError, NameError)                 \
    X(OSError, Exception)                           \
    X(BlockingIOError, OSError)                     \
    X(ChildProcessError, OSError)                   \
    X(ConnectionError, OSError)                     \
    X(BrokenPipeError, ConnectionError)             \
    X(ConnectionAbortedError, ConnectionError)      \
    X(ConnectionRefusedError, ConnectionError)      \
    X(ConnectionResetError, ConnectionError)        \
    X(FileExistsError, OSError)                     \
    X(FileNotFoundError, OSError)                   \
    X(InterruptedError, OSError)                    \
    X(IsADirectoryError, OSError)                   \
    X(NotADirectoryError, OSError)                  \
    X(PermissionError, OSError)                     \
    X(ProcessLookupError, OSError)                  \
    X(TimeoutError, OSError)                        \
    X(ReferenceError, Exception)                    \
    X(RuntimeError, Exception)                      \
    X(NotImplementedError, RuntimeError)            \
    X(RecursionError, RuntimeError)                 \
    X(SyntaxError, Exception)                       \
    X(IndentationError, SyntaxError)                \
    X(TabError, IndentationError)                   \
    X(SystemError, Exception)                       \
    X(TypeError, Exception)                         \
    X(ValueError, Exception)                        \
    X(UnicodeError, ValueError)                     \
    X(UnicodeDecodeError, UnicodeError)             \
    X(UnicodeEncodeError, UnicodeError)             \
    X(UnicodeTranslateError, UnicodeError)          \
    X(Warning, Exception)                           \
    X(DeprecationWarning, Warning)                  \
    X(PendingDeprecationWarning, Warning)           \
    X(RuntimeWarning, Warning)                      \
    X(SyntaxWarning, Warning)                       \
    X(UserWarning, Warning)                         \
    X(FutureWarning, Warning)                       \
    X(ImportWarning, Warning)                       \
    X(UnicodeWarning, Warning)                      \
    X(BytesWarning, Warning)                        \
    X(ResourceWarning, Warning)                     \
    X(EncodingWarning, Warning)

#define DECLARE_EXC(name, base) extern Type name##_type;
EXC_TYPES(DECLARE_EXC)
#undef DECLARE_EXC
/* PEP 654 groups (exc_group.c); ExceptionGroup's bases are
 * (BaseExceptionGroup, Exception). */
extern Type BaseExceptionGroup_type, ExceptionGroup_type;
/* except* matching: split exception `exc` (a group, or a naked exception,
 * which is wrapped in a group when it matches) by `cond` (an exception type
 * or tuple of them) into *match and *rest (VNULL when empty). */
int exc_group_split(Value exc, Value cond, Value *match, Value *rest);
void exc_group_init(void);

/* Instance layout shared by all exceptions (subclasses add a __dict__). */
typedef struct Traceback Traceback;
typedef struct BaseExc {
    Obj hdr;
    Tuple *args;
    Traceback *traceback;      /* __traceback__ */
    Value context;             /* __context__, VNULL for None */
    Value cause;               /* __cause__, VNULL for None */
    bool suppress_context;     /* __suppress_context__ */
    Dict *dict;                /* attributes (errno, filename, value, code ...) */
} BaseExc;

/* Traceback entry: one per frame an exception passed through, innermost
 * last when following `next` from the outermost. */
struct Traceback {
    Obj hdr;
    Traceback *next;           /* tb_next */
    Value code;                /* the frame's Code object */
    int32_t lineno;            /* tb_lineno */
    int32_t lasti;             /* instruction offset */
};
extern Type traceback_type;

/* Raise an exception of type t with a formatted message. Returns VNULL. */
Value err_format(Type *t, const char *fmt, ...);
/* Raise t(msg) with a plain C string message. */
Value err_str(Type *t, const char *msg);
/* Raise an exception instance, or a class (instantiated with no args). */
Value err_set_value(Value exc);
/* Raise t(arg) with a single argument (e.g. KeyError(key), StopIteration(v)). */
Value err_set_arg(Type *t, Value arg);
Value err_no_memory(void);
/* OSError subclass chosen from errno, with filename (VNULL for none). */
Value err_from_errno(int errnum, Value filename);

/* The OSError subclass for an errno value (ENOENT -> FileNotFoundError). */
Type *errno_exc_type(int errnum);

bool err_occurred(void);
/* True if the pending exception is an instance of t (or a subclass). */
bool err_matches(Type *t);
/* Take the pending exception (VNULL if none) and clear it. */
Value err_fetch(void);
void err_clear(void);
/* Set __context__ chaining as `raise` inside an except block does. */
void err_chain_context(Value exc, Value context);

/* Create an exception instance: t(*args). */
Value exc_new(Type *t, Value *args, size_t nargs);
/* Print `exc` with its traceback chain to stderr as CPython does for an
 * uncaught exception. */
void exc_print(Value exc);
/* Record that the exception passed through code at lineno (VM use). */
int exc_add_traceback(Value exc, Value code, int lineno, int lasti);

#endif
