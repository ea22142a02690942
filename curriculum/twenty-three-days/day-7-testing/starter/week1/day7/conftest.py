"""Shared fixtures for the day 7 tests. pytest loads this file by itself.

Define fixtures here (with @pytest.fixture) that more than one test needs, for
example a Ledger with a few entries already in it.
"""
import pytest
