from setuptools import setup, Extension
from Cython.Build import cythonize
import os, selectolax
inc = os.environ["LEXBOR_SOURCE"]  # lexbor/source of the selectolax 1.0.2 sdist (pip download --no-binary :all: selectolax==1.0.2)
setup(name="fastwalk", ext_modules=cythonize([Extension("fastwalk", ["fastwalk.pyx"], include_dirs=[inc])],
      compiler_directives={"language_level": 3}), script_args=["build_ext", "--inplace"])
