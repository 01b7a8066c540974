# math constants and their relations.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.tau == 2 * math.pi, math.inf == float('inf'), math.isnan(math.nan), math.nan != math.nan)
print(repr(math.pi), str(math.e), math.pi * 2, round(math.pi, 5), f'{math.e:.10f}')
print(type(math.pi).__name__, type(math.inf).__name__)
print(math.cos(math.pi), math.sin(math.pi / 2), math.log(math.e), math.exp(1) == math.e)
