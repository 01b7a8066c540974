# Importing a package and its submodules; module objects and attributes.
print('before import')
import pkg_demo
print('after import')
print(pkg_demo.VERSION, pkg_demo.__name__, type(pkg_demo).__name__)
print(pkg_demo.util.CONST, pkg_demo.util.helper(1), pkg_demo.pkg_helper('x'))
import pkg_demo
import pkg_demo.util
print('second import did not re-run the module')
print(pkg_demo.util.load_count)
print(pkg_demo.util.Tool().use())
import pkg_demo.sub.leaf
print(pkg_demo.sub.leaf.leaf_fn())
print(pkg_demo.sub.SUB_NAME)
print(__name__)
if __name__ == '__main__':
    print('running as main')
print(hasattr(pkg_demo, 'sub'), hasattr(pkg_demo, 'stars'))
import pkg_demo.stars
print(hasattr(pkg_demo, 'stars'))
print(pkg_demo.util.__name__, pkg_demo.sub.leaf.__name__)
