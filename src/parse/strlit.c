/* strlit.c - string literals: prefixes, escape decoding, implicit
 * concatenation and f-strings (CPython 3.11's string_parser.c behaviour).
 *
 * A run of adjacent STRING tokens becomes one node: a bytes Constant, a
 * str Constant, or a JoinedStr as soon as one token is an f-string.  In a
 * JoinedStr, adjacent literal text is merged and empty text dropped; the
 * replacement fields become FormattedValue nodes.
 *
 * Each replacement field's expression is parsed by a sub-parser over the
 * text "(expr)" (as CPython does), whose token positions are shifted so
 * the nodes carry their real positions in the file.  Span conventions are
 * CPython 3.11's, quirks included: FormattedValue nodes and literal parts
 * span the whole run of tokens, except a format spec's JoinedStr and its
 * trailing literal, which span the token holding them.
 *
 * Invariant: decoded text is never longer than its source text (every
 * escape is at least as long as the UTF-8 it produces), so each decode
 * writes into a buffer sized by the source.
 */
#include "parse_int.h"

#include <stdio.h>
#include <string.h>

#include "chartab.h"

/* Unicode character names for \N{NAME} live with str, in
 * src/objects/str_uniname.c (pure C data, no GC objects). */
#include <stdbool.h>
bool uni_lookup_name(const char *name, size_t n, uint32_t *out);

/* f-string nesting limit of CPython's fstring_find_expr. */
enum { FSTRING_MAX_NEST = 200 };

/* One STRING token split into prefix flags and body. */
typedef struct StrTok {
    const Token *t;
    int bytes, raw, fmode;
    const char *body; /* between the quotes */
    size_t len;
} StrTok;

/* Accumulates the values of a JoinedStr (or the text of a Constant). */
typedef struct FBuilder {
    ExprSeq values;
    int cap;
    char *lit; /* pending literal text */
    size_t lit_len, lit_cap;
    int fmode; /* a JoinedStr is being built */
} FBuilder;

/* The run being parsed and the token after it (errors are reported there,
 * as CPython's RAISE_SYNTAX_ERROR points at the last token it fetched). */
typedef struct Run {
    const Token *first, *last;
} Run;

static void split_token(const Token *t, StrTok *st)
{
    const char *s = t->start;
    memset(st, 0, sizeof *st);
    st->t = t;
    for (;; s++) {
        char c = *s;
        if (c == 'b' || c == 'B')
            st->bytes = 1;
        else if (c == 'r' || c == 'R')
            st->raw = 1;
        else if (c == 'f' || c == 'F')
            st->fmode = 1;
        else if (c != 'u' && c != 'U')
            break;
    }
    size_t n = (size_t)(t->start + t->len - s);
    size_t q = (n >= 6 && s[1] == s[0] && s[2] == s[0]) ? 3 : 1;
    st->body = s + q;
    st->len = n - 2 * q;
}

/* ------------------------------------------------------------------ */
/* Escapes                                                             */

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Simple one-character escapes; 0 if c is not one. */
static int simple_escape(int c)
{
    switch (c) {
    case '\n': return -1; /* line continuation: produces nothing */
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return 0;
    }
}

_Noreturn static void unicode_escape_error(Parser *p, size_t start, size_t end,
                                           const char *why)
{
    if (end - start == 1)
        parse_error_last(p, PERR_SYNTAX,
                         "(unicode error) 'unicodeescape' codec can't decode byte "
                         "0x5c in position %zu: %s", start, why);
    parse_error_last(p, PERR_SYNTAX,
                     "(unicode error) 'unicodeescape' codec can't decode bytes in "
                     "position %zu-%zu: %s", start, end - 1, why);
}

/* \x, \u, \U escape at s[i] (the letter); count hex digits follow. */
static size_t hex_escape(Parser *p, const char *s, size_t n, size_t i, int count,
                         uint32_t *cp, const char *why)
{
    uint32_t v = 0;
    size_t j = i + 1;
    for (int k = 0; k < count; k++, j++) {
        int h = j < n ? hexval((unsigned char)s[j]) : -1;
        if (h < 0)
            unicode_escape_error(p, i - 1, j, why);
        v = v * 16 + (uint32_t)h;
    }
    if (v > 0x10FFFF)
        unicode_escape_error(p, i - 1, j, "illegal Unicode character");
    *cp = v;
    return j;
}

/* \N{NAME} at s[i] (the 'N'): the code point, and the position after the
 * escape.  Errors name CPython's positions (from the backslash to where
 * its decoder stopped). */
static size_t name_escape(Parser *p, const char *s, size_t n, size_t i, uint32_t *cp)
{
    size_t open = i + 1;
    if (open >= n)
        unicode_escape_error(p, i - 1, n, "malformed \\N character escape");
    if (s[open] != '{')
        unicode_escape_error(p, i - 1, open, "malformed \\N character escape");
    size_t close = open + 1;
    while (close < n && s[close] != '}')
        close++;
    if (close >= n)
        unicode_escape_error(p, i - 1, n, "malformed \\N character escape");
    if (close == open + 1)
        unicode_escape_error(p, i - 1, close, "malformed \\N character escape");
    if (!uni_lookup_name(s + open + 1, close - open - 1, cp))
        unicode_escape_error(p, i - 1, close + 1, "unknown Unicode character name");
    return close + 1;
}

/* Decode the str literal text s[0..n) into out (at least n bytes).
 * Errors name positions relative to s, like CPython's codec errors. */
static size_t decode_str(Parser *p, const char *s, size_t n, int raw, char *out)
{
    char msg[200];
    if (lex_utf8_problem((const unsigned char *)s, (long)n, msg, sizeof msg))
        parse_error_last(p, PERR_SYNTAX, "%s", msg);
    if (raw || !memchr(s, '\\', n)) {
        memcpy(out, s, n);
        return n;
    }
    size_t o = 0, i = 0;
    while (i < n) {
        if (s[i] != '\\') {
            out[o++] = s[i++];
            continue;
        }
        if (++i >= n)
            parse_error_last(p, PERR_SYNTAX,
                             "(unicode error) 'unicodeescape' codec can't decode byte "
                             "0x5c in position %zu: \\ at end of string", i - 1);
        int c = (unsigned char)s[i];
        int simple = simple_escape(c);
        uint32_t cp;
        if (simple) {
            if (simple > 0)
                out[o++] = (char)simple;
            i++;
            continue;
        }
        if (c >= '0' && c <= '7') {
            cp = 0;
            for (int k = 0; k < 3 && i < n && s[i] >= '0' && s[i] <= '7'; k++, i++)
                cp = cp * 8 + (uint32_t)(s[i] - '0');
        } else if (c == 'x') {
            i = hex_escape(p, s, n, i, 2, &cp, "truncated \\xXX escape");
        } else if (c == 'u') {
            i = hex_escape(p, s, n, i, 4, &cp, "truncated \\uXXXX escape");
        } else if (c == 'U') {
            i = hex_escape(p, s, n, i, 8, &cp, "truncated \\UXXXXXXXX escape");
        } else if (c == 'N') {
            i = name_escape(p, s, n, i, &cp);
        } else {
            /* unknown escapes keep the backslash (a DeprecationWarning) */
            out[o++] = '\\';
            continue;
        }
        o += (size_t)chartab_utf8_encode(cp, out + o);
    }
    return o;
}

/* Decode a bytes literal's text; out has n bytes of room. */
static size_t decode_bytes(Parser *p, const StrTok *st, char *out)
{
    const char *s = st->body;
    size_t n = st->len;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            parse_error_tok(p, st->t, "bytes can only contain ASCII literal characters");
    if (st->raw || !memchr(s, '\\', n)) {
        memcpy(out, s, n);
        return n;
    }
    size_t o = 0, i = 0;
    while (i < n) {
        if (s[i] != '\\') {
            out[o++] = s[i++];
            continue;
        }
        if (++i >= n)
            parse_error_last(p, PERR_SYNTAX, "(value error) Trailing \\ in string");
        int c = (unsigned char)s[i];
        int simple = simple_escape(c);
        if (simple) {
            if (simple > 0)
                out[o++] = (char)simple;
            i++;
        } else if (c >= '0' && c <= '7') {
            unsigned v = 0;
            for (int k = 0; k < 3 && i < n && s[i] >= '0' && s[i] <= '7'; k++, i++)
                v = v * 8 + (unsigned)(s[i] - '0');
            out[o++] = (char)(v & 0xFF);
        } else if (c == 'x') {
            int h1 = i + 1 < n ? hexval((unsigned char)s[i + 1]) : -1;
            int h2 = i + 2 < n ? hexval((unsigned char)s[i + 2]) : -1;
            if (h1 < 0 || h2 < 0)
                parse_error_last(p, PERR_SYNTAX,
                                 "(value error) invalid \\x escape at position %zu", i - 1);
            out[o++] = (char)(h1 * 16 + h2);
            i += 3;
        } else {
            out[o++] = '\\';
        }
    }
    return o;
}

/* ------------------------------------------------------------------ */
/* Building the result                                                 */

/* Append text to the pending literal; empty text is dropped, as in
 * CPython's FstringParser_ConcatAndDel. */
static void add_literal(Parser *p, FBuilder *b, const char *s, size_t n)
{
    if (n == 0)
        return;
    if (b->lit_len + n + 1 > b->lit_cap) {
        size_t cap = b->lit_cap ? b->lit_cap * 2 : 64;
        while (cap < b->lit_len + n + 1)
            cap *= 2;
        char *d = parse_alloc(p, cap);
        if (b->lit_len)
            memcpy(d, b->lit, b->lit_len);
        b->lit = d;
        b->lit_cap = cap;
    }
    memcpy(b->lit + b->lit_len, s, n);
    b->lit_len += n;
    b->lit[b->lit_len] = '\0';
}

/* A str Constant spanning tokens first..last; kind 'u' follows the first
 * token's prefix (a lowercase u only, as in CPython). */
static Expr *str_node(Parser *p, const char *s, size_t n, const Token *first,
                      const Token *last)
{
    Expr *e = ast_expr_new(p->arena, EXPR_CONSTANT, first->lineno, first->col,
                           last->end_lineno, last->end_col);
    if (!e)
        parse_out_of_memory(p);
    e->v.Constant.kind = CONST_STR;
    e->v.Constant.is_u = first->start[0] == 'u';
    e->v.Constant.u.s.data = s ? s : parse_strndup(p, "", 0);
    e->v.Constant.u.s.len = n;
    return e;
}

/* Turn pending literal text into a Constant value of the JoinedStr. */
static void flush_literal(Parser *p, FBuilder *b, const Token *first, const Token *last)
{
    if (b->lit_len == 0)
        return;
    Expr *c = str_node(p, b->lit, b->lit_len, first, last);
    SEQ_PUSH(p, b->values, b->cap, c);
    b->lit = NULL;
    b->lit_len = b->lit_cap = 0;
}

/* CPython's FstringParser_Finish: the Constant of a plain run, else the
 * JoinedStr spanning first..last. */
static Expr *finish(Parser *p, FBuilder *b, const Token *first, const Token *last)
{
    if (!b->fmode)
        return str_node(p, b->lit, b->lit_len, first, last);
    flush_literal(p, b, first, last);
    Expr *e = ast_expr_new(p->arena, EXPR_JOINEDSTR, first->lineno, first->col,
                           last->end_lineno, last->end_col);
    if (!e)
        parse_out_of_memory(p);
    e->v.JoinedStr.values = b->values;
    return e;
}

/* ------------------------------------------------------------------ */
/* f-strings                                                           */

static void fstring_concat(Parser *p, FBuilder *b, const StrTok *st, const char **str,
                           const char *end, int level, const Run *run);

/* Shift a sub-parser token to its place in the file (CPython's
 * starting_lineno / starting_col_offset): every token moves down by
 * line_base, and tokens ending on the first line move right by col_base. */
static void shift_tokens(Lexer *sub, int line_base, int col_base)
{
    for (int i = 0; i < sub->ntoks; i++) {
        Token *t = &sub->toks[i];
        int first_line = t->end_lineno == 1;
        t->lineno += line_base;
        t->end_lineno += line_base;
        if (first_line && t->col >= 0) {
            t->col += col_base;
            t->end_col += col_base;
        }
    }
}

/* Where the expression starting after the '{' at brace lies in the file:
 * CPython's fstring_find_expr_location. */
static void expr_location(const StrTok *st, const char *brace, int *line_base,
                          int *col_base)
{
    const char *tok = st->t->start;
    int lines = 0;
    for (const char *q = tok; q < brace; q++)
        lines += *q == '\n';
    int newline_after_brace = 1;
    for (const char *q = brace + 1; *q != '}' && *q != '\n'; q++) {
        if (*q != ' ' && *q != '\t' && *q != '\f') {
            newline_after_brace = 0;
            break;
        }
    }
    int cols = 0;
    if (!newline_after_brace) {
        const char *q = brace;
        while (q > tok && *q != '\n')
            q--;
        cols = (int)(brace - q);
        if (*q == '\n')
            cols -= 1;
    }
    *line_base = st->t->lineno + lines - 1;
    *col_base = lines > 0 ? cols : st->t->col + cols;
}

/* Parse the expression text [start, end) of a replacement field. */
static Expr *compile_field(Parser *p, const StrTok *st, const char *start, const char *end)
{
    const char *s = start;
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f'))
        s++;
    if (s == end) {
        if (*end == '!' || *end == ':' || *end == '=')
            parse_error_last(p, PERR_SYNTAX, "f-string: expression required before '%c'", *end);
        parse_error_last(p, PERR_SYNTAX, "f-string: empty expression not allowed");
    }
    size_t len = (size_t)(end - start);
    char *text = parse_alloc(p, len + 3);
    text[0] = '(';
    memcpy(text + 1, start, len);
    text[len + 1] = ')';
    int line_base, col_base;
    expr_location(st, start - 1, &line_base, &col_base);
    Lexer sub;
    if (lex_tokenize(&sub, text, len + 2) < 0) {
        lex_free(&sub);
        parse_out_of_memory(p);
    }
    shift_tokens(&sub, line_base, col_base);
    if (sub.has_error) {
        sub.err.lineno += line_base;
        sub.err.end_lineno += line_base;
    }
    Parser sp;
    memset(&sp, 0, sizeof sp);
    sp.toks = sub.toks;
    sp.ntoks = sub.ntoks;
    sp.lx = &sub;
    sp.top_lx = p->top_lx;
    sp.arena = p->arena;
    sp.err = p->err;
    sp.mode = PARSE_FSTRING;
    sp.fstring = 1;
    sp.col_base = col_base;
    sp.line_base = line_base;
    sp.depth = p->depth + 1;
    sp.stack_base = p->stack_base;
    Module *m = parse_run(&sp);
    lex_free(&sub);
    if (!m) {
        p->err_class = sp.err_class;
        parse_reraise(p);
    }
    return m->expr;
}

/* The replacement field starting at *str (on the '{'); CPython's
 * fstring_find_expr.  Appends its text (for `=`) and FormattedValue. */
static void fstring_field(Parser *p, FBuilder *b, const StrTok *st, const char **str,
                          const char *end, int level, const Run *run)
{
    if (level >= 2)
        parse_error_last(p, PERR_SYNTAX, "f-string: expressions nested too deeply");
    const char *s = *str + 1, *start = s;
    char quote = 0;
    int string_type = 0, depth = 0;
    char stack[FSTRING_MAX_NEST];
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\')
            parse_error_last(p, PERR_SYNTAX,
                             "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            string_type = (s + 2 < end && s[1] == ch && s[2] == ch) ? 3 : 1;
            if (string_type == 3)
                s += 2;
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= FSTRING_MAX_NEST)
                parse_error_last(p, PERR_SYNTAX, "f-string: too many nested parenthesis");
            stack[depth++] = ch;
        } else if (ch == '#') {
            parse_error_last(p, PERR_SYNTAX, "f-string expression part cannot include '#'");
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                  ch == '>' || ch == '<')) {
            if (s + 1 < end && s[1] == '=' && ch != ':' && ch != '}') {
                s++; /* !=, ==, <=, >= */
                continue;
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth)
                parse_error_last(p, PERR_SYNTAX, "f-string: unmatched '%c'", ch);
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}')))
                parse_error_last(p, PERR_SYNTAX,
                                 "f-string: closing parenthesis '%c' does not match "
                                 "opening parenthesis '%c'", ch, open);
        }
    }
    if (quote)
        parse_error_last(p, PERR_SYNTAX, "f-string: unterminated string");
    if (depth)
        parse_error_last(p, PERR_SYNTAX, "f-string: unmatched '%c'", stack[depth - 1]);
    if (s >= end)
        parse_error_last(p, PERR_SYNTAX, "f-string: expecting '}'");
    const char *expr_end = s;
    Expr *value = compile_field(p, st, start, expr_end);
    const char *text_end = NULL;
    if (*s == '=') {
        s++;
        while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v')
            s++;
        if (s >= end)
            parse_error_last(p, PERR_SYNTAX, "f-string: expecting '}'");
        text_end = s;
    }
    int conversion = CONV_NONE;
    if (*s == '!') {
        s++;
        if (s >= end)
            parse_error_last(p, PERR_SYNTAX, "f-string: expecting '}'");
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            parse_error_last(p, PERR_SYNTAX, "f-string: invalid conversion character: "
                                             "expected 's', 'r', or 'a'");
    }
    Expr *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        if (s >= end)
            parse_error_last(p, PERR_SYNTAX, "f-string: expecting '}'");
        FBuilder sb;
        memset(&sb, 0, sizeof sb);
        fstring_concat(p, &sb, st, &s, end, level + 1, run);
        spec = finish(p, &sb, st->t, st->t);
    }
    if (s >= end || *s != '}')
        parse_error_last(p, PERR_SYNTAX, "f-string: expecting '}'");
    *str = s + 1;
    if (text_end) {
        add_literal(p, b, start, (size_t)(text_end - start));
        if (!spec && conversion == CONV_NONE)
            conversion = CONV_REPR;
    }
    flush_literal(p, b, run->first, run->last);
    Expr *fv = ast_expr_new(p->arena, EXPR_FORMATTEDVALUE, run->first->lineno,
                            run->first->col, run->last->end_lineno, run->last->end_col);
    if (!fv)
        parse_out_of_memory(p);
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    SEQ_PUSH(p, b->values, b->cap, fv);
}

/* Literal text up to the next replacement field (CPython's
 * fstring_find_literal).  Returns 1 when it stopped after a doubled brace
 * (scan on), 0 when it stopped at '{', '}' or the end. */
static int fstring_literal(Parser *p, FBuilder *b, const StrTok *st, const char **str,
                           const char *end, int level)
{
    const char *s = *str, *start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!st->raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{')
                    while (s < end && *s++ != '}')
                        ;
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (level == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    break;
                }
                if (ch == '}') {
                    *str = s - 1;
                    parse_error_last(p, PERR_SYNTAX, "f-string: single '}' is not allowed");
                }
            }
            s--;
            break;
        }
    }
    if (!result)
        *str = s;
    if (s > start) {
        size_t n = (size_t)(s - start);
        char *out = parse_alloc(p, n + 1);
        size_t len = decode_str(p, start, n, st->raw, out);
        add_literal(p, b, out, len);
    }
    return result;
}

/* CPython's FstringParser_ConcatFstring over [*str, end) at nesting
 * level `level` (0: the literal itself, 1: a format spec). */
static void fstring_concat(Parser *p, FBuilder *b, const StrTok *st, const char **str,
                           const char *end, int level, const Run *run)
{
    b->fmode = 1;
    for (;;) {
        if (fstring_literal(p, b, st, str, end, level))
            continue;
        if (*str >= end || **str == '}')
            break;
        fstring_field(p, b, st, str, end, level, run);
    }
    if (level != 0 && (*str >= end || **str != '}'))
        parse_error_last(p, PERR_SYNTAX, "f-string: expecting '}'");
}

/* ------------------------------------------------------------------ */
/* Entry                                                               */

Expr *strlit_parse(Parser *p)
{
    int first_i = p->pos;
    while (parse_kind(p) == TK_STRING)
        parse_next(p);
    Run run = {&p->toks[first_i], &p->toks[p->pos - 1]};
    FBuilder b;
    memset(&b, 0, sizeof b);
    int bytesmode = 0;
    char *bytes = NULL;
    size_t nbytes = 0;
    for (const Token *t = run.first; t <= run.last; t++) {
        StrTok st;
        split_token(t, &st);
        char *out = NULL;
        size_t n = 0;
        if (!st.fmode) {
            out = parse_alloc(p, st.len + 1);
            n = st.bytes ? decode_bytes(p, &st, out) : decode_str(p, st.body, st.len, st.raw, out);
        }
        if (t != run.first && st.bytes != bytesmode)
            parse_error_last(p, PERR_SYNTAX, "cannot mix bytes and nonbytes literals");
        bytesmode = st.bytes;
        if (st.fmode) {
            const char *s = st.body;
            fstring_concat(p, &b, &st, &s, st.body + st.len, 0, &run);
        } else if (bytesmode) {
            if (!bytes) {
                bytes = out;
                nbytes = n;
            } else {
                char *joined = parse_alloc(p, nbytes + n + 1);
                memcpy(joined, bytes, nbytes);
                memcpy(joined + nbytes, out, n);
                bytes = joined;
                nbytes += n;
            }
        } else {
            add_literal(p, &b, out, n);
        }
    }
    if (bytesmode) {
        Expr *e = ast_expr_new(p->arena, EXPR_CONSTANT, run.first->lineno, run.first->col,
                               run.last->end_lineno, run.last->end_col);
        if (!e)
            parse_out_of_memory(p);
        e->v.Constant.kind = CONST_BYTES;
        e->v.Constant.u.s.data = bytes;
        e->v.Constant.u.s.len = nbytes;
        return e;
    }
    return finish(p, &b, run.first, run.last);
}
