/* collections.c - the builtin module _collections: the C half of
 * lib/collections (deque and its iterator types, in objects/deque.c).
 *
 * Thread-safety: the module holds only the static types, readied at
 * start-up (typelist.h); import runs this once under the import lock.
 */
#include "modules.h"

extern Type deque_type, deque_iter_type, deque_reviter_type;

Module *collectionsmodule_init(void) {
    Module *m = module_new(str_intern_cstr("_collections"));
    if (!m || module_add_value(m, "deque", OBJ_VAL(&deque_type)) < 0 ||
        module_add_value(m, "_deque_iterator", OBJ_VAL(&deque_iter_type)) < 0 ||
        module_add_value(m, "_deque_reverse_iterator", OBJ_VAL(&deque_reviter_type)) < 0)
        return NULL;
    return m;
}
