/* opcodes.h - the one table of bytecode instructions.
 *
 * Instruction word: 32 bits, low 8 bits the opcode, high 24 bits the
 * operand (unsigned).  X(name, operand kind) where the operand kind is one
 * of: NONE (unused), CONST (index into co_consts), NAME (co_names), LOCAL
 * (fast slot), CELL (cell/free slot), JUMP (absolute instruction index),
 * COUNT (a count or flag word).  The stack effect of each instruction is
 * computed by compile_stack_effect() in src/compile/assemble.c; the
 * dispatch table (interp.c), the name table and the disassembler (code.c)
 * are generated from this list.
 */
#ifndef WEFT_VM_OPCODES_H
#define WEFT_VM_OPCODES_H

#define OPCODES(X)                                                         \
    X(NOP, NONE)                                                           \
    X(POP_TOP, NONE)                                                       \
    X(ROT_TWO, NONE)                                                       \
    X(ROT_THREE, NONE)                                                     \
    X(ROT_FOUR, NONE)                                                      \
    X(DUP_TOP, NONE)                                                       \
    X(DUP_TOP_TWO, NONE)                                                   \
    X(PUSH_NULL, NONE)                                                     \
    X(LOAD_CONST, CONST)                                                   \
    X(LOAD_FAST, LOCAL)                                                    \
    X(STORE_FAST, LOCAL)                                                   \
    X(DELETE_FAST, LOCAL)                                                  \
    X(LOAD_DEREF, CELL)                                                    \
    X(STORE_DEREF, CELL)                                                   \
    X(DELETE_DEREF, CELL)                                                  \
    X(LOAD_CLASSDEREF, CELL)                                               \
    X(LOAD_CLOSURE, CELL)                                                  \
    X(LOAD_NAME, NAME)                                                     \
    X(STORE_NAME, NAME)                                                    \
    X(DELETE_NAME, NAME)                                                   \
    X(LOAD_GLOBAL, NAME)                                                   \
    X(STORE_GLOBAL, NAME)                                                  \
    X(DELETE_GLOBAL, NAME)                                                 \
    X(LOAD_ATTR, NAME)                                                     \
    X(STORE_ATTR, NAME)                                                    \
    X(DELETE_ATTR, NAME)                                                   \
    X(LOAD_METHOD, NAME)                                                   \
    X(BINARY_SUBSCR, NONE)                                                 \
    X(STORE_SUBSCR, NONE)                                                  \
    X(DELETE_SUBSCR, NONE)                                                 \
    X(BINARY_OP, COUNT)                                                    \
    X(INPLACE_OP, COUNT)                                                   \
    X(UNARY_NEGATIVE, NONE)                                                \
    X(UNARY_POSITIVE, NONE)                                                \
    X(UNARY_INVERT, NONE)                                                  \
    X(UNARY_NOT, NONE)                                                     \
    X(COMPARE_OP, COUNT)                                                   \
    X(IS_OP, COUNT)                                                        \
    X(CONTAINS_OP, COUNT)                                                  \
    X(JUMP, JUMP)                                                          \
    X(POP_JUMP_IF_FALSE, JUMP)                                             \
    X(POP_JUMP_IF_TRUE, JUMP)                                              \
    X(JUMP_IF_FALSE_OR_POP, JUMP)                                          \
    X(JUMP_IF_TRUE_OR_POP, JUMP)                                           \
    X(GET_ITER, NONE)                                                      \
    X(FOR_ITER, JUMP)                                                      \
    X(BUILD_TUPLE, COUNT)                                                  \
    X(BUILD_LIST, COUNT)                                                   \
    X(BUILD_SET, COUNT)                                                    \
    X(BUILD_MAP, COUNT)                                                    \
    X(BUILD_CONST_KEY_MAP, COUNT)                                          \
    X(BUILD_SLICE, COUNT)                                                  \
    X(BUILD_STRING, COUNT)                                                 \
    X(LIST_APPEND, COUNT)                                                  \
    X(SET_ADD, COUNT)                                                      \
    X(MAP_ADD, COUNT)                                                      \
    X(LIST_EXTEND, COUNT)                                                  \
    X(SET_UPDATE, COUNT)                                                   \
    X(DICT_UPDATE, COUNT)                                                  \
    X(DICT_MERGE, COUNT)                                                   \
    X(LIST_TO_TUPLE, NONE)                                                 \
    X(UNPACK_SEQUENCE, COUNT)                                              \
    X(UNPACK_EX, COUNT)                                                    \
    X(KW_NAMES, CONST)                                                     \
    X(CALL, COUNT)                                                         \
    X(CALL_EX, COUNT)                                                      \
    X(MAKE_FUNCTION, COUNT)                                                \
    X(RETURN_VALUE, NONE)                                                  \
    X(YIELD_VALUE, NONE)                                                   \
    X(GET_YIELD_FROM_ITER, NONE)                                           \
    X(YIELD_FROM, NONE)                                                    \
    X(SETUP_FINALLY, JUMP)                                                 \
    X(SETUP_WITH, JUMP)                                                    \
    X(POP_BLOCK, NONE)                                                     \
    X(POP_EXCEPT, NONE)                                                    \
    X(RERAISE, NONE)                                                       \
    X(CHECK_EXC_MATCH, NONE)                                               \
    X(WITH_EXCEPT_START, NONE)                                             \
    X(RAISE_VARARGS, COUNT)                                                \
    X(LOAD_BUILD_CLASS, NONE)                                              \
    X(IMPORT_NAME, NAME)                                                   \
    X(IMPORT_FROM, NAME)                                                   \
    X(IMPORT_STAR, NONE)                                                   \
    X(FORMAT_VALUE, COUNT)                                                 \
    X(LOAD_ASSERTION_ERROR, NONE)                                          \
    X(SETUP_ANNOTATIONS, NONE)                                             \
    X(PRINT_EXPR, NONE)                                                    \
    X(LOAD_LOCALS, NONE)                                                   \
    X(CHECK_EG_MATCH, NONE)                                                \
    X(PREP_RERAISE_STAR, NONE)                                             \
    X(EXTENDED_ARG, COUNT)

enum {
#define X(name, kind) OP_##name,
    OPCODES(X)
#undef X
    OP__COUNT
};

/* Operand kinds (for the disassembler). */
enum { OPK_NONE, OPK_CONST, OPK_NAME, OPK_LOCAL, OPK_CELL, OPK_JUMP, OPK_COUNT };

/* Instruction encoding. */
#define INSN(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSN_OP(w) ((w) & 0xff)
#define INSN_ARG(w) ((w) >> 8)
#define INSN_ARG_MAX 0xffffff

/* MAKE_FUNCTION flags. */
enum { MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8 };
/* FORMAT_VALUE flags: low 2 bits conversion, bit 2 a spec is on the stack. */
enum { FV_NONE = 0, FV_STR = 1, FV_REPR = 2, FV_ASCII = 3, FV_SPEC = 4 };
/* COMPARE_OP uses the CMP_* codes of object.h. */

extern const char *const opcode_names[OP__COUNT];
extern const unsigned char opcode_kinds[OP__COUNT];

#endif
