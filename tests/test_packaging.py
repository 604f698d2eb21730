"""The product installed from its wheel, used from a folder outside the repository."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, free_port


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict:
    """The wheel built from this checkout, installed into a folder of its own and run by the base
    interpreter; its dependencies come from this environment's site-packages, put on PYTHONPATH so
    that their .pth files (this checkout's editable install among them) are never read."""
    tmp = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp), str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = tmp.glob("article_assistant-*.whl")
    target = tmp / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(target), sysconfig.get_paths()["purelib"]]),
        "ASSISTANT_CHROMA_PATH": str(tmp / "store"),
    }
    return {"wheel": wheel, "env": env, "cwd": tmp_path_factory.mktemp("elsewhere"), "target": target}


PYTHON = str(Path(sys.base_prefix) / "bin" / "python3")


def run(installed: dict, *args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "assistant", *args], cwd=installed["cwd"],
                          env=installed["env"], capture_output=True, text=True, timeout=timeout)


def test_wheel_holds_every_package_and_data_file(installed):
    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    for needed in [
        "app.py", "assistant/evaluation/runner.py", "assistant/verifier.py", "assistant/data/lexicon.sqlite",
        "assistant/data/WORDNET_LICENSE", "assistant/data/LEMMINFLECT_LICENSE", "assistant/data/questions.jsonl", "assistant/data/answerability.json",
        "index/data/article.txt", "prompts/answer.txt",
    ]:
        assert needed in names, needed


def test_installed_commands_work_outside_the_repository(installed):
    help_text = run(installed, "--help")
    assert help_text.returncode == 0 and "chat" in help_text.stdout
    answer = run(installed, "ask", "Why was Blinken's trip postponed?")
    assert answer.returncode == 0, answer.stderr
    assert "balloon" in answer.stdout
    import assistant

    here = Path(assistant.__file__).resolve()
    probe = subprocess.run([PYTHON, "-c", "import assistant; print(assistant.__file__)"],
                           cwd=installed["cwd"], env=installed["env"], capture_output=True, text=True)
    assert Path(probe.stdout.strip()).resolve() != here  # the wheel's copy, not this checkout
    assert str(installed["target"]) in probe.stdout


def test_installed_chat_command_serves_the_page(installed):
    port = free_port()
    proc = subprocess.Popen([PYTHON, "-m", "assistant", "chat", "--port", str(port)], cwd=installed["cwd"],
                            env=installed["env"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 180
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                    assert r.status == 200
                    break
            except OSError:
                if proc.poll() is not None or time.time() > deadline:
                    pytest.fail(f"the chat did not start: {proc.stdout.read() if proc.poll() is not None else 'timeout'}")
                time.sleep(0.5)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
