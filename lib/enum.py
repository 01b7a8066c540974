"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique.
Written for Weft, following the behaviour of CPython 3.11's enum module."""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'property', 'member',
           'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP']

_builtin_property = property


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith('__'))


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_single_bit(num):
    return num > 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    while num:
        bit = num & (-num)
        yield bit
        num ^= bit


def _bin(num, max_bits=None):
    """bin() with a sign group, as used in Flag error messages."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = bin(num + ceiling).replace('1', '0', 1)
    else:
        text = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Placeholder value: the enum computes the member's value with
    _generate_next_value_()."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class nonmember:
    """Protect a value from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Force a value (such as a function) to become a member."""

    def __init__(self, value):
        self.value = value


class property(_builtin_property):
    """A property that, accessed on the enum class itself, looks the name
    up as a member instead."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except (KeyError, AttributeError):
                raise AttributeError(
                    '%r has no attribute %r' % (ownerclass, self.name)
                ) from None
        return _builtin_property.__get__(self, instance, ownerclass)

    def __set_name__(self, ownerclass, name):
        self.name = name


class FlagBoundary:
    """How a Flag treats values with bits outside its members."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '<FlagBoundary.%s: %r>' % (self.name, self.name.lower())


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')


class _EnumDict(dict):
    """The class-body namespace of an enum: it records member names in
    order and resolves auto() values as they are assigned."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_numeric_repr_',
                           '_missing_', '_ignore_', '_iter_member_',
                           '_iter_member_by_value_', '_iter_member_by_def_'):
                raise ValueError('_sunder_ names, such as %r, are reserved '
                                 'for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined '
                                    'before members')
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set '
                                     'names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._resolve_auto(key, value)
            elif isinstance(value, tuple) and any(isinstance(v, auto)
                                                  for v in value):
                value = tuple(self._resolve_auto(key, v)
                              if isinstance(v, auto) else v for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        if value.value is _auto_null:
            value.value = self._generate_next_value(
                key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        return value.value

    def update(self, members=(), **more):
        items = members.items() if hasattr(members, 'items') else members
        for key, value in items:
            self[key] = value
        for key, value in more.items():
            self[key] = value


class EnumType(type):
    """Metaclass of Enum: builds the members and gives enum classes their
    container behaviour (iteration, len, lookup by value and name)."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(
                first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None,
                _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            enum_dict = _EnumDict()
            enum_dict._cls_name = cls
            member_type, first_enum = metacls._get_mixins(cls, bases)
            if first_enum is not None:
                enum_dict._generate_next_value = getattr(
                    first_enum, '_generate_next_value_', None)
            for key, value in classdict.items():
                enum_dict[key] = value
            classdict = enum_dict
        ignore = classdict._ignore
        member_names = list(classdict._member_names)
        body = {}
        for key, value in dict.items(classdict):
            if key in ignore or key == '_ignore_':
                continue
            body[key] = value
        members = {name: body.pop(name) for name in member_names}
        order = body.pop('_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()

        member_type, first_enum = metacls._get_mixins(cls, bases)
        new_member = body.get('__new__')
        if new_member is not None:
            if isinstance(new_member, staticmethod):
                new_member = new_member.__func__
            body['__new_member__'] = new_member
            del body['__new__']
            use_args = True
        else:
            new_member = getattr(first_enum, '__new_member__', None)
            if new_member is None:
                new_member = member_type.__new__
                use_args = member_type is not object
            else:
                use_args = True
        body['_new_member_'] = new_member
        body['_use_args_'] = use_args
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type

        is_flag = Flag is not None and any(
            issubclass(b, Flag) for b in bases if isinstance(b, EnumType))
        if is_flag or (Flag is None and cls == 'Flag'):
            body['_boundary_'] = (boundary or
                                  getattr(first_enum, '_boundary_', None))
            body['_inverted_'] = None

        enum_class = super().__new__(metacls, cls, bases, body, **kwds)

        # ReprEnum keeps the mixed-in type's str() and format().
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a '
                                'data type (i.e. int, str, float, etc.)')
            if '__format__' not in body:
                type.__setattr__(enum_class, '__format__',
                                 member_type.__format__)
                body['__format__'] = member_type.__format__
            if '__str__' not in body:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                body['__str__'] = method
        # The data type's repr/str/format must not shadow the enum's.
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__',
                         '__reduce_ex__'):
                if name in body:
                    continue
                enum_method = getattr(first_enum, name)
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or \
                        found is getattr(object, name):
                    type.__setattr__(enum_class, name, enum_method)
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__',
                         '__rand__', '__rxor__', '__invert__'):
                if name not in body:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])

        for index, (name, value) in enumerate(members.items()):
            metacls._add_member(enum_class, name, value, index, member_type,
                                new_member, use_args)

        if is_flag:
            metacls._finish_flag(enum_class)

        if order is not None:
            names = enum_class._member_names_
            if order != names:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (names, order))
        return enum_class

    @staticmethod
    def _add_member(enum_class, name, value, index, member_type, new_member,
                    use_args):
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if member_type is tuple:
            args = (args,)
        if not use_args:
            enum_member = object.__new__(enum_class)
            if not hasattr(enum_member, '_value_'):
                enum_member._value_ = value
        else:
            enum_member = new_member(enum_class, *args)
            if not hasattr(enum_member, '_value_'):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    try:
                        enum_member._value_ = member_type(*args)
                    except Exception:
                        enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = enum_class
        enum_member._sort_order_ = index
        init = type(enum_member).__init__
        if init is not object.__init__:
            enum_member.__init__(*args)
        # An alias shares the canonical member with an equal value.
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is None:
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            enum_member = canonical
        else:
            is_flag_alias = (Flag is not None and issubclass(enum_class, Flag)
                             and isinstance(value, int)
                             and not _is_single_bit(value))
            if not is_flag_alias:
                enum_class._member_names_.append(name)
        # Store the member as a class attribute unless a property of the
        # same name exists in a base class (e.g. a member called 'name').
        found = None
        for base in enum_class.__mro__[1:]:
            if name in base.__dict__:
                found = base.__dict__[name]
                break
        if isinstance(found, _builtin_property):
            redirect = property()
            redirect.__set_name__(enum_class, name)
            type.__setattr__(enum_class, name, redirect)
        else:
            type.__setattr__(enum_class, name, enum_member)
        enum_class._member_map_[name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    @staticmethod
    def _finish_flag(enum_class):
        single_bits = multi_bits = 0
        for m in enum_class._member_map_.values():
            value = m._value_
            if not isinstance(value, int):
                continue
            if _is_single_bit(value):
                single_bits |= value
            else:
                multi_bits |= value
        if enum_class._boundary_ is None:
            enum_class._boundary_ = STRICT
        enum_class._flag_mask_ = single_bits | multi_bits
        enum_class._singles_mask_ = single_bits
        enum_class._all_bits_ = 2 ** ((single_bits | multi_bits)
                                      .bit_length()) - 1

    @classmethod
    def _check_for_existing_members(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r'
                                    % (class_name, base))

    @classmethod
    def _get_mixins(metacls, class_name, bases):
        if not bases or Enum is None:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] '
                            'enum_type)`')
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType):
                    continue
                if '__new__' in base.__dict__ or base in (int, str, float,
                                                           tuple, bytes):
                    member_type = base
                    break
                if not issubclass(base, type):
                    member_type = base
            if member_type is not object:
                break
        # Data types inherited through an enum base (IntEnum -> int).
        if member_type is object:
            member_type = getattr(first_enum, '_member_type_', object)
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _lookup(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and \
                cls._boundary_ is EJECT and isinstance(result, int):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None '
                        'or a valid member' % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and \
                isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count,
                                                  last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.'
                                 % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__init_subclass__', '__iter__', '__len__', '__members__',
                 '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name]
                for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return type(type.__dict__)(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType

Enum = None
ReprEnum = None
Flag = None


class Enum(metaclass=EnumType):
    """Base class for enumerations: subclass it and list the members as
    class attributes."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return max(last_values) + 1
        except TypeError:
            for value in reversed(last_values):
                try:
                    return value + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self._member_type_.__repr__ \
            if self._member_type_ is not object else repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_,
                                value_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__',
                 'name', 'value']
        for klass in type(self).__mro__:
            for name, obj in klass.__dict__.items():
                if name[0] != '_' and callable(obj) and name not in names \
                        and klass is not Enum:
                    names.append(name)
        return sorted(names)

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its mixed-in type;
    only repr() shows the member."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _flag_binary_op(op):
    def method(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and \
                isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(op(self._value_, other))
    return method


class Flag(Enum, boundary=STRICT):
    """Enum whose members can be combined with the bitwise operators."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        members = [cls._value2member_map_.get(bit)
                   for bit in _iter_bits_lsb(value & cls._flag_mask_)]
        members = [m for m in members if m is not None]
        members.sort(key=lambda m: m._sort_order_)
        return iter(members)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, max_bits),
                                    _bin(flag_mask, max_bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        singles_mask = cls._singles_mask_
        unknown = value & ~flag_mask
        multi = value & ~singles_mask
        single = value & singles_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, _bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        pseudo._name_ = None
        if single or multi:
            # The single-bit members first, then any multi-bit members
            # needed to cover the remaining bits.
            parts = list(cls._iter_member_(single))
            covered = 0
            for m in parts:
                covered |= m._value_
            if multi:
                value = single | multi
                for m in cls._member_map_.values():
                    if m not in parts and m._value_ and \
                            m._value_ & value == m._value_:
                        parts.append(m)
                        covered |= m._value_
            leftover = value ^ covered
            if covered:
                pseudo._name_ = '|'.join(m._name_ for m in parts)
                if leftover and boundary is STRICT:
                    raise ValueError('%r: no members with value %r'
                                     % (cls, leftover))
                if leftover:
                    pseudo._name_ += '|%s' % cls._numeric_repr_(leftover)
        pseudo._sort_order_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = self._member_type_.__repr__ \
            if self._member_type_ is not object else repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, value_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_,
                                value_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    __or__ = _flag_binary_op(lambda a, b: a | b)
    __and__ = _flag_binary_op(lambda a, b: a & b)
    __xor__ = _flag_binary_op(lambda a, b: a ^ b)
    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""



def unique(enumeration):
    """Class decorator that raises ValueError when an enum has aliases."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name)
                            for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, details))
    return enumeration
