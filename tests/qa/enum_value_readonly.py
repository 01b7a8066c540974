# Assigning to an enum member's .value raises AttributeError with CPython's text.
from enum import Enum

class Color(Enum):
    RED = 1

try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Color.RED.value)
