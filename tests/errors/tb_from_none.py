# raise ... from None suppresses the context in the traceback.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError('no such key: ' + k) from None

lookup({}, 'alpha')
