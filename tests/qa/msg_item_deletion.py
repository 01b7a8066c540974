# Exact TypeError wording for del obj[i] on objects without __delitem__.
class Plain:
    pass

class ReadOnly:
    def __getitem__(self, i):
        return i

for obj in (Plain(), ReadOnly()):
    try:
        del obj[0]
    except TypeError as e:
        print(e)
