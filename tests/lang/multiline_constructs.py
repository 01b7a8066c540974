# Statements spanning lines: brackets, backslashes, decorators, long calls.
result = (1 +
          2 +
          3)
print(result)
items = [
    'a',
    'b',
]
print(items)
def long_signature(first,
                   second='two',
                   *rest,
                   keyword=None,
                   **options):
    return first, second, rest, keyword, options
print(long_signature(
    1,
    2,
    3,
    keyword='k',
    extra=True,
))
value = 10 \
    * 2
print(value)
if value > 5 and \
   value < 100:
    print('backslash in condition')
text = """first
    second with indent
third"""
print(text)
mapping = {'x': [1,
                 2],
           'y': (3,
                 4)}
print(mapping)
total = sum(
    x
    for x in range(5)
    if x % 2
)
print(total)
print('a', 'b',
      sep='-')
