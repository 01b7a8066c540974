visible = 'visible'
_private = 'private'
def func():
    return 'func'
