# An uncaught exception at module level prints a traceback and exits with status 1.
print('before the error')
raise ValueError('something went wrong')
print('never printed')
