"""A small REST API with accounts and tokens: run it with `uvicorn api.main:app`."""
