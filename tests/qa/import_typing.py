# Type-annotated code imports typing; very common in real programs.
from typing import List, Dict, Optional, Tuple, Any, Callable, Iterator

def first(xs: List[int]) -> Optional[int]:
    return xs[0] if xs else None

def apply(f: Callable[[int], int], d: Dict[str, int]) -> Dict[str, int]:
    return {k: f(v) for k, v in d.items()}

print(first([3, 4]), first([]), apply(lambda v: v * 2, {"a": 1}))
