"""claimcheck: a fact-checking linter for writing about LLMs and generative AI.

    from checker import check_text, check_file, Checker

(the API lives in checker.api and is imported on first use, so `import checker` stays light).
"""

__version__ = "0.1.0"

_API = ("Checker", "check_text", "check_file", "FileReport", "Finding", "Severity")


def __getattr__(name: str):
    if name in _API:
        from checker import api
        return getattr(api, name)
    raise AttributeError(f"module 'checker' has no attribute {name!r}")


__all__ = ["__version__", *_API]
