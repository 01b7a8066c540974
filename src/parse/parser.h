/* parser.h - public entry point of the Weft front end.
 *
 * parse_source() turns UTF-8 source text into an AST (ast.h) allocated in
 * a caller-supplied Arena; symtable.h then classifies names.  The front end
 * uses no GC objects, so it can run while a collector is active, and it is
 * reentrant: concurrent calls on different arenas are safe.
 *
 * Errors mirror CPython 3.11's SyntaxError attributes: the message text is
 * CPython's for the common mistakes, lineno is 1-based, offset and
 * end_offset are 1-based character columns (SyntaxError.offset), and 0
 * means "unknown" (CPython's None).
 */
#ifndef WEFT_PARSE_PARSER_H
#define WEFT_PARSE_PARSER_H

#include <stddef.h>

#include "arena.h"
#include "ast.h"

/* Which exception a ParseError stands for. */
typedef enum ParseErrorKind {
    PERR_NONE = 0,
    PERR_SYNTAX,      /* SyntaxError */
    PERR_INDENTATION, /* IndentationError (a SyntaxError subclass) */
    PERR_TAB,         /* TabError (an IndentationError subclass) */
    PERR_MEMORY,      /* MemoryError: malloc failed */
    PERR_RECURSION    /* RecursionError: tree too deep for the symtable */
} ParseErrorKind;

/* Everything needed to raise the right exception for bad source. */
typedef struct ParseError {
    ParseErrorKind kind;
    char msg[400];
    const char *filename; /* as passed to parse_source */
    int lineno;           /* 1-based; 0 when unknown */
    int offset;           /* 1-based character column; 0 when unknown */
    int end_lineno;       /* 0 when unknown */
    int end_offset;       /* may be 0 or negative (CPython's -1) */
    const char *text;     /* the offending source line without its newline,
                             in the arena; NULL when unknown */
} ParseError;

/* Start rules of parse_source (CPython's compile() modes). */
enum {
    PARSE_FILE = 0, /* 'exec': a module */
    PARSE_SINGLE,   /* 'single': one interactive statement */
    PARSE_EVAL      /* 'eval': one expression */
};

/* Parse src[0..len) (UTF-8; a leading BOM, \r\n and \r line endings are
 * accepted) in the given mode.  Returns the tree, allocated in arena, or
 * NULL with *err filled in.  err->kind is PERR_NONE on success.  The
 * source buffer is not retained. */
Module *parse_source(const char *src, size_t len, const char *filename,
                     int mode, Arena *arena, ParseError *err);

/* Turn the bytes of a source file into the UTF-8 text parse_source()
 * expects, honouring a UTF-8 BOM and a PEP 263 coding declaration (utf-8,
 * ascii, latin-1/iso-8859-1 and cp1252 are supported).  On success stores
 * a malloc'd NUL-terminated copy in *out (the caller frees it) and its
 * length in *outlen and returns 0; otherwise fills *err ("unknown
 * encoding: x") and returns -1.  Not for str sources, whose cookie CPython
 * ignores. */
int parse_decode_source(const char *src, size_t len, char **out, size_t *outlen,
                        ParseError *err);

/* Python exception class name for an error kind ("SyntaxError"). */
const char *parse_error_kind_name(ParseErrorKind kind);

#endif
