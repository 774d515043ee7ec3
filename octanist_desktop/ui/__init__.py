"""The Qt widgets: main window, lead form, custom-data editor, history view and dialogs."""
