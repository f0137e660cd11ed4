"""`manage.py import_clauses` and `manage.py generate_clauses`."""
