/* slots.h - internal interface between type.c, slots.c, descr.c and
 * object.c: the slot/dunder bridge and descriptor constructors. */
#ifndef WEFT_SLOTS_H
#define WEFT_SLOTS_H

#include "../object.h"

/* Publish a static type's own slots as slot wrappers in its dict. */
void slots_add_wrappers(Type *t);
/* Compute every slot of heap type t from the dunders along its MRO. */
void slots_fixup(Type *t);
/* After `cls.name = ...`: recompute the slot(s) `name` feeds, for t and
 * its subclasses. */
void slots_update_for_name(Type *t, Str *name);
/* Ready the internal descriptor types not listed in typelist.h. */
void slots_init_extra_types(void);
/* The `__dict__` attribute of instances of heap types. */
extern const GetSetDef slots_dict_getset;

/* descr.c */
Value classmethod_descr_new(const MethodDef *def, Type *owner);
Value getset_descr_new(const GetSetDef *def, Type *owner);
Value member_descr_new(Str *name, Type *owner, uint32_t offset);
Value staticmethod_new(Value callable);
Value classmethod_new(Value callable);
extern Type classmethod_descr_type, member_descr_type, slot_wrapper_type, mappingproxy_type;
/* genericalias.c: list[int], int | None */
extern Type generic_alias_type, union_type;
Value type_or(Value a, Value b);
int union_check(Value u, Value v, bool subclass);
Value generic_alias_new(Value origin, Value args);
void generic_alias_init(void);
/* mappingproxy.c: read-only view of a class namespace */
Value mappingproxy_new(Value mapping);

#endif
