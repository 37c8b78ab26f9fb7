"""Verifiable outputs: manifests, canonical reports, `verify` failing on any altered file, determinism."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from shangyu_analysis import config
from shangyu_analysis.build.verify import canonical_report, compare
from shangyu_analysis.dataset.manifest import MANIFEST_NAME, read_manifest, render_manifest
from shangyu_analysis.files import sha256_bytes

HEADER = (
    "<dl><dt>Notebook</dt><dd>01_figures.ipynb</dd><dt>Generated (UTC)</dt><dd>{time}</dd>"
    "<dt>Git commit</dt><dd>{commit}</dd><dt>Input SHA-256</dt><dd>{sha}</dd></dl><p>{body}</p>"
)


def _page(time="2026-11-27T05:00:00Z", commit="abc", sha="d872", body="156.72亿元"):
    return HEADER.format(time=time, commit=commit, sha=sha, body=body).encode("utf-8")


def test_canonical_report_masks_only_build_time_and_commit():
    assert canonical_report(_page()) == canonical_report(_page(time="2030-01-01T00:00:00Z", commit="fff"))
    assert canonical_report(_page()) != canonical_report(_page(sha="0000"))
    assert canonical_report(_page()) != canonical_report(_page(body="165.72亿元"))
    zh = "<dt>生成时间 (UTC)</dt><dd>x</dd><dt>Git 提交</dt><dd>y</dd>".encode()
    assert canonical_report(zh) == "<dt>生成时间 (UTC)</dt><dd>-</dd><dt>Git 提交</dt><dd>-</dd>".encode()


def test_manifest_round_trip(tmp_path):
    digests = {"b.csv": "2" * 64, "a.csv": "1" * 64}
    path = tmp_path / MANIFEST_NAME
    path.write_bytes(render_manifest(digests))
    assert path.read_text().splitlines()[0] == "1" * 64 + "  a.csv"
    assert read_manifest(path) == digests
    assert read_manifest(tmp_path / "missing") == {}


def test_compare_reports_every_kind_of_difference():
    good = b"id,value\nF001,156.72\nF002,93.69\n"
    bad = b"id,value\nF001,165.72\nF002,93.69\n"
    manifest = {"figures.csv": sha256_bytes(good)}
    rows = compare("data/processed", manifest, {"figures.csv": good}, {"figures.csv": good})
    assert rows == [("identical", "data/processed/figures.csv", [])]
    # A committed file altered by hand: named, with its first differing row.
    ((status, name, details),) = compare("data/processed", manifest, {"figures.csv": good}, {"figures.csv": bad})
    assert status == "different" and "file on disk differs from the manifest" in name
    assert details == ["    row 1: committed F001,165.72", "    row 1: rebuilt   F001,156.72"]
    # A rebuild that no longer reproduces the manifest.
    ((status, name, _),) = compare("data/processed", manifest, {"figures.csv": bad}, {"figures.csv": good})
    assert status == "different" and "rebuilt file differs" in name
    # New or vanished outputs.
    rows = compare("reports", {"a.html": "0" * 64}, {"b.html": b"x"}, {"a.html": None, "b.html": None})
    assert [r[0] for r in rows] == ["different", "different"]
    assert "not produced by the rebuild" in rows[0][1] and "not in the manifest" in rows[1][1]


def test_committed_processed_data_matches_its_manifest():
    manifest = read_manifest(config.processed_dir(None) / MANIFEST_NAME)
    assert set(manifest) == {p.name for p in config.processed_dir(None).iterdir() if p.is_file()} - {MANIFEST_NAME}
    for name, digest in manifest.items():
        assert sha256_bytes((config.processed_dir(None) / name).read_bytes()) == digest, name


def _project_copy(tmp_path, notebooks=()):
    """A minimal project tree (SHANGYU_PROJECT_ROOT) with the real inputs."""
    root = tmp_path / "project"
    shutil.copytree(config.RAW_DIR, root / "data" / "raw")
    for path in [*config.DATA_DIR.glob("*.yml"), *config.DATA_DIR.glob("*.csv")]:  # the gazetteer is an input
        shutil.copy(path, root / "data" / path.name)
    shutil.copytree(config.ARTICLES_DIR, root / "data" / "articles")
    shutil.copytree(config.processed_dir(None), root / "data" / "processed" / config.SEED_NAME)
    for name in ("pyproject.toml", "requirements.lock"):
        shutil.copy(config.PROJECT_ROOT / name, root / name)
    (root / "notebooks").mkdir()
    for name in notebooks:
        shutil.copy(config.NOTEBOOKS_DIR / name, root / "notebooks" / name)
    return root


def _cli(root, *args, env_extra=None):
    env = {**os.environ, "SHANGYU_PROJECT_ROOT": str(root), **(env_extra or {})}
    env.pop("MPLBACKEND", None)
    return subprocess.run(
        [sys.executable, "-m", "shangyu_analysis.cli", *args], env=env, capture_output=True, text=True, timeout=900
    )


@pytest.mark.slow  # writes data/processed of a project copy, twice
def test_verify_data_passes_then_fails_on_an_altered_processed_file(tmp_path):
    root = _project_copy(tmp_path)
    ok = _cli(root, "verify", "--no-reports")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert f"identical  data/processed/{config.SEED_NAME}/figures.csv" in ok.stdout
    assert "0 different" in ok.stdout
    figures = root / "data" / "processed" / config.SEED_NAME / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8").replace("156.72", "165.72"), encoding="utf-8")
    bad = _cli(root, "verify", "--no-reports")
    assert bad.returncode == 1
    assert (
        f"different  data/processed/{config.SEED_NAME}/figures.csv (file on disk differs from the manifest)"
        in bad.stdout
    )
    assert "165.72" in bad.stdout and "1 different" in bad.stdout


@pytest.mark.slow  # writes data/processed three times
def test_processed_bytes_do_not_depend_on_hash_seed_or_locale(tmp_path):
    outputs = []
    for seed, locale in (("1", "C.UTF-8"), ("4242", "zh_CN.UTF-8")):
        out = tmp_path / seed
        code = (
            "from shangyu_analysis.dataset.dataset import write_dataset; import sys; write_dataset(out_dir=sys.argv[1])"
        )
        env = {**os.environ, "PYTHONHASHSEED": seed, "LC_ALL": locale, "LANG": locale, "TZ": "Asia/Shanghai"}
        subprocess.run([sys.executable, "-c", code, str(out)], env=env, check=True, capture_output=True)
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outputs[0] == outputs[1]
    committed = {p.name: p.read_bytes() for p in sorted(config.processed_dir(None).iterdir())}
    assert outputs[0] == committed


@pytest.mark.slow
def test_reports_verify_with_other_worker_count_and_fail_when_a_report_is_altered(tmp_path):
    root = _project_copy(tmp_path, notebooks=["02_economy_and_fiscal.ipynb"])
    (root / "build.yml").write_text(
        "notebooks: ['*.ipynb']\nnotebooks_dir: notebooks\narticles: [data/raw/zjrb_2021-02-23_p11_shangyu.txt]\n"
        "langs: [zh, en]\nparameters: {show_code: false}\ntimeout_s: 600\n",
        encoding="utf-8",
    )
    built = _cli(root, "build", "--jobs", "1", env_extra={"SOURCE_DATE_EPOCH": "1614038400"})
    assert built.returncode == 0, built.stderr
    manifest = read_manifest(root / "data" / "reports.sha256")
    assert sorted(manifest) == [
        f"zjrb_2021-02-23_p11_shangyu/{lang}/02_economy_and_fiscal.{ext}"
        for lang in ("en", "zh")
        for ext in ("html", "ipynb")
    ]
    report = root / "reports" / "zjrb_2021-02-23_p11_shangyu" / "en" / "02_economy_and_fiscal.html"
    report.write_text(report.read_text(encoding="utf-8").replace("</body>", "<p>tampered</p></body>"), encoding="utf-8")
    # Rebuilt with two workers, at another time (no SOURCE_DATE_EPOCH): the untouched report is
    # identical, the altered one is named.
    out = _cli(root, "verify", "--jobs", "2")
    assert out.returncode == 1, out.stdout + out.stderr
    assert "identical  reports/zjrb_2021-02-23_p11_shangyu/zh/02_economy_and_fiscal.html" in out.stdout
    # The executed notebooks too: no run times, temporary paths or random ids left in them.
    assert "identical  reports/zjrb_2021-02-23_p11_shangyu/zh/02_economy_and_fiscal.ipynb" in out.stdout
    assert "identical  reports/zjrb_2021-02-23_p11_shangyu/en/02_economy_and_fiscal.ipynb" in out.stdout
    assert (
        "different  reports/zjrb_2021-02-23_p11_shangyu/en/02_economy_and_fiscal.html "
        "(file on disk differs from the manifest)"
    ) in out.stdout
    assert "rebuilt file differs" not in out.stdout
