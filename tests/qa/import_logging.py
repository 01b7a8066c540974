# logging.basicConfig to stdout with a format string.
import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.debug("hidden")
log.info("started %d workers", 3)
log.warning("low disk")
