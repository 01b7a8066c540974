# In 3.11 an exception raised by __set_name__ during class creation is
# wrapped in RuntimeError with the original as __cause__.
class Field:
    def __set_name__(self, owner, name):
        raise ValueError("bad field " + name)

try:
    class Model:
        title = Field()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
