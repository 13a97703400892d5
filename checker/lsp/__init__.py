"""`claimcheck lsp`: the language server. Needs the `lsp` extra: pip install 'claimcheck[lsp]'."""
