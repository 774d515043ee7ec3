"""Importing leads: the CSV/vCard dialog, its preview and worker, and Paste vCard."""
