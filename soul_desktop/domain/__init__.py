"""Pure-Python domain: value types, rules and records; imports only the standard library."""
