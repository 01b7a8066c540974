from .. import util
from ..util import slugify as sl
def f(): return sl("Deep Thing") + util.slugify("X Y")
if __name__ == "__main__":
    print("never")
print("deep loaded as", __name__, __package__)
