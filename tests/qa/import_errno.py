# errno constants for checking OSError.errno.
import errno
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.errorcode[errno.ENOENT])
try:
    open("/nonexistent_weft_qa_dir/x")
except OSError as e:
    print(e.errno == errno.ENOENT, e.args)
