"""`claimcheck serve`: a warm HTTP server (Starlette on uvicorn) with a JSON API and a web page.
Needs the `serve` extra: pip install 'claimcheck[serve]'."""
