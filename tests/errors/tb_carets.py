# CPython 3.11 marks the failing sub-expression with carets when it is
# only part of the line.
def divide(a, b):
    result = a / b
    return result

def average(values):
    total = sum(values)
    count = len(values) - len(values)
    return divide(total, count)

numbers = [1, 2, 3]
mean = average(numbers)
