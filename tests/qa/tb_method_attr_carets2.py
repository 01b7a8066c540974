# Statement that is just a method call on a missing attribute: CPython shows
# carets under `items.push` (the carets do not span the whole line).
items = []
items.push(1)
