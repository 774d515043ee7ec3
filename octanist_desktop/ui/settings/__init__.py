"""The Settings dialog and its key jobs (load, save, test) off the GUI thread."""
