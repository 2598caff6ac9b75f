#!/usr/bin/env python3
"""Writes the corpus as one UTF-8 text: the articles sorted by path, each without trailing blank lines, joined by a blank line.

usage: concat_corpus.py <bbc-news folder> <output file>
"""
import sys
from pathlib import Path

from bbc_corpus import read_articles

root, out = Path(sys.argv[1]), Path(sys.argv[2])
articles = read_articles(root)
if not articles:
    sys.exit(f"concat_corpus: no */*.txt articles under {root}")
out.write_text("\n\n".join(text.rstrip() for _, text in articles) + "\n", encoding="utf-8")
print(f"concat_corpus: {len(articles)} articles, {out.stat().st_size:,} bytes -> {out}", file=sys.stderr)
