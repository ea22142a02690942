"""Day 13: the items API from day 12, stored in a database with SQLAlchemy."""
