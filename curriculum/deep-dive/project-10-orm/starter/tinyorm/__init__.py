"""tinyorm: a small object-relational mapper over sqlite3."""
