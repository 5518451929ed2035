"""Use cases: one user action is one function call in one unit of work, returning records."""
