"""The complexity check itself can fail: it tells quadratic work from linear work."""

from __future__ import annotations

import pytest

from tests.linear import assert_linear


def _quadratic(text: str) -> int:
    pairs = 0
    for i in range(len(text)):
        for _ in range(i):
            pairs += 1
    return pairs


def _linear(text: str) -> int:
    return sum(1 for _ in text)


def test_linear_work_passes() -> None:
    assert_linear(_linear, "ab", 100_000)


def test_quadratic_work_fails() -> None:
    with pytest.raises(AssertionError, match="not linear"):
        assert_linear(_quadratic, "ab", 400)
