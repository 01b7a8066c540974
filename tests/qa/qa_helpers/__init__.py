print("qa_helpers init", __name__)
VERSION = "1.0"
from .util import slugify
__all__ = ["slugify", "VERSION"]
