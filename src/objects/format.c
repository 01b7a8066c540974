/* format.c - the format mini-language (format specs, padding, number
 * formatting helpers), format(value, spec), str.__format__, and the
 * str.format / str.format_map machinery.
 *
 * Thread-safety: no shared mutable state except a thread-local naming the
 * type being formatted (for CPython's "Invalid format specifier" message).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "str_impl.h"

static _Thread_local const char *fmt_type_name;

/* ---------------------------------------------------------------------
 * Spec parsing
 */
static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static int parse_num(Str *s, int64_t *i, int64_t *out) {
    int64_t v = 0, start = *i;
    while (*i < s->len) {
        uint32_t c = str_char_at(s, *i);
        if (c < '0' || c > '9') break;
        if (v > (INT64_MAX - 9) / 10) {
            err_str(&ValueError_type, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (c - '0');
        (*i)++;
    }
    *out = *i > start ? v : -1;
    return 0;
}

int format_spec_parse_typed(Str *spec, FormatSpec *o, const char *tname) {
    o->fill = ' ';
    o->align = 0;
    o->sign = 0;
    o->alt = false;
    o->zero = false;
    o->width = -1;
    o->grouping = 0;
    o->precision = -1;
    o->type = 0;
    o->no_neg_zero = false;
    int64_t i = 0, n = spec->len;
    bool fill_given = false;
    if (n >= 2 && is_align(str_char_at(spec, 1))) {
        o->fill = str_char_at(spec, 0);
        o->align = (char)str_char_at(spec, 1);
        fill_given = true;
        i = 2;
    } else if (n >= 1 && is_align(str_char_at(spec, 0))) {
        o->align = (char)str_char_at(spec, 0);
        i = 1;
    }
    if (i < n) {
        uint32_t c = str_char_at(spec, i);
        if (c == '+' || c == '-' || c == ' ') {
            o->sign = (char)c;
            i++;
        }
    }
    if (i < n && str_char_at(spec, i) == 'z') {
        o->no_neg_zero = true;
        i++;
    }
    if (i < n && str_char_at(spec, i) == '#') {
        o->alt = true;
        i++;
    }
    if (i < n && str_char_at(spec, i) == '0') {
        o->zero = true;
        if (!fill_given) o->fill = '0';
        i++;
    }
    if (parse_num(spec, &i, &o->width) < 0) return -1;
    if (i < n && (str_char_at(spec, i) == ',' || str_char_at(spec, i) == '_')) {
        o->grouping = (char)str_char_at(spec, i);
        i++;
        if (i < n && (str_char_at(spec, i) == ',' || str_char_at(spec, i) == '_')) {
            uint32_t c2 = str_char_at(spec, i);
            if (c2 != (uint32_t)o->grouping)
                err_str(&ValueError_type, "Cannot specify both ',' and '_'.");
            else
                err_format(&ValueError_type, "Cannot specify '%c' with '%c'.", o->grouping, o->grouping);
            return -1;
        }
    }
    if (i < n && str_char_at(spec, i) == '.') {
        i++;
        if (parse_num(spec, &i, &o->precision) < 0) return -1;
        if (o->precision < 0) {
            err_str(&ValueError_type, "Format specifier missing precision");
            return -1;
        }
    }
    if (n - i > 1) {
        err_format(&ValueError_type, "Invalid format specifier '%U' for object of type '%s'", spec,
                   tname ? tname : "object");
        return -1;
    }
    if (i < n) {
        uint32_t t = str_char_at(spec, i);
        o->type = t < 128 ? (char)t : (char)0x7f;
        if (t >= 128) {
            /* keep the code point for the error message */
            err_format(&ValueError_type, "Unknown format code '\\x%x' for object of type '%s'", t,
                       tname ? tname : "object");
            return -1;
        }
    }
    if (o->grouping) {
        char t = o->type;
        bool ok = t == 0 || t == 'd' || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' ||
                  t == '%' || (o->grouping == '_' && (t == 'b' || t == 'o' || t == 'x' || t == 'X'));
        if (!ok) {
            err_format(&ValueError_type, "Cannot specify '%c' with '%c'.", o->grouping, t);
            return -1;
        }
    }
    return 0;
}

int format_spec_parse(Str *spec, FormatSpec *out) { return format_spec_parse_typed(spec, out, fmt_type_name); }

int format_pad(StrBuilder *b, const FormatSpec *spec, Str *body, char default_align) {
    char align = spec->align ? spec->align : default_align;
    int64_t pad = spec->width > body->len ? spec->width - body->len : 0;
    int64_t left = 0, right = 0;
    if (align == '>' || align == '=') left = pad;
    else if (align == '^') {
        left = pad / 2;
        right = pad - left;
    } else right = pad;
    if (sb_append_repeat(b, spec->fill, (size_t)left) < 0) return -1;
    if (sb_append_str(b, body) < 0) return -1;
    return sb_append_repeat(b, spec->fill, (size_t)right);
}

/* ---------------------------------------------------------------------
 * Numbers
 */

/* Insert grouping separators into the integer digits `d` (ASCII, n
 * chars), every `every` digits; zero-extend to reach min_width total
 * characters if min_width > 0 (zero padding with grouping). */
static int append_grouped(StrBuilder *b, const char *d, size_t n, char sep, int every, int64_t min_width) {
    if (!sep) {
        if (min_width > (int64_t)n && sb_append_repeat(b, '0', (size_t)(min_width - (int64_t)n)) < 0) return -1;
        return sb_append_utf8(b, d, n);
    }
    /* total length with k digits: k + (k-1)/every */
    size_t k = n;
    while ((int64_t)(k + (k - 1) / every) < min_width) k++;
    for (size_t i = 0; i < k; i++) {
        size_t from_end = k - i;
        char c = i < k - n ? '0' : d[i - (k - n)];
        if (sb_append_char(b, (uint32_t)c) < 0) return -1;
        if (from_end > 1 && (from_end - 1) % every == 0 && sb_append_char(b, (uint32_t)sep) < 0) return -1;
    }
    return 0;
}

/* Lay out sign + prefix + digits (+ rest, e.g. ".5e+10") with padding. */
static int emit_number(StrBuilder *out, const FormatSpec *spec, bool neg, const char *prefix, const char *digits,
                       size_t ndigits, const char *rest, int every) {
    char signc = neg ? '-' : spec->sign == '+' ? '+' : spec->sign == ' ' ? ' ' : 0;
    char align = spec->align ? spec->align : (spec->zero ? '=' : '>');
    size_t plen = strlen(prefix), rlen = strlen(rest);
    int64_t zero_width = 0;
    if (align == '=' && spec->fill == '0' && spec->grouping && spec->width > 0)
        zero_width = spec->width - (signc ? 1 : 0) - (int64_t)plen - (int64_t)rlen;
    StrBuilder body;
    sb_init(&body);
    if ((signc && sb_append_char(&body, (uint32_t)signc) < 0) || sb_append_cstr(&body, prefix) < 0) goto fail;
    size_t head = body.len;
    if (append_grouped(&body, digits, ndigits, spec->grouping, every, zero_width) < 0) goto fail;
    if (sb_append_utf8(&body, rest, rlen) < 0) goto fail;
    int64_t pad = spec->width > (int64_t)body.len ? spec->width - (int64_t)body.len : 0;
    if (align == '=') {
        for (size_t i = 0; i < head; i++)
            if (sb_append_char(out, body.buf[i]) < 0) goto fail;
        if (sb_append_repeat(out, spec->fill, (size_t)pad) < 0) goto fail;
        for (size_t i = head; i < body.len; i++)
            if (sb_append_char(out, body.buf[i]) < 0) goto fail;
    } else {
        int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
        if (sb_append_repeat(out, spec->fill, (size_t)left) < 0) goto fail;
        for (size_t i = 0; i < body.len; i++)
            if (sb_append_char(out, body.buf[i]) < 0) goto fail;
        if (sb_append_repeat(out, spec->fill, (size_t)(pad - left)) < 0) goto fail;
    }
    sb_free(&body);
    return 0;
fail:
    sb_free(&body);
    return -1;
}

int format_float_spec(StrBuilder *b, double d, const FormatSpec *spec, const char *tname) {
    char type = spec->type;
    int64_t prec = spec->precision;
    bool neg = signbit(d) && !isnan(d);
    double a = fabs(d);
    char buf[512];
    char *dyn = NULL;
    const char *txt;
    bool pct = false;
    if (type == 'n') type = 'g';
    if (type == '%') {
        pct = true;
        type = 'f';
        a *= 100;
    }
    if (prec > 1000000) {
        err_str(&ValueError_type, "precision too big");
        return -1;
    }
    if (isinf(a) || isnan(a)) {
        bool upper = type == 'E' || type == 'F' || type == 'G';
        txt = isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        snprintf(buf, sizeof buf, "%s%s", txt, pct ? "%" : "");
        FormatSpec s2 = *spec;
        if (s2.fill == '0' && s2.zero && !s2.align) s2.fill = ' ';
        s2.grouping = 0;
        return emit_number(b, &s2, neg, "", buf, strlen(buf), "", 3);
    }
    if (type == 0 && prec < 0) {
        Str *r = float_repr(a);
        if (!r) return -1;
        txt = STR_CSTR(r);
        snprintf(buf, sizeof buf, "%s", txt);
    } else {
        char f[16];
        char t = type ? type : 'g';
        int p = prec < 0 ? 6 : (int)prec;
        if (type == 0 && p == 0) p = 1;
        snprintf(f, sizeof f, "%%%s.*%c", spec->alt ? "#" : "", t);
        int need = snprintf(buf, sizeof buf, f, p, a);
        if (need >= (int)sizeof buf) {
            dyn = malloc((size_t)need + 1);
            if (!dyn) {
                err_no_memory();
                return -1;
            }
            snprintf(dyn, (size_t)need + 1, f, p, a);
        }
        if (type == 0 && !dyn) {
            /* like 'g' but fixed notation keeps one digit after the point */
            if (!strchr(buf, '.') && !strchr(buf, 'e') && strlen(buf) + 3 < sizeof buf) strcat(buf, ".0");
        }
    }
    const char *num = dyn ? dyn : buf;
    if (neg && spec->no_neg_zero) {
        bool allzero = true;
        for (const char *q = num; *q; q++)
            if (*q >= '1' && *q <= '9') { allzero = false; break; }
        if (allzero) neg = false;
    }
    /* split integer digits from the rest for grouping */
    size_t nd = 0;
    while (num[nd] >= '0' && num[nd] <= '9') nd++;
    char restbuf[600];
    const char *rest = num + nd;
    if (pct) {
        snprintf(restbuf, sizeof restbuf, "%s%%", rest);
        rest = restbuf;
    }
    int r = emit_number(b, spec, neg, "", num, nd, rest, 3);
    free(dyn);
    return r;
}

int format_int_spec(StrBuilder *b, Value v, const FormatSpec *spec) {
    char type = spec->type;
    switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (int_as_double(v, &d) < 0) return -1;
        return format_float_spec(b, d, spec, "int");
    }
    case 'c': {
        if (spec->sign) {
            err_str(&ValueError_type, "Sign not allowed with integer format specifier 'c'");
            return -1;
        }
        if (spec->alt) {
            err_str(&ValueError_type, "Alternate form (#) not allowed with integer format specifier 'c'");
            return -1;
        }
        int64_t c;
        if (int_as_i64(v, &c) < 0 || c < 0 || c > 0x10FFFF) {
            err_clear();
            err_str(&OverflowError_type, "%c arg not in range(0x110000)");
            return -1;
        }
        Str *s = str_from_char((uint32_t)c);
        if (!s) return -1;
        FormatSpec s2 = *spec;
        return format_pad(b, &s2, s, spec->zero && !spec->align ? '=' : '<');
    }
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X':
        break;
    default:
        if ((unsigned char)type >= 32 && (unsigned char)type < 127)
            err_format(&ValueError_type, "Unknown format code '%c' for object of type '%s'", type,
                       fmt_type_name ? fmt_type_name : "int");
        else
            err_format(&ValueError_type, "Unknown format code '\\x%x' for object of type '%s'", (unsigned)(unsigned char)type,
                       fmt_type_name ? fmt_type_name : "int");
        return -1;
    }
    if (spec->precision >= 0) {
        err_str(&ValueError_type, "Precision not allowed in integer format specifier");
        return -1;
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    Value iv = int_unwrap(v);
    if (!iv) return -1;
    int sign = int_sign(iv);
    Str *digits = int_to_str(iv, base);
    if (!digits) return -1;
    const char *d = STR_CSTR(digits);
    size_t n = (size_t)digits->len;
    if (sign < 0 && d[0] == '-') {
        d++;
        n--;
    }
    char *up = NULL;
    if (type == 'X') {
        up = malloc(n + 1);
        if (!up) {
            err_no_memory();
            return -1;
        }
        for (size_t i = 0; i < n; i++) up[i] = (d[i] >= 'a' && d[i] <= 'z') ? (char)(d[i] - 32) : d[i];
        up[n] = 0;
        d = up;
    }
    const char *prefix = "";
    if (spec->alt) prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    int r = emit_number(b, spec, sign < 0, prefix, d, n, "", base == 10 ? 3 : 4);
    free(up);
    return r;
}

/* ---------------------------------------------------------------------
 * str.__format__ and format()
 */
Str *str_format_spec(Str *s, Str *spec) {
    if (spec->len == 0) return str_exact(s);
    FormatSpec fs;
    if (format_spec_parse_typed(spec, &fs, "str") < 0) return NULL;
    if (fs.grouping && (!fs.type || fs.type == 's')) {
        /* the parser checks grouping against the default type 's' first */
        err_format(&ValueError_type, "Cannot specify '%c' with 's'.", fs.grouping);
        return NULL;
    }
    if (fs.type && fs.type != 's') {
        if (fs.type >= 32 && fs.type < 127)
            err_format(&ValueError_type, "Unknown format code '%c' for object of type 'str'", fs.type);
        else
            err_format(&ValueError_type, "Unknown format code for object of type 'str'");
        return NULL;
    }
    if (fs.sign) {
        err_str(&ValueError_type, fs.sign == ' ' ? "Space not allowed in string format specifier"
                                                 : "Sign not allowed in string format specifier");
        return NULL;
    }
    if (fs.no_neg_zero) {
        err_str(&ValueError_type, "Negative zero coercion (z) not allowed in string format specifier");
        return NULL;
    }
    if (fs.alt) {
        err_str(&ValueError_type, "Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (fs.align == '=') {
        err_str(&ValueError_type, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    Str *body = s;
    if (fs.precision >= 0 && fs.precision < s->len) body = str_substr(s, 0, fs.precision);
    if (!body) return NULL;
    if (fs.width <= body->len) return str_exact(body);
    StrBuilder b;
    sb_init(&b);
    if (format_pad(&b, &fs, body, '<') < 0) {
        sb_free(&b);
        return NULL;
    }
    return sb_finish(&b);
}

Str *format_value(Value v, Str *spec) {
    if (IS_STR_EXACT(v)) return str_format_spec(AS(Str, v), spec);
    if (IS_INT(v) && spec->len == 0) return int_to_str(v, 10);
    const char *saved = fmt_type_name;
    fmt_type_name = val_type(v)->name;
    bool found = true;
    Value arg = OBJ_VAL(spec);
    Value r = obj_call_special(v, ID(__format__), &arg, 1, &found);
    fmt_type_name = saved;
    if (!r) {
        if (!found && !err_occurred())
            err_format(&TypeError_type, "Type %s doesn't define __format__", val_type(v)->name);
        return NULL;
    }
    if (!IS_STR(r)) {
        err_format(&TypeError_type, "__format__ must return a str, not %s", val_type(r)->name);
        return NULL;
    }
    return AS(Str, r);
}

Value str_m___format__(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (kw && tuple_len(kw)) return err_str(&TypeError_type, "str.__format__() takes no keyword arguments");
    if (nargs != 1) return err_format(&TypeError_type, "str.__format__() takes exactly one argument (%zu given)", nargs);
    if (!IS_STR(args[0]))
        return err_format(&TypeError_type, "__format__() argument must be str, not %s", val_type(args[0])->name);
    Str *r;
    if (AS(Str, args[0])->len == 0 && !IS_STR_EXACT(self))
        r = obj_str(self); /* a subclass's __str__ decides, as in CPython */
    else
        r = str_format_spec(AS(Str, self), AS(Str, args[0]));
    return r ? OBJ_VAL(r) : VNULL;
}

/* ---------------------------------------------------------------------
 * str.format
 */
typedef struct FmtCtx {
    Value *args;
    size_t nargs;
    Tuple *kwnames;
    Value *kwvalues;
    Value mapping;   /* format_map: VNULL for str.format */
    int auto_state;  /* 0 unknown, 1 auto, 2 manual */
    int64_t auto_idx;
} FmtCtx;

static int do_format(FmtCtx *c, Str *fmt, int64_t start, int64_t end, StrBuilder *out, int depth);

static bool all_digits(Str *s, int64_t a, int64_t b) {
    if (a >= b) return false;
    for (int64_t i = a; i < b; i++) {
        uint32_t ch = str_char_at(s, i);
        if (ch < '0' || ch > '9') return false;
    }
    return true;
}

static int64_t digits_val(Str *s, int64_t a, int64_t b) {
    int64_t v = 0;
    for (int64_t i = a; i < b; i++) {
        if (v > INT64_MAX / 10 - 10) return -1;
        v = v * 10 + (str_char_at(s, i) - '0');
    }
    return v;
}

/* Resolve field_name fmt[a:b] to an object. */
static Value get_field(FmtCtx *c, Str *f, int64_t a, int64_t b) {
    int64_t i = a;
    while (i < b && str_char_at(f, i) != '.' && str_char_at(f, i) != '[') i++;
    Value obj;
    if (i == a || all_digits(f, a, i)) {
        int64_t idx;
        if (i == a) {
            if (c->auto_state == 2) {
                err_str(&ValueError_type, "cannot switch from manual field specification to automatic field numbering");
                return VNULL;
            }
            c->auto_state = 1;
            idx = c->auto_idx++;
        } else {
            if (c->auto_state == 1) {
                err_str(&ValueError_type, "cannot switch from automatic field numbering to manual field specification");
                return VNULL;
            }
            c->auto_state = 2;
            idx = digits_val(f, a, i);
            if (idx < 0) {
                err_str(&ValueError_type, "Too many decimal digits in format string");
                return VNULL;
            }
        }
        if (c->mapping) {
            err_str(&ValueError_type, "Format string contains positional fields");
            return VNULL;
        }
        if (idx >= (int64_t)c->nargs) {
            err_format(&IndexError_type, "Replacement index %lld out of range for positional args tuple", (long long)idx);
            return VNULL;
        }
        obj = c->args[idx];
    } else {
        Str *name = str_substr(f, a, i);
        if (!name) return VNULL;
        if (c->mapping) {
            obj = obj_getitem(c->mapping, OBJ_VAL(name));
            if (!obj) return VNULL;
        } else {
            obj = VNULL;
            if (c->kwnames)
                for (int64_t k = 0; k < tuple_len(c->kwnames); k++)
                    if (str_eq(AS(Str, tuple_get(c->kwnames, k)), name)) {
                        obj = c->kwvalues[k];
                        break;
                    }
            if (!obj) return err_set_arg(&KeyError_type, OBJ_VAL(name));
        }
    }
    while (i < b) {
        uint32_t ch = str_char_at(f, i);
        if (ch == '.') {
            int64_t j = ++i;
            while (j < b && str_char_at(f, j) != '.' && str_char_at(f, j) != '[') j++;
            if (j == i) {
                err_str(&ValueError_type, "Empty attribute in format string");
                return VNULL;
            }
            Str *attr = str_substr(f, i, j);
            if (!attr) return VNULL;
            attr = str_intern(attr);
            if (!attr) return VNULL;
            obj = obj_getattr(obj, attr);
            if (!obj) return VNULL;
            i = j;
        } else if (ch == '[') {
            int64_t j = ++i;
            while (j < b && str_char_at(f, j) != ']') j++;
            if (j >= b) {
                err_str(&ValueError_type, "Missing ']' in format string");
                return VNULL;
            }
            if (j == i) {
                err_str(&ValueError_type, "Empty attribute in format string");
                return VNULL;
            }
            Value key;
            if (all_digits(f, i, j)) {
                int64_t kv = digits_val(f, i, j);
                if (kv < 0) {
                    err_str(&ValueError_type, "Too many decimal digits in format string");
                    return VNULL;
                }
                key = MK_INT(kv);
            } else {
                Str *ks = str_substr(f, i, j);
                if (!ks) return VNULL;
                key = OBJ_VAL(ks);
            }
            obj = obj_getitem(obj, key);
            if (!obj) return VNULL;
            i = j + 1;
            if (i < b && str_char_at(f, i) != '.' && str_char_at(f, i) != '[') {
                err_str(&ValueError_type, "Only '.' or '[' may follow ']' in format field specifier");
                return VNULL;
            }
        } else {
            i++;
        }
    }
    return obj;
}

/* One replacement field: fmt[a:b] is the text between the braces. */
static int do_field(FmtCtx *c, Str *f, int64_t a, int64_t b, StrBuilder *out, int depth) {
    /* field name ends at '!' or ':' outside brackets */
    int64_t i = a;
    int bracket = 0;
    while (i < b) {
        uint32_t ch = str_char_at(f, i);
        if (ch == '[') bracket = 1;
        else if (ch == ']') bracket = 0;
        else if (!bracket && (ch == '!' || ch == ':')) break;
        i++;
    }
    int64_t name_end = i;
    uint32_t conv = 0;
    if (i < b && str_char_at(f, i) == '!') {
        if (i + 1 >= b) {
            err_str(&ValueError_type, "unmatched '{' in format spec");
            return -1;
        }
        conv = str_char_at(f, i + 1);
        i += 2;
        if (i < b && str_char_at(f, i) != ':') {
            err_str(&ValueError_type, "expected ':' after conversion specifier");
            return -1;
        }
    }
    int64_t spec_a = b, spec_b = b;
    if (i < b && str_char_at(f, i) == ':') spec_a = i + 1;
    Value obj = get_field(c, f, a, name_end);
    if (!obj) return -1;
    if (conv) {
        Str *cs;
        if (conv == 'r') cs = obj_repr(obj);
        else if (conv == 's') cs = obj_str(obj);
        else if (conv == 'a') cs = obj_ascii(obj);
        else {
            if (conv < 128) err_format(&ValueError_type, "Unknown conversion specifier %c", (int)conv);
            else err_format(&ValueError_type, "Unknown conversion specifier \\x%x", conv);
            return -1;
        }
        if (!cs) return -1;
        obj = OBJ_VAL(cs);
    }
    Str *spec = str_empty;
    if (spec_a < spec_b) {
        /* nested replacement fields inside the spec */
        bool nested = false;
        for (int64_t k = spec_a; k < spec_b; k++)
            if (str_char_at(f, k) == '{' || str_char_at(f, k) == '}') { nested = true; break; }
        if (nested) {
            if (depth <= 1) {
                err_str(&ValueError_type, "Max string recursion exceeded");
                return -1;
            }
            StrBuilder sb;
            sb_init(&sb);
            if (do_format(c, f, spec_a, spec_b, &sb, depth - 1) < 0) {
                sb_free(&sb);
                return -1;
            }
            spec = sb_finish(&sb);
        } else {
            spec = str_substr(f, spec_a, spec_b);
        }
        if (!spec) return -1;
    }
    Str *r = format_value(obj, spec);
    if (!r) return -1;
    return sb_append_str(out, r);
}

static int do_format(FmtCtx *c, Str *f, int64_t start, int64_t end, StrBuilder *out, int depth) {
    int64_t i = start;
    while (i < end) {
        uint32_t ch = str_char_at(f, i);
        if (ch == '}') {
            if (i + 1 < end && str_char_at(f, i + 1) == '}') {
                if (sb_append_char(out, '}') < 0) return -1;
                i += 2;
                continue;
            }
            err_str(&ValueError_type, "Single '}' encountered in format string");
            return -1;
        }
        if (ch != '{') {
            int64_t j = i;
            while (j < end && str_char_at(f, j) != '{' && str_char_at(f, j) != '}') j++;
            if (sb_append_substr(out, f, i, j) < 0) return -1;
            i = j;
            continue;
        }
        if (i + 1 < end && str_char_at(f, i + 1) == '{') {
            if (sb_append_char(out, '{') < 0) return -1;
            i += 2;
            continue;
        }
        if (i + 1 >= end) {
            err_str(&ValueError_type, "Single '{' encountered in format string");
            return -1;
        }
        /* find the matching '}' */
        int64_t j = i + 1;
        int level = 1;
        bool bracket = false, in_spec = false;
        while (j < end) {
            uint32_t d = str_char_at(f, j);
            if (!in_spec && d == '[') bracket = true;
            else if (!in_spec && d == ']') bracket = false;
            else if (!bracket && level == 1 && (d == ':' || d == '!')) in_spec = true;
            /* inside [...] of the field name, braces are ordinary text */
            if (!bracket) {
                if (d == '{') level++;
                else if (d == '}' && --level == 0) break;
            }
            j++;
        }
        if (j >= end) {
            err_str(&ValueError_type, "expected '}' before end of string");
            return -1;
        }
        if (do_field(c, f, i + 1, j, out, depth) < 0) return -1;
        i = j + 1;
    }
    return 0;
}

Str *str_format_method(Str *fmt, Value *args, size_t nargs, Tuple *kwnames, Value mapping) {
    FmtCtx c = {args, nargs, kwnames, args + nargs, mapping, 0, 0};
    StrBuilder b;
    sb_init(&b);
    if (do_format(&c, fmt, 0, fmt->len, &b, 2) < 0) {
        sb_free(&b);
        return NULL;
    }
    return sb_finish(&b);
}

Value str_m_format(Value self, Value *args, size_t nargs, Tuple *kw) {
    Str *r = str_format_method(AS(Str, self), args, nargs, kw, VNULL);
    return r ? OBJ_VAL(r) : VNULL;
}

Value str_m_format_map(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (kw && tuple_len(kw)) return err_str(&TypeError_type, "str.format_map() takes no keyword arguments");
    if (nargs != 1)
        return err_format(&TypeError_type, "str.format_map() takes exactly one argument (%zu given)", nargs);
    Str *r = str_format_method(AS(Str, self), NULL, 0, NULL, args[0]);
    return r ? OBJ_VAL(r) : VNULL;
}
