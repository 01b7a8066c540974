/* value.h - the one-word Value and the object header.
 *
 * A Value is one machine word.  Low bit 1: a small int, 63-bit signed, held
 * in the word itself (never allocates).  Otherwise it is an 8-byte-aligned
 * pointer to an object whose first word is its type.  The word 0 (VNULL) is
 * never a Python value: C functions return it to say "an exception is set"
 * (or, where documented, "absent").
 *
 * Objects carry no reference count and no lock in the header; the collector
 * keeps mark state in side tables, so the header is exactly one word.
 */
#ifndef WEFT_VALUE_H
#define WEFT_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uintptr_t Value;
typedef struct Type Type;

/* Every heap or static object starts with this header. */
typedef struct Obj {
    Type *type;
} Obj;

#define VNULL ((Value)0)

/* Small ints: value in the upper 63 bits, tag bit 1. */
#define SMALL_INT_MAX ((int64_t)(((uint64_t)1 << 62) - 1))
#define SMALL_INT_MIN (-SMALL_INT_MAX - 1)
#define IS_INT(v) (((v) & 1) != 0)
#define INT_VAL(v) ((int64_t)(intptr_t)(v) >> 1)
#define MK_INT(i) ((Value)(((uint64_t)(int64_t)(i) << 1) | 1))
#define FITS_SMALL(i) ((int64_t)(i) >= SMALL_INT_MIN && (int64_t)(i) <= SMALL_INT_MAX)

/* Pointers. IS_OBJ excludes VNULL. */
#define IS_OBJ(v) ((v) != 0 && ((v) & 1) == 0)
#define AS_OBJ(v) ((Obj *)(v))
#define OBJ_VAL(p) ((Value)(p))
/* Cast a Value known to hold an object to a typed pointer: AS(Str, v). */
#define AS(T, v) ((T *)(v))

#endif
