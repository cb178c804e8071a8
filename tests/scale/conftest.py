"""Fixtures for the scale tests: a small generated archive, built the way the bench builds one."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH_CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus.py"


def _load_corpus_builder() -> ModuleType:
    """bench/corpus.py (not a package): the one composer of synthetic archives."""
    spec = importlib.util.spec_from_file_location("bench_corpus", BENCH_CORPUS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def small_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of 20 generated articles (TempEval sentences, or the seed without corpora)."""
    folder = tmp_path_factory.mktemp("archive")
    _load_corpus_builder().write_corpus(folder, articles=20, seed=5)
    return folder


@pytest.fixture(scope="session")
def medium_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """250 generated articles: enough that actors recur across documents with other types."""
    folder = tmp_path_factory.mktemp("medium-archive")
    _load_corpus_builder().write_corpus(folder, articles=250, seed=5)
    return folder
