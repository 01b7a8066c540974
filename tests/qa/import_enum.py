# enum.Enum
from enum import Enum, auto

class Color(Enum):
    RED = 1
    GREEN = auto()

print(Color.RED, Color(2), Color.GREEN.name, Color.GREEN.value, list(Color))
