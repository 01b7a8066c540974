# BaseException subclasses are not caught by 'except Exception'.
def attempt(exc):
    try:
        try:
            raise exc
        except Exception:
            print('  caught by except Exception')
    except BaseException as e:
        print('  escaped except Exception:', type(e).__name__)
for exc in (ValueError('v'), KeyboardInterrupt(), SystemExit(0), GeneratorExit(), StopIteration()):
    print(type(exc).__name__)
    attempt(exc)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print('BaseException handler got', type(e).__name__)
try:
    raise SystemExit(5)
except SystemExit as e:
    print('SystemExit code', e.code)
try:
    try:
        raise SystemExit('bye')
    finally:
        print('finally runs for SystemExit')
except SystemExit as e:
    print('code', e.code)
try:
    raise BaseException('base')
except Exception:
    print('no')
except BaseException as e:
    print('plain BaseException', e)
