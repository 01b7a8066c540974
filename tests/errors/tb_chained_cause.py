# Uncaught exception with an explicit cause (raise ... from ...).
class ConfigError(Exception):
    pass

def require(settings, key):
    if key not in settings:
        raise KeyError(key)

def load(settings):
    try:
        require(settings, 'path')
    except KeyError as exc:
        raise ConfigError('missing setting') from exc

load({})
