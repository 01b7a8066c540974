try:
    pass
finally pass
