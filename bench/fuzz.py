"""A time-bounded fuzz run of the whole pipeline, with a watchdog for hangs.

What it does: for ``--minutes`` (default 10), feeds the pipeline (loader -> date engine ->
events -> timeline -> CSV and JSON export) with

* random text built from date-ish words, digits, punctuation and arbitrary code points;
* real articles (the bench corpus) mutated: cut, duplicated, spliced, case-flipped,
  sprinkled with date words and stray characters;
* random bytes (and corrupted UTF-8 of articles) written to files and read by the loader,
  as .txt, .md and .html;
* random HTML: deep and unclosed nesting, entities, comments, scripts.

Every input runs in a worker process; the parent waits ``--timeout`` seconds for each and
counts a HANG (and restarts the worker) past that. An exception other than the loader's
clear ``InputError`` refusal is a CRASH, and so is a broken invariant (an offset outside
its text, an interval that ends before it starts, an unsorted timeline, an export that does
not read back the same). Crashing and hanging inputs are saved to ``bench/out/fuzz/``.

Usage::

    python bench/fuzz.py                  # 10 minutes
    python bench/fuzz.py --minutes 1 --seed 5
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests" / "scale"))

import corpus  # noqa: E402  (bench/corpus.py, beside this file)
from pipeline_checks import check_whole_pipeline, run_file  # noqa: E402

OUT = REPO / "bench" / "out" / "fuzz"
DATE_WORDS = (
    "January", "Feb.", "March", "May", "may", "June", "Sept.", "December", "Monday", "Friday",
    "last", "next", "this", "ago", "later", "earlier", "year", "month", "week", "day", "today",
    "yesterday", "the", "of", "early", "mid-", "late", "spring", "fiscal", "FY", "Q2", "from",
    "to", "between", "and", "1990s", "'80s", "19th", "century", "AD", "BC", "a.m.", "noon",
    "2019", "1999", "19", "30", "9/30/2011", "2011-09-30", "2,132", "$14", "%", "-", "–", "/",
    ",", ".", "\n", "\n\n", "---\n", "published:", "Route 66", "iPhone 15",
)  # fmt: skip
WEIRD = "\ufeff\u200b\u202e\r\t\x0c\u2028\ud800\U0001f600\u0301ß\u0130"


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 300)):
        roll = rng.random()
        if roll < 0.6:
            parts.append(rng.choice(DATE_WORDS))
        elif roll < 0.8:
            parts.append(str(rng.randint(0, 10 ** rng.randint(1, 12))))
        elif roll < 0.9:
            parts.append(rng.choice(WEIRD))
        else:
            parts.append(chr(rng.randint(0, 0x10FFFF)))
        parts.append(rng.choice((" ", " ", "", ", ", ". ", "\n")))
    return "".join(parts)


def mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 8)):
        if not text:
            return random_text(rng)
        i = rng.randrange(len(text))
        j = min(len(text), i + rng.randint(0, 200))
        operation = rng.randrange(7)
        if operation == 0:
            text = text[:i] + text[j:]
        elif operation == 1:
            text = text[:j] + text[i:j] * rng.randint(1, 20) + text[j:]
        elif operation == 2:
            text = text[:i] + rng.choice(DATE_WORDS) + text[i:]
        elif operation == 3:
            text = text[:i] + text[i:j].swapcase() + text[j:]
        elif operation == 4:
            text = text[:i] + rng.choice(WEIRD) + text[i:]
        elif operation == 5:
            text = text[:i]
        else:
            k = rng.randrange(len(text))
            text = text[:i] + text[k : k + rng.randint(1, 300)] + text[i:]
    return text


# Declarations, comments and processing instructions, well formed or not: html.parser
# has raised on malformed ones ("<![1" raised AssertionError).
MARKUP_ODDITIES = (
    "<!-- May 3, 2019 -->",
    "<![CDATA[2019]]>",
    "<br/>",
    "<",
    "<![1",
    "<![ if mso]>",
    "<![endif]>",
    "<!",
    "<!-",
    "<!--",
    "<?xml version='1.0'?>",
    "<?",
    "</>",
    "</ p>",
    "<!DOCTYPE",
    "<!ELEMENT x>",
    "<a href='",
    "<p <p>",
    "&#",
    "&#x;",
)


def random_html(rng: random.Random) -> str:
    tags = ("div", "p", "span", "b", "article", "script", "style", "h1", "li", "table", "td")
    out = ["<!doctype html><html><head><title>", random_text(rng)[:60], "</title></head><body>"]
    depth = 0
    for _ in range(rng.randint(1, 400)):
        roll = rng.random()
        if roll < 0.3:
            out.append(f"<{rng.choice(tags)} class='x'>")
            depth += 1
        elif roll < 0.45 and depth:
            out.append(f"</{rng.choice(tags)}>")
            depth -= 1
        elif roll < 0.5:
            out.append(rng.choice(("&amp;", "&#8212;", "&nbsp;", "&bogus;", "&#xD800;", "&#0;")))
        elif roll < 0.55:
            out.append(rng.choice(MARKUP_ODDITIES))
        else:
            out.append(random_text(rng)[:120])
    if rng.random() < 0.3:  # deep nesting
        n = rng.randint(100, 20_000)
        out.append("<div>" * n + "On May 3, 2019, it ended." + "</div>" * rng.randint(0, n))
    return "".join(out)


def random_bytes(rng: random.Random, articles: list[str]) -> bytes:
    roll = rng.random()
    if roll < 0.4:
        return rng.randbytes(rng.randint(0, 5000))
    data = bytearray(mutate(rng, rng.choice(articles)).encode("utf-8", "surrogatepass"))
    for _ in range(rng.randint(1, 20)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    prefix = rng.choice((b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00"))
    return prefix + bytes(data)


def make_input(rng: random.Random, articles: list[str]) -> tuple[str, str, bytes]:
    """(kind, file suffix, file bytes) for one fuzz case."""
    roll = rng.random()
    if roll < 0.3:
        text = mutate(rng, rng.choice(articles))
        return "mutated article", ".txt", text.encode("utf-8", "surrogatepass")
    if roll < 0.55:
        text = random_text(rng)
        return "random text", ".txt", text.encode("utf-8", "surrogatepass")
    if roll < 0.8:
        suffix = rng.choice((".txt", ".md", ".html"))
        return "random bytes", suffix, random_bytes(rng, articles)
    return "random html", ".html", random_html(rng).encode("utf-8", "surrogatepass")


def _worker(connection: Connection, folder: str) -> None:
    """Run cases sent by the parent until it closes the pipe."""
    path_base = Path(folder)
    parent = os.getppid()
    while True:
        # The forked worker holds a copy of the parent's end of the pipe too, so it would
        # never see EOF: it checks that its parent still lives instead.
        if not connection.poll(1.0):
            if os.getppid() != parent:
                return
            continue
        try:
            suffix, data = connection.recv()
        except EOFError:
            return
        path = path_base / f"case{suffix}"
        path.write_bytes(data)
        try:
            outcome = run_file(path)
            if outcome.document is not None:
                check_whole_pipeline(outcome.document, outcome.events, outcome.raw)
            connection.send(("refused" if outcome.refusal else "ok", outcome.refusal or ""))
        except BaseException:
            connection.send(("crash", traceback.format_exc()))


class Watchdog:
    """A worker process that is replaced whenever a case runs past its time."""

    def __init__(self, folder: str) -> None:
        self._folder = folder
        self._start()

    def _start(self) -> None:
        self._parent, child = multiprocessing.Pipe()
        self._process = multiprocessing.get_context("fork").Process(
            target=_worker, args=(child, self._folder), daemon=True
        )
        self._process.start()

    def run(self, suffix: str, data: bytes, timeout: float) -> tuple[str, str]:
        self._parent.send((suffix, data))
        if self._parent.poll(timeout):
            try:
                return self._parent.recv()
            except EOFError:
                pass  # the worker died (a segfault, out of memory): a crash
            self.restart()
            return "crash", f"worker exited with {self._process.exitcode}"
        self.restart()
        return "hang", f"no answer within {timeout} s"

    def restart(self) -> None:
        self._process.kill()
        self._process.join()
        self._start()

    def close(self) -> None:
        self._parent.close()
        self._process.join(5)
        self._process.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds before a hang")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    articles = [text for _, text in corpus.compose_corpus(200, seed=args.seed)]
    OUT.mkdir(parents=True, exist_ok=True)
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    deadline = time.monotonic() + args.minutes * 60
    with tempfile.TemporaryDirectory() as folder:
        watchdog = Watchdog(folder)
        try:
            while time.monotonic() < deadline:
                kind, suffix, data = make_input(rng, articles)
                kinds[kind] += 1
                outcome, detail = watchdog.run(suffix, data, args.timeout)
                outcomes[outcome] += 1
                if outcome in ("crash", "hang"):
                    n = outcomes[outcome]
                    (OUT / f"{outcome}-{n:03d}{suffix}").write_bytes(data)
                    (OUT / f"{outcome}-{n:03d}.log").write_text(f"{kind}\n{detail}\n")
                    print(f"{outcome.upper()} #{n} ({kind}): {detail.strip().splitlines()[-1]}")
        finally:
            watchdog.close()
    tried = sum(outcomes.values())
    mix = ", ".join(f"{kind}: {n:,}" for kind, n in kinds.items())
    print(f"\n{tried:,} inputs in {args.minutes:g} min ({mix})")
    print(
        f"ok {outcomes['ok']:,}, refused with a message {outcomes['refused']:,}, "
        f"crashes {outcomes['crash']}, hangs {outcomes['hang']}"
    )
    return 1 if outcomes["crash"] or outcomes["hang"] else 0


if __name__ == "__main__":
    sys.exit(main())
