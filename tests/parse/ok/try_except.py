try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except C as c:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    x = 1
except Exception as exc:
    raise ValueError("bad") from exc
try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass
finally:
    cleanup()
