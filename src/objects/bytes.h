/* bytes.h - bytes (immutable) and bytearray (mutable).
 *
 * bytes: immutable after publication; data has a trailing NUL.
 * bytearray thread-safety: like list -- readers take no lock, writers lock;
 * the buffer is a separate GC object replaced on growth, so a racing reader
 * indexes valid memory.
 */
#ifndef WEFT_BYTES_H
#define WEFT_BYTES_H

#include "../object.h"
#include "../thread/thread.h"

typedef struct Bytes Bytes;
struct Bytes {
    Obj hdr;
    int64_t len;
    int64_t hash;          /* -1 unknown */
    _Alignas(8) uint8_t data[]; /* len bytes + NUL */
};
#define IS_BYTES(v) (IS_OBJ(v) && TYPE_FLAG(v, TF_BYTES_SUBCLASS))
Bytes *bytes_new(const void *data, size_t n);    /* data may be NULL: zeroed */
Bytes *bytes_alloc(int64_t n);                   /* zeroed, fill before publishing */
extern Bytes *bytes_empty;
extern Type bytes_iter_type, bytearray_iter_type;

typedef struct ByteBuf {   /* bytearray storage */
    Obj hdr;
    int64_t cap;
    uint8_t data[];
} ByteBuf;
typedef struct ByteArray {
    Obj hdr;
    WLock lock;
    int64_t len;
    ByteBuf *buf;
} ByteArray;
ByteArray *bytearray_new(const void *data, size_t n);
#define IS_BYTEARRAY(v) (IS_OBJ(v) && obj_is_instance_of(v, &bytearray_type))

/* The bytes-like buffer of a bytes/bytearray (memoryview later): 0 ok,
 * -1 TypeError "a bytes-like object is required, not 'str'". */
int bytes_view(Value v, const uint8_t **data, int64_t *len);

#endif
