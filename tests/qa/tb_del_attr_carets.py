# AttributeError from `del obj.name`: CPython underlines the target.
class Session:
    def __init__(self):
        self.user = "bob"

def logout(s):
    del s.user
    del s.token

logout(Session())
