/* str_basic.c - unit tests for str/bytes: builder, UTF-8 codec, interning,
 * str_format, repr, methods, format specs, str.format and % formatting.
 * Expected values come from CPython 3.11. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "runtime.h"
#include "objects/typelist.h"

/* every static type, including those no header declares (deque) */
#define DECLARE_TYPE_(t) extern Type t;
STATIC_TYPES(DECLARE_TYPE_)

static int failures;

/* repr of a result, or "Type: message" for an exception. */
static const char *R(Value v) {
    static char bufs[8][4096];
    static int k;
    char *buf = bufs[k++ & 7];
    if (!v) {
        Value e = err_fetch();
        if (!e) return "<NULL without exception>";
        Str *m = obj_str(e);
        snprintf(buf, 4096, "%s: %s", val_type(e)->name, m ? STR_CSTR(m) : "?");
        return buf;
    }
    Str *r = obj_repr(v);
    if (!r) {
        err_clear();
        return "<repr failed>";
    }
    snprintf(buf, 4096, "%s", STR_CSTR(r));
    return buf;
}

#define EQ(expr, want)                                                                   \
    do {                                                                                 \
        const char *got_ = R(expr);                                                      \
        if (strcmp(got_, want) != 0) {                                                   \
            failures++;                                                                  \
            printf("FAIL %s:%d: %s\n   got  %s\n   want %s\n", __FILE__, __LINE__, #expr, got_, want); \
        }                                                                                \
    } while (0)

static Value S(const char *s) { return OBJ_VAL(str_from_cstr(s)); }
static Value B(const char *s) { return OBJ_VAL(bytes_new(s, strlen(s))); }

/* self.name(*args) */
static Value M(Value self, const char *name, int n, ...) {
    Value args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i] = va_arg(ap, Value);
    va_end(ap);
    return obj_call_method(self, str_intern_cstr(name), args, (size_t)n);
}

static void test_core(void) {
    EQ(S("héllo"), "'héllo'");
    EQ(S("it's"), "\"it's\"");
    EQ(S("a'\"b"), "'a\\'\"b'");
    EQ(S("\t\n\x01\x7f"), "'\\t\\n\\x01\\x7f'");
    EQ(OBJ_VAL(str_from_char(0x200b)), "'\\u200b'");
    EQ(OBJ_VAL(str_from_char(0x1F600)), "'😀'");
    EQ(OBJ_VAL(str_from_char(0xE000)), "'\\ue000'");
    Str *a = str_from_cstr("identifier"), *b = str_from_cstr("identifier");
    if (str_intern(a) != str_intern(b)) { failures++; printf("FAIL intern identity\n"); }
    if (str_intern_cstr("identifier") != str_intern(a)) { failures++; printf("FAIL intern cstr\n"); }
    if (str_hash(a) != str_hash(b) || str_hash(a) == -1) { failures++; printf("FAIL hash\n"); }
    EQ(OBJ_VAL(str_format("%d-%s-%R-%T-%5.2s|%-4d|%zd%%%U", 42, "x", S("q"), MK_INT(1), "abc", 7, (ssize_t)-3, str_from_cstr("é"))),
       "\"42-x-'q'-int-   ab|7   |-3%é\"");
    EQ(OBJ_VAL(str_decode_utf8("\xff", 1, NULL)), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    EQ(OBJ_VAL(str_decode_utf8("a\xe4\xb8", 3, NULL)), "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data");
    EQ(OBJ_VAL(str_decode_utf8("\xe4\x41", 2, NULL)), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe4 in position 0: invalid continuation byte");
    EQ(OBJ_VAL(str_decode_utf8("\xed\xa0\x80", 3, NULL)), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    EQ(OBJ_VAL(str_decode_utf8("a\xffz", 3, "replace")), "'a�z'");
    EQ(OBJ_VAL(str_decode_utf8("a\xffz", 3, "surrogateescape")), "'a\\udcffz'");
    EQ(OBJ_VAL(str_decode_utf8("\xf0\x9f\x98\x80", 4, NULL)), "'😀'");
    StrBuilder sb;
    sb_init(&sb);
    for (int i = 0; i < 100; i++) sb_append_cstr(&sb, "ab");
    sb_append_char(&sb, 0x3b1);
    Str *big = sb_finish(&sb);
    if (big->len != 201 || big->kind != 2) { failures++; printf("FAIL builder len/kind\n"); }
}

static void test_ops(void) {
    EQ(num_binop(S("ab"), S("cd"), NB_ADD), "'abcd'");
    EQ(num_binop(S("ab"), MK_INT(3), NB_MUL), "'ababab'");
    EQ(num_binop(MK_INT(2), S("xy"), NB_MUL), "'xyxy'");
    EQ(num_binop(S("a"), MK_INT(1), NB_ADD), "TypeError: can only concatenate str (not \"int\") to str");
    EQ(num_binop(S("a"), S("b"), NB_MUL), "TypeError: can't multiply sequence by non-int of type 'str'");
    EQ(obj_getitem(S("hello"), MK_INT(-1)), "'o'");
    EQ(obj_getitem(S("hello"), MK_INT(5)), "IndexError: string index out of range");
    EQ(obj_getitem(S("hello"), slice_new(NONE, NONE, MK_INT(-2))), "'olh'");
    EQ(obj_getitem(S("hello"), slice_new(MK_INT(1), MK_INT(3), NONE)), "'el'");
    EQ(obj_richcompare(S("abc"), S("abd"), CMP_LT), "True");
    EQ(obj_richcompare(S("abc"), S("abc"), CMP_EQ), "True");
}

static void test_methods(void) {
    EQ(M(S("  a b  c "), "split", 0), "['a', 'b', 'c']");
    EQ(M(S("a,b,,c"), "split", 1, S(",")), "['a', 'b', '', 'c']");
    EQ(M(S("a,b,,c"), "split", 2, S(","), MK_INT(1)), "['a', 'b,,c']");
    EQ(M(S("a,b,,c"), "rsplit", 2, S(","), MK_INT(1)), "['a,b,', 'c']");
    EQ(M(S("  a b  c "), "rsplit", 2, NONE, MK_INT(1)), "['  a b', 'c']");
    EQ(M(S("  a b  c "), "split", 2, NONE, MK_INT(1)), "['a', 'b  c ']");
    EQ(M(B("  a b  c "), "split", 2, NONE, MK_INT(1)), "[b'a', b'b  c ']");
    EQ(M(S("a\nb\r\nc"), "splitlines", 0), "['a', 'b', 'c']");
    EQ(M(S("a\nb\r\nc"), "splitlines", 1, TRUE_V), "['a\\n', 'b\\r\\n', 'c']");
    EQ(M(S("-"), "join", 1, OBJ_VAL(tuple_pack(3, S("a"), S("b"), S("c")))), "'a-b-c'");
    EQ(M(S("-"), "join", 1, OBJ_VAL(tuple_pack(2, S("a"), MK_INT(1)))), "TypeError: sequence item 1: expected str instance, int found");
    EQ(M(S("xxhixx"), "strip", 1, S("x")), "'hi'");
    EQ(M(S("  hi  "), "rstrip", 0), "'  hi'");
    EQ(M(S("aaaa"), "replace", 3, S("a"), S("b"), MK_INT(2)), "'bbaa'");
    EQ(M(S("ab"), "replace", 2, S(""), S("-")), "'-a-b-'");
    EQ(M(S("hello"), "find", 1, S("l")), "2");
    EQ(M(S("hello"), "rfind", 1, S("l")), "3");
    EQ(M(S("hello"), "find", 3, S("l"), MK_INT(-2), NONE), "3");
    EQ(M(S("hello"), "index", 1, S("z")), "ValueError: substring not found");
    EQ(M(S("hello"), "count", 1, S("l")), "2");
    EQ(M(S("hello"), "count", 1, S("")), "6");
    EQ(M(S("hello"), "startswith", 1, OBJ_VAL(tuple_pack(2, S("x"), S("he")))), "True");
    EQ(M(S("hello"), "endswith", 2, S("ll"), MK_INT(0)), "False");
    EQ(M(S("straße"), "upper", 0), "'STRASSE'");
    EQ(M(S("ΣΑΣ"), "lower", 0), "'σας'");
    EQ(M(S("hello world"), "title", 0), "'Hello World'");
    EQ(M(S("hELLO"), "capitalize", 0), "'Hello'");
    EQ(M(S("Straße"), "casefold", 0), "'strasse'");
    EQ(M(S("aBc"), "swapcase", 0), "'AbC'");
    EQ(M(S("abc"), "center", 2, MK_INT(8), S("*")), "'**abc***'");
    EQ(M(S("abc"), "center", 1, MK_INT(6)), "' abc  '");
    EQ(M(S("-42"), "zfill", 1, MK_INT(6)), "'-00042'");
    EQ(M(S("a\tbc\td"), "expandtabs", 1, MK_INT(4)), "'a   bc  d'");
    EQ(M(S("a.b.c"), "partition", 1, S(".")), "('a', '.', 'b.c')");
    EQ(M(S("a.b.c"), "rpartition", 1, S(".")), "('a.b', '.', 'c')");
    EQ(M(S("abc"), "rpartition", 1, S(".")), "('', '', 'abc')");
    EQ(M(S("x1"), "isidentifier", 0), "True");
    EQ(M(S("Hello World"), "istitle", 0), "True");
    EQ(M(S("²"), "isdigit", 0), "True");
    EQ(M(S("²"), "isdecimal", 0), "False");
    EQ(M(S("prefix_x"), "removeprefix", 1, S("prefix_")), "'x'");
    EQ(M(S("héllo"), "encode", 0), "b'h\\xc3\\xa9llo'");
    EQ(M(S("héllo"), "encode", 1, S("ascii")), "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)");
    EQ(M(S("héllo"), "encode", 2, S("ascii"), S("replace")), "b'h?llo'");
    EQ(M(S("abc"), "translate", 1, M(S(""), "maketrans", 3, S("ab"), S("xy"), S("c"))), "'xy'");
    EQ(M(S("a"), "find", 0), "TypeError: find() takes at least 1 argument (0 given)");
    EQ(M(S("a"), "upper", 1, MK_INT(1)), "TypeError: str.upper() takes no arguments (1 given)");
}

static void test_format(void) {
    EQ(M(S("{} {}"), "format", 2, S("a"), MK_INT(1)), "'a 1'");
    EQ(M(S("{1}{0}"), "format", 2, S("a"), S("b")), "'ba'");
    EQ(M(S("{0!r:>{1}}"), "format", 2, S("a"), MK_INT(6)), "\"   'a'\"");
    EQ(M(S("{:*^9}|{:<4}|{:.2}"), "format", 3, S("mid"), S("l"), S("xyz")), "'***mid***|l   |xy'");
    EQ(M(S("{{}}{}"), "format", 1, MK_INT(5)), "'{}5'");
    EQ(M(S("{0[1]}"), "format", 1, OBJ_VAL(tuple_pack(2, S("a"), S("b")))), "'b'");
    EQ(M(S("{"), "format", 0), "ValueError: Single '{' encountered in format string");
    EQ(M(S("}"), "format", 0), "ValueError: Single '}' encountered in format string");
    EQ(M(S("{0}{}"), "format", 2, MK_INT(1), MK_INT(2)), "ValueError: cannot switch from manual field specification to automatic field numbering");
    EQ(M(S("{1}"), "format", 1, MK_INT(1)), "IndexError: Replacement index 1 out of range for positional args tuple");
    EQ(M(S("{:d}"), "format", 1, S("a")), "ValueError: Unknown format code 'd' for object of type 'str'");
    EQ(M(S("{:xx}"), "format", 1, S("a")), "ValueError: Invalid format specifier 'xx' for object of type 'str'");
    EQ(M(S("{:=5}"), "format", 1, S("a")), "ValueError: '=' alignment not allowed in string format specifier");
    EQ(M(S("{:05}"), "format", 1, S("a")), "'a0000'");
    EQ(M(S("{:,}|{:_x}|{:#010x}|{:010,}|{:+d}"), "format", 5, MK_INT(1234567), MK_INT(12345678), MK_INT(255), MK_INT(1234), MK_INT(3)),
       "'1,234,567|bc_614e|0x000000ff|00,001,234|+3'");
}

static void test_percent(void) {
    EQ(num_binop(S("%s-%d-%05.1f-%x-%r"), OBJ_VAL(tuple_pack(5, S("a"), MK_INT(42), float_new(3.14159), MK_INT(255), S("q"))), NB_MOD),
       "\"a-42-003.1-ff-'q'\"");
    EQ(num_binop(S("%.3s|%-5d|%+05d|%#x|%#o|% d"), OBJ_VAL(tuple_pack(6, S("abcdef"), MK_INT(3), MK_INT(4), MK_INT(255), MK_INT(8), MK_INT(5))), NB_MOD),
       "'abc|3    |+0004|0xff|0o10| 5'");
    EQ(num_binop(S("%s %s"), OBJ_VAL(tuple_pack(1, MK_INT(1))), NB_MOD), "TypeError: not enough arguments for format string");
    EQ(num_binop(S("%s"), OBJ_VAL(tuple_pack(2, MK_INT(1), MK_INT(2))), NB_MOD), "TypeError: not all arguments converted during string formatting");
    EQ(num_binop(S("%y"), MK_INT(1), NB_MOD), "ValueError: unsupported format character 'y' (0x79) at index 1");
    EQ(num_binop(S("%d"), S("x"), NB_MOD), "TypeError: %d format: a real number is required, not str");
    EQ(num_binop(S("%.5d|%c|%e|%g"), OBJ_VAL(tuple_pack(4, MK_INT(-42), MK_INT(65), float_new(1234.5), float_new(1e20))), NB_MOD),
       "'-00042|A|1.234500e+03|1e+20'");
    EQ(num_binop(B("%s|%d|%x"), OBJ_VAL(tuple_pack(3, B("ab"), MK_INT(3), MK_INT(255))), NB_MOD), "b'ab|3|ff'");
}

static void test_bytes(void) {
    EQ(OBJ_VAL(bytes_new("a'\x00\xff", 4)), "b\"a'\\x00\\xff\"");
    EQ(obj_getitem(B("abc"), MK_INT(1)), "98");
    EQ(M(B("a,b"), "split", 1, B(",")), "[b'a', b'b']");
    EQ(M(B("  x  "), "strip", 0), "b'x'");
    EQ(M(B("abc"), "hex", 0), "'616263'");
    EQ(M(B("abcdef"), "hex", 2, S(":"), MK_INT(2)), "'6162:6364:6566'");
    EQ(M(OBJ_VAL(&bytes_type), "fromhex", 1, S("61 62")), "b'ab'");
    EQ(M(B("\xff"), "decode", 0), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    EQ(M(B("-"), "join", 1, OBJ_VAL(tuple_pack(2, B("a"), B("b")))), "b'a-b'");
    EQ(num_binop(B("ab"), S("c"), NB_ADD), "TypeError: can't concat str to bytes");
    ByteArray *ba = bytearray_new("abc", 3);
    Value v = OBJ_VAL(ba);
    EQ(M(v, "append", 1, MK_INT(100)), "None");
    EQ(M(v, "extend", 1, B("ef")), "None");
    EQ(v, "bytearray(b'abcdef')");
    obj_setitem(v, slice_new(MK_INT(1), MK_INT(3), NONE), B("XYZ"));
    EQ(v, "bytearray(b'aXYZdef')");
    obj_delitem(v, slice_new(NONE, NONE, MK_INT(2)));
    EQ(v, "bytearray(b'XZe')");
    EQ(M(v, "pop", 0), "101");
    EQ(num_inplace(v, B("!!"), NB_ADD), "bytearray(b'XZ!!')");
    EQ(M(v, "upper", 0), "bytearray(b'XZ!!')");
}

static void test_names(void) {
    static const struct { const char *name; uint32_t cp; } t[] = {
        {"EM DASH", 0x2014}, {"latin small letter sharp s", 0xDF}, {"CJK UNIFIED IDEOGRAPH-4E2D", 0x4E2D},
        {"HANGUL SYLLABLE GAG", 0xAC01}, {"GRINNING FACE", 0x1F600}, {"TIBETAN MARK TSA -PHRU", 0xF39},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        uint32_t cp = 0;
        if (!uni_lookup_name(t[i].name, strlen(t[i].name), &cp) || cp != t[i].cp) {
            failures++;
            printf("FAIL lookup %s -> %X\n", t[i].name, cp);
        }
    }
    uint32_t cp;
    if (uni_lookup_name("NO SUCH NAME", 12, &cp)) { failures++; printf("FAIL bogus name found\n"); }
    EQ(OBJ_VAL(uni_char_name(0xAC01)), "'HANGUL SYLLABLE GAG'");
    EQ(OBJ_VAL(uni_char_name(0x3B1)), "'GREEK SMALL LETTER ALPHA'");
}

int main(void) {
    int base;
    gc_init();
    thread_register(&base);
    /* ready the static types that exist in this (possibly partial) build */
#define READY_IF(t)                                  \
    {                                                \
        Type *volatile tp_ = &t;                     \
        if (tp_) type_ready(tp_);                    \
    }
    STATIC_TYPES(READY_IF)
    exceptions_init();
    err_init();
    test_core();
    test_ops();
    test_methods();
    test_format();
    test_percent();
    test_bytes();
    test_names();
    if (failures) printf("str_basic: %d failures\n", failures);
    else printf("str_basic: ok\n");
    return failures != 0;
}
