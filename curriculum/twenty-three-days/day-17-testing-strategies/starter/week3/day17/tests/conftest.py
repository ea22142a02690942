"""Shared fixtures for the day-17 tests. Run them all from a terminal with

    python -m pytest week3/day17/tests

TODO (milestone "Fixtures, factories and an integration test"): add fixtures here.
"""
import os
import sys

# The tests import realtime and alerts, which live one folder up.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
