"""Search engine, part 3: TF-IDF scores and the best k documents, picked with a heap."""
import heapq
import math
import re


def query_words(query):
    """The query's words, split the same way as index.tokenize does (given, not a TODO)."""
    return re.findall(r"[a-z0-9]+", query.lower())


def tf_idf(index, word, doc_id):
    """Score of ``word`` in one document: tf * idf.

    tf  = occurrences of word in the document / number of words in the document
    idf = math.log(number of documents / number of documents holding the word)
    A word that is not in the document scores 0.0.
    """
    counts = index.postings.get(word, {})
    if doc_id not in counts:
        return 0.0
    tf = counts[doc_id] / index.lengths[doc_id]
    idf = math.log(len(index.lengths) / len(counts))
    return tf * idf


def top_k(scores, k):
    """Return the k best (doc_id, score) pairs of the dict ``scores``: highest score first,
    equal scores by doc_id. Use a heap: for a small k the work grows about like n."""
    if k <= 0:
        return []
    return sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))[:k]


def rank(index, query, k):
    """Score every document holding at least one query word by the sum of tf_idf over the
    query's words, and return top_k of those scores."""
    scores = {}
    for word in set(query_words(query)):
        for doc_id in index.postings.get(word, {}):
            scores[doc_id] = scores.get(doc_id, 0.0) + tf_idf(index, word, doc_id)
    return top_k(scores, k)
