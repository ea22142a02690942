"""Day 12: a small REST API for items, built with FastAPI.

Run it from week2/day12 with:  uvicorn api.main:app --reload
and open http://127.0.0.1:8000/docs for the interactive documentation.
"""
