# input() with no stdin available raises EOFError (the runner feeds /dev/null).
try:
    line = input()
    print('got', repr(line))
except EOFError as e:
    print('EOFError', repr(e))
try:
    input('')
except EOFError:
    print('EOFError again')
print(callable(input))
