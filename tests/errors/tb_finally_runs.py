# finally blocks and __exit__ run before the uncaught exception is reported.
class Resource:
    def __enter__(self):
        print('acquire')
        return self

    def __exit__(self, *exc):
        print('release', exc[0].__name__)
        return False

def work():
    try:
        with Resource():
            raise ZeroDivisionError('simulated')
    finally:
        print('finally in work')

work()
