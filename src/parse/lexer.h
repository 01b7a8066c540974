/* lexer.h - Python 3.11 tokenizer over a UTF-8 buffer.
 *
 * lex_tokenize() normalizes the source (BOM, line endings, final newline)
 * into a private buffer and produces the whole token array up front; the
 * parser then indexes it freely, which makes backtracking trivial.  The
 * token stream ends with TK_ENDMARKER, or with TK_ERROR when the tokenizer
 * failed; the failure is described in Lexer.err.  Token texts point into
 * Lexer.buf and die with lex_free().
 */
#ifndef WEFT_PARSE_LEXER_H
#define WEFT_PARSE_LEXER_H

#include <stddef.h>

#include "parser.h"

/* Operators: X(kind suffix, spelling).  Longest spellings win. */
#define LEX_OPERATORS(X) \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(COLON, ":") \
    X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*") \
    X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") X(LESS, "<") \
    X(GREATER, ">") X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%") \
    X(LBRACE, "{") X(RBRACE, "}") X(EQEQUAL, "==") X(NOTEQUAL, "!=") \
    X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=") X(TILDE, "~") \
    X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") \
    X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") \
    X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=") \
    X(AMPEREQUAL, "&=") X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") \
    X(LEFTSHIFTEQUAL, "<<=") X(RIGHTSHIFTEQUAL, ">>=") \
    X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//") \
    X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") \
    X(RARROW, "->") X(ELLIPSIS, "...") X(COLONEQUAL, ":=") \
    X(LTGT, "<>") X(EXCLAMATION, "!")

/* Reserved words: X(kind suffix, spelling). */
#define LEX_KEYWORDS(X) \
    X(FALSE, "False") X(NONE, "None") X(TRUE, "True") X(AND, "and") \
    X(AS, "as") X(ASSERT, "assert") X(ASYNC, "async") X(AWAIT, "await") \
    X(BREAK, "break") X(CLASS, "class") X(CONTINUE, "continue") \
    X(DEF, "def") X(DEL, "del") X(ELIF, "elif") X(ELSE, "else") \
    X(EXCEPT, "except") X(FINALLY, "finally") X(FOR, "for") \
    X(FROM, "from") X(GLOBAL, "global") X(IF, "if") X(IMPORT, "import") \
    X(IN, "in") X(IS, "is") X(LAMBDA, "lambda") X(NONLOCAL, "nonlocal") \
    X(NOT, "not") X(OR, "or") X(PASS, "pass") X(RAISE, "raise") \
    X(RETURN, "return") X(TRY, "try") X(WHILE, "while") X(WITH, "with") \
    X(YIELD, "yield")

/* Token kinds: TK_NAME..., TK_LPAR... (operators), TK_IF... (keywords). */
typedef enum TokKind {
    TK_ENDMARKER,
    TK_NAME,
    TK_NUMBER,
    TK_STRING,
    TK_NEWLINE,
    TK_INDENT,
    TK_DEDENT,
    TK_ERROR,   /* tokenizer failure; see Lexer.err */
    TK_UNKNOWN, /* a stray ASCII character such as '$' or '?' */
#define X(k, s) TK_##k,
    LEX_OPERATORS(X) LEX_KEYWORDS(X)
#undef X
    TK_COUNT
} TokKind;

/* One token.  Columns are 0-based byte offsets; INDENT and DEDENT have
 * col == end_col == -1 like CPython's, NEWLINE is empty and sits on the
 * '\n' it stands for. */
typedef struct Token {
    TokKind kind;
    int lineno, col, end_lineno, end_col;
    const char *start; /* text in Lexer.buf */
    int len;
    int level;         /* bracket nesting after this token */
} Token;

/* An error in CPython's raw form: bcol/end_bcol are byte counts that
 * become character offsets via the error line (see parse.c). */
typedef struct RawError {
    ParseErrorKind kind;
    char msg[400];
    int lineno, bcol, end_lineno, end_bcol;
} RawError;

/* Tokenizer state and results. */
typedef struct Lexer {
    char *buf;        /* normalized source, NUL-terminated (owned) */
    size_t len;
    Token *toks;      /* ntoks tokens (owned) */
    int ntoks;
    int *line_starts; /* byte offset of line i at [i], 1-based (owned) */
    int nlines;
    int empty;        /* the source text was empty */
    int has_error;    /* the stream ends with TK_ERROR */
    RawError err;
    int err_overrides; /* CPython reports this error even when the parser
                          failed earlier in the file */
    int paren_line;    /* innermost bracket still open at the error: */
    int paren_col;     /* its line (0 if none), column and character, */
    char paren_char;   /* for CPython's "'(' was never closed" */
} Lexer;

/* Tokenize src[0..len).  Returns 0 on success (tokens may still end with
 * TK_ERROR for bad source) and -1 when out of memory. */
int lex_tokenize(Lexer *lx, const char *src, size_t len);

/* Release everything the lexer owns. */
void lex_free(Lexer *lx);

/* Spelling of a token kind for messages ("'('", "NAME"). */
const char *lex_kind_text(TokKind kind);

/* Keyword kind of the identifier s[0..len), or TK_NAME. */
TokKind lex_keyword(const char *s, int len);

/* If s[0..n) is not valid UTF-8, format Python's UnicodeDecodeError text
 * prefixed by "(unicode error) " into msg and return 1; else return 0. */
int lex_utf8_problem(const unsigned char *s, long n, char *msg, size_t size);

/* Number of characters in the first n bytes of line (a partial or invalid
 * UTF-8 sequence counts as one character, as with errors="replace"). */
int lex_char_offset(const char *line, int n);

#endif
