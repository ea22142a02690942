"""minitest: a small test framework. Test files use `from minitest import fixture, parametrize`."""
from minitest.fixtures import fixture
from minitest.params import parametrize

__all__ = ["fixture", "parametrize"]
