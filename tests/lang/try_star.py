# ExceptionGroup and except* (Python 3.11).
eg = ExceptionGroup('group', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
print(repr(eg.message), len(eg.exceptions), str(eg))
try:
    raise eg
except* ValueError as g:
    print('ValueErrors:', [str(e) for e in g.exceptions])
except* TypeError as g:
    print('TypeErrors:', [str(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup('outer', [KeyError('k'), ValueError('v')])
    except* ValueError:
        print('handled ValueError part')
except ExceptionGroup as rest:
    print('unhandled rest:', [repr(e) for e in rest.exceptions])
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked wrapped:', type(g).__name__, [str(e) for e in g.exceptions])
match, rest = eg.split(ValueError)
print([str(e) for e in match.exceptions], [str(e) for e in rest.exceptions])
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print([str(e) for e in sub.exceptions])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
