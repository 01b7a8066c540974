# builtin generic aliases print like CPython: list[int], not <class 'list'>.
print(list[int], dict[str, int], set[int], frozenset[str], type[int])
print(list[int] == list[int], list[int]([1, 2]), type(list[int]).__name__)
print(list[int].__origin__, dict[str, int].__args__)
