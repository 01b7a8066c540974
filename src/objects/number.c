/* number.c - operator dispatch: binary, in-place, unary operators and the
 * index protocol, for every type.
 *
 * A binary slot receives both operands in their original order and
 * returns NOT_IMPLEMENTED when it does not know the pair.  num_binop asks
 * the left operand's slot, then the right operand's (first, when the right
 * operand's type is a subclass of the left's), then raises TypeError with
 * the language's wording.  Stateless: no locking.
 */
#include "../runtime.h"

static const char *const op_symbols[NB__COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "divmod()",
};
static const char *const iop_symbols[NB__COUNT] = {
    "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "divmod()",
};

const char *num_op_symbol(int op) {
    return op_symbols[op];
}

static Value try_binop(Value a, Value b, int op) {
    Type *ta = val_type(a), *tb = val_type(b);
    BinaryFn sa = ta->nb[op];
    BinaryFn sb = tb != ta ? tb->nb[op] : NULL;
    if (sb == sa)
        sb = NULL;
    if (sa) {
        if (sb && type_is_subtype(tb, ta)) {
            Value r = sb(a, b);
            if (r != NOT_IMPLEMENTED)
                return r;
            sb = NULL;
        }
        Value r = sa(a, b);
        if (r != NOT_IMPLEMENTED)
            return r;
    }
    if (sb)
        return sb(a, b);
    return NOT_IMPLEMENTED;
}

static Value binop_error(Value a, Value b, int op, bool inplace) {
    const char *sym = inplace ? iop_symbols[op] : op_symbols[op];
    if (op == NB_DIVMOD)
        return err_format(&TypeError_type,
                          "unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
    return err_format(&TypeError_type, "unsupported operand type(s) for %s: '%T' and '%T'", sym,
                      a, b);
}

Value num_binop(Value a, Value b, int op) {
    Value r = try_binop(a, b, op);
    if (r == NOT_IMPLEMENTED) {
        /* `str * int` style repetition and concatenation live in the
         * sequence types' nb slots, so nothing special is needed here. */
        if (op == NB_ADD && IS_STR(a) != IS_STR(b) && (IS_STR(a) || IS_STR(b))) {
            if (IS_STR(a))
                return err_format(&TypeError_type, "can only concatenate str (not \"%T\") to str",
                                  b);
        }
        if (op == NB_ADD && IS_LIST(a) && !IS_LIST(b))
            return err_format(&TypeError_type, "can only concatenate list (not \"%T\") to list",
                              b);
        if (op == NB_ADD && IS_TUPLE(a) && !IS_TUPLE(b))
            return err_format(&TypeError_type,
                              "can only concatenate tuple (not \"%T\") to tuple", b);
        if (op == NB_MUL && (IS_STR(a) || IS_LIST(a) || IS_TUPLE(a) || IS_BYTES(a)) &&
            !IS_INTLIKE(b))
            return err_format(&TypeError_type, "can't multiply sequence by non-int of type '%T'",
                              b);
        if (op == NB_MUL && (IS_STR(b) || IS_LIST(b) || IS_TUPLE(b) || IS_BYTES(b)) &&
            !IS_INTLIKE(a))
            return err_format(&TypeError_type, "can't multiply sequence by non-int of type '%T'",
                              a);
        return binop_error(a, b, op, false);
    }
    return r;
}

Value num_inplace(Value a, Value b, int op) {
    BinaryFn f = val_type(a)->nb_inplace[op];
    if (f) {
        Value r = f(a, b);
        if (r != NOT_IMPLEMENTED)
            return r;
    }
    Value r = try_binop(a, b, op);
    if (r == NOT_IMPLEMENTED) {
        if (op == NB_ADD && IS_STR(a) && !IS_STR(b))
            return err_format(&TypeError_type, "can only concatenate str (not \"%T\") to str", b);
        if (op == NB_ADD && IS_LIST(a))
            return err_format(&TypeError_type, "can only concatenate list (not \"%T\") to list",
                              b);
        if (op == NB_ADD && IS_TUPLE(a) && !IS_TUPLE(b))
            return err_format(&TypeError_type,
                              "can only concatenate tuple (not \"%T\") to tuple", b);
        return binop_error(a, b, op, true);
    }
    return r;
}

/* pow(a, b, mod): ints do it natively; other types get __pow__(b, mod). */
Value num_pow3(Value a, Value b, Value mod) {
    if (!mod || mod == NONE)
        return num_binop(a, b, NB_POW);
    Value args[2] = {b, mod};
    bool found;
    Value r = obj_call_special(a, ID(__pow__), args, 2, &found);
    if (found && r != NOT_IMPLEMENTED)
        return r;
    if (!found || r == NOT_IMPLEMENTED)
        return err_format(&TypeError_type,
                          "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b,
                          mod);
    return r;
}

#define UNARY(fname, slot, sym)                                                       \
    Value fname(Value a) {                                                            \
        UnaryFn f = val_type(a)->slot;                                                \
        if (f)                                                                        \
            return f(a);                                                              \
        return err_format(&TypeError_type, "bad operand type for " sym ": '%T'", a);  \
    }
UNARY(num_neg, nb_neg, "unary -")
UNARY(num_pos, nb_pos, "unary +")
UNARY(num_invert, nb_invert, "unary ~")
UNARY(num_abs, nb_abs, "abs()")

Value num_index(Value a) {
    if (IS_INT(a))
        return a;
    if (IS_INTLIKE(a))
        return int_unwrap(a);
    UnaryFn f = val_type(a)->nb_index;
    if (!f)
        return err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer", a);
    Value r = f(a);
    if (r && !IS_INTLIKE(r))
        return err_format(&TypeError_type, "__index__ returned non-int (type %T)", r);
    return r ? int_unwrap(r) : VNULL;
}

int num_as_ssize(Value a, Type *overflow_exc, int64_t *out) {
    if (IS_INT(a)) {
        *out = INT_VAL(a);
        return 0;
    }
    Value i = num_index(a);
    if (!i)
        return -1;
    if (IS_INT(i)) {
        *out = INT_VAL(i);
        return 0;
    }
    if (int_as_i64(i, out) == 0)
        return 0;
    err_clear();
    if (!overflow_exc) {
        *out = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
        return 0;
    }
    err_format(overflow_exc, "cannot fit 'int' into an index-sized integer");
    return -1;
}
