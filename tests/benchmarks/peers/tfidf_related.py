#!/usr/bin/env python3
"""Peer 3: TF-IDF related links: sparse cosine between all articles, top 5 per article (itself excluded).

Prints one line per article: its path, then up to five `path:cosine` pairs, tab-separated, best first.
usage: /usr/bin/python3 tfidf_related.py <bbc-news folder>   (Debian's python3-sklearn)
"""
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from bbc_corpus import read_articles

TOP = 5

articles = read_articles(Path(sys.argv[1]))
paths = [path for path, _ in articles]
tfidf = TfidfVectorizer(min_df=2, stop_words="english").fit_transform(text for _, text in articles)
# Rows are L2-normalised, so the sparse product is the cosine of every pair that shares a term.
similarity = (tfidf @ tfidf.T).tocsr()

lines = []
for i, path in enumerate(paths):
    start, end = similarity.indptr[i], similarity.indptr[i + 1]
    neighbours, scores = similarity.indices[start:end], similarity.data[start:end]
    keep = neighbours != i
    neighbours, scores = neighbours[keep], scores[keep]
    if len(scores) > TOP:
        best = np.argpartition(-scores, TOP - 1)[:TOP]
    else:
        best = np.arange(len(scores))
    best = best[np.lexsort((neighbours[best], -scores[best]))]  # by score, ties by article order
    lines.append("\t".join([path] + [f"{paths[neighbours[j]]}:{scores[j]:.4f}" for j in best]))
sys.stdout.write("\n".join(lines) + "\n")
print(f"tfidf_related: {len(paths)} articles, {tfidf.shape[1]} terms, {similarity.nnz} similar pairs", file=sys.stderr)
