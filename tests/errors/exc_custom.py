# User-defined exception classes.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__('not found: ' + what)
        self.what = what
class WithStr(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail
    def __str__(self):
        return '[%d] %s' % (self.code, self.detail)
class Silent(Exception):
    def __init__(self):
        pass
try:
    raise NotFound('page')
except AppError as e:
    print(type(e).__name__, e, e.what, e.args, isinstance(e, Exception))
try:
    raise WithStr(404, 'gone')
except WithStr as e:
    print(e, e.args, repr(e))
try:
    raise Silent()
except Silent as e:
    print(repr(str(e)), e.args, repr(e))
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args)
try:
    raise 'not an exception'
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(e)
try:
    try:
        raise NotFound('x')
    except NotExc:
        pass
except TypeError as e:
    print(e)
except NotFound:
    print('NotFound propagated past a non-exception handler?')
class Rich(ValueError):
    def __init__(self, *args, hint=None):
        super().__init__(*args)
        self.hint = hint
try:
    raise Rich('bad', 'value', hint='try again')
except ValueError as e:
    print(e, e.hint, e.args)
class Reprless(Exception):
    def __repr__(self):
        return 'Reprless!'
print(repr(Reprless('x')), str(Reprless('x')), [Reprless()])
def factory(name):
    return type(name, (Exception,), {})
Dyn = factory('DynamicError')
try:
    raise Dyn('made at runtime')
except Dyn as e:
    print(type(e).__name__, e)
