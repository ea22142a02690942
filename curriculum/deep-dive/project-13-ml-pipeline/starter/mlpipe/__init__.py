"""mlpipe: a small, complete machine-learning workflow with scikit-learn."""
