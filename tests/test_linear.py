"""The complexity check itself can fail: it tells quadratic work from linear work."""

from __future__ import annotations

import pytest

from tests.linear import assert_linear


def _quadratic(text: str) -> int:
    return sum(len(text[i:]) for i in range(len(text)))


def _linear(text: str) -> int:
    return sum(1 for _ in text)


def test_linear_work_passes() -> None:
    assert_linear(_linear, "ab", 100_000)


def test_quadratic_work_fails() -> None:
    with pytest.raises(AssertionError, match="not linear"):
        assert_linear(_quadratic, "ab", 6_000)
