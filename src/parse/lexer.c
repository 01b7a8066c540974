/* lexer.c - Python 3.11 tokenizer (see lexer.h).
 *
 * The algorithm follows CPython's tokenizer closely so that token
 * boundaries, INDENT/DEDENT placement and the *positions of tokenizer
 * errors* agree with CPython: error columns are recorded the way CPython
 * computes them ("bytes up to the scan position"), and parse.c converts
 * them to character offsets.
 *
 * Invariants:
 *   - buf always ends with '\n' and is NUL-terminated, so scanning never
 *     runs past the end; the final '\n' is added when the source lacks it,
 *     as CPython does for exec input.
 *   - The first error stops tokenization: the token array then ends with a
 *     single TK_ERROR token placed where the error was detected.
 */
#include "lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chartab.h"

enum {
    MAXINDENT = 100, /* CPython's limit on indentation levels */
    MAXLEVEL = 200,  /* CPython's limit on bracket nesting */
    TABSIZE = 8
};

typedef struct LexState {
    Lexer *lx;
    const char *p;          /* scan position */
    const char *end;        /* buf + len */
    int lineno;             /* line of p */
    const char *line_start; /* first byte of that line */
    int indstack[MAXINDENT], altstack[MAXINDENT], indent;
    int atbol;
    struct { char c; int line, col; } parens[MAXLEVEL];
    int level;
    int cap; /* allocated tokens */
    int oom;
} LexState;

/* ------------------------------------------------------------------ */
/* Token output                                                        */

static Token *push_token(LexState *s)
{
    Lexer *lx = s->lx;
    if (lx->ntoks == s->cap) {
        int ncap = s->cap ? s->cap * 2 : 256;
        Token *t = realloc(lx->toks, (size_t)ncap * sizeof(Token));
        if (!t) {
            s->oom = 1;
            return NULL;
        }
        lx->toks = t;
        s->cap = ncap;
    }
    return &lx->toks[lx->ntoks++];
}

/* Emit a token spanning [start, s->p); start lies on line sline whose
 * first byte is sls. */
static void emit(LexState *s, TokKind k, const char *start, int sline,
                 const char *sls)
{
    Token *t = push_token(s);
    if (!t)
        return;
    t->kind = k;
    t->lineno = sline;
    t->col = (int)(start - sls);
    t->end_lineno = s->lineno;
    t->end_col = (int)(s->p - s->line_start);
    t->start = start;
    t->len = (int)(s->p - start);
    t->level = s->level;
}

/* The line a token at the scan position belongs to: at the end of input
 * CPython's tokenizer is still on the last line. */
static int eof_line(const LexState *s)
{
    if (s->p == s->end && s->lx->nlines > 0)
        return s->lx->nlines;
    return s->lineno;
}

/* INDENT/DEDENT carry no column (CPython gives -1); start marks the first
 * byte after the indentation, which errors on them report. */
static void emit_indent(LexState *s, TokKind k)
{
    Token *t = push_token(s);
    if (!t)
        return;
    t->kind = k;
    t->lineno = t->end_lineno = eof_line(s);
    t->col = t->end_col = -1;
    t->start = s->p;
    t->len = 0;
}

/* Record the error and end the stream with TK_ERROR at the current line. */
static void verror(LexState *s, ParseErrorKind kind, int lineno, int bcol,
                   int end_lineno, int end_bcol, int overrides,
                   const char *fmt, va_list ap)
{
    Lexer *lx = s->lx;
    lx->has_error = 1;
    lx->err.kind = kind;
    vsnprintf(lx->err.msg, sizeof lx->err.msg, fmt, ap);
    lx->err.lineno = lineno;
    lx->err.bcol = bcol;
    lx->err.end_lineno = end_lineno;
    lx->err.end_bcol = end_bcol;
    lx->err_overrides = overrides;
    if (s->level > 0) {
        lx->paren_line = s->parens[s->level - 1].line;
        lx->paren_col = s->parens[s->level - 1].col;
        lx->paren_char = s->parens[s->level - 1].c;
    }
    Token *t = push_token(s);
    if (!t)
        return;
    t->kind = TK_ERROR;
    t->lineno = t->end_lineno = lineno > 0 ? lineno : 1;
    t->col = t->end_col = -1;
    t->start = s->p;
    t->len = 0;
}

static void error_at(LexState *s, ParseErrorKind kind, int lineno, int bcol,
                     int end_lineno, int end_bcol, int overrides,
                     const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(s, kind, lineno, bcol, end_lineno, end_bcol, overrides, fmt, ap);
    va_end(ap);
}

/* CPython's tokenizer syntaxerror(): reported at the scan position, and
 * reported even if the parser fails earlier in the file. */
static void syntax_error(LexState *s, const char *fmt, ...)
{
    int bcol = (int)(s->p - s->line_start);
    va_list ap;
    va_start(ap, fmt);
    verror(s, PERR_SYNTAX, s->lineno, bcol, s->lineno, bcol, 1, fmt, ap);
    va_end(ap);
}

/* ------------------------------------------------------------------ */
/* Character helpers                                                   */

static int is_digit(int c) { return c >= '0' && c <= '9'; }

static int is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int is_id_start_byte(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c >= 128;
}

static int is_id_byte(int c) { return is_id_start_byte(c) || is_digit(c); }

/* Advance over one byte, keeping the line bookkeeping right. */
static int next_char(LexState *s)
{
    int c = (unsigned char)*s->p;
    if (s->p == s->end)
        return -1;
    s->p++;
    if (c == '\n') {
        s->lineno++;
        s->line_start = s->p;
    }
    return c;
}

static int peek_char(LexState *s)
{
    return s->p == s->end ? -1 : (unsigned char)*s->p;
}

/* ------------------------------------------------------------------ */
/* UTF-8 problems, reported like Python's 'utf-8' codec                */

/* Length of the longest prefix of s[0..n) that could start a valid
 * sequence (at least 1): Python replaces such a prefix by one U+FFFD. */
static int maximal_subpart(const unsigned char *s, long n)
{
    unsigned c = s[0];
    int need;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        need = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        need = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4)
        need = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    else
        return 1;
    int k = 1;
    while (k < need && k < n) {
        unsigned b = s[k];
        if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80)
            break;
        k++;
    }
    return k;
}

int lex_char_offset(const char *line, int n)
{
    const unsigned char *s = (const unsigned char *)line;
    long len = (long)strcspn(line, "\n");
    if (n > len + 1)
        n = (int)len + 1; /* CPython clamps to the line length too */
    int chars = 0;
    long i = 0;
    while (i < n) {
        uint32_t cp;
        int k = chartab_utf8_decode(s + i, n - i, &cp);
        if (k == 0)
            k = maximal_subpart(s + i, n - i);
        i += k;
        chars++;
    }
    return chars;
}

int lex_utf8_problem(const unsigned char *s, long n, char *msg, size_t size)
{
    long i = 0;
    while (i < n) {
        uint32_t cp;
        int k = chartab_utf8_decode(s + i, n - i, &cp);
        if (k) {
            i += k;
            continue;
        }
        int sub = maximal_subpart(s + i, n - i);
        const char *why = "invalid continuation byte";
        int full = s[i] >= 0xF0 ? 4 : s[i] >= 0xE0 ? 3 : 2;
        if (sub == 1 && (s[i] < 0xC2 || s[i] > 0xF4))
            why = "invalid start byte";
        else if (i + sub == n && sub < full)
            why = "unexpected end of data";
        if (sub > 1 && i + sub == n)
            snprintf(msg, size,
                     "(unicode error) 'utf-8' codec can't decode bytes in "
                     "position %ld-%ld: %s", i, i + sub - 1, why);
        else
            snprintf(msg, size,
                     "(unicode error) 'utf-8' codec can't decode byte "
                     "0x%02x in position %ld: %s", s[i], i, why);
        return 1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Indentation                                                         */

static void at_eof(LexState *s);

/* CPython's indenterror(): TabError, reported at column 0 of the line. */
static void tab_error(LexState *s)
{
    error_at(s, PERR_TAB, s->lineno, 1, s->lineno, 0, 0,
             "inconsistent use of tabs and spaces in indentation");
}

/* A backslash continuation: the backslash was consumed.  Returns 0 and
 * records the error when it is not followed by a newline or is at EOF. */
static int continuation(LexState *s)
{
    const char *bs = s->p - 1;
    int c = next_char(s);
    if (c != '\n') {
        /* CPython reports the column after the offending character. */
        int bcol = (int)(bs - s->line_start) + 2;
        error_at(s, PERR_SYNTAX, s->lineno, bcol, s->lineno, 0, 0,
                 "unexpected character after line continuation character");
        return 0;
    }
    if (s->p == s->end && s->level > 0) {
        at_eof(s); /* "'(' was never closed" */
        return 0;
    }
    if (s->p == s->end) {
        /* The scan position is the end of the last line. */
        int line = s->lineno - 1;
        const char *ls = s->lx->buf + s->lx->line_starts[line];
        error_at(s, PERR_SYNTAX, line, (int)(s->p - ls), line, -1, 0,
                 "unexpected EOF while parsing");
        return 0;
    }
    return 1;
}

/* Compare a new line's indentation with the stack and emit INDENT or
 * DEDENT tokens (CPython's rules: the tab-size-1 column "altcol" must
 * agree with the tab-size-8 column, else TabError).  Returns 0 on error. */
static int apply_indent(LexState *s, int col, int altcol)
{
    int *ind = s->indstack, *alt = s->altstack;
    if (col == ind[s->indent]) {
        if (altcol != alt[s->indent]) {
            tab_error(s);
            return 0;
        }
    } else if (col > ind[s->indent]) {
        if (s->indent + 1 >= MAXINDENT) {
            error_at(s, PERR_INDENTATION, s->lineno, 1, s->lineno, 0, 0,
                     "too many levels of indentation");
            return 0;
        }
        if (altcol <= alt[s->indent]) {
            tab_error(s);
            return 0;
        }
        s->indent++;
        ind[s->indent] = col;
        alt[s->indent] = altcol;
        emit_indent(s, TK_INDENT);
    } else {
        int n = 0;
        while (s->indent > 0 && col < ind[s->indent]) {
            s->indent--;
            n++;
        }
        if (col != ind[s->indent]) {
            /* CPython reports the end of the line, newline included. */
            const char *nl = strchr(s->p, '\n');
            int bcol = (int)((nl ? nl + 1 : s->p) - s->line_start);
            error_at(s, PERR_INDENTATION, s->lineno, bcol, s->lineno, -1, 0,
                     "unindent does not match any outer indentation level");
            return 0;
        }
        if (altcol != alt[s->indent]) {
            tab_error(s);
            return 0;
        }
        while (n--)
            emit_indent(s, TK_DEDENT);
    }
    return 1;
}

/* Measure the indentation at the start of a line and emit INDENT/DEDENT.
 * Sets *blank for lines holding only whitespace and comments (they do not
 * affect indentation and produce no NEWLINE).  Returns 0 after an error. */
static int indentation(LexState *s, int *blank)
{
    int col = 0, altcol = 0, cont_col = 0;
    for (;;) {
        int c = peek_char(s);
        if (c == ' ') {
            col++, altcol++;
        } else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol++;
        } else if (c == '\f') {
            col = altcol = 0; /* form feed resets the column, as in CPython */
        } else if (c == '\\') {
            /* Indentation cannot be split by backslashes: the first one
               fixes the level of what follows. */
            cont_col = cont_col ? cont_col : col;
            next_char(s);
            if (!continuation(s))
                return 0;
            continue;
        } else {
            break;
        }
        next_char(s);
    }
    int c = peek_char(s);
    *blank = c == '#' || c == '\n';
    if (*blank || s->level > 0)
        return 1;
    if (c == -1)
        col = altcol = 0; /* end of input closes every block */
    else if (cont_col)
        col = altcol = cont_col;
    return apply_indent(s, col, altcol);
}

/* ------------------------------------------------------------------ */
/* Names, keywords and string prefixes                                 */

TokKind lex_keyword(const char *s, int len)
{
    static const struct { const char *text; int len; TokKind kind; } kw[] = {
#define X(k, t) {t, (int)sizeof(t) - 1, TK_##k},
        LEX_KEYWORDS(X)
#undef X
    };
    if (len < 2 || len > 8)
        return TK_NAME;
    for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++)
        if (kw[i].len == len && kw[i].text[0] == s[0] &&
            memcmp(kw[i].text, s, (size_t)len) == 0)
            return kw[i].kind;
    return TK_NAME;
}

/* Check a name containing non-ASCII bytes: valid UTF-8 made of identifier
 * characters.  Errors are placed like CPython's verify_identifier(). */
static int verify_identifier(LexState *s, const char *start)
{
    const unsigned char *u = (const unsigned char *)start;
    long n = (long)(s->p - start);
    char msg[200];
    if (lex_utf8_problem(u, n, msg, sizeof msg)) {
        int bcol = (int)(s->p - s->line_start);
        error_at(s, PERR_SYNTAX, s->lineno, bcol, s->lineno, -1, 1, "%s", msg);
        return 0;
    }
    long i = 0;
    int first = 1;
    while (i < n) {
        uint32_t cp;
        int k = chartab_utf8_decode(u + i, n - i, &cp);
        int ok = first ? chartab_is_id_start(cp) : chartab_is_id_continue(cp);
        if (!ok) {
            /* CPython reports the column just after the bad character. */
            s->p = start + i + k;
            char ch[5] = {0};
            memcpy(ch, u + i, (size_t)k);
            if (chartab_is_printable(cp))
                syntax_error(s, "invalid character '%s' (U+%04X)", ch, (unsigned)cp);
            else
                syntax_error(s, "invalid non-printable character U+%04X", (unsigned)cp);
            return 0;
        }
        i += k;
        first = 0;
    }
    return 1;
}

/* If the name just scanned ([start, p)) is a string prefix and a quote
 * follows, return 1 (the caller scans a string). */
static int is_string_prefix(const char *start, const char *p)
{
    if (*p != '\'' && *p != '"')
        return 0;
    int b = 0, r = 0, u = 0, f = 0;
    for (const char *q = start; q < p; q++) {
        switch (*q) {
        case 'b': case 'B': if (b || u || f) return 0; b = 1; break;
        case 'r': case 'R': if (r || u) return 0; r = 1; break;
        case 'u': case 'U': if (b || u || r || f) return 0; u = 1; break;
        case 'f': case 'F': if (f || b || u) return 0; f = 1; break;
        default: return 0;
        }
    }
    return 1;
}

/* ------------------------------------------------------------------ */
/* Strings                                                             */

/* Scan a string literal whose prefix starts at start and whose opening
 * quote is at s->p.  Errors are reported from the opening of the token,
 * with the line where scanning stopped, like CPython. */
static void scan_string(LexState *s, const char *start, int sline,
                        const char *sls)
{
    int quote = next_char(s);
    int quote_size = 1, end_quote_size = 0;
    if (peek_char(s) == quote) {
        next_char(s);
        if (peek_char(s) == quote) {
            next_char(s);
            quote_size = 3;
        } else {
            end_quote_size = 1; /* empty string */
        }
    }
    while (end_quote_size != quote_size) {
        int c = next_char(s);
        if (c == -1 || (quote_size == 1 && c == '\n')) {
            int detected = s->lineno - 1; /* p is past the newline or at EOF */
            int bcol = (int)(start - sls) + 1;
            if (quote_size == 3)
                error_at(s, PERR_SYNTAX, sline, bcol, sline, bcol, 1,
                         "unterminated triple-quoted string literal "
                         "(detected at line %d)", detected);
            else
                error_at(s, PERR_SYNTAX, sline, bcol, sline, bcol, 1,
                         "unterminated string literal (detected at line %d)",
                         detected);
            return;
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\')
                next_char(s); /* the escaped character, even a quote */
        }
    }
    emit(s, TK_STRING, start, sline, sls);
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */

/* After a number: an identifier character right after it is an error,
 * except the keywords CPython tolerates there (1if x else y). */
static int end_of_number(LexState *s, const char *kind)
{
    const char *q = s->p;
    int c = (unsigned char)*q;
    int ok_kw = 0;
    if (c == 'a')
        ok_kw = strncmp(q, "and", 3) == 0;
    else if (c == 'e')
        ok_kw = strncmp(q, "else", 4) == 0;
    else if (c == 'f')
        ok_kw = strncmp(q, "for", 3) == 0;
    else if (c == 'i')
        ok_kw = q[1] == 'f' || q[1] == 'n' || q[1] == 's';
    else if (c == 'o')
        ok_kw = q[1] == 'r';
    else if (c == 'n')
        ok_kw = strncmp(q, "not", 3) == 0;
    if (!ok_kw && is_id_byte(c)) {
        syntax_error(s, "invalid %s literal", kind);
        return 0;
    }
    return 1;
}

/* Digits with single underscores between them; p is on a digit.
 * Returns 0 after an error. */
static int decimal_tail(LexState *s)
{
    for (;;) {
        while (is_digit(peek_char(s)))
            next_char(s);
        if (peek_char(s) != '_')
            return 1;
        next_char(s);
        if (!is_digit(peek_char(s))) {
            syntax_error(s, "invalid decimal literal");
            return 0;
        }
    }
}

/* Radix-prefixed integer after "0x"/"0o"/"0b" (p is after the letter). */
static int radix_number(LexState *s, int radix, const char *kind)
{
    for (;;) {
        if (peek_char(s) == '_')
            next_char(s);
        int c = peek_char(s);
        int ok = radix == 16 ? is_xdigit(c) : c >= '0' && c < '0' + radix;
        if (!ok) {
            if (radix != 16 && is_digit(c)) {
                next_char(s);
                syntax_error(s, "invalid digit '%c' in %s literal", c, kind);
            } else {
                syntax_error(s, "invalid %s literal", kind);
            }
            return 0;
        }
        do {
            next_char(s);
            c = peek_char(s);
        } while (radix == 16 ? is_xdigit(c) : c >= '0' && c < '0' + radix);
        if (c != '_')
            break;
    }
    if (radix != 16 && is_digit(peek_char(s))) {
        int c = next_char(s);
        syntax_error(s, "invalid digit '%c' in %s literal", c, kind);
        return 0;
    }
    return end_of_number(s, kind);
}

/* Fraction, exponent and imaginary suffix; p is after the integer part
 * (and after the '.' when frac is set). */
static int number_tail(LexState *s, int frac)
{
    if (frac && is_digit(peek_char(s)) && !decimal_tail(s))
        return 0;
    int c = peek_char(s);
    if (c == 'e' || c == 'E') {
        const char *e = s->p;
        next_char(s);
        c = peek_char(s);
        if (c == '+' || c == '-') {
            next_char(s);
            if (!is_digit(peek_char(s))) {
                syntax_error(s, "invalid decimal literal");
                return 0;
            }
        } else if (!is_digit(c)) {
            /* "1e" followed by a name: the 'e' is not part of the number */
            s->p = e;
            return end_of_number(s, "decimal");
        }
        if (!decimal_tail(s))
            return 0;
        c = peek_char(s);
    }
    if (c == 'j' || c == 'J') {
        next_char(s);
        return end_of_number(s, "imaginary");
    }
    return end_of_number(s, "decimal");
}

/* Integer part starting with '0' (p is after the '0'). */
static int zero_number(LexState *s, const char *start)
{
    int c = peek_char(s);
    if (c == 'x' || c == 'X')
        return next_char(s), radix_number(s, 16, "hexadecimal");
    if (c == 'o' || c == 'O')
        return next_char(s), radix_number(s, 8, "octal");
    if (c == 'b' || c == 'B')
        return next_char(s), radix_number(s, 2, "binary");
    for (;;) {
        if (peek_char(s) == '_') {
            next_char(s);
            if (!is_digit(peek_char(s))) {
                syntax_error(s, "invalid decimal literal");
                return 0;
            }
        }
        if (peek_char(s) != '0')
            break;
        next_char(s);
    }
    const char *zeros_end = s->p;
    int nonzero = 0;
    if (is_digit(peek_char(s))) {
        nonzero = 1;
        if (!decimal_tail(s))
            return 0;
    }
    c = peek_char(s);
    if (c == '.')
        return next_char(s), number_tail(s, 1);
    if (c == 'e' || c == 'E' || c == 'j' || c == 'J')
        return number_tail(s, 0);
    if (nonzero) {
        int b0 = (int)(start - s->line_start) + 1;
        int b1 = (int)(zeros_end - s->line_start) + 1;
        error_at(s, PERR_SYNTAX, s->lineno, b0, s->lineno, b1, 1,
                 "leading zeros in decimal integer literals are not "
                 "permitted; use an 0o prefix for octal integers");
        return 0;
    }
    return end_of_number(s, "decimal");
}

/* Scan a number starting at start (p is after its first character, which
 * is a digit, or a '.' followed by a digit). */
static void scan_number(LexState *s, const char *start)
{
    int ok;
    if (*start == '.')
        ok = number_tail(s, 1);
    else if (*start == '0')
        ok = zero_number(s, start);
    else if (!decimal_tail(s))
        ok = 0;
    else if (peek_char(s) == '.')
        ok = (next_char(s), number_tail(s, 1));
    else
        ok = number_tail(s, 0);
    if (ok)
        emit(s, TK_NUMBER, start, s->lineno, s->line_start);
}

/* ------------------------------------------------------------------ */
/* Operators and brackets                                              */

/* The operator at p (longest match) and its length; TK_UNKNOWN with
 * length 1 for a stray character.  The spellings are those of
 * LEX_OPERATORS. */
static TokKind match_operator(const char *p, int *len)
{
    char c1 = p[1], c2 = c1 ? p[2] : 0;
    *len = 2;
    switch (p[0]) {
    case '+': if (c1 == '=') return TK_PLUSEQUAL; break;
    case '-':
        if (c1 == '=') return TK_MINEQUAL;
        if (c1 == '>') return TK_RARROW;
        break;
    case '*':
        if (c1 == '*') {
            if (c2 == '=') return *len = 3, TK_DOUBLESTAREQUAL;
            return TK_DOUBLESTAR;
        }
        if (c1 == '=') return TK_STAREQUAL;
        break;
    case '/':
        if (c1 == '/') {
            if (c2 == '=') return *len = 3, TK_DOUBLESLASHEQUAL;
            return TK_DOUBLESLASH;
        }
        if (c1 == '=') return TK_SLASHEQUAL;
        break;
    case '<':
        if (c1 == '<') {
            if (c2 == '=') return *len = 3, TK_LEFTSHIFTEQUAL;
            return TK_LEFTSHIFT;
        }
        if (c1 == '=') return TK_LESSEQUAL;
        if (c1 == '>') return TK_LTGT;
        break;
    case '>':
        if (c1 == '>') {
            if (c2 == '=') return *len = 3, TK_RIGHTSHIFTEQUAL;
            return TK_RIGHTSHIFT;
        }
        if (c1 == '=') return TK_GREATEREQUAL;
        break;
    case '.': if (c1 == '.' && c2 == '.') return *len = 3, TK_ELLIPSIS; break;
    case '=': if (c1 == '=') return TK_EQEQUAL; break;
    case '!': if (c1 == '=') return TK_NOTEQUAL; break;
    case '%': if (c1 == '=') return TK_PERCENTEQUAL; break;
    case '&': if (c1 == '=') return TK_AMPEREQUAL; break;
    case '|': if (c1 == '=') return TK_VBAREQUAL; break;
    case '^': if (c1 == '=') return TK_CIRCUMFLEXEQUAL; break;
    case '@': if (c1 == '=') return TK_ATEQUAL; break;
    case ':': if (c1 == '=') return TK_COLONEQUAL; break;
    default: break;
    }
    *len = 1;
    switch (p[0]) {
    case '(': return TK_LPAR;
    case ')': return TK_RPAR;
    case '[': return TK_LSQB;
    case ']': return TK_RSQB;
    case '{': return TK_LBRACE;
    case '}': return TK_RBRACE;
    case ':': return TK_COLON;
    case ',': return TK_COMMA;
    case ';': return TK_SEMI;
    case '+': return TK_PLUS;
    case '-': return TK_MINUS;
    case '*': return TK_STAR;
    case '/': return TK_SLASH;
    case '|': return TK_VBAR;
    case '&': return TK_AMPER;
    case '<': return TK_LESS;
    case '>': return TK_GREATER;
    case '=': return TK_EQUAL;
    case '.': return TK_DOT;
    case '%': return TK_PERCENT;
    case '~': return TK_TILDE;
    case '^': return TK_CIRCUMFLEX;
    case '@': return TK_AT;
    case '!': return TK_EXCLAMATION;
    default: return TK_UNKNOWN;
    }
}

/* Track bracket nesting; returns 0 after an error. */
static int track_bracket(LexState *s, int c, const char *start)
{
    if (c == '(' || c == '[' || c == '{') {
        if (s->level >= MAXLEVEL) {
            syntax_error(s, "too many nested parentheses");
            return 0;
        }
        s->parens[s->level].c = (char)c;
        s->parens[s->level].line = s->lineno;
        s->parens[s->level].col = (int)(start - s->line_start);
        s->level++;
        return 1;
    }
    if (c != ')' && c != ']' && c != '}')
        return 1;
    if (!s->level) {
        syntax_error(s, "unmatched '%c'", c);
        return 0;
    }
    s->level--;
    int open = s->parens[s->level].c;
    if ((open == '(' && c == ')') || (open == '[' && c == ']') ||
        (open == '{' && c == '}'))
        return 1;
    if (s->parens[s->level].line != s->lineno)
        syntax_error(s, "closing parenthesis '%c' does not match opening "
                        "parenthesis '%c' on line %d",
                     c, open, s->parens[s->level].line);
    else
        syntax_error(s, "closing parenthesis '%c' does not match opening "
                        "parenthesis '%c'", c, open);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Main loop                                                           */

/* End of input: close brackets or blocks and emit ENDMARKER. */
static void at_eof(LexState *s)
{
    if (s->level) {
        /* CPython: "'(' was never closed", pointing at the bracket. */
        int i = s->level - 1;
        error_at(s, PERR_SYNTAX, s->parens[i].line, s->parens[i].col + 1,
                 s->parens[i].line, 0, 0, "'%c' was never closed",
                 s->parens[i].c);
        return;
    }
    Token *t = push_token(s);
    if (!t)
        return;
    t->kind = TK_ENDMARKER;
    /* CPython has read no line at all from an empty text */
    t->lineno = t->end_lineno = s->lx->empty ? 0 : eof_line(s);
    t->col = t->end_col = -1;
    t->start = s->p;
    t->len = 0;
}

/* Scan a name, keyword or prefixed string at p. */
static void scan_name(LexState *s)
{
    const char *start = s->p;
    int sline = s->lineno;
    const char *sls = s->line_start;
    int nonascii = 0;
    while (is_id_byte(peek_char(s))) {
        nonascii |= peek_char(s) >= 128;
        next_char(s);
    }
    if (s->p - start <= 3 && is_string_prefix(start, s->p)) {
        scan_string(s, start, sline, sls);
        return;
    }
    if (nonascii && !verify_identifier(s, start))
        return;
    emit(s, lex_keyword(start, (int)(s->p - start)), start, sline, sls);
}

/* Scan one token (or a run of ignorable input).  Returns 0 when the
 * stream is complete (ENDMARKER or TK_ERROR emitted). */
static int scan_token(LexState *s, int *blank)
{
    int c;
    while ((c = peek_char(s)) == ' ' || c == '\t' || c == '\f')
        next_char(s);
    /* A NEWLINE token after a comment starts where the comment does, as
       in CPython (error columns depend on it). */
    const char *start = s->p;
    if (c == '#') {
        while (peek_char(s) != '\n' && peek_char(s) != -1)
            next_char(s);
        c = peek_char(s);
    }
    if (c == -1) {
        at_eof(s);
        return 0;
    }
    if (is_id_start_byte(c)) {
        scan_name(s);
        return !s->lx->has_error;
    }
    if (c == '\n') {
        if (!*blank && s->level == 0)
            emit(s, TK_NEWLINE, start, s->lineno, s->line_start);
        next_char(s);
        s->atbol = 1;
        return 1;
    }
    next_char(s);
    if (is_digit(c) || (c == '.' && is_digit(peek_char(s)))) {
        scan_number(s, start);
        return !s->lx->has_error;
    }
    if (c == '\'' || c == '"') {
        s->p = start;
        scan_string(s, start, s->lineno, s->line_start);
        return !s->lx->has_error;
    }
    if (c == '\\')
        return continuation(s);
    if (c < 0x20 || c == 0x7f) {
        syntax_error(s, "invalid non-printable character U+%04X", c);
        return 0;
    }
    int len;
    TokKind k = match_operator(start, &len);
    s->p = start + len;
    if (!track_bracket(s, c, start))
        return 0;
    emit(s, k, start, s->lineno, s->line_start);
    return 1;
}

static void run(LexState *s)
{
    int blank = 0;
    s->atbol = 1;
    for (;;) {
        if (s->atbol) {
            s->atbol = 0;
            if (!indentation(s, &blank))
                return;
        }
        if (!scan_token(s, &blank) || s->oom)
            return;
    }
}

/* ------------------------------------------------------------------ */
/* Setup                                                               */

/* Copy src into lx->buf: drop a BOM, turn \r\n and \r into \n, make sure
 * the text ends with \n.  Returns -1 when out of memory. */
static int normalize(Lexer *lx, const char *src, size_t len)
{
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        src += 3, len -= 3;
    char *b = malloc(len + 3);
    if (!b)
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\r') {
            if (i + 1 < len && src[i + 1] == '\n')
                i++;
            c = '\n';
        }
        b[n++] = c;
    }
    lx->empty = n == 0;
    /* CPython's translate_newlines appends a newline when the text does not
       end with one -- and also, by a quirk, when it ends with "\r\n". */
    int crlf_end = len >= 2 && src[len - 2] == '\r' && src[len - 1] == '\n';
    if (n == 0 || b[n - 1] != '\n' || crlf_end)
        b[n++] = '\n';
    b[n] = '\0';
    lx->buf = b;
    lx->len = n;
    return 0;
}

static int build_lines(Lexer *lx)
{
    int lines = 0;
    for (size_t i = 0; i < lx->len; i++)
        lines += lx->buf[i] == '\n';
    lx->line_starts = malloc(((size_t)lines + 2) * sizeof(int));
    if (!lx->line_starts)
        return -1;
    int line = 1;
    lx->line_starts[0] = 0;
    lx->line_starts[1] = 0;
    for (size_t i = 0; i < lx->len; i++)
        if (lx->buf[i] == '\n' && line <= lines)
            lx->line_starts[++line] = (int)(i + 1);
    lx->nlines = lines;
    return 0;
}

int lex_tokenize(Lexer *lx, const char *src, size_t len)
{
    memset(lx, 0, sizeof *lx);
    if (len > (size_t)0x7fffffff - 16)
        return -1;
    if (normalize(lx, src, len) < 0 || build_lines(lx) < 0)
        return -1;
    LexState s;
    memset(&s, 0, sizeof s);
    s.lx = lx;
    s.p = lx->buf;
    s.end = lx->buf + lx->len;
    s.lineno = 1;
    s.line_start = lx->buf;
    if (memchr(src, '\0', len)) {
        error_at(&s, PERR_SYNTAX, 0, 0, 0, 0, 1,
                 "source code string cannot contain null bytes");
        return s.oom ? -1 : 0;
    }
    run(&s);
    return s.oom ? -1 : 0;
}

void lex_free(Lexer *lx)
{
    free(lx->buf);
    free(lx->toks);
    free(lx->line_starts);
    memset(lx, 0, sizeof *lx);
}

const char *lex_kind_text(TokKind kind)
{
    static const char *const names[TK_COUNT] = {
        "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT",
        "DEDENT", "ERRORTOKEN", "OP",
#define X(k, t) t,
        LEX_OPERATORS(X) LEX_KEYWORDS(X)
#undef X
    };
    return (unsigned)kind < TK_COUNT ? names[kind] : "?";
}
