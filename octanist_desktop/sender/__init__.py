"""Delivering queued leads in the background: backoff policy and the QThread worker."""
