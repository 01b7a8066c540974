# Helper package for tests/thread/tsan_import.py.
executions = []
