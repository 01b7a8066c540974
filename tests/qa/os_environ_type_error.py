# os.environ values must be str: exact TypeError message.
import os
try:
    os.environ["WEFT_QA_K"] = 1
except TypeError as e:
    print(e)
