A_BEFORE = 'a-before'
from . import circ_b
A_AFTER = 'a-after'
def seen_from_b():
    return circ_b.saw
