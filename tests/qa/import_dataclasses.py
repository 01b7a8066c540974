# dataclasses are everywhere in modern Python code.
from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)

a = Item("pen", 1.5)
print(a, a == Item("pen", 1.5), Item("x").tags)
