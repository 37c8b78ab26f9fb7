"""shangyu-analysis: clean, trace and report the figures of Chinese regional-economy texts.

The subpackages are the pipeline's stages, and imports run one way, from each stage to those before
it (``docs/ARCHITECTURE.md``; checked by import-linter in the tests)::

    schema/ -> text/ -> extract/ -> indicators/ -> dataset/ -> report/ -> build/ -> cli.py
    (files.py, config.py, errors.py underneath everything)
"""

__version__ = "0.1.0"
