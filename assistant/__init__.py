"""工匠申报助手: eligibility checks, clause Q&A and 主要事迹 drafting over five honour notices.

Importing the package is cheap on purpose: heavy libraries (torch, chromadb, gradio) are imported
inside the functions that need them, so the CLI and the checker start instantly.
"""

__version__ = "0.1.0"
