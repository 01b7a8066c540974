@decorator
async def g():
    pass
