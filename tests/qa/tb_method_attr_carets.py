# AttributeError while looking up a method for a call: CPython underlines
# only `obj.name` (not the argument list) in the traceback.
class Config:
    pass

def load(cfg):
    value = cfg.get("key", 1)
    return value

print("start")
load(Config())
