print('pkg_demo.util: loading')
CONST = 42
load_count = 0
load_count += 1
def helper(x):
    return 'helper(%r)' % (x,)
class Tool:
    def use(self):
        return 'Tool.use from ' + __name__
