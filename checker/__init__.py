"""claimcheck: a fact-checking linter for writing about LLMs and generative AI."""

__version__ = "0.1.0"
