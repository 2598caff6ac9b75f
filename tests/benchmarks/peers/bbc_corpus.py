"""The BBC articles as the peers read them: every .txt under the category folders, sorted by path.

One place decides the file list, the order and the decoding, so the concatenated text that wink-nlp and
`textpipeline annotate` read and the documents the scikit-learn peers fit are the same articles.
"""
from pathlib import Path


def article_paths(root: Path) -> list[Path]:
    """Article files (category/NNN.txt), sorted by their path relative to root; NOTICE.txt etc. are left out."""
    return sorted(root.glob("*/*.txt"), key=lambda p: p.relative_to(root).as_posix())


def read_articles(root: Path) -> list[tuple[str, str]]:
    """(relative path, text) per article. sport/199.txt has one Latin-1 byte: it becomes U+FFFD, nothing is dropped."""
    return [(p.relative_to(root).as_posix(), p.read_bytes().decode("utf-8", errors="replace")) for p in article_paths(root)]
