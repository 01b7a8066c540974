# Uncaught AttributeError for a misspelt attribute: CPython 3.11's traceback
# adds "Did you mean: 'value'?".
class Reading:
    def __init__(self):
        self.value = 1

r = Reading()
print(r.value)
print(r.valeu)
