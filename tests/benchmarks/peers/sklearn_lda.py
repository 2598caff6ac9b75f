#!/usr/bin/env python3
"""Peer 2: scikit-learn LDA, K=20, batch, 10 iterations, one lower-cased document per article; prints top words per topic.

usage: /usr/bin/python3 sklearn_lda.py <bbc-news folder>   (Debian's python3-sklearn)
"""
import sys
from pathlib import Path

from sklearn.decomposition import LatentDirichletAllocation
from sklearn.feature_extraction.text import CountVectorizer

from bbc_corpus import read_articles

TOP_WORDS = 10

docs = [text.lower() for _, text in read_articles(Path(sys.argv[1]))]
vectorizer = CountVectorizer(token_pattern=r"(?u)\b[a-z]{2,}\b", stop_words="english", min_df=5, max_df=0.5)
counts = vectorizer.fit_transform(docs)
# random_state only fixes the initialisation, so the printed topics are the same on every run.
lda = LatentDirichletAllocation(n_components=20, max_iter=10, learning_method="batch", random_state=0)
lda.fit(counts)

words = vectorizer.get_feature_names_out()
for k, weights in enumerate(lda.components_):
    top = weights.argsort()[::-1][:TOP_WORDS]
    print(f"topic {k:2d}: {' '.join(words[top])}")
print(f"sklearn_lda: {counts.shape[0]} documents, {counts.shape[1]} terms, {counts.nnz} non-zeros", file=sys.stderr)
