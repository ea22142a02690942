"""Day 18: the items API of day 12, with logs, metrics, request ids and a health check.

Run it from week3/day18 with:  uvicorn api.main:app
"""
