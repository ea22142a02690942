"""`pytest.approx` for the harness's pytest stand-in: numbers, and sequences and dicts of numbers.

It compares and prints as pytest's does (defaults rel=1e-6, abs=1e-12; `0.3 ± 3.0e-07`), so a
failed `assert total == approx(0.3)` shows that text as the expected value.
"""
from __future__ import annotations

import math
import sys
from numbers import Complex

from ._stdlib import import_stdlib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterator, Optional, Tuple

_builtin_abs = abs


def _decimal_type() -> Optional[type]:
    """decimal.Decimal if something imported it (else no value can be a Decimal)."""
    return getattr(sys.modules.get("decimal"), "Decimal", None)


def _is_decimal(value: object) -> bool:
    decimal_type = _decimal_type()
    return decimal_type is not None and isinstance(value, decimal_type)


def _is_number(value: object) -> bool:
    return isinstance(value, Complex) or _is_decimal(value)


class ApproxBase:
    """What every approx value shares: it equals a value close enough to the expected one."""

    __hash__ = None  # type: ignore[assignment]

    def __init__(self, expected: object, rel: object = None, abs: object = None,
                 nan_ok: bool = False) -> None:
        self.expected = expected
        self.rel = rel
        self.abs = abs
        self.nan_ok = nan_ok
        self._check_type()

    def __eq__(self, actual: object) -> bool:
        return all(a == self._approx_scalar(x) for a, x in self._yield_comparisons(actual))

    def __ne__(self, actual: object) -> bool:
        return not (actual == self)

    def __bool__(self) -> bool:
        raise AssertionError("approx() is not supported in a boolean context.\n"
                             "Did you mean: `assert a == approx(b)`?")

    def _approx_scalar(self, value: object) -> ApproxScalar:
        kind = ApproxDecimal if _is_decimal(value) else ApproxScalar
        return kind(value, rel=self.rel, abs=self.abs, nan_ok=self.nan_ok)

    def _yield_comparisons(self, actual: object) -> Iterator[Tuple[object, object]]:
        raise NotImplementedError

    def _check_type(self) -> None:
        """Raises TypeError for expected values approx can't compare."""


class ApproxScalar(ApproxBase):
    """One number, equal to values within max(rel × |expected|, abs) of it."""

    def _default_tolerances(self) -> Tuple[object, object]:
        """(absolute, relative) tolerances used when approx() was given none."""
        return 1e-12, 1e-6

    def __repr__(self) -> str:
        expected = self.expected
        if (isinstance(expected, bool) or not _is_number(expected)
                or math.isinf(_builtin_abs(expected))):  # type: ignore[arg-type]
            return str(expected)
        try:
            tolerance = self.tolerance
            if 1e-3 <= tolerance < 1e3:  # type: ignore[operator]
                tolerance = "{:n}".format(tolerance)
            else:
                tolerance = "{:.1e}".format(tolerance)
            if (isinstance(expected, Complex) and expected.imag
                    and not math.isinf(self.tolerance)):  # type: ignore[arg-type]
                tolerance += " ∠ ±180°"
        except ValueError:
            tolerance = "???"
        return "%s ± %s" % (expected, tolerance)

    def __eq__(self, actual: object) -> bool:
        expected = self.expected
        if isinstance(expected, bool) and not isinstance(actual, bool):
            return False
        if actual == expected:
            return True
        if isinstance(expected, bool) or not (_is_number(expected) and _is_number(actual)):
            return False
        if math.isnan(_builtin_abs(expected)):  # type: ignore[arg-type]
            return self.nan_ok and math.isnan(_builtin_abs(actual))  # type: ignore[arg-type]
        if math.isinf(_builtin_abs(expected)):  # type: ignore[arg-type]
            return False
        return _builtin_abs(expected - actual) <= self.tolerance  # type: ignore[operator]

    @property
    def tolerance(self) -> object:
        """The largest difference still counted as equal; ValueError for a bad tolerance."""
        default_absolute, default_relative = self._default_tolerances()
        absolute = default_absolute if self.abs is None else self.abs
        if absolute < 0:  # type: ignore[operator]
            raise ValueError("absolute tolerance can't be negative: %s" % absolute)
        if math.isnan(absolute):  # type: ignore[arg-type]
            raise ValueError("absolute tolerance can't be NaN.")
        if self.rel is None and self.abs is not None:
            return absolute  # only an absolute tolerance was asked for
        relative = ((default_relative if self.rel is None else self.rel)
                    * _builtin_abs(self.expected))  # type: ignore[operator, arg-type]
        if relative < 0:
            raise ValueError("relative tolerance can't be negative: %s" % relative)
        if math.isnan(relative):
            raise ValueError("relative tolerance can't be NaN.")
        return max(relative, absolute)  # type: ignore[type-var]


class ApproxDecimal(ApproxScalar):
    """A Decimal, with Decimal default tolerances (floats and Decimals don't mix)."""

    def _default_tolerances(self) -> Tuple[object, object]:
        decimal_type = _decimal_type()
        return decimal_type("1e-12"), decimal_type("1e-6")  # type: ignore[misc]

    def __repr__(self) -> str:
        """As pytest shows a Decimal: with the tolerance given to approx(), else `???`."""
        decimal_type: Any = _decimal_type()
        rel = decimal_type.from_float(self.rel) if isinstance(self.rel, float) else self.rel
        absolute = decimal_type.from_float(self.abs) if isinstance(self.abs, float) else self.abs
        tolerance = "???"
        if rel is not None and decimal_type("1e-3") <= rel <= decimal_type("1e3"):
            tolerance = "{:.1e}".format(rel)
        elif absolute is not None:
            tolerance = "{:.1e}".format(absolute)
        return "%s ± %s" % (self.expected, tolerance)


class ApproxSequenceLike(ApproxBase):
    """A list or tuple of numbers: equal to a sequence of the same length, item by item."""

    def __repr__(self) -> str:
        kind = type(self.expected)
        if kind not in (tuple, list):
            kind = list
        items = kind(self._approx_scalar(x) for x in self.expected)  # type: ignore[call-arg]
        return "approx(%r)" % (items,)

    def __eq__(self, actual: object) -> bool:
        try:
            if len(actual) != len(self.expected):  # type: ignore[arg-type]
                return False
        except TypeError:
            return False
        return super().__eq__(actual)

    def _yield_comparisons(self, actual: object) -> Iterator[Tuple[object, object]]:
        return zip(actual, self.expected)  # type: ignore[call-overload]

    def _check_type(self) -> None:
        for index, item in enumerate(self.expected):  # type: ignore[call-overload]
            if isinstance(item, type(self.expected)):
                raise TypeError("pytest.approx() does not support nested data structures: %r at "
                                "index %d\n  full sequence: %r" % (item, index, self.expected))


class ApproxMapping(ApproxBase):
    """A dict of numbers: equal to a mapping with the same keys, value by value."""

    def __repr__(self) -> str:
        return "approx(%r)" % ({key: self._approx_scalar(value)
                                for key, value in self.expected.items()},)  # type: ignore

    def __eq__(self, actual: object) -> bool:
        try:
            if set(actual.keys()) != set(self.expected.keys()):  # type: ignore[attr-defined]
                return False
        except AttributeError:
            return False
        return super().__eq__(actual)

    def _yield_comparisons(self, actual: object) -> Iterator[Tuple[object, object]]:
        for key in self.expected.keys():  # type: ignore[attr-defined]
            yield actual[key], self.expected[key]  # type: ignore[index]

    def _check_type(self) -> None:
        for key, value in self.expected.items():  # type: ignore[attr-defined]
            if isinstance(value, type(self.expected)):
                raise TypeError("pytest.approx() does not support nested dictionaries: key=%r "
                                "value=%r\n  full mapping=%r" % (key, value, self.expected))


def _is_sequence_like(expected: object, sized: type) -> bool:
    return (hasattr(expected, "__getitem__") and isinstance(expected, sized)
            and not isinstance(expected, (str, bytes)))


def approx(expected: object, rel: object = None, abs: object = None,
           nan_ok: bool = False) -> ApproxBase:
    """pytest.approx: a value that equals anything within the tolerance of `expected`."""
    abc = import_stdlib("collections.abc")  # imported on first use: it is slow to import
    if _is_decimal(expected):
        kind: type = ApproxDecimal
    elif isinstance(expected, abc.Mapping):
        kind = ApproxMapping
    elif _is_sequence_like(expected, abc.Sized):
        kind = ApproxSequenceLike
    elif isinstance(expected, abc.Collection) and not isinstance(expected, (str, bytes)):
        raise TypeError("pytest.approx() only supports ordered sequences, but got: %r"
                        % (expected,))
    else:
        kind = ApproxScalar
    return kind(expected, rel=rel, abs=abs, nan_ok=nan_ok)
