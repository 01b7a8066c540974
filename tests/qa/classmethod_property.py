# @classmethod stacked on @property gives a class-level computed attribute
# (supported in 3.9-3.11).
class Config:
    _base = 5

    @classmethod
    @property
    def doubled(cls):
        return cls._base * 2

class Sub(Config):
    _base = 7

print(Config.doubled, Config().doubled, Sub.doubled)
