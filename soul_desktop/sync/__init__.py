"""Sync bundles between installations: export, verify, merge, receipts (issue #4)."""
