"""shangyu-analysis: clean, trace and report the figures of Chinese regional-economy texts.

Data flows one way::

    article.py -> figures.py -> indicators.py -> derive.py -> charts.py / narrative.py
                                                 dataset.py (writes data/processed)
    build.py (papermill batch + self-contained HTML), cli.py, config.py (paths)
"""

__version__ = "0.1.0"
