"""The Dask path gives exactly the local result, on a real (local) Dask cluster."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from timeline.io.errors import InputError
from timeline.io.export import dump_csv
from timeline.io.loaders import load_inputs
from timeline.parallel import DaskUnavailableError, analyse_with_dask, dask_mapper
from timeline.pipeline import analyse_documents


def test_without_the_extra_the_error_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    with pytest.raises(DaskUnavailableError, match=r"pip install 'timeline\[dask\]'"):
        analyse_with_dask(["anything.txt"], "tcp://127.0.0.1:1")


@pytest.fixture(scope="module")
def cluster_address():
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,  # real pickling across processes, as on a real cluster
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        yield cluster.scheduler_address


def _csv(events) -> str:  # type: ignore[no-untyped-def]
    import io

    handle = io.StringIO()
    dump_csv(events, handle)
    return handle.getvalue()


@pytest.mark.slow
def test_dask_gives_the_local_result(small_archive: Path, cluster_address: str) -> None:
    local = analyse_documents(load_inputs([str(small_archive)]))
    assert len(local.timeline) > 0

    on_files = analyse_with_dask([small_archive], cluster_address)
    assert on_files.documents == local.documents
    assert list(on_files.timeline) == list(local.timeline)

    on_documents = analyse_documents(
        load_inputs([str(small_archive)]), mapper=dask_mapper(cluster_address)
    )
    assert _csv(on_documents.timeline) == _csv(local.timeline)


@pytest.mark.slow
def test_dask_skips_a_broken_file_in_a_folder_as_the_local_path_does(
    small_archive: Path, cluster_address: str, tmp_path: Path
) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    for article in sorted(small_archive.iterdir())[:3]:
        (folder / article.name).write_bytes(article.read_bytes())
    (folder / "binary.txt").write_bytes(b"\x00\x01 not text")
    warnings: list[str] = []
    remote = analyse_with_dask([folder], cluster_address, warn=warnings.append)
    assert len(remote.documents) == 3
    assert any("binary.txt" in w for w in warnings)

    only_broken = tmp_path / "broken"
    only_broken.mkdir()
    (only_broken / "binary.txt").write_bytes(b"\x00\x01 not text")
    with pytest.raises(InputError) as locally:
        load_inputs([str(only_broken)])
    with pytest.raises(InputError) as remotely:
        analyse_with_dask([only_broken], cluster_address)
    assert str(remotely.value) == str(locally.value)


@pytest.mark.slow
def test_the_command_line_runs_on_the_cluster(
    small_archive: Path, cluster_address: str, tmp_path: Path
) -> None:
    from timeline.cli.main import main

    local, remote = tmp_path / "local.csv", tmp_path / "remote.csv"
    assert main(["export", str(small_archive), "-o", str(local), "--jobs", "1"]) == 0
    assert main(["export", str(small_archive), "-o", str(remote), "--dask", cluster_address]) == 0
    assert local.read_bytes() == remote.read_bytes()


def test_an_unreachable_scheduler_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    import timeline.parallel

    monkeypatch.setattr(timeline.parallel, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(
        InputError, match=r"cannot reach the Dask scheduler at 'tcp://127\.0\.0\.1:9'"
    ):
        timeline.parallel.map_with_dask(str, [1], "tcp://127.0.0.1:9")
