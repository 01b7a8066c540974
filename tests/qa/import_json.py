# json round trip.
import json
s = json.dumps({"a": [1, 2.5, None, True], "b": "é"}, sort_keys=True)
print(s, json.loads(s), json.dumps([1, {"x": 1}], indent=2))
