# Annotated assignment statements at module, class and function level.
count: int = 0
name: str = 'weft'
pending: list
print(count, name)
print(__annotations__)
try:
    print(pending)
except NameError as e:
    print(e)
class Config:
    debug: bool = False
    level: int
    tags: 'list[str]' = []
print(Config.__annotations__)
print(Config.debug, 'level' in Config.__dict__)
def f():
    local_var: float = 1.5
    unset: int
    return local_var
print(f())
d = {}
d['key']: int = 5
print(d)
class O: pass
o = O()
o.attr: str = 'annotated attribute'
print(o.attr)
x: tuple = 1, 2
print(x)
