/* excprint.c - printing an uncaught exception as CPython 3.11 does:
 *
 *   Traceback (most recent call last):
 *     File "x.py", line 3, in <module>
 *       f()
 *   ValueError: message
 *
 * with chained exceptions (__cause__ / __context__) printed first,
 * "[Previous line repeated N more times]" for runs of identical entries,
 * SyntaxError's file/line/text/caret block, and __notes__.
 *
 * Carets under the failing expression (3.11) need column positions; when
 * the VM provides code_addr_to_position() (weak symbol below) a plain '^'
 * range is printed, otherwise no caret lines are printed.
 *
 * Thread-safety: the source-line cache is C memory guarded by `cache_lock`
 * (a WLock; only file reading and memcpy happen under it).
 */
#include <stdlib.h>
#include <string.h>

#include "modules.h"

/* Optional VM hook: source positions of the instruction at lasti.  Returns
 * 0 and fills the (1-based line, 0-based UTF-8 byte column) positions, or -1
 * when unknown. */
int code_addr_to_position(Value code, int lasti, int *lineno, int *end_lineno, int *col,
                          int *end_col) __attribute__((weak));

/* ---- source line cache (malloc'ed, no GC pointers) ---- */
#define CACHE_FILES 16
typedef struct SrcFile {
    char *name;
    char *data;      /* whole file, NUL-terminated; NULL if unreadable */
} SrcFile;
static SrcFile cache[CACHE_FILES];
static int cache_next;
static WLock cache_lock;

/* Copy line `lineno` (1-based) of file `name` into a malloc'ed string
 * (without the newline), or NULL. */
static char *source_line(const char *name, int lineno) {
    if (!name || name[0] == '<' || lineno < 1)
        return NULL;
    wlock_acquire(&cache_lock);
    SrcFile *sf = NULL;
    for (int i = 0; i < CACHE_FILES; i++)
        if (cache[i].name && strcmp(cache[i].name, name) == 0) {
            sf = &cache[i];
            break;
        }
    if (!sf) {
        sf = &cache[cache_next];
        cache_next = (cache_next + 1) % CACHE_FILES;
        free(sf->name);
        free(sf->data);
        sf->name = strdup(name);
        sf->data = NULL;
        thread_detach();        /* file I/O touches no heap object */
        FILE *f = sf->name ? fopen(sf->name, "rb") : NULL;
        if (f) {
            size_t cap = 8192, n = 0;
            char *buf = malloc(cap);
            while (buf) {
                if (n + 4096 > cap) {
                    char *nb = realloc(buf, cap * 2);
                    if (!nb) {
                        free(buf);
                        buf = NULL;
                        break;
                    }
                    buf = nb;
                    cap *= 2;
                }
                size_t r = fread(buf + n, 1, cap - n - 1, f);
                n += r;
                if (r == 0)
                    break;
            }
            fclose(f);
            if (buf)
                buf[n] = 0;
            sf->data = buf;
        }
        thread_attach();
    }
    char *out = NULL;
    if (sf->data) {
        const char *p = sf->data;
        for (int l = 1; l < lineno && p; l++) {
            p = strchr(p, '\n');
            if (p)
                p++;
        }
        if (p && *p) {
            const char *e = strchr(p, '\n');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            if (len && p[len - 1] == '\r')
                len--;
            out = malloc(len + 1);
            if (out) {
                memcpy(out, p, len);
                out[len] = 0;
            }
        }
    }
    wlock_release(&cache_lock);
    return out;
}

/* ---- pieces ---- */

static Value attr_or_none(Value exc, const char *name) {
    Value v = obj_getattr_opt(exc, str_intern_cstr(name));
    if (!v) {
        err_clear();
        return NONE;
    }
    return v;
}

/* "module.QualName" or just "QualName" for builtins/__main__-less names. */
static int append_type_name(StrBuilder *b, Type *t) {
    Value mod = VNULL;
    if (t->dict)
        mod = dict_get_str(t->dict, ID(__module__));
    Str *qn = t->qualname ? t->qualname : (t->name_obj ? t->name_obj : NULL);
    if (mod && IS_STR(mod) && !str_eq_cstr(AS(Str, mod), "builtins") &&
        !str_eq_cstr(AS(Str, mod), "__main__") && (t->flags & TF_HEAPTYPE)) {
        sb_append_str(b, AS(Str, mod));
        sb_append_char(b, '.');
    } else if (mod && IS_STR(mod) && !str_eq_cstr(AS(Str, mod), "builtins") &&
               !(t->flags & TF_HEAPTYPE) && strcmp(STR_CSTR(AS(Str, mod)), "_io") != 0) {
        sb_append_str(b, AS(Str, mod));
        sb_append_char(b, '.');
    }
    if (qn)
        return sb_append_str(b, qn);
    return sb_append_cstr(b, t->name);
}

static void append_syntax_error_block(StrBuilder *b, Value exc) {
    Value fname = attr_or_none(exc, "filename");
    Value lineno = attr_or_none(exc, "lineno");
    if (fname == NONE && lineno == NONE)
        return;
    sb_append_cstr(b, "  File \"");
    if (fname != NONE && IS_STR(fname))
        sb_append_str(b, AS(Str, fname));
    else
        sb_append_cstr(b, "<string>");
    sb_append_cstr(b, "\", line ");
    Str *ls = lineno != NONE ? obj_str(lineno) : NULL;
    if (ls)
        sb_append_str(b, ls);
    else {
        err_clear();
        sb_append_cstr(b, "?");
    }
    sb_append_char(b, '\n');
    Value text = attr_or_none(exc, "text");
    if (text == NONE || !IS_STR(text))
        return;
    Str *t = AS(Str, text);
    int64_t offset = -1, end_offset = -1;
    Value ov = attr_or_none(exc, "offset"), eov = attr_or_none(exc, "end_offset");
    Value elv = attr_or_none(exc, "end_lineno");
    if (IS_INT(ov))
        offset = INT_VAL(ov);
    if (IS_INT(eov))
        end_offset = INT_VAL(eov);
    if (IS_INT(elv) && IS_INT(lineno) && INT_VAL(elv) != INT_VAL(lineno))
        end_offset = -1;
    /* 0-based; strip leading whitespace */
    offset--;
    end_offset--;
    int64_t start = 0, len = t->len;
    while (start < len) {
        uint32_t c = str_char_at(t, start);
        if (c != ' ' && c != '\t' && c != '\f')
            break;
        start++;
        offset--;
        end_offset--;
    }
    int64_t tlen = len;
    if (tlen > start && str_char_at(t, tlen - 1) == '\n')
        tlen--;
    if (offset > tlen - start)
        offset = tlen - start;
    /* skip past embedded newlines before the offset */
    for (;;) {
        int64_t nl = -1;
        for (int64_t i = start; i < tlen; i++)
            if (str_char_at(t, i) == '\n') {
                nl = i - start;
                break;
            }
        if (nl < 0 || nl >= offset)
            break;
        start += nl + 1;
        offset -= nl + 1;
        end_offset -= nl + 1;
    }
    sb_append_cstr(b, "    ");
    sb_append_substr(b, t, start, tlen);
    sb_append_char(b, '\n');
    if (offset < 0)
        return;
    sb_append_cstr(b, "    ");
    sb_append_repeat(b, ' ', (size_t)offset);
    int64_t n = end_offset > offset ? end_offset - offset : 1;
    if (obj_is_instance_of(exc, &IndentationError_type))
        n = 1;
    if (offset + n > tlen - start + 1 && end_offset > offset)
        n = tlen - start - offset > 0 ? tlen - start - offset : 1;
    sb_append_repeat(b, '^', (size_t)n);
    sb_append_char(b, '\n');
}

int exc_format_only(Value exc, StrBuilder *b) {
    Type *t = val_type(exc);
    bool is_syntax = obj_is_instance_of(exc, &SyntaxError_type);
    if (is_syntax)
        append_syntax_error_block(b, exc);
    append_type_name(b, t);
    Str *msg;
    if (is_syntax) {
        Value m = attr_or_none(exc, "msg");
        msg = m == NONE ? obj_str(exc) : obj_str(m);
    } else
        msg = obj_str(exc);
    if (!msg) {
        err_clear();
        sb_append_cstr(b, ": <exception str() failed>");
    } else if (msg->len) {
        sb_append_cstr(b, ": ");
        sb_append_str(b, msg);
    }
    sb_append_char(b, '\n');
    /* __notes__ (3.11) */
    Dict **dp = obj_dict_ptr(exc);
    Value notes = dp && *dp ? dict_get_cstr(*dp, "__notes__") : VNULL;
    if (notes && (IS_LIST(notes) || IS_TUPLE(notes))) {
        Value it = obj_getiter(notes);
        Value x;
        while (it && (x = obj_iternext(it))) {
            Str *s = IS_STR(x) ? AS(Str, x) : obj_repr(x);
            if (!s) {
                err_clear();
                continue;
            }
            sb_append_str(b, s);
            sb_append_char(b, '\n');
        }
        err_clear();
    }
    return 0;
}

/* ---- caret anchors (CPython 3.11: BinOp and Subscript segments) ----
 * A light scan of the failing expression's source: for a binary operation
 * the operator gets '^' and the operands '~'; for a subscript the value
 * gets '~' and "[...]" gets '^'.  Returns true with byte offsets [*l, *r)
 * inside seg, false when the segment is neither (or is not an expression). */
static bool is_ident_char(unsigned char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80;
}

static bool is_keyword(const char *w, size_t n) {
    static const char *const kws[] = {
        "raise", "return", "assert", "del", "import", "from", "yield", "await", "not", "and",
        "or", "in", "is", "if", "else", "lambda", "for", "async", "with", "global", "nonlocal",
        "pass", "break", "continue", "while", "try", "except", "finally", "class", "def", "elif",
        "as", NULL};
    for (int i = 0; kws[i]; i++)
        if (strlen(kws[i]) == n && memcmp(kws[i], w, n) == 0)
            return true;
    return false;
}

static bool caret_anchors(const char *seg, size_t n, size_t *l, size_t *r) {
    int depth = 0;
    bool operand = false;          /* the previous token ends an operand */
    size_t best_pos = 0, best_len = 0;
    int best_prec = 100;
    long sub_open = -1, last_open0 = -1;
    size_t i = 0;
    bool ends_with_close = false;
    while (i < n) {
        unsigned char c = (unsigned char)seg[i];
        ends_with_close = false;
        if (c == ' ' || c == '\t') {
            i++;
            continue;
        }
        if (c == '\\' || c == '#' || c == ';')
            return false;
        if (c == '\'' || c == '"') {
            size_t q = 1;
            if (i + 2 < n && seg[i + 1] == (char)c && seg[i + 2] == (char)c)
                q = 3;
            size_t j = i + q;
            while (j < n) {
                if (seg[j] == '\\') {
                    j += 2;
                    continue;
                }
                if (seg[j] == (char)c && (q == 1 || (j + 2 < n && seg[j + 1] == (char)c &&
                                                     seg[j + 2] == (char)c)))
                    break;
                j++;
            }
            i = j + q;
            operand = true;
            continue;
        }
        if (is_ident_char(c) || (c == '.' && i + 1 < n && seg[i + 1] >= '0' && seg[i + 1] <= '9')) {
            size_t j = i;
            bool number = c >= '0' && c <= '9';
            while (j < n && (is_ident_char((unsigned char)seg[j]) || (number && seg[j] == '.') ||
                             (number && (seg[j] == '+' || seg[j] == '-') &&
                              (seg[j - 1] == 'e' || seg[j - 1] == 'E'))))
                j++;
            if (j < n && (seg[j] == '\'' || seg[j] == '"') && j - i <= 3) {
                i = j;          /* string prefix */
                continue;
            }
            if (depth == 0 && is_keyword(seg + i, j - i))
                return false;
            if (depth == 0 && operand && !number)
                return false;   /* two operands in a row: not an expression */
            operand = true;
            i = j;
            continue;
        }
        if (c == '.') {
            operand = false;
            i++;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth == 0) {
                last_open0 = (long)i;
                if (c == '[' && operand)
                    sub_open = (long)i;
                else
                    sub_open = -1;
            }
            depth++;
            operand = false;
            i++;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            depth--;
            if (depth < 0)
                return false;
            operand = true;
            ends_with_close = depth == 0 && c == ']';
            i++;
            continue;
        }
        if (depth > 0) {
            i++;
            continue;
        }
        /* a top-level operator */
        char c2 = i + 1 < n ? seg[i + 1] : 0;
        int prec = -1;
        size_t len = 1;
        if (c == '*' && c2 == '*') {
            prec = 7;
            len = 2;
        } else if (c == '/' && c2 == '/') {
            prec = 6;
            len = 2;
        } else if ((c == '<' && c2 == '<') || (c == '>' && c2 == '>')) {
            prec = 4;
            len = 2;
        } else if (c2 == '=' || c == '<' || c == '>' || c == '=' || c == '!' || c == ',' ||
                   c == ':')
            return false;       /* comparison, assignment, tuple, walrus ... */
        else if (c == '*' || c == '/' || c == '%' || c == '@')
            prec = 6;
        else if (c == '+' || c == '-')
            prec = operand ? 5 : -2;
        else if (c == '~')
            prec = -2;
        else if (c == '&')
            prec = 3;
        else if (c == '^')
            prec = 2;
        else if (c == '|')
            prec = 1;
        else
            return false;
        if (prec >= 0) {
            if (!operand)
                return false;
            if (prec < best_prec || (prec == best_prec && prec != 7)) {
                best_prec = prec;
                best_pos = i;
                best_len = len;
            }
        }
        operand = false;
        i += len;
    }
    if (depth != 0)
        return false;
    if (best_prec < 100) {
        *l = best_pos;
        *r = best_pos + best_len;
        return true;
    }
    (void)last_open0;
    if (ends_with_close && sub_open > 0) {
        size_t close = n;
        while (close > 0 && seg[close - 1] != ']')
            close--;
        *l = (size_t)sub_open;
        *r = close;
        return true;
    }
    return false;
}

static size_t count_chars(const char *p, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)p[i] & 0xC0) != 0x80)
            k++;
    return k;
}

static void append_entry_line(StrBuilder *b, Traceback *tb, const char *fname) {
    char *line = source_line(fname, tb->lineno);
    if (!line)
        return;
    /* strip */
    char *s = line;
    while (*s == ' ' || *s == '\t' || *s == '\f')
        s++;
    size_t leading = (size_t)(s - line);
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\f' || s[n - 1] == '\r'))
        n--;
    if (n == 0) {
        free(line);
        return;
    }
    sb_append_cstr(b, "    ");
    sb_append_utf8(b, s, n);
    sb_append_char(b, '\n');
    int l0, l1, c0, c1;
    if (code_addr_to_position &&
        code_addr_to_position(tb->code, tb->lasti, &l0, &l1, &c0, &c1) == 0 && l0 == tb->lineno &&
        c0 >= 0 && c1 >= 0) {
        size_t linelen = leading + n;
        bool multi = l1 != l0;
        if (multi)
            c1 = (int)linelen;
        if ((size_t)c0 >= leading && c1 > c0 && (size_t)c1 <= linelen) {
            size_t al = 0, ar = 0;
            bool anchors = !multi && caret_anchors(line + c0, (size_t)(c1 - c0), &al, &ar);
            bool whole = (size_t)c0 == leading && (size_t)c1 == linelen;
            if (!whole || anchors) {
                size_t cs = count_chars(line + leading, (size_t)c0 - leading);
                sb_append_cstr(b, "    ");
                sb_append_repeat(b, ' ', cs);
                if (anchors) {
                    const char *sg = line + c0;
                    sb_append_repeat(b, '~', count_chars(sg, al));
                    sb_append_repeat(b, '^', count_chars(sg + al, ar - al));
                    sb_append_repeat(b, '~', count_chars(sg + ar, (size_t)(c1 - c0) - ar));
                } else
                    sb_append_repeat(b, '^', count_chars(line + c0, (size_t)(c1 - c0)));
                sb_append_char(b, '\n');
            }
        }
    }
    free(line);
}

static void format_traceback(StrBuilder *b, Traceback *tb) {
    Str *last_file = NULL, *last_name = NULL;
    int last_line = -1, repeat = 0;
    for (; tb; tb = LOAD_FIELD(tb->next)) {
        Str *file = code_filename(tb->code);
        Str *name = code_name(tb->code);
        if (last_file && file && name && last_name && str_eq(file, last_file) &&
            str_eq(name, last_name) && tb->lineno == last_line) {
            repeat++;
        } else {
            if (repeat > 3) {
                StrBuilder *bb = b;
                Str *m = str_format("  [Previous line repeated %d more times]\n", repeat - 3);
                if (m)
                    sb_append_str(bb, m);
            }
            repeat = 1;
        }
        last_file = file;
        last_name = name;
        last_line = tb->lineno;
        if (repeat > 3)
            continue;
        sb_append_cstr(b, "  File \"");
        if (file)
            sb_append_str(b, file);
        sb_append_cstr(b, "\", line ");
        char num[32];
        snprintf(num, sizeof num, "%d", tb->lineno);
        sb_append_cstr(b, num);
        sb_append_cstr(b, ", in ");
        if (name)
            sb_append_str(b, name);
        sb_append_char(b, '\n');
        append_entry_line(b, tb, file ? STR_CSTR(file) : NULL);
    }
    if (repeat > 3) {
        Str *m = str_format("  [Previous line repeated %d more times]\n", repeat - 3);
        if (m)
            sb_append_str(b, m);
    }
}

#define MAX_CHAIN 64
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

/* Printing state, as traceback._ExceptionPrintContext: exception groups
 * indent their members with "| " margins and box them with +--- lines. */
typedef struct PrintCtx {
    int depth;
    bool need_close;
    int nseen;
    Value seen[MAX_CHAIN];
} PrintCtx;

static void append_indent(PrintCtx *c, StrBuilder *out) {
    sb_append_repeat(out, ' ', (size_t)(2 * c->depth));
}

/* Append text with every line prefixed by the current indent and margin. */
static void emit_str(PrintCtx *c, StrBuilder *out, Str *text, char margin) {
    if (!text)
        return;
    if (c->depth == 0) {
        sb_append_str(out, text);
        return;
    }
    int64_t i = 0;
    while (i < text->len) {
        append_indent(c, out);
        sb_append_char(out, (uint32_t)margin);
        sb_append_char(out, ' ');
        int64_t j = i;
        while (j < text->len && str_char_at(text, j) != '\n')
            j++;
        if (j < text->len)
            j++;
        sb_append_substr(out, text, i, j);
        i = j;
    }
}
static void emit_cstr(PrintCtx *c, StrBuilder *out, const char *text, char margin) {
    emit_str(c, out, str_from_cstr(text), margin);
}
static void emit_sb(PrintCtx *c, StrBuilder *out, StrBuilder *tmp, char margin) {
    Str *s = sb_finish(tmp);
    if (!s)
        err_clear();
    emit_str(c, out, s, margin);
}

static bool seen_has(PrintCtx *c, Value v) {
    for (int i = 0; i < c->nseen; i++)
        if (c->seen[i] == v)
            return true;
    return false;
}

static void format_exc(Value exc, StrBuilder *out, PrintCtx *c) {
    if (c->nseen < MAX_CHAIN)
        c->seen[c->nseen++] = exc;
    if (!IS_OBJ(exc) || !TYPE_FLAG(exc, TF_EXC_SUBCLASS)) {
        StrBuilder t;
        sb_init(&t);
        sb_append_cstr(&t, "TypeError: print_exception(): Exception expected for value, ");
        sb_append_cstr(&t, type_name(val_type(exc)));
        sb_append_cstr(&t, " found\n");
        emit_sb(c, out, &t, '|');
        return;
    }
    BaseExc *e = AS(BaseExc, exc);
    Value cause = LOAD_FIELD(e->cause), ctx = LOAD_FIELD(e->context);
    if (cause == NONE)
        cause = VNULL;
    if (ctx == NONE)
        ctx = VNULL;
    if (cause) {
        if (!seen_has(c, cause) && c->nseen < MAX_CHAIN) {
            format_exc(cause, out, c);
            emit_cstr(c, out,
                      "\nThe above exception was the direct cause of the following "
                      "exception:\n\n",
                      '|');
        }
    } else if (ctx && !e->suppress_context) {
        if (!seen_has(c, ctx) && c->nseen < MAX_CHAIN) {
            format_exc(ctx, out, c);
            emit_cstr(c, out,
                      "\nDuring handling of the above exception, another exception "
                      "occurred:\n\n",
                      '|');
        }
    }
    Value excs = VNULL;
    if (obj_is_instance_of(exc, &BaseExceptionGroup_type)) {
        excs = obj_getattr_opt(exc, str_intern_cstr("exceptions"));
        if (!excs || !IS_TUPLE(excs)) {
            err_clear();
            excs = VNULL;
        }
    }
    StrBuilder t;
    Traceback *etb = LOAD_FIELD(e->traceback);
    if (!excs) {
        if (etb) {
            emit_cstr(c, out, "Traceback (most recent call last):\n", '|');
            sb_init(&t);
            format_traceback(&t, etb);
            emit_sb(c, out, &t, '|');
        }
        sb_init(&t);
        exc_format_only(exc, &t);
        emit_sb(c, out, &t, '|');
        return;
    }
    if (c->depth > MAX_GROUP_DEPTH) {
        Str *m = str_format("... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        emit_str(c, out, m, '|');
        return;
    }
    bool toplevel = c->depth == 0;
    if (toplevel)
        c->depth++;
    if (etb) {
        emit_cstr(c, out, "Exception Group Traceback (most recent call last):\n",
                  toplevel ? '+' : '|');
        sb_init(&t);
        format_traceback(&t, etb);
        emit_sb(c, out, &t, '|');
    }
    sb_init(&t);
    exc_format_only(exc, &t);
    emit_sb(c, out, &t, '|');
    Tuple *items = AS(Tuple, excs);
    int64_t num = items->len;
    int64_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (int64_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last)
            c->need_close = true;
        bool truncated = i >= MAX_GROUP_WIDTH;
        append_indent(c, out);
        sb_append_cstr(out, i == 0 ? "+-" : "  ");
        if (truncated)
            sb_append_cstr(out, "+---------------- ... ----------------\n");
        else {
            Str *title = str_format("+---------------- %lld ----------------\n", (long long)(i + 1));
            if (title)
                sb_append_str(out, title);
        }
        c->depth++;
        if (!truncated)
            format_exc(items->items[i], out, c);
        else {
            int64_t rem = num - MAX_GROUP_WIDTH;
            emit_str(c, out,
                     str_format("and %lld more exception%s\n", (long long)rem, rem > 1 ? "s" : ""),
                     '|');
        }
        if (last && c->need_close) {
            append_indent(c, out);
            sb_append_cstr(out, "+------------------------------------\n");
            c->need_close = false;
        }
        c->depth--;
    }
    if (toplevel)
        c->depth = 0;
}

int exc_format(Value exc, StrBuilder *b) {
    PrintCtx c;
    c.depth = 0;
    c.need_close = false;
    c.nseen = 0;
    format_exc(exc, b, &c);
    return 0;
}

void exc_print(Value exc) {
    if (!exc)
        return;
    Value saved = err_fetch();
    StrBuilder b;
    sb_init(&b);
    exc_format(exc, &b);
    Str *s = sb_finish(&b);
    err_clear();
    if (s) {
        size_t n;
        const char *u = str_utf8(s, &n);
        if (!u) {
            err_clear();
            s = NULL;
        } else if (sys_write_stderr(u) < 0)
            err_clear();
    }
    if (saved)
        err_set_value(saved);
}

/* ---- _traceback: the C half of lib/traceback.py ---- */

static Value tb_format_chain(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("format_exception_chain", nargs, 1, 2) < 0)
        return VNULL;
    StrBuilder b;
    sb_init(&b);
    if (nargs > 1 && args[1] != NONE && !obj_truthy(args[1])) {
        /* chain=False: this exception only */
        Value exc = args[0];
        Traceback *etb = IS_OBJ(exc) && TYPE_FLAG(exc, TF_EXC_SUBCLASS)
                             ? LOAD_FIELD(AS(BaseExc, exc)->traceback) : NULL;
        if (etb) {
            sb_append_cstr(&b, "Traceback (most recent call last):\n");
            format_traceback(&b, etb);
        }
        exc_format_only(exc, &b);
    } else
        exc_format(args[0], &b);
    Str *s = sb_finish(&b);
    return s ? OBJ_VAL(s) : VNULL;
}

static Value tb_format_only(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("format_exception_only", nargs, 1, 1) < 0)
        return VNULL;
    if (!IS_OBJ(args[0]) || !TYPE_FLAG(args[0], TF_EXC_SUBCLASS))
        return err_format(&TypeError_type, "expected an exception, not %T", args[0]);
    StrBuilder b;
    sb_init(&b);
    exc_format_only(args[0], &b);
    Str *s = sb_finish(&b);
    return s ? OBJ_VAL(s) : VNULL;
}

/* format_tb(tb): the "  File ..." entries of a traceback object. */
static Value tb_format_tb(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("format_tb", nargs, 1, 1) < 0)
        return VNULL;
    if (args[0] == NONE)
        return OBJ_VAL(str_empty);
    if (!IS_EXACT(args[0], traceback_type))
        return err_format(&TypeError_type, "expected a traceback, not %T", args[0]);
    StrBuilder b;
    sb_init(&b);
    format_traceback(&b, AS(Traceback, args[0]));
    Str *s = sb_finish(&b);
    return s ? OBJ_VAL(s) : VNULL;
}

/* getline(filename, lineno) -> the stripped-of-newline source line or ''. */
static Value tb_getline(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("getline", nargs, 2, 2) < 0)
        return VNULL;
    if (!IS_STR(args[0]) || !IS_INT(args[1]))
        return OBJ_VAL(str_empty);
    char *line = source_line(STR_CSTR(AS(Str, args[0])), (int)INT_VAL(args[1]));
    if (!line)
        return OBJ_VAL(str_empty);
    Str *s = str_decode_utf8(line, strlen(line), "replace");
    free(line);
    return s ? OBJ_VAL(s) : VNULL;
}

static const MethodDef traceback_methods[] = {
    {"format_exception_chain", tb_format_chain, METH_NOKW},
    {"format_exception_only", tb_format_only, METH_NOKW},
    {"format_tb", tb_format_tb, METH_NOKW},
    {"getline", tb_getline, METH_NOKW},
    {NULL},
};

Module *tracebackmodule_init(void) {
    Module *m = module_new(str_intern_cstr("_traceback"));
    if (!m || module_add_functions(m, traceback_methods) < 0)
        return NULL;
    return m;
}
