/* code.c - Code objects (compiled bytecode), the line table and the
 * disassembler.
 *
 * A Code object is immutable once the compiler publishes it, except for its
 * inline-cache array (`caches`), whose slots are replaced by single release
 * stores of pointers to immutable cache records (see interp.c).  The
 * instruction words, the per-instruction cache index and the line table
 * live inside the Code allocation itself (no malloc, nothing to free).
 * Line table: sorted pairs (first insn index, line number).
 */
#include <stdio.h>

#include "vm.h"

const char *const opcode_names[OP__COUNT] = {
#define X(name, kind) #name,
    OPCODES(X)
#undef X
};

const unsigned char opcode_kinds[OP__COUNT] = {
#define X(name, kind) OPK_##kind,
    OPCODES(X)
#undef X
};

static void code_trace(Obj *o, Tracer *t) {
    Code *c = (Code *)o;
    GC_MARK(t, c->consts);
    GC_MARK(t, c->names);
    GC_MARK(t, c->varnames);
    GC_MARK(t, c->cellvars);
    GC_MARK(t, c->freevars);
    GC_MARK(t, c->cell2arg);
    GC_MARK(t, c->name);
    GC_MARK(t, c->qualname);
    GC_MARK(t, c->filename);
    gc_mark(t, c->caches);
}

Code *code_new(uint32_t ninsns, uint32_t nlines) {
    size_t size = sizeof(Code) + (size_t)ninsns * 8 + (size_t)nlines * LT_STRIDE * 4 + 8;
    Code *c = gc_alloc(&code_type, size);
    if (!c)
        return NULL;
    c->ninsns = ninsns;
    c->nlines = nlines;
    c->cache_index = c->insns + ninsns;
    c->linetab = (int32_t *)(c->cache_index + ninsns);
    return c;
}

/* Index of the last line-table entry starting at or before offset, or -1. */
static int linetab_find(Code *c, int offset) {
    int lo = 0, hi = (int)c->nlines - 1, found = -1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (c->linetab[LT_STRIDE * mid] <= offset) {
            found = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return found;
}

int code_addr_to_line(Value code, int offset) {
    Code *c = AS(Code, code);
    int k = linetab_find(c, offset);
    return k < 0 ? c->firstlineno : c->linetab[LT_STRIDE * k + 1];
}

int code_addr_to_position(Value code, int offset, int *lineno, int *end_lineno, int *col,
                          int *end_col) {
    if (!code || !IS_EXACT(code, code_type))
        return -1;
    Code *c = AS(Code, code);
    int k = linetab_find(c, offset);
    if (k < 0)
        return -1;
    const int32_t *e = c->linetab + LT_STRIDE * k;
    if (e[3] < 0 || e[4] < 0 || e[2] < e[1])
        return -1;
    *lineno = e[1];
    *end_lineno = e[2];
    *col = e[3];
    *end_col = e[4];
    return 0;
}

Str *code_name(Value code) { return AS(Code, code)->name; }
Str *code_filename(Value code) { return AS(Code, code)->filename; }
int code_firstlineno(Value code) { return AS(Code, code)->firstlineno; }

void code_disassemble(Code *c, FILE *out) {
    int lastline = -1;
    fprintf(out, "Disassembly of <code %s>:\n", STR_CSTR(c->qualname));
    for (uint32_t i = 0; i < c->ninsns; i++) {
        uint32_t w = c->insns[i];
        int op = INSN_OP(w);
        uint32_t arg = INSN_ARG(w);
        int line = code_addr_to_line((Value)c, i);
        if (line != lastline)
            fprintf(out, "%4d ", line);
        else
            fprintf(out, "     ");
        lastline = line;
        fprintf(out, "%5u %-22s", i, op < OP__COUNT ? opcode_names[op] : "???");
        switch (op < OP__COUNT ? opcode_kinds[op] : OPK_NONE) {
        case OPK_NONE: break;
        case OPK_CONST: {
            fprintf(out, "%u", arg);
            if (c->consts && arg < c->consts->len) {
                Str *r = obj_repr(c->consts->items[arg]);
                if (r)
                    fprintf(out, " (%.60s)", STR_CSTR(r));
                else
                    err_clear();
            }
            break;
        }
        case OPK_NAME:
            fprintf(out, "%u (%s)", arg,
                    c->names && arg < c->names->len ? STR_CSTR(AS(Str, c->names->items[arg])) : "?");
            break;
        case OPK_LOCAL:
            fprintf(out, "%u (%s)", arg,
                    c->varnames && arg < c->varnames->len
                        ? STR_CSTR(AS(Str, c->varnames->items[arg])) : "?");
            break;
        default: fprintf(out, "%u", arg); break;
        }
        fputc('\n', out);
    }
}

/* ---- Python-level attributes ---- */
static Value tuple_or_empty(Tuple *t) { return t ? (Value)t : (Value)tuple_empty; }
static Value co_name_get(Value s) { return (Value)AS(Code, s)->name; }
static Value co_qualname_get(Value s) { return (Value)AS(Code, s)->qualname; }
static Value co_filename_get(Value s) { return (Value)AS(Code, s)->filename; }
static Value co_firstlineno_get(Value s) { return MK_INT(AS(Code, s)->firstlineno); }
static Value co_argcount_get(Value s) { return MK_INT(AS(Code, s)->argcount); }
static Value co_posonly_get(Value s) { return MK_INT(AS(Code, s)->posonlyargcount); }
static Value co_kwonly_get(Value s) { return MK_INT(AS(Code, s)->kwonlyargcount); }
static Value co_nlocals_get(Value s) { return MK_INT(AS(Code, s)->nlocals); }
static Value co_flags_get(Value s) {
    Code *c = AS(Code, s);
    int64_t f = 0;
    if (c->flags & CO_NEWLOCALS) f |= 0x3;
    if (c->flags & CO_VARARGS) f |= 0x4;
    if (c->flags & CO_VARKEYWORDS) f |= 0x8;
    if (c->flags & CO_NESTED) f |= 0x10;
    if (c->flags & CO_GENERATOR) f |= 0x20;
    if (!c->ncells && !c->nfree) f |= 0x40;
    return MK_INT(f);
}
static Value co_consts_get(Value s) { return tuple_or_empty(AS(Code, s)->consts); }
static Value co_names_get(Value s) { return tuple_or_empty(AS(Code, s)->names); }
static Value co_varnames_get(Value s) { return tuple_or_empty(AS(Code, s)->varnames); }
static Value co_cellvars_get(Value s) { return tuple_or_empty(AS(Code, s)->cellvars); }
static Value co_freevars_get(Value s) { return tuple_or_empty(AS(Code, s)->freevars); }
static Value co_stacksize_get(Value s) { return MK_INT(AS(Code, s)->stacksize); }

static const GetSetDef code_getsets[] = {
    {"co_name", co_name_get, NULL},
    {"co_qualname", co_qualname_get, NULL},
    {"co_filename", co_filename_get, NULL},
    {"co_firstlineno", co_firstlineno_get, NULL},
    {"co_argcount", co_argcount_get, NULL},
    {"co_posonlyargcount", co_posonly_get, NULL},
    {"co_kwonlyargcount", co_kwonly_get, NULL},
    {"co_nlocals", co_nlocals_get, NULL},
    {"co_flags", co_flags_get, NULL},
    {"co_consts", co_consts_get, NULL},
    {"co_names", co_names_get, NULL},
    {"co_varnames", co_varnames_get, NULL},
    {"co_cellvars", co_cellvars_get, NULL},
    {"co_freevars", co_freevars_get, NULL},
    {"co_stacksize", co_stacksize_get, NULL},
    {NULL, NULL, NULL},
};

static Str *code_repr(Value v) {
    Code *c = AS(Code, v);
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)c);
    return str_format("<code object %U at %s, file \"%U\", line %d>", c->name, addr,
                      c->filename, c->firstlineno);
}

static int64_t code_hash(Value v) { return (int64_t)(v >> 4); }

Type code_type = {
    .hdr = {&type_type},
    .name = "code",
    .basicsize = sizeof(Code),
    .trace = code_trace,
    .repr = code_repr,
    .hash = code_hash,
    .getattr = obj_generic_getattr,
    .getsets = code_getsets,
};
