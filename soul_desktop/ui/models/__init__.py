"""Qt item models over plain records from services."""
