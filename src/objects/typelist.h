/* typelist.h - every static builtin type, in the order runtime start-up
 * readies them (bases before subclasses).  Add a line when you add a type;
 * exception types are readied separately from EXC_TYPES in error.h. */
#define STATIC_TYPES(X)                                                   \
    X(object_type) X(type_type)                                           \
    X(none_type) X(notimpl_type) X(ellipsis_type)                         \
    X(int_type) X(bool_type) X(float_type) X(complex_type)                                \
    X(str_type) X(bytes_type) X(bytearray_type)                           \
    X(tuple_type) X(list_type) X(dict_type) X(set_type) X(frozenset_type) \
    X(range_type) X(slice_type)                                           \
    X(module_type) X(cfunction_type) X(method_descr_type)                 \
    X(getset_descr_type) X(classmethod_type) X(staticmethod_type)         \
    X(property_type) X(super_type)                                        \
    X(function_type) X(code_type) X(cell_type) X(method_type)             \
    X(generator_type) X(traceback_type)                                   \
    X(enumerate_type) X(zip_type) X(map_type) X(filter_type)              \
    X(reversed_type) X(seqiter_type) X(calliter_type)                     \
    X(list_iter_type) X(tuple_iter_type) X(dict_keys_type)                \
    X(dict_values_type) X(dict_items_type) X(range_iter_type)             \
    X(str_iter_type) X(bytes_iter_type) X(bytearray_iter_type)          \
    X(valarray_type) X(dicttable_type) X(settable_type)                   \
    X(list_reviter_type) X(set_iter_type) X(dict_keyiter_type)            \
    X(dict_valueiter_type) X(dict_itemiter_type) X(dict_revkeyiter_type)  \
    X(dict_revvalueiter_type) X(dict_revitemiter_type)                    \
    X(range_reviter_type) X(longrange_iter_type) \
    X(deque_type) X(deque_iter_type) X(deque_reviter_type)
