"""Reading back from Octanist: each sent lead's status, the account's recent leads, usage.

``status_refresh`` is one run (no Qt: it blocks, so it runs on the task
pool); ``scheduler`` decides when to run it (QtCore only).
"""
