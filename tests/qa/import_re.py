# The re module.
import re
m = re.match(r"(\w+)@(\w+)\.com", "bob@example.com")
print(m.group(1), m.groups(), re.findall(r"\d+", "a1b22c333"), re.sub(r"\s+", " ", "a   b \n c"))
