"""The optional compiled walks (scraper/extract/_cwalk.pyx); everything else is in pyproject.toml.

Built when Cython (a build requirement) and a C compiler are at hand on a POSIX system; a build that
fails for any reason leaves the package installed without it: scraper/extract/accel.py then uses the
Python code, which gives the same output. SCRAPER_BUILD_NO_C=1 skips the build.
"""
from __future__ import annotations

import os
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class OptionalBuildExt(build_ext):
    """build_ext that warns and goes on when the extension does not build (setuptools' `optional` covers a
    compiler's failure; this covers the rest: Cython's errors, a missing compiler's odd exceptions)."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 (any failure: the package works without the extension)
            _skipped(exc)

    def build_extension(self, ext: Extension) -> None:
        try:
            super().build_extension(ext)
        except Exception as exc:  # noqa: BLE001
            _skipped(exc)


def _skipped(exc: BaseException) -> None:
    print(f"WARNING: scraper's compiled walks were not built ({type(exc).__name__}: {exc}); "
          "the pure-Python code is used instead (same output, slower)", file=sys.stderr)


def _extensions() -> list[Extension]:
    if os.name != "posix" or os.environ.get("SCRAPER_BUILD_NO_C", "") not in ("", "0"):
        return []
    ext = Extension("scraper.extract._cwalk", ["scraper/extract/_cwalk.pyx"], include_dirs=["scraper/extract"],
                    depends=["scraper/extract/_lexbor.h"], optional=True,
                    # (the ranking's arithmetic must round as Python's floats do: no fused multiply-adds)
                    extra_compile_args=["-ffp-contract=off"])
    try:
        from Cython.Build import cythonize
        return list(cythonize([ext], quiet=True, compiler_directives={"language_level": 3}))
    except Exception as exc:  # noqa: BLE001 (no Cython, or it failed: no extension)
        _skipped(exc)
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
