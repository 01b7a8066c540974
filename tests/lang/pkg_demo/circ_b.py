from . import circ_a
saw = getattr(circ_a, 'A_BEFORE', None), getattr(circ_a, 'A_AFTER', None)
