"""SOUL Desktop: offline planning, attendance and reporting for the SOUL programme."""

__version__ = "0.1.0"
