"""A personal finance tracker: money, a ledger, reports, CSV import and an API."""
