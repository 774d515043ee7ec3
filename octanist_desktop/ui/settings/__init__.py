"""Settings: the dialog, what is chosen in it (``coordinator``), and the key's jobs off the GUI
thread (the read at start-up: ``startup_key``; load, save and test: ``key_check``)."""
