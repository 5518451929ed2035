"""Printed reports and list exports: PDF, CSV and XLSX (issue #7)."""
