# A function with a duplicate parameter name is a SyntaxError.
def area(w, w):
    return w * w
print(area(2, 3))
